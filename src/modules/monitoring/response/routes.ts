import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../../platform/errors';
import { openStoredFile } from '../../../platform/files';
import { attachmentDisposition, type App } from '../../../platform/http';
import { DOCX_TYPE, fileResponse } from '../../../platform/http/responses';
import { allowPrivateHosts, monitoringFetcher } from '../fetch';
import { acknowledgeAlert, createAlertRule, updateAlertRule } from './actions/alert-rules';
import { createReferral } from './actions/create-referral';
import { saveDigestSubscriptions } from './actions/digest-subscriptions';
import { retrainSentiment } from './actions/retrain-sentiment';
import { captureEvidence, flagItem, reviewItem } from './actions/review-item';
import { recordTakedownOutcome, requestTakedown } from './actions/takedown';
import { authorize } from '../../../platform/auth';
import { dashboardOf } from './dashboard';
import { subscriptionsOf } from './digest';
import { VERDICT_LABELS, type Verdict } from './kinds';
import { METHOD_LABELS, presentAlert, presentQueueItem, presentRule, presentTakedown } from './present';
import { alertRecipients, deliveriesOf, findReferral, itemExists, itemTitles, listAlerts, listDigests, listReferrals, listRules, listTakedowns, responseOfItem, storedFileOf, userNames } from './repo-read';
import { reviewQueue } from './repo-review';
import * as S from './schemas';

const tags = ['Theo dõi dư luận'];
const read = { access: { ability: 'monitoring.read' } } as const;
const manage = { access: { ability: 'monitoring.manage' } } as const;
const review = { access: { ability: 'monitoring.review' } } as const;
const refer = { access: { ability: 'monitoring.refer' } } as const;
const ZIP_TYPE = 'application/zip';

/**
 * Office API of the monitoring module's response side: alert rules and alerts, the review queue with evidence,
 * takedown requests, referral packages for the police liaison, the dashboard, digests and the sentiment model.
 */
export async function monitoringResponseRoutes(app: App): Promise<void> {
  const ctx = (request: FastifyRequest) => ({ db: app.db, actor: request.actor, requestId: request.id });
  const send = (reply: FastifyReply, f: { fileName: string; mimeType: string; storageKey: string }) =>
    reply.type(f.mimeType).header('content-disposition', attachmentDisposition(f.fileName)).header('x-content-type-options', 'nosniff').send(openStoredFile(f.storageKey));

  app.get('/api/v1/monitoring/alert-rules', {
    config: read,
    schema: { tags, summary: 'Các quy tắc cảnh báo dư luận', response: { 200: S.AlertRuleList } },
    handler: async () => {
      const rows = await listRules(app.db);
      const names = await userNames(app.db, rows.flatMap((r) => r.rule.userIds));
      return { items: rows.map((r) => presentRule(r.rule, r.sourceName, names)) };
    },
  });

  app.get('/api/v1/monitoring/alert-recipients', {
    config: manage,
    schema: { tags, summary: 'Những người có thể nhận cảnh báo trên trang quản trị', response: { 200: S.RecipientList } },
    handler: async () => ({ items: await alertRecipients(app.db) }),
  });

  app.post('/api/v1/monitoring/alert-rules', {
    config: manage,
    schema: { tags, summary: 'Thêm quy tắc cảnh báo (từ khoá, tin tiêu cực tăng đột biến, lượng tin bất thường, nguồn cần theo dõi)', body: S.AlertRuleBody, response: { 201: S.AlertRuleSaved } },
    handler: async (request, reply) => reply.status(201).send(await createAlertRule({ ...ctx(request), allowPrivateHosts: allowPrivateHosts() }, request.body)),
  });

  app.put('/api/v1/monitoring/alert-rules/:id', {
    config: manage,
    schema: { tags, summary: 'Sửa, bật hoặc tắt một quy tắc cảnh báo', params: S.IdParams, body: S.AlertRuleBody, response: { 200: S.AlertRuleSaved } },
    handler: async (request) => updateAlertRule({ ...ctx(request), allowPrivateHosts: allowPrivateHosts() }, request.params.id, request.body),
  });

  app.get('/api/v1/monitoring/alerts', {
    config: read,
    schema: { tags, summary: 'Các cảnh báo đã phát, mới nhất trước, kèm giải thích và tình trạng gửi', querystring: S.Page(100, 20), response: { 200: S.AlertList } },
    handler: async (request) => {
      const page = await listAlerts(app.db, request.query);
      const alerts = page.rows.map((r) => r.alert);
      const deliveries = await deliveriesOf(app.db, alerts.map((a) => a.id));
      const [items, names] = await Promise.all([
        itemTitles(app.db, alerts.flatMap((a) => a.itemIds.slice(0, 20))),
        userNames(app.db, [...deliveries.filter((d) => d.channel === 'office').map((d) => d.target), ...alerts.flatMap((a) => (a.acknowledgedBy ? [a.acknowledgedBy] : []))]),
      ]);
      return { items: page.rows.map((r) => presentAlert({ ...r.alert, itemIds: r.alert.itemIds.slice(0, 20) }, r.ruleName, r.kind, deliveries.filter((d) => d.alertId === r.alert.id), items, names)), total: page.total };
    },
  });

  app.post('/api/v1/monitoring/alerts/:id/acknowledge', {
    config: read,
    schema: { tags, summary: 'Đánh dấu đã xem một cảnh báo', params: S.IdParams, response: { 200: Type.Object({ acknowledged: Type.Boolean() }) } },
    handler: async (request) => acknowledgeAlert(ctx(request), request.params.id),
  });

  app.get('/api/v1/monitoring/review-queue', {
    config: review,
    schema: { tags, summary: 'Hàng đợi xem xét thông tin có thể sai sự thật hoặc xấu, độc', querystring: S.QueueQuery, response: { 200: S.QueueList } },
    handler: async (request) => {
      const page = await reviewQueue(app.db, { state: request.query.state ?? 'waiting', verdict: request.query.verdict, limit: request.query.limit, offset: request.query.offset });
      const names = await userNames(app.db, page.items.flatMap((i) => (i.reviewedBy ? [i.reviewedBy] : [])));
      return { items: page.items.map((i) => presentQueueItem(i, names)), total: page.total };
    },
  });

  app.get('/api/v1/monitoring/items/:id/response', {
    config: review,
    schema: { tags, summary: 'Kết luận xem xét, bằng chứng, yêu cầu gỡ bỏ và đề nghị của một tin', params: S.IdParams, response: { 200: S.ItemResponse } },
    handler: async (request) => {
      if (!(await itemExists(app.db, request.params.id))) throw notFound('tin');
      const r = await responseOfItem(app.db, request.params.id);
      const names = await userNames(app.db, [...r.reviews.map((x) => x.reviewedBy), ...r.evidence.map((x) => x.capturedBy), ...r.flags.map((x) => x.flaggedBy)].filter((x): x is string => Boolean(x)));
      const name = (id: string | null) => (id ? (names.get(id) ?? null) : null);
      const now = new Date();
      return {
        reviews: r.reviews.map((x) => ({ verdict: x.verdict as Verdict, verdictLabel: VERDICT_LABELS[x.verdict as Verdict] ?? x.verdict, note: x.note, reviewedBy: name(x.reviewedBy), reviewedAt: new Date(x.reviewedAt).toISOString() })),
        evidence: r.evidence.map((x) => ({ id: x.id, url: x.url, method: x.method, methodLabel: METHOD_LABELS[x.method] ?? x.method, httpStatus: x.httpStatus, fetchError: x.fetchError, sha256: x.sha256, size: x.size, capturedAt: new Date(x.capturedAt).toISOString(), capturedBy: name(x.capturedBy) })),
        takedowns: r.takedowns.map((x) => presentTakedown(x.t, x.itemTitle, now)),
        flags: r.flags.map((x) => ({ kind: x.kind, reason: x.reason, flaggedBy: name(x.flaggedBy), flaggedAt: new Date(x.flaggedAt).toISOString() })),
      };
    },
  });

  app.post('/api/v1/monitoring/items/:id/review', {
    config: { ...review, rateLimit: { max: 60, timeWindow: '1 minute' } },
    schema: { tags, summary: 'Kết luận xem xét một tin (chính xác, sai lệch, sai sự thật, xấu độc, không liên quan) và thu thập bằng chứng', params: S.IdParams, body: S.ReviewBody, response: { 200: S.ReviewResult } },
    handler: async (request) => reviewItem({ ...ctx(request), fetcher: monitoringFetcher() }, request.params.id, request.body),
  });

  app.post('/api/v1/monitoring/items/:id/evidence', {
    config: { ...review, rateLimit: { max: 30, timeWindow: '1 minute' } },
    schema: { tags, summary: 'Thu thập lại bằng chứng của một tin (lưu thành bản mới, bản cũ giữ nguyên)', params: S.IdParams, response: { 201: S.EvidenceCaptured } },
    handler: async (request, reply) => reply.status(201).send(await captureEvidence({ ...ctx(request), fetcher: monitoringFetcher() }, request.params.id)),
  });

  app.get('/api/v1/monitoring/evidence/:id', {
    config: review,
    schema: { tags, summary: 'Tải tệp bằng chứng (nội dung như đã thu thập)', params: S.IdParams, response: { 200: fileResponse('Tệp bằng chứng', 'text/plain') } },
    handler: async (request, reply) => {
      authorize(request.actor, 'monitoring.review');
      const f = await storedFileOf(app.db, request.params.id, ['monitoring_evidence']);
      if (!f) throw notFound('bằng chứng');
      return send(reply, f);
    },
  });

  app.post('/api/v1/monitoring/items/:id/flags', {
    config: review,
    schema: { tags, summary: 'Đưa một tin vào hàng đợi xem xét, hoặc đề nghị mở sự vụ khủng hoảng từ tin này', params: S.IdParams, body: S.FlagBody, response: { 201: Type.Object({ flagId: Type.String() }) } },
    handler: async (request, reply) => reply.status(201).send(await flagItem(ctx(request), request.params.id, request.body)),
  });

  app.get('/api/v1/monitoring/takedowns', {
    config: refer,
    schema: { tags, summary: 'Các yêu cầu gỡ bỏ thông tin vi phạm, quá hạn được đánh dấu', querystring: Type.Intersect([S.Page(100, 20), Type.Object({ state: Type.Optional(Type.Union([Type.Literal('all'), Type.Literal('pending'), Type.Literal('overdue')])) })]), response: { 200: S.TakedownList } },
    handler: async (request) => {
      const now = new Date();
      const page = await listTakedowns(app.db, { state: request.query.state ?? 'all', now, limit: request.query.limit, offset: request.query.offset });
      return { items: page.rows.map((r) => presentTakedown(r.t, r.itemTitle, now)), total: page.total, removedWithinDeadlinePct: page.requested ? Math.round((page.inTime / page.requested) * 1000) / 10 : null };
    },
  });

  app.post('/api/v1/monitoring/items/:id/takedowns', {
    config: refer,
    schema: { tags, summary: 'Ghi nhận yêu cầu gỡ bỏ một tin (hạn xử lý theo bảng quy định: 24 giờ, NĐ 147/2024)', params: S.IdParams, body: S.TakedownBody, response: { 201: S.TakedownCreated } },
    handler: async (request, reply) => reply.status(201).send(await requestTakedown(ctx(request), request.params.id, request.body)),
  });

  app.post('/api/v1/monitoring/takedowns/:id/outcome', {
    config: refer,
    schema: { tags, summary: 'Ghi nhận kết quả yêu cầu gỡ bỏ (đã gỡ, bị từ chối, không phản hồi)', params: S.IdParams, body: S.OutcomeBody, response: { 200: S.OutcomeResult } },
    handler: async (request) => recordTakedownOutcome(ctx(request), request.params.id, request.body),
  });

  app.get('/api/v1/monitoring/referrals', {
    config: refer,
    schema: { tags, summary: 'Các gói hồ sơ đã chuyển cơ quan công an', response: { 200: S.ReferralList } },
    handler: async () => {
      const rows = await listReferrals(app.db, 100);
      const names = await userNames(app.db, rows.flatMap((r) => (r.createdBy ? [r.createdBy] : [])));
      return { items: rows.map((r) => ({ id: r.id, items: r.itemIds.length, zipSha256: r.zipSha256, createdBy: r.createdBy ? (names.get(r.createdBy) ?? null) : null, createdAt: new Date(r.createdAt).toISOString() })) };
    },
  });

  app.post('/api/v1/monitoring/referrals', {
    config: { ...refer, rateLimit: { max: 20, timeWindow: '1 minute' } },
    schema: { tags, summary: 'Lập gói hồ sơ chuyển cơ quan công an: công văn (DOCX), tệp bằng chứng và bảng mã băm', body: S.ReferralBody, response: { 201: S.ReferralCreated } },
    handler: async (request, reply) => reply.status(201).send(await createReferral(ctx(request), request.body)),
  });

  for (const [part, owner, media, summary] of [
    ['package', 'zipFileId', ZIP_TYPE, 'Tải gói hồ sơ (ZIP: công văn, bằng chứng, manifest.json)'],
    ['letter', 'docxFileId', DOCX_TYPE, 'Tải công văn chuyển thông tin (DOCX)'],
  ] as const) {
    app.get(`/api/v1/monitoring/referrals/:id/${part}`, {
      config: refer,
      schema: { tags, summary, params: S.IdParams, response: { 200: fileResponse(summary, media) } },
      handler: async (request: FastifyRequest<{ Params: { id: string } }>, reply) => {
        const referral = await findReferral(app.db, request.params.id);
        const f = referral ? await storedFileOf(app.db, referral[owner], ['monitoring_referral']) : null;
        if (!f) throw notFound('gói hồ sơ');
        return send(reply, f);
      },
    });
  }

  app.get('/api/v1/monitoring/dashboard', {
    config: read,
    schema: { tags, summary: 'Tổng quan: lượng tin và sắc thái theo ngày, sự việc, nguồn, từ khoá nổi bật, xem xét và gỡ bỏ', querystring: S.DashboardQuery, response: { 200: S.Dashboard } },
    handler: async (request) => dashboardOf(app.db, request.query.days),
  });

  app.get('/api/v1/monitoring/digests', {
    config: read,
    schema: { tags, summary: 'Các bản tin dư luận đã lập và đăng ký nhận bản tin của tôi', response: { 200: S.DigestList } },
    handler: async (request) => {
      const rows = await listDigests(app.db, 60);
      const mine = request.actor.kind === 'user' ? await subscriptionsOf(app.db, request.actor.userId) : [];
      return { items: rows.map((d) => ({ id: d.id, frequency: d.frequency as 'daily' | 'weekly', periodStart: new Date(d.periodStart).toISOString(), periodEnd: new Date(d.periodEnd).toISOString(), mails: d.mails })), subscribed: { daily: mine.includes('daily'), weekly: mine.includes('weekly') } };
    },
  });

  app.get('/api/v1/monitoring/digests/:id/docx', {
    config: read,
    schema: { tags, summary: 'Tải bản tin dư luận (DOCX)', params: S.IdParams, response: { 200: fileResponse('Bản tin dư luận', DOCX_TYPE) } },
    handler: async (request, reply) => {
      const f = await storedFileOf(app.db, request.params.id, ['monitoring_digest']);
      if (!f) throw notFound('bản tin');
      return send(reply, f);
    },
  });

  app.put('/api/v1/monitoring/digest-subscriptions', {
    config: read,
    schema: { tags, summary: 'Đăng ký hoặc thôi nhận bản tin dư luận hằng ngày, hằng tuần qua thư', body: S.DigestSubscriptions, response: { 200: S.DigestSubscriptions } },
    handler: async (request) => saveDigestSubscriptions(ctx(request), request.body),
  });

  app.post('/api/v1/monitoring/sentiment/retrain', {
    config: manage,
    schema: { tags, summary: 'Huấn luyện lại mô hình sắc thái từ các sửa đổi của cán bộ', response: { 200: S.RetrainResult } },
    handler: async (request) => retrainSentiment(ctx(request), { force: true }),
  });
}
