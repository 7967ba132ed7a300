import { randomUUID } from 'node:crypto';
import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { isAppError, notFound, AppError } from '../../platform/errors';
import { openStoredFile } from '../../platform/files';
import { readMultipart, type App } from '../../platform/http';
import { currentRoundOfSlug, COMMENTER_TYPE_LABELS, DISPOSITION_LABELS, STANCE_LABELS, findRound, findStoredFile, flagComment, followComment, listPublicConsultations, MAX_RESENDS, openDataComments, publicDraftPage, resendVerificationByCommenter, submitComment, verifyCommentEmail, writeCsv } from '../../modules/consultation';
import { getDirectory } from '../../modules/organisations';
import { frameOf, renderPage, sendHtml, sendPage } from './frame';
import { PageCache } from '../../platform/page-cache';
import { formatDateTimeVi, todayVn } from '../../platform/text';
import { atomFeed } from './atom';
import { t, type Locale } from './i18n';
import { pageLocale } from './locale';
import { CommentFormPage, EMPTY_VALUES, type CommentFormValues } from './pages/comment-form';
import { FollowPage, ReceiptPage } from './pages/comment-status';
import { ConsultationsPage } from './pages/consultations';
import { CommentClosedPage } from './pages/comment-closed';
import { DraftPage } from './pages/draft';
import { ResendLinkPage } from './pages/resend-link';
import { safeReturnPath, withParam } from './return-path';
import { PublishedCommentsPage } from './pages/published-comments';

const Slug = Type.Object({ slug: Type.String({ maxLength: 200 }) });
/** The query parameter of a page a comment was just reported from ("Cảm ơn bạn đã báo cáo…"). */
const FLAGGED = 'da-bao-cao';

/** The largest file a comment may carry. */
const MAX_COMMENT_FILE_BYTES = 5 * 1024 * 1024;

/** Where a POSTed form comes from: the values typed, the files, the article. */
async function readCommentForm(request: FastifyRequest): Promise<{ values: CommentFormValues; dieu: string; idempotencyKey: string; files: { data: Uint8Array; fileName: string }[]; tooLarge: string[] }> {
  let fields: Record<string, string> = {};
  let files: { data: Uint8Array; fileName: string }[] = [];
  let tooLarge: string[] = [];
  if (request.isMultipart()) {
    const form = await readMultipart(request, { maxFileBytes: MAX_COMMENT_FILE_BYTES, keepReadingPastLargeFiles: true });
    fields = form.fields;
    tooLarge = form.tooLarge;
    files = form.files.filter((f) => f.data.length > 0 && f.fileName).map((f) => ({ data: new Uint8Array(f.data), fileName: f.fileName }));
  } else {
    fields = Object.fromEntries(Object.entries((request.body ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(Array.isArray(v) ? v[0] : v ?? '')]));
  }
  const f = (k: string) => (fields[k] ?? '').slice(0, 20_000);
  return {
    values: { commenterType: f('commenterType') || 'citizen', name: f('name'), pseudonym: f('pseudonym'), email: f('email'), phone: f('phone'), stance: f('stance'), body: f('body'), consentProcessing: f('consentProcessing') === '1', consentContact: f('consentContact') === '1' },
    dieu: f('dieu'),
    idempotencyKey: /^[\w-]{8,64}$/.test(f('idempotencyKey')) ? f('idempotencyKey') : randomUUID(),
    files,
    tooLarge,
  };
}

/** The portal's consultation pages: list, draft, comment form and receipt, follow-up, feed, open data. */
export async function consultationPortalRoutes(app: App, opts: { publicUrl: string }): Promise<void> {
  const draftPages = new PageCache();
  const cookie = { secure: opts.publicUrl.startsWith('https:') };
  /** The header of a page in the navigation entry `path`; `url` is what the language link keeps. */
  const page = async (request: FastifyRequest, path: string, url = request.url) => frameOf(await getDirectory(app.db), path, url);

  app.get('/gop-y', { config: { access: 'public' }, schema: { hide: true, querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 200 })), [FLAGGED]: Type.Optional(Type.String({ maxLength: 2 })) }) } }, async (request, reply) => {
    const locale = pageLocale(request, reply, cookie);
    const q = request.query.q?.trim() ?? '';
    return sendPage(reply, <ConsultationsPage frame={await page(request, '/gop-y')} locale={locale} q={q} items={await listPublicConsultations(app.db, q || undefined)} flagged={request.query[FLAGGED] === '1'} />);
  });

  app.get('/gop-y/tra-cuu', { config: { access: 'public' }, schema: { hide: true, querystring: Type.Object({ ma: Type.Optional(Type.String({ maxLength: 40 })) }) } }, async (request, reply) => {
    const locale = pageLocale(request, reply, cookie);
    const code = request.query.ma?.trim() ?? '';
    const view = code ? await followComment(app.db, code) : null;
    // the form sent without a code: say so (a bare visit to the page shows the empty form)
    const isCodeMissing = request.query.ma !== undefined && code === '';
    return sendPage(reply, <FollowPage frame={await page(request, '/gop-y/tra-cuu')} locale={locale} code={code} view={view} isCodeMissing={isCodeMissing} />, code && !view ? 404 : isCodeMissing ? 422 : 200);
  });

  app.get('/gop-y/xac-nhan', { config: { access: 'public' }, schema: { hide: true, querystring: Type.Object({ ma: Type.String({ maxLength: 100 }) }) } }, async (request, reply) => {
    const locale = pageLocale(request, reply, cookie);
    const comment = await verifyCommentEmail(app.db, request.query.ma);
    const view = await followComment(app.db, comment.receiptCode);
    // the language link leads to the follow page of the comment, never repeating the one-time token
    const frame = await page(request, '/gop-y/tra-cuu', `/gop-y/tra-cuu?ma=${encodeURIComponent(comment.receiptCode)}`);
    return sendPage(reply, <FollowPage frame={frame} locale={locale} code={comment.receiptCode} view={view} title={t(locale, 'follow.verified')} />);
  });

  app.get('/gop-y/bien-nhan/:code', { config: { access: 'public' }, schema: { hide: true, params: Type.Object({ code: Type.String({ maxLength: 40 }) }) } }, async (request, reply) => {
    const locale = pageLocale(request, reply, cookie);
    const view = await followComment(app.db, request.params.code);
    if (!view) throw notFound('biên nhận');
    return sendPage(reply, <ReceiptPage frame={await page(request, '/gop-y')} locale={locale} view={view} />);
  });

  // "Gửi lại liên kết xác nhận": receipt code + the email the comment was sent with. The answer is the same
  // whether they match or not, so the form reveals neither codes nor addresses; the action throttles and audits.
  app.get('/gop-y/gui-lai-xac-nhan', { config: { access: 'public' }, schema: { hide: true, querystring: Type.Object({ ma: Type.Optional(Type.String({ maxLength: 40 })), 'da-gui': Type.Optional(Type.String({ maxLength: 2 })) }) } }, async (request, reply) => {
    const locale = pageLocale(request, reply, cookie);
    const code = /^GY-[0-9A-Z]{8}$/i.test(request.query.ma?.trim() ?? '') ? request.query.ma!.trim().toUpperCase() : '';
    return sendPage(reply, <ResendLinkPage frame={await page(request, '/gop-y/tra-cuu')} locale={locale} values={{ code, email: '' }} errors={[]} isDone={request.query['da-gui'] === '1'} maxResends={MAX_RESENDS} />);
  });

  app.post('/gop-y/gui-lai-xac-nhan', { config: { access: 'public', rateLimit: { max: 10, timeWindow: '10 minutes' } }, schema: { hide: true } }, async (request, reply) => {
    const locale = pageLocale(request, reply, cookie);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const values = { code: String(body.ma ?? '').trim().toUpperCase().slice(0, 40), email: String(body.email ?? '').trim().slice(0, 200) };
    const errors: { path: string; message: string }[] = [];
    if (!/^GY-[0-9A-Z]{8}$/.test(values.code)) errors.push({ path: 'ma', message: t(locale, 'resend.errorCode') });
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) errors.push({ path: 'email', message: t(locale, 'resend.errorEmail') });
    if (errors.length) return sendPage(reply, <ResendLinkPage frame={await page(request, '/gop-y/tra-cuu', '/gop-y/gui-lai-xac-nhan')} locale={locale} values={values} errors={errors} isDone={false} maxResends={MAX_RESENDS} />, 422);
    const outcome = await resendVerificationByCommenter(app.db, { receiptCode: values.code, email: values.email, publicUrl: opts.publicUrl });
    request.log.info({ outcome }, 'confirmation link resend requested');
    return reply.redirect('/gop-y/gui-lai-xac-nhan?da-gui=1#da-gui', 303);
  });

  app.get('/gop-y/feed.atom', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
    const items = await listPublicConsultations(app.db);
    return reply.type('application/atom+xml; charset=utf-8').send(atomFeed(opts.publicUrl, items));
  });

  app.get('/gop-y/bao-cao-tong-hop/:file', { config: { access: 'public' }, schema: { hide: true, params: Type.Object({ file: Type.String({ pattern: '^[0-9a-f-]{36}\\.docx$' }) }) } }, async (request, reply) => {
    const round = await findRound(app.db, request.params.file.replace(/\.docx$/, ''));
    if (!round?.synthesisPublishedAt || !round.synthesisFileId) throw notFound('báo cáo tổng hợp');
    const file = await findStoredFile(app.db, round.synthesisFileId);
    if (!file) throw notFound('báo cáo tổng hợp');
    return reply.type(file.mimeType).header('content-disposition', `attachment; filename="${file.fileName}"`).send(openStoredFile(file.storageKey));
  });

  app.get('/du-lieu-mo/y-kien.json', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
    return reply.header('cache-control', 'public, max-age=300').send({ license: 'CC BY 4.0', generatedAt: new Date().toISOString(), items: await openDataComments(app.db) });
  });

  app.get('/du-lieu-mo/y-kien.csv', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
    const items = await openDataComments(app.db);
    const { PassThrough } = await import('node:stream');
    const out = new PassThrough();
    const rows = (async function* () {
      // for people opening it in a spreadsheet: the article's name and the Vietnam time, as the office's export prints them
      for (const c of items) yield { draft: c.draft.title, article: c.articleLabel, type: COMMENTER_TYPE_LABELS[c.commenterType], stance: STANCE_LABELS[c.stance], text: c.text, publishedAt: c.publishedAt ? formatDateTimeVi(new Date(c.publishedAt)) : '', disposition: c.answer ? DISPOSITION_LABELS[c.answer.disposition] : '', explanation: c.answer?.explanation ?? '' };
    })();
    void writeCsv(out, ['Dự thảo', 'Điều', 'Đối tượng', 'Ý kiến', 'Nội dung', 'Công bố lúc', 'Hình thức trả lời', 'Nội dung trả lời'], ['draft', 'article', 'type', 'stance', 'text', 'publishedAt', 'disposition', 'explanation'], rows);
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="y-kien-gop-y.csv"').send(out);
  });

  // "Report this comment" posts the page it was on (`ve`): the visitor lands back there with a thank-you, whatever
  // the referrer policy lets through. Only a portal page of comments is accepted (never an open redirect).
  app.post('/gop-y/y-kien/:id/bao-cao', { config: { access: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } }, schema: { hide: true, params: Type.Object({ id: Type.String({ maxLength: 100 }) }) } }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    await flagComment(app.db, request.params.id, String(body.lyDo ?? ''), request.ip);
    const back = safeReturnPath(body.ve) ?? '/gop-y';
    return reply.redirect(`${withParam(back, FLAGGED, '1')}#da-bao-cao`, 303);
  });

  app.get('/gop-y/:slug', { config: { access: 'public' }, schema: { hide: true, params: Slug, querystring: Type.Object({ [FLAGGED]: Type.Optional(Type.String({ maxLength: 2 })) }) } }, async (request, reply) => {
    const locale = pageLocale(request, reply, cookie);
    // the most visited page: rendered once per change of public content (see platform/page-cache)
    const html = await draftPages.get(`${locale}|${todayVn()}|${request.url}`, async () => {
      const data = await publicDraftPage(app.db, request.params.slug);
      if (!data) throw notFound('dự thảo');
      return renderPage(<DraftPage frame={await page(request, '/gop-y')} locale={locale} page={data} flagged={request.query[FLAGGED] === '1'} />);
    });
    return sendHtml(reply, html);
  });

  app.get('/gop-y/:slug/y-kien-da-cong-bo', { config: { access: 'public' }, schema: { hide: true, params: Slug, querystring: Type.Object({ dieu: Type.Optional(Type.String({ maxLength: 100 })), [FLAGGED]: Type.Optional(Type.String({ maxLength: 2 })) }) } }, async (request, reply) => {
    const locale = pageLocale(request, reply, cookie);
    const data = await publicDraftPage(app.db, request.params.slug);
    if (!data) throw notFound('dự thảo');
    const anchor = request.query.dieu === 'chung' ? null : (request.query.dieu ?? null);
    const article = data.articles.find((a) => a.anchor === anchor);
    const list = data.comments.filter((c) => c.articleAnchor === anchor);
    return sendPage(reply, <PublishedCommentsPage frame={await page(request, '/gop-y')} locale={locale} slug={data.slug} draftTitle={data.title} article={article} comments={list} flagged={request.query[FLAGGED] === '1'} />);
  });

  const renderForm = async (request: FastifyRequest, locale: Locale, slug: string, dieu: string, values: CommentFormValues, errors: { path: string; message: string }[], formError: string | null, key: string, strict = true) => {
    const data = await publicDraftPage(app.db, slug);
    if (!data) throw notFound('dự thảo');
    if (data.round && data.round.status !== 'open') {
      // no form while the round is not open: when it closed (or opens) and what comes next, and what was typed
      const typed = request.method === 'POST' ? values.body.trim() : '';
      return <CommentClosedPage frame={await page(request, '/gop-y', `/gop-y/${data.slug}/y-kien`)} locale={locale} slug={data.slug} draftTitle={data.title} round={data.round} typed={typed} />;
    }
    const article = dieu ? data.articles.find((a) => a.anchor === dieu) : null;
    if (dieu && !article && strict) throw new AppError('not-found', 'Điều được góp ý không có trong dự thảo.');
    // after a POST the language link leads back to the blank form of the same article
    const formUrl = request.method === 'GET' ? request.url : `/gop-y/${data.slug}/y-kien${article ? `?dieu=${encodeURIComponent(article.anchor)}` : ''}`;
    return <CommentFormPage frame={await page(request, '/gop-y', formUrl)} locale={locale} slug={data.slug} draftTitle={data.title} article={article ?? null} values={values} errors={errors} formError={formError} idempotencyKey={key} />;
  };

  app.get('/gop-y/:slug/y-kien', { config: { access: 'public' }, schema: { hide: true, params: Slug, querystring: Type.Object({ dieu: Type.Optional(Type.String({ maxLength: 100 })) }) } }, async (request, reply) => {
    const locale = pageLocale(request, reply, cookie);
    return sendPage(reply, await renderForm(request, locale, request.params.slug, request.query.dieu ?? '', EMPTY_VALUES, [], null, randomUUID()));
  });

  app.post('/gop-y/:slug/y-kien', { config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } }, schema: { hide: true, params: Slug } }, async (request, reply) => {
    const locale = pageLocale(request, reply, cookie);
    const form = await readCommentForm(request);
    const roundId = await currentRoundOfSlug(app.db, request.params.slug);
    if (!roundId) throw notFound('dự thảo');
    if (form.tooLarge.length) {
      // the form comes back with everything typed, the file named, instead of a bare error page
      const message = `Tệp ${form.tooLarge.map((n) => `“${n}”`).join(', ')} lớn hơn ${MAX_COMMENT_FILE_BYTES / 1024 / 1024} MB, chưa được gửi: hãy chọn tệp nhỏ hơn (có thể nén hoặc chia nhỏ), hoặc gửi góp ý không kèm tệp.`;
      return sendPage(reply, await renderForm(request, locale, request.params.slug, form.dieu, form.values, [{ path: 'attachments', message }], null, form.idempotencyKey, false), 413);
    }
    try {
      const { comment } = await submitComment(
        { db: app.db, clientIp: request.ip, publicUrl: opts.publicUrl },
        {
          roundId, articleAnchor: form.dieu || null, commenterType: form.values.commenterType, name: form.values.name, pseudonym: form.values.pseudonym,
          email: form.values.email, phone: form.values.phone, stance: form.values.stance, body: form.values.body,
          consent: { processing: form.values.consentProcessing, contact: form.values.consentContact, showName: false }, idempotencyKey: form.idempotencyKey, attachments: form.files,
        },
      );
      // the request's log line then leads an operator from a citizen's receipt code to its reqId: no personal data
      request.logNote = { receipt: comment.receiptCode, roundId };
      return reply.redirect(`/gop-y/bien-nhan/${comment.receiptCode}`, 303);
    } catch (e) {
      if (!isAppError(e) || e.status >= 500 || e.code === 'not-found') throw e;
      // everything typed comes back with the message; nothing is lost
      const errors = [...(e.options.errors ?? [])];
      // a browser never fills a file field again: the files chosen were not sent, and the person must know it
      // (a refusal of the file itself, such as its type, already says so)
      if (form.files.length && errors.length && !errors.some((x) => x.path === 'attachments')) errors.push({ path: 'attachments', message: `${form.files.length} tệp đính kèm chưa được gửi vì biểu mẫu còn lỗi: vui lòng chọn lại tệp trước khi gửi.` });
      return sendPage(reply, await renderForm(request, locale, request.params.slug, form.dieu, form.values, errors, errors.length ? null : e.message, form.idempotencyKey, false), e.status);
    }
  });
}
