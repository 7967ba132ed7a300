import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { authorize } from '../../../platform/auth';
import { notFound } from '../../../platform/errors';
import type { App } from '../../../platform/http';
import { findDraft } from '../../policies';
import { findRound } from '../repo';
import { userNames } from '../repo-answers';
import { sendAttributionCheck } from './actions/attribution-check';
import { reviewSignal, signalOfUnit } from './actions/review-signal';
import { presentMember, presentSignal } from './present';
import { firstMembersOf, membersOfSignal, signalsOfRound } from './repo-read';
import { SignalList, SignalMembers, SignalReview } from './schemas';
import { SIGNAL_STATUSES } from './thresholds';

const tags = ['Lấy ý kiến'];
const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });
const SignalParams = Type.Object({ id: Type.String({ maxLength: 100 }), signalId: Type.String({ maxLength: 100 }) });
const Page = (max: number, byDefault: number) => Type.Object({ limit: Type.Integer({ minimum: 1, maximum: max, default: byDefault }), offset: Type.Integer({ minimum: 0, default: 0 }) });
/** Comments shown with each signal of the list. */
const FIRST_MEMBERS = 10;
const access = { access: { ability: 'consultation.moderate', scope: 'unit' } } as const;

/**
 * Office API of coordinated-submission signals (moderators of the drafting unit): the signals of a round with their
 * evidence (senders masked), a signal's comments page by page, the review, and the "was this you?" mail.
 */
export async function signalRoutes(app: App, opts: { publicUrl: string }): Promise<void> {
  const ctx = (request: FastifyRequest) => ({ db: app.db, actor: request.actor, requestId: request.id });

  app.get('/api/v1/rounds/:id/signals', {
    config: access,
    schema: { tags, summary: 'Dấu hiệu gửi phối hợp của một đợt (bằng chứng đã che thông tin người gửi)', params: IdParams, querystring: Type.Intersect([Page(100, 20), Type.Object({ status: Type.Optional(Type.Union(SIGNAL_STATUSES.map((s) => Type.Literal(s)))) })]), response: { 200: SignalList } },
    handler: async (request) => {
      const round = await findRound(app.db, request.params.id);
      const draft = round ? await findDraft(app.db, round.draftId) : null;
      if (!round || !draft) throw notFound('đợt lấy ý kiến');
      authorize(request.actor, 'consultation.moderate', { unitId: draft.draftingUnitId });
      const page = await signalsOfRound(app.db, round.id, request.query);
      const [members, names] = await Promise.all([firstMembersOf(app.db, page.items.map((s) => s.id), FIRST_MEMBERS), userNames(app.db, page.items.flatMap((s) => (s.reviewedBy ? [s.reviewedBy] : [])))]);
      return { items: page.items.map((s) => presentSignal(s, members.filter((m) => m.signalId === s.id), names)), total: page.total };
    },
  });

  app.get('/api/v1/rounds/:id/signals/:signalId/members', {
    config: access,
    schema: { tags, summary: 'Các ý kiến của một dấu hiệu, theo thứ tự gửi', params: SignalParams, querystring: Page(200, 50), response: { 200: SignalMembers } },
    handler: async (request) => {
      const { signal } = await signalOfUnit(ctx(request), request.params.id, request.params.signalId);
      const page = await membersOfSignal(app.db, signal.id, request.query);
      return { items: page.items.map(presentMember), total: page.total };
    },
  });

  app.post('/api/v1/rounds/:id/signals/:signalId/review', {
    config: access,
    schema: { tags, summary: 'Đánh dấu đã xem một dấu hiệu (không có vấn đề / đáng ngờ), kèm ghi chú', params: SignalParams, body: SignalReview, response: { 200: Type.Object({ status: Type.String() }) } },
    handler: async (request) => reviewSignal(ctx(request), request.params.id, request.params.signalId, request.body),
  });

  app.post('/api/v1/rounds/:id/signals/:signalId/comments/:commentId/attribution-check', {
    config: { ...access, rateLimit: { max: 60, timeWindow: '1 minute' } },
    schema: { tags, summary: 'Gửi thư "Có phải bạn đã gửi góp ý này?" đến email ghi trong ý kiến (một lần cho mỗi ý kiến)', params: Type.Object({ id: Type.String({ maxLength: 100 }), signalId: Type.String({ maxLength: 100 }), commentId: Type.String({ maxLength: 100 }) }), response: { 200: Type.Object({ receiptCode: Type.String() }) } },
    handler: async (request) => sendAttributionCheck({ ...ctx(request), publicUrl: opts.publicUrl }, request.params.id, request.params.signalId, request.params.commentId),
  });
}
