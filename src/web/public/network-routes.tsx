import { Type } from 'typebox';
import type { App } from '../../platform/http';
import { getDirectory } from '../../modules/organisations';
import { confirmRead, readTokenState } from '../../modules/network';
import { formatDateTime } from './dates';
import { frameOf, sendPage } from './frame';
import { type Locale } from './i18n';
import { Layout, type PortalFrame } from './layout';
import { pageLocale } from './locale';

/** What the page says: asked (with a button), confirmed now or before, or a wrong link. */
type ReadView = { step: 'ask'; token: string; subject: string } | { step: 'done'; subject: string; readAt: string; isFirst: boolean } | { step: 'invalid' };

// This page's own texts (its two locales side by side).
const TEXTS = {
  vi: {
    title: 'Xác nhận đã đọc tin',
    about: 'Tin gửi nhóm đầu mối truyền thông: {subject}',
    ask: 'Bấm nút dưới đây để báo cho cơ quan gửi tin biết bạn đã đọc.',
    submit: 'Xác nhận đã đọc',
    done: 'Đã xác nhận đã đọc lúc {at}. Cảm ơn bạn.',
    already: 'Đã xác nhận đã đọc (lúc {at}).',
    invalid: 'Liên kết không đúng hoặc không còn dùng được.',
  },
  en: {
    title: 'Confirm you have read the message',
    about: 'Message to the communication focal points: {subject}',
    ask: 'Press the button below to let the sender know you have read it.',
    submit: 'Confirm I have read it',
    done: 'Confirmed as read at {at}. Thank you.',
    already: 'Already confirmed as read (at {at}).',
    invalid: 'This link is wrong or no longer works.',
  },
} as const;

/**
 * The personal read link of a broadcast (`/xac-nhan/<token>`). Opening it records nothing (mail scanners open
 * links); a button posts the confirmation, without JavaScript. The page shows the message's subject only, never
 * who the recipient is.
 */
function ReadPage(props: { frame: PortalFrame; locale: Locale; view: ReadView }) {
  const { locale, view } = props;
  const x = TEXTS[locale];
  return (
    <Layout frame={props.frame} locale={locale} title={x.title}>
      <h1>{x.title}</h1>
      {view.step === 'invalid' ? <p role="alert">{x.invalid}</p> : <p>{x.about.replace('{subject}', view.subject)}</p>}
      {view.step === 'ask' ? (
        <form method="post" action={`/xac-nhan/${encodeURIComponent(view.token)}`} className="comment-form">
          <p>{x.ask}</p>
          <p>
            <button type="submit">{x.submit}</button>
          </p>
        </form>
      ) : null}
      {view.step === 'done' ? (
        <p role="status" className="notice">
          {(view.isFirst ? x.done : x.already).replace('{at}', formatDateTime(locale, new Date(view.readAt)))}
        </p>
      ) : null}
    </Layout>
  );
}

const Params = Type.Object({ token: Type.String({ maxLength: 100 }) });

/** GET /xac-nhan/:token shows the question; POST records the reading once. */
export async function networkPortalRoutes(app: App, opts: { publicUrl: string }): Promise<void> {
  const cookie = { secure: opts.publicUrl.startsWith('https:') };
  const frame = async (url: string) => frameOf(await getDirectory(app.db), '/xac-nhan', url);

  app.get('/xac-nhan/:token', { config: { access: 'public' }, schema: { hide: true, params: Params } }, async (request, reply) => {
    const locale = pageLocale(request, reply, cookie);
    const state = await readTokenState(app.db, request.params.token);
    if (!state) return sendPage(reply, <ReadPage frame={await frame('/xac-nhan')} locale={locale} view={{ step: 'invalid' }} />, 404);
    const view: ReadView = state.readAt ? { step: 'done', subject: state.subject, readAt: state.readAt, isFirst: false } : { step: 'ask', token: request.params.token, subject: state.subject };
    return sendPage(reply, <ReadPage frame={await frame(`/xac-nhan/${encodeURIComponent(request.params.token)}`)} locale={locale} view={view} />);
  });

  app.post('/xac-nhan/:token', { config: { access: 'public', rateLimit: { max: 30, timeWindow: '10 minutes' } }, schema: { hide: true, params: Params } }, async (request, reply) => {
    const locale = pageLocale(request, reply, cookie);
    const done = await confirmRead(app.db, request.params.token);
    if (!done) return sendPage(reply, <ReadPage frame={await frame('/xac-nhan')} locale={locale} view={{ step: 'invalid' }} />, 404);
    return sendPage(reply, <ReadPage frame={await frame(`/xac-nhan/${encodeURIComponent(request.params.token)}`)} locale={locale} view={{ step: 'done', subject: done.subject, readAt: done.readAt, isFirst: done.isFirst }} />);
  });
}
