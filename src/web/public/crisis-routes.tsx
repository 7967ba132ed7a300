import { Type } from 'typebox';
import { notFound } from '../../platform/errors';
import type { App } from '../../platform/http';
import { getDirectory } from '../../modules/organisations';
import { statementForPortal, statementsForPortal, withdrawnStatementForPortal, type PortalStatement } from '../../modules/crises';
import { formatDateTime } from './dates';
import { frameOf, sendPage } from './frame';
import { contentLang, type Locale } from './i18n';
import { Layout, type PortalFrame } from './layout';
import { pageLocale } from './locale';

const LIST = '/thong-tin-su-co';

/** The pages' own texts (Vietnamese first); a statement's text is never translated. */
const TEXTS = {
  vi: {
    title: 'Thông tin về sự cố',
    intro: 'Thông tin chính thức của cơ quan nhà nước trong tỉnh về các sự cố, vụ việc được dư luận quan tâm: những điều đã được xác nhận, những điều đang xác minh, việc cơ quan chức năng đang làm và thời điểm cập nhật tiếp theo.',
    empty: 'Hiện chưa có thông tin nào được công bố.',
    published: 'Công bố lúc {at}',
    facts: 'Thông tin đã được xác nhận',
    unknowns: 'Nội dung đang được xác minh',
    actions: 'Cơ quan chức năng đang thực hiện',
    next: 'Thông tin tiếp theo sẽ được cập nhật lúc {at}.',
    back: 'Tất cả thông tin về sự cố',
    number: 'Số {n}',
    withdrawn: 'Thông tin này đã được cơ quan công bố thu hồi lúc {at}; nội dung không còn được đăng.',
    withdrawnWhy: 'Lý do thu hồi:',
  },
  en: {
    title: 'Incident information',
    intro: 'Official information from the province’s authorities about incidents of public concern: what is confirmed, what is still being verified, what the authorities are doing and when the next update comes. The statements are published in Vietnamese.',
    empty: 'No information has been published yet.',
    published: 'Published {at}',
    facts: 'Confirmed information',
    unknowns: 'Still being verified',
    actions: 'What the authorities are doing',
    next: 'The next update is due at {at}.',
    back: 'All incident information',
    number: 'No. {n}',
    withdrawn: 'This information was withdrawn by the publishing authority at {at}; its text is no longer published.',
    withdrawnWhy: 'Why it was withdrawn:',
  },
} as const;

/**
 * GET /thong-tin-su-co: the published crisis statements, newest first; GET /thong-tin-su-co/:ref: one statement by
 * its number (the slug after it is for people and is not checked). Server-rendered, no JavaScript, nothing about
 * who drafted or approved it.
 */
export async function crisisPortalRoutes(app: App, opts: { publicUrl: string }): Promise<void> {
  const cookie = { secure: opts.publicUrl.startsWith('https:') };
  app.get(LIST, {
    config: { access: 'public' },
    schema: { hide: true },
    handler: async (request, reply) => {
      const locale = pageLocale(request, reply, cookie);
      const [dir, items] = await Promise.all([getDirectory(app.db), statementsForPortal(app.db)]);
      return sendPage(reply, <StatementsPage frame={frameOf(dir, LIST, request.url)} locale={locale} items={items} />);
    },
  });

  app.get(`${LIST}/:ref`, {
    config: { access: 'public' },
    schema: { hide: true, params: Type.Object({ ref: Type.String({ maxLength: 200 }) }) },
    handler: async (request, reply) => {
      const locale = pageLocale(request, reply, cookie);
      const n = /^(\d{1,12})(?:-|$)/.exec(request.params.ref);
      const statement = n ? await statementForPortal(app.db, Number(n[1])) : null;
      if (!statement) {
        // a link already shared leads to a notice that it was withdrawn, when and why, not to "not found"
        const withdrawn = n ? await withdrawnStatementForPortal(app.db, Number(n[1])) : null;
        if (!withdrawn) throw notFound('thông tin');
        const tx = TEXTS[locale];
        const dir = await getDirectory(app.db);
        return sendPage(
          reply,
          <Layout frame={frameOf(dir, LIST, request.url)} locale={locale} title={withdrawn.title}>
            <p>
              <a href={LIST}>{tx.back}</a>
            </p>
            <h1 lang="vi">{withdrawn.title}</h1>
            <p role="status">{tx.withdrawn.replace('{at}', formatDateTime(locale, new Date(withdrawn.withdrawnAt)))}</p>
            {withdrawn.note ? (
              <p>
                {tx.withdrawnWhy} <span lang="vi">{withdrawn.note}</span>
              </p>
            ) : null}
          </Layout>,
          410,
        );
      }
      const dir = await getDirectory(app.db);
      return sendPage(reply, <StatementPage frame={frameOf(dir, LIST, request.url)} locale={locale} statement={statement} />);
    },
  });
}

function StatementsPage({ frame, locale, items }: { frame: PortalFrame; locale: Locale; items: PortalStatement[] }) {
  const tx = TEXTS[locale];
  return (
    <Layout frame={frame} locale={locale} title={tx.title}>
      <h1>{tx.title}</h1>
      <p>{tx.intro}</p>
      {items.length === 0 ? <p>{tx.empty}</p> : null}
      <ul className="card-list">
        {items.map((s) => (
          <li key={s.publicNo} className="card">
            <h2 lang={contentLang(locale)}>
              <a href={s.path}>{s.title}</a>
            </h2>
            <p>
              <span lang="vi">{s.kindLabel}</span> · {tx.number.replace('{n}', String(s.publicNo))} · {tx.published.replace('{at}', formatDateTime(locale, new Date(s.publishedAt)))}
            </p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

function StatementPage({ frame, locale, statement: s }: { frame: PortalFrame; locale: Locale; statement: PortalStatement }) {
  const tx = TEXTS[locale];
  const paragraphs = (text: string) => text.split(/\n+/).map((p, i) => <p key={i} lang="vi">{p}</p>);
  return (
    <Layout frame={frame} locale={locale} title={s.title}>
      <p>
        <a href={LIST}>{tx.back}</a>
      </p>
      <article>
        <h1 lang="vi">{s.title}</h1>
        <p>
          <span lang="vi">{s.kindLabel}</span> · {tx.number.replace('{n}', String(s.publicNo))} · {tx.published.replace('{at}', formatDateTime(locale, new Date(s.publishedAt)))}
        </p>
        <h2>{tx.facts}</h2>
        {paragraphs(s.facts)}
        {s.unknowns ? (
          <>
            <h2>{tx.unknowns}</h2>
            {paragraphs(s.unknowns)}
          </>
        ) : null}
        <h2>{tx.actions}</h2>
        {paragraphs(s.actions)}
        {s.nextUpdateAt ? <p>{tx.next.replace('{at}', formatDateTime(locale, new Date(s.nextUpdateAt)))}</p> : null}
      </article>
    </Layout>
  );
}
