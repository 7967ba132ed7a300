import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { authorize } from '../../platform/auth';
import { notFound } from '../../platform/errors';
import type { App } from '../../platform/http';
import { findDraft, findVersion, type DraftDocument } from '../policies';
import { confirmCommentByOfficer } from './actions/confirm-comment';
import { resendVerificationByOfficer } from './actions/resend-verification';
import { exclusionsOfRound, presentUnconfirmed } from './confirmation';
import { findRound, unconfirmedCommentsOfRound } from './repo';
import { Exclusions, Unconfirmed } from './schemas';

const tags = ['Lấy ý kiến'];
const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });
const Paging = Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }), offset: Type.Integer({ minimum: 0, default: 0 }) });
/**
 * Office API of confirming commenters (one rule for all: a comment counts once its commenter is confirmed): the
 * unconfirmed comments of a round, "Xác nhận thay người góp ý", "Gửi lại liên kết", and what the synthesis
 * report will leave out, and why.
 */
export async function confirmationRoutes(app: App, opts: { publicUrl: string }): Promise<void> {
  const ctx = (request: FastifyRequest) => ({ db: app.db, actor: request.actor, requestId: request.id });
  const roundOfUnit = async (request: FastifyRequest, roundId: string) => {
    const round = await findRound(app.db, roundId);
    const draft = round ? await findDraft(app.db, round.draftId) : null;
    if (!round || !draft) throw notFound('đợt lấy ý kiến');
    authorize(request.actor, 'consultation.moderate', { unitId: draft.draftingUnitId });
    return round;
  };

  app.get('/api/v1/rounds/:id/unconfirmed', {
    config: { access: { ability: 'consultation.moderate', scope: 'unit' } },
    schema: { tags, summary: 'Ý kiến chưa xác nhận người góp ý (kèm thông tin liên hệ, chỉ dành cho cán bộ)', params: IdParams, querystring: Paging, response: { 200: Type.Object({ items: Type.Array(Unconfirmed), total: Type.Integer() }) } },
    handler: async (request) => {
      const round = await roundOfUnit(request, request.params.id);
      const [page, version] = await Promise.all([unconfirmedCommentsOfRound(app.db, round.id, request.query), findVersion(app.db, round.versionId)]);
      const structure = (version?.structure ?? null) as DraftDocument | null;
      return { items: page.items.map((c) => presentUnconfirmed(c, structure)), total: page.total };
    },
  });

  app.get('/api/v1/rounds/:id/exclusions', {
    config: { access: { ability: 'consultation.moderate', scope: 'unit' } },
    schema: { tags, summary: 'Ý kiến không đưa vào báo cáo tổng hợp và lý do', params: IdParams, querystring: Paging, response: { 200: Exclusions } },
    handler: async (request) => exclusionsOfRound(app.db, await roundOfUnit(request, request.params.id), request.query),
  });

  app.post('/api/v1/comments/:id/confirmation', {
    config: { access: { ability: 'consultation.moderate', scope: 'unit' } },
    schema: { tags, summary: 'Xác nhận thay người góp ý (có lý do)', params: IdParams, body: Type.Object({ reason: Type.String({ maxLength: 2000 }) }, { additionalProperties: false }), response: { 200: Type.Object({ id: Type.String(), receiptCode: Type.String(), state: Type.String() }) } },
    handler: async (request) => {
      const c = await confirmCommentByOfficer(ctx(request), request.params.id, request.body);
      return { id: c.id, receiptCode: c.receiptCode, state: c.state };
    },
  });

  app.post('/api/v1/comments/:id/verification-mail', {
    config: { access: { ability: 'consultation.moderate', scope: 'unit' }, rateLimit: { max: 30, timeWindow: '1 minute' } },
    schema: { tags, summary: 'Gửi lại liên kết xác nhận cho người góp ý', params: IdParams, response: { 200: Type.Object({ resends: Type.Integer() }) } },
    handler: async (request) => resendVerificationByOfficer({ ...ctx(request), publicUrl: opts.publicUrl }, request.params.id),
  });
}
