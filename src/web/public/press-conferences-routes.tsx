import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../platform/http';
import { todayVn } from '../../platform/text';
import { getDirectory } from '../../modules/organisations';
import { conferenceCalendar, conferencesCalendar, conferencesForPortal, type PortalConference } from '../../modules/press';
import { formatDate } from './dates';
import { frameOf, renderPortalError, sendHtml, sendPage } from './frame';
import { contentLang, type Locale } from './i18n';
import { Layout, type PortalFrame } from './layout';
import { pageLocale } from './locale';

/** The page's own texts (Vietnamese first); titles, places and names are shown as the office wrote them. */
const TEXTS = {
  vi: {
    title: 'Lịch họp báo',
    intro: 'Các cuộc họp báo của cơ quan hành chính nhà nước trong tỉnh: sắp tới và trong 90 ngày qua (Nghị định 09/2017/NĐ-CP).',
    upcoming: 'Sắp tới',
    recent: 'Đã diễn ra',
    noneUpcoming: 'Chưa có cuộc họp báo nào được lên lịch.',
    noneRecent: 'Không có cuộc họp báo nào trong 90 ngày qua.',
    time: 'Thời gian',
    place: 'Địa điểm',
    host: 'Đơn vị chủ trì',
    chair: 'Chủ trì',
    topics: 'Nội dung',
    cancelled: 'Đã hủy',
    addOne: 'Thêm vào lịch (tệp .ics)',
    feed: 'Theo dõi lịch họp báo trong ứng dụng lịch',
    feedNote: 'Tệp lịch theo chuẩn iCalendar; ứng dụng lịch tự cập nhật khi thời gian, địa điểm thay đổi hoặc cuộc họp báo bị hủy.',
    number: 'Họp báo số {n}',
  },
  en: {
    title: 'Press conferences',
    intro: 'Press conferences of the province’s state agencies: upcoming ones and those of the last 90 days (Decree 09/2017/NĐ-CP).',
    upcoming: 'Upcoming',
    recent: 'Recent',
    noneUpcoming: 'No press conference is scheduled.',
    noneRecent: 'No press conference in the last 90 days.',
    time: 'Time',
    place: 'Place',
    host: 'Host',
    chair: 'Chaired by',
    topics: 'Topics',
    cancelled: 'Cancelled',
    addOne: 'Add to calendar (.ics file)',
    feed: 'Follow the press conference calendar in a calendar app',
    feedNote: 'An iCalendar file; calendar apps update when a time or place changes or a conference is cancelled.',
    number: 'Press conference no. {n}',
  },
} as const;

/** The list of conferences; server-rendered, no JavaScript; officials' names only, never a journalist's. */
function PressConferencesPage(props: { frame: PortalFrame; locale: Locale; conferences: PortalConference[] }) {
  const { frame, locale, conferences } = props;
  const tx = TEXTS[locale];
  const upcoming = conferences.filter((c) => !c.isPast);
  const recent = conferences.filter((c) => c.isPast).reverse();
  return (
    <Layout frame={frame} locale={locale} title={tx.title}>
      <h1>{tx.title}</h1>
      <p>{tx.intro}</p>
      <p>
        <a href="/hop-bao.ics">{tx.feed}</a>. {tx.feedNote}
      </p>
      <section aria-labelledby="hop-bao-sap-toi">
        <h2 id="hop-bao-sap-toi">{tx.upcoming}</h2>
        {upcoming.length === 0 ? <p>{tx.noneUpcoming}</p> : <ConferenceList locale={locale} items={upcoming} />}
      </section>
      <section aria-labelledby="hop-bao-da-dien-ra">
        <h2 id="hop-bao-da-dien-ra">{tx.recent}</h2>
        {recent.length === 0 ? <p>{tx.noneRecent}</p> : <ConferenceList locale={locale} items={recent} />}
      </section>
    </Layout>
  );
}

function ConferenceList({ locale, items }: { locale: Locale; items: PortalConference[] }) {
  const tx = TEXTS[locale];
  const content = contentLang(locale);
  return (
    <ul className="card-list">
      {items.map((c) => (
        <li className="card" key={c.refNo} id={`hop-bao-${c.refNo}`}>
          <h3 lang={content}>
            {c.isCancelled ? <strong>{tx.cancelled}: </strong> : null}
            {c.title}
          </h3>
          <p>
            {tx.number.replace('{n}', String(c.refNo))} · <span lang={content}>{c.kindLabel}</span> · {formatDate(locale, c.day)}
          </p>
          <dl>
            <dt>{tx.time}</dt>
            <dd lang={content}>{c.timeText}</dd>
            <dt>{tx.place}</dt>
            <dd lang={content}>{c.place}</dd>
            <dt>{tx.host}</dt>
            <dd lang={content}>{c.hostName}</dd>
            <dt>{tx.chair}</dt>
            <dd lang={content}>{c.chair}</dd>
            <dt>{tx.topics}</dt>
            <dd>
              <ul lang={content}>
                {c.topics.map((t, i) => (
                  <li key={i}>{t}</li>
                ))}
              </ul>
            </dd>
          </dl>
          {c.isCancelled ? null : (
            <p>
              <a href={c.icsPath}>{tx.addOne}</a>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';
// a bad calendar address is answered like every portal error: an HTML page saying what is wrong, in Vietnamese
const refuse = (request: FastifyRequest, reply: FastifyReply, status: number, text: string) => sendHtml(reply, renderPortalError(status, text, request), status);
// the portal's links carry ?lang= (the page's language): a calendar has no language to choose, so only that is let by
const hasQuery = (url: string) => {
  const q = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  return q !== '' && [...new URLSearchParams(q).keys()].some((k) => k !== 'lang');
};

/**
 * GET /hop-bao (the list), /hop-bao.ics (the feed: the last 90 days and the future, cancelled ones included so a
 * calendar removes them) and /hop-bao/<number>.ics (one conference, by its public number: ids are internal).
 */
export async function pressConferencesPortalRoutes(app: App, opts: { publicUrl: string }): Promise<void> {
  const cookie = { secure: opts.publicUrl.startsWith('https:') };

  app.get('/hop-bao', {
    config: { access: 'public' },
    schema: { hide: true },
    handler: async (request, reply) => {
      const locale = pageLocale(request, reply, cookie);
      const today = todayVn();
      const [dir, conferences] = await Promise.all([getDirectory(app.db), conferencesForPortal(app.db, today)]);
      return sendPage(reply, <PressConferencesPage frame={frameOf(dir, '/hop-bao', request.url)} locale={locale} conferences={conferences} />);
    },
  });

  app.get('/hop-bao.ics', {
    config: { access: 'public' },
    schema: { hide: true },
    handler: async (request, reply) => {
      if (hasQuery(request.url)) return refuse(request, reply, 400, 'Địa chỉ lịch họp báo không nhận tham số này.');
      const text = await conferencesCalendar(app.db, todayVn(), opts.publicUrl);
      return reply.type(CALENDAR_TYPE).header('cache-control', 'no-cache').header('content-disposition', 'inline; filename="hop-bao.ics"').send(text);
    },
  });

  app.get('/hop-bao/:file', {
    config: { access: 'public' },
    schema: { hide: true },
    handler: async (request, reply) => {
      const file = (request.params as { file: string }).file;
      const m = /^([1-9]\d{0,8})\.ics$/.exec(file);
      if (!m) return refuse(request, reply, 404, 'Không có lịch họp báo ở địa chỉ này.');
      if (hasQuery(request.url)) return refuse(request, reply, 400, 'Địa chỉ lịch họp báo không nhận tham số này.');
      const text = await conferenceCalendar(app.db, Number(m[1]), opts.publicUrl);
      if (!text) return refuse(request, reply, 404, `Không có cuộc họp báo số ${m[1]}.`);
      return reply.type(CALENDAR_TYPE).header('cache-control', 'no-cache').header('content-disposition', `inline; filename="hop-bao-${m[1]}.ics"`).send(text);
    },
  });
}
