import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isAppError, type FieldError } from '../../platform/errors';
import type { App } from '../../platform/http';
import { getDirectory } from '../../modules/organisations';
import { answerInvitation, checkInByLink, checkInWalkIn, FEEDBACK_FORM, invitationForPortal, PARTICIPANT_TYPE_CHOICES, sendFeedback, walkInForPortal, type ParticipantType, type PortalInvitation, type PortalSession } from '../../modules/training';
import { frameOf, sendPage } from './frame';
import type { Locale } from './i18n';
import { Layout, type PortalFrame } from './layout';
import { pageLocale } from './locale';

// These pages' own texts (both locales side by side); what the server says back (refusals) is Vietnamese.
const TEXTS = {
  vi: {
    invitationTitle: 'Giấy mời tập huấn',
    walkInTitle: 'Điểm danh tập huấn',
    time: 'Thời gian',
    place: 'Địa điểm',
    online: 'Họp trực tuyến',
    statusInvited: 'Ông/bà chưa trả lời giấy mời.',
    statusAccepted: 'Ông/bà đã nhận lời tham dự.',
    statusDeclined: 'Ông/bà đã báo không tham dự.',
    statusAttended: 'Ông/bà đã điểm danh tham dự buổi tập huấn này.',
    accept: 'Tôi sẽ tham dự',
    decline: 'Tôi không tham dự được',
    checkin: 'Điểm danh: tôi đang có mặt',
    checkinHint: 'Bấm nút khi ông/bà đã có mặt tại buổi tập huấn (điểm danh mở từ trước giờ bắt đầu đến giờ kết thúc).',
    feedbackHeading: 'Ý kiến sau buổi tập huấn',
    feedbackIntro: 'Chấm điểm từ 1 (chưa tốt) đến 5 (rất tốt). Mỗi người gửi một lần; ý kiến được tổng hợp, không kèm tên người gửi.',
    comment: 'Ý kiến khác (không bắt buộc)',
    sendFeedback: 'Gửi ý kiến',
    feedbackSent: 'Cảm ơn ông/bà đã gửi ý kiến.',
    cancelled: 'Buổi tập huấn đã bị hủy.',
    done: { accepted: 'Đã ghi nhận: ông/bà sẽ tham dự.', declined: 'Đã ghi nhận: ông/bà không tham dự.', attended: 'Đã điểm danh. Chúc ông/bà buổi tập huấn bổ ích.', feedback: 'Cảm ơn ông/bà đã gửi ý kiến.' },
    invalid: 'Liên kết không đúng hoặc đã bị thu hồi.',
    errorHeading: 'Chưa ghi nhận được',
    name: 'Họ và tên',
    unit: 'Cơ quan, đơn vị công tác',
    jobTitle: 'Chức vụ (không bắt buộc)',
    type: 'Đối tượng',
    walkInIntro: 'Dành cho người dự không có giấy mời riêng. Thông tin chỉ dùng để lập danh sách tham dự, không công bố.',
    walkInSubmit: 'Điểm danh',
    walkInDone: 'Đã điểm danh. Cảm ơn ông/bà đã tham dự.',
    ratingOf: 'điểm',
  },
  en: {
    invitationTitle: 'Training invitation',
    walkInTitle: 'Training check-in',
    time: 'Time',
    place: 'Place',
    online: 'Online meeting',
    statusInvited: 'You have not answered the invitation yet.',
    statusAccepted: 'You accepted the invitation.',
    statusDeclined: 'You said you cannot attend.',
    statusAttended: 'You are checked in to this session.',
    accept: 'I will attend',
    decline: 'I cannot attend',
    checkin: 'Check in: I am here',
    checkinHint: 'Press the button once you are at the session (check-in opens shortly before the start and closes at the end).',
    feedbackHeading: 'Feedback on the session',
    feedbackIntro: 'Rate from 1 (poor) to 5 (very good). One answer per person; answers are summarised without names.',
    comment: 'Other comments (optional)',
    sendFeedback: 'Send feedback',
    feedbackSent: 'Thank you for your feedback.',
    cancelled: 'This session was cancelled.',
    done: { accepted: 'Recorded: you will attend.', declined: 'Recorded: you will not attend.', attended: 'You are checked in. Enjoy the session.', feedback: 'Thank you for your feedback.' },
    invalid: 'This link is wrong or was withdrawn.',
    errorHeading: 'Not recorded',
    name: 'Full name',
    unit: 'Agency or unit',
    jobTitle: 'Position (optional)',
    type: 'Participant type',
    walkInIntro: 'For participants without a personal invitation. The details are used only for the attendance list and never published.',
    walkInSubmit: 'Check in',
    walkInDone: 'You are checked in. Thank you for attending.',
    ratingOf: 'points',
  },
} as const;

type Done = keyof (typeof TEXTS)['vi']['done'];

function SessionFacts({ s, locale }: { s: PortalSession; locale: Locale }) {
  const x = TEXTS[locale];
  return (
    <dl>
      <dt>{x.time}</dt>
      <dd lang="vi">{s.timeText}</dd>
      {s.place ? (<><dt>{x.place}</dt><dd lang="vi">{s.place}</dd></>) : null}
      {s.onlineUrl ? (<><dt>{x.online}</dt><dd><a href={s.onlineUrl}>{s.onlineUrl}</a></dd></>) : null}
    </dl>
  );
}

function Refusal({ locale, message, errors }: { locale: Locale; message: string | null; errors: FieldError[] }) {
  if (!message) return null;
  return (
    <div role="alert" className="error-summary" aria-labelledby="loi-tieu-de">
      <h2 id="loi-tieu-de">{TEXTS[locale].errorHeading}</h2>
      <p lang="vi">{message}</p>
      {errors.length > 1 ? <ul lang="vi">{errors.map((e) => <li key={e.path}>{e.message}</li>)}</ul> : null}
    </div>
  );
}

/** The page of a personal link: the session, the reply buttons, the check-in button, then the feedback form. */
function InvitationPage(props: { frame: PortalFrame; locale: Locale; token: string; view: PortalInvitation | null; done: Done | null; error: string | null; errors: FieldError[] }) {
  const { locale, view, token } = props;
  const x = TEXTS[locale];
  const base = `/tap-huan/moi/${encodeURIComponent(token)}`;
  if (!view) {
    return (
      <Layout frame={props.frame} locale={locale} title={x.invitationTitle}>
        <h1>{x.invitationTitle}</h1>
        <p role="alert">{x.invalid}</p>
      </Layout>
    );
  }
  const status = { invited: x.statusInvited, accepted: x.statusAccepted, declined: x.statusDeclined, attended: x.statusAttended }[view.status];
  const canAnswer = view.status !== 'attended' && !view.hasEnded && !view.isCancelled && !view.isClosed;
  const canCheckIn = view.status !== 'attended' && view.checkinRefusal === null;
  return (
    <Layout frame={props.frame} locale={locale} title={(props.error ? `${x.errorHeading}: ` : '') + x.invitationTitle}>
      <p className="eyebrow">{x.invitationTitle}</p>
      <h1 lang="vi">{view.courseTitle}{view.sessionTitle ? ` — ${view.sessionTitle}` : ''}</h1>
      <SessionFacts s={view} locale={locale} />
      <Refusal locale={locale} message={props.error} errors={props.errors} />
      {props.done ? <p role="status" className="notice">{x.done[props.done]}</p> : null}
      {view.isCancelled ? <p className="notice">{x.cancelled}</p> : <p>{status}</p>}
      {canCheckIn ? (
        <form method="post" action={`${base}/diem-danh`} className="comment-form">
          <p className="hint" id="diem-danh-goi-y">{x.checkinHint}</p>
          <p><button type="submit" aria-describedby="diem-danh-goi-y">{x.checkin}</button></p>
        </form>
      ) : null}
      {canAnswer ? (
        <form method="post" action={`${base}/tra-loi`} className="comment-form">
          <p>
            {view.status !== 'accepted' ? <button type="submit" name="answer" value="accepted">{x.accept}</button> : null}{' '}
            {view.status !== 'declined' ? <button type="submit" name="answer" value="declined">{x.decline}</button> : null}
          </p>
        </form>
      ) : null}
      {view.canSendFeedback ? (
        <section aria-labelledby="y-kien">
          <h2 id="y-kien">{x.feedbackHeading}</h2>
          <p>{x.feedbackIntro}</p>
          <form method="post" action={`${base}/y-kien`} className="comment-form" noValidate>
            {FEEDBACK_FORM.map((q) => (
              <fieldset key={q.code} id={`ratings.${q.code}`}>
                <legend lang="vi">{q.label}</legend>
                {[1, 2, 3, 4, 5].map((n) => (
                  <label key={n} className="choice">
                    <input type="radio" name={`rating_${q.code}`} value={n} required /> {n} {x.ratingOf}
                  </label>
                ))}
              </fieldset>
            ))}
            <p className="field">
              <label htmlFor="comment">{x.comment}</label>
              <textarea id="comment" name="comment" rows={4} maxLength={5000} />
            </p>
            <p><button type="submit">{x.sendFeedback}</button></p>
          </form>
        </section>
      ) : null}
      {view.hasFeedback && props.done !== 'feedback' ? <p className="notice">{x.feedbackSent}</p> : null}
    </Layout>
  );
}

/** The walk-in check-in page (the QR in the room): the session, then name, unit, position and type. */
function WalkInPage(props: { frame: PortalFrame; locale: Locale; code: string; view: PortalSession | null; isDone: boolean; error: string | null; errors: FieldError[]; values: Record<string, string> }) {
  const { locale, view } = props;
  const x = TEXTS[locale];
  if (!view) {
    return (
      <Layout frame={props.frame} locale={locale} title={x.walkInTitle}>
        <h1>{x.walkInTitle}</h1>
        <p role="alert">{x.invalid}</p>
      </Layout>
    );
  }
  const err = (path: string) => props.errors.find((e) => e.path === path)?.message;
  const described = (path: string) => (err(path) ? `${path}-loi` : undefined);
  const FieldErr = ({ path }: { path: string }) => (err(path) ? <p id={`${path}-loi`} className="form-error" lang="vi">{err(path)}</p> : null);
  return (
    <Layout frame={props.frame} locale={locale} title={(props.error ? `${x.errorHeading}: ` : '') + x.walkInTitle}>
      <p className="eyebrow">{x.walkInTitle}</p>
      <h1 lang="vi">{view.courseTitle}{view.sessionTitle ? ` — ${view.sessionTitle}` : ''}</h1>
      <SessionFacts s={view} locale={locale} />
      <Refusal locale={locale} message={props.error} errors={[]} />
      {props.isDone ? <p role="status" className="notice">{x.walkInDone}</p> : null}
      {!props.isDone && view.checkinRefusal ? <p className="notice" lang="vi">{view.checkinRefusal}</p> : null}
      {!props.isDone && !view.checkinRefusal ? (
        <form method="post" action={`/tap-huan/diem-danh/${encodeURIComponent(props.code)}`} className="comment-form" noValidate>
          <p>{x.walkInIntro}</p>
          <p className="field">
            <label htmlFor="name">{x.name}</label>
            <input id="name" name="name" autoComplete="name" required maxLength={200} defaultValue={props.values.name ?? ''} aria-invalid={err('name') ? true : undefined} aria-describedby={described('name')} />
          </p>
          <FieldErr path="name" />
          <p className="field">
            <label htmlFor="unit">{x.unit}</label>
            <input id="unit" name="unit" autoComplete="organization" required maxLength={300} defaultValue={props.values.unit ?? ''} aria-invalid={err('unit') ? true : undefined} aria-describedby={described('unit')} />
          </p>
          <FieldErr path="unit" />
          <p className="field">
            <label htmlFor="title">{x.jobTitle}</label>
            <input id="title" name="title" autoComplete="organization-title" maxLength={200} defaultValue={props.values.title ?? ''} />
          </p>
          <fieldset id="participantType">
            <legend>{x.type}</legend>
            {PARTICIPANT_TYPE_CHOICES.map((c) => (
              <label key={c.code} className="choice" lang="vi">
                <input type="radio" name="participantType" value={c.code} defaultChecked={(props.values.participantType ?? 'officer') === c.code} /> {c.label}
              </label>
            ))}
          </fieldset>
          <p><button type="submit">{x.walkInSubmit}</button></p>
        </form>
      ) : null}
    </Layout>
  );
}

const TokenParams = Type.Object({ token: Type.String({ maxLength: 200 }) });
const CodeParams = Type.Object({ code: Type.String({ maxLength: 200 }) });
const AnswerForm = Type.Object({ answer: Type.Union([Type.Literal('accepted'), Type.Literal('declined')]) });
const FeedbackForm = Type.Record(Type.String(), Type.String({ maxLength: 5000 }));
const WalkInForm = Type.Object({ name: Type.Optional(Type.String({ maxLength: 200 })), unit: Type.Optional(Type.String({ maxLength: 300 })), title: Type.Optional(Type.String({ maxLength: 200 })), participantType: Type.Optional(Type.String({ maxLength: 50 })) });

/**
 * The training pages of the portal, reached by links in mails and by the QR code in the room: a personal link
 * (reply, check in with one click, feedback) and the walk-in check-in. Opening a link records nothing (mail scanners
 * open links); every change is a button that posts a form, without JavaScript. No name of anyone is shown.
 */
export async function trainingPortalRoutes(app: App, opts: { publicUrl: string }): Promise<void> {
  const cookie = { secure: opts.publicUrl.startsWith('https:') };
  const frame = async (request: FastifyRequest) => frameOf(await getDirectory(app.db), '', request.url);
  const refusal = (e: unknown) => {
    if (!isAppError(e) || e.status >= 500) throw e;
    return { status: e.status, message: e.message, errors: e.options.errors ?? [] };
  };

  const invitation = async (request: FastifyRequest, reply: FastifyReply, token: string, after: { done?: Done; error?: ReturnType<typeof refusal> } = {}) => {
    const locale = pageLocale(request, reply, cookie);
    const view = await invitationForPortal(app.db, token);
    const status = !view ? 404 : (after.error?.status ?? 200);
    return sendPage(reply, <InvitationPage frame={await frame(request)} locale={locale} token={token} view={view} done={after.done ?? null} error={after.error?.message ?? null} errors={after.error?.errors ?? []} />, status);
  };

  app.get('/tap-huan/moi/:token', { config: { access: 'public' }, schema: { hide: true, params: TokenParams } }, async (request, reply) => invitation(request, reply, request.params.token));

  app.post('/tap-huan/moi/:token/tra-loi', { config: { access: 'public', rateLimit: { max: 30, timeWindow: '10 minutes' } }, schema: { hide: true, params: TokenParams, body: AnswerForm } }, async (request, reply) => {
    try {
      await answerInvitation(app.db, request.params.token, request.body.answer);
      return invitation(request, reply, request.params.token, { done: request.body.answer });
    } catch (e) {
      return invitation(request, reply, request.params.token, { error: refusal(e) });
    }
  });

  app.post('/tap-huan/moi/:token/diem-danh', { config: { access: 'public', rateLimit: { max: 30, timeWindow: '10 minutes' } }, schema: { hide: true, params: TokenParams } }, async (request, reply) => {
    try {
      await checkInByLink(app.db, request.params.token);
      return invitation(request, reply, request.params.token, { done: 'attended' });
    } catch (e) {
      return invitation(request, reply, request.params.token, { error: refusal(e) });
    }
  });

  app.post('/tap-huan/moi/:token/y-kien', { config: { access: 'public', rateLimit: { max: 30, timeWindow: '10 minutes' } }, schema: { hide: true, params: TokenParams, body: FeedbackForm } }, async (request, reply) => {
    const body = request.body;
    const ratings = Object.fromEntries(FEEDBACK_FORM.map((q) => [q.code, Number(body[`rating_${q.code}`] ?? NaN)]));
    try {
      await sendFeedback(app.db, request.params.token, { ratings, comment: body.comment ?? null });
      return invitation(request, reply, request.params.token, { done: 'feedback' });
    } catch (e) {
      return invitation(request, reply, request.params.token, { error: refusal(e) });
    }
  });

  app.get('/tap-huan/diem-danh/:code', { config: { access: 'public' }, schema: { hide: true, params: CodeParams } }, async (request, reply) => {
    const locale = pageLocale(request, reply, cookie);
    const view = await walkInForPortal(app.db, request.params.code);
    return sendPage(reply, <WalkInPage frame={await frame(request)} locale={locale} code={request.params.code} view={view} isDone={false} error={null} errors={[]} values={{}} />, view ? 200 : 404);
  });

  app.post('/tap-huan/diem-danh/:code', { config: { access: 'public', rateLimit: { max: 60, timeWindow: '10 minutes' } }, schema: { hide: true, params: CodeParams, body: WalkInForm } }, async (request, reply) => {
    const locale = pageLocale(request, reply, cookie);
    const b = request.body;
    let failed: ReturnType<typeof refusal> | null = null;
    try {
      await checkInWalkIn(app.db, request.params.code, { name: b.name ?? '', unit: b.unit ?? '', title: b.title ?? null, participantType: (b.participantType ?? 'officer') as ParticipantType });
    } catch (e) {
      failed = refusal(e);
    }
    const view = await walkInForPortal(app.db, request.params.code);
    const values: Record<string, string> = failed ? { name: b.name ?? '', unit: b.unit ?? '', title: b.title ?? '', participantType: b.participantType ?? '' } : {};
    return sendPage(reply, <WalkInPage frame={await frame(request)} locale={locale} code={request.params.code} view={view} isDone={!failed} error={failed?.message ?? null} errors={failed?.errors ?? []} values={values} />, view ? (failed?.status ?? 200) : 404);
  });
}
