import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { authorize } from '../../platform/auth';
import { notFound } from '../../platform/errors';
import type { App } from '../../platform/http';
import { todayVn } from '../../platform/text';
import { getDirectory, issuingUnitAt } from '../organisations';
import { findDraft } from '../policies';
import { closeRoundEarly, MAX_REASON } from './actions/close-round';
import { extendRound } from './actions/extend-round';
import { consultationMinimum } from './actions/open-round';
import { findRound } from './repo';
import { roundsView } from './round-view';
import { ConsultationMinimum, DefaultSigner, RoundView } from './schemas';
import { defaultSigner } from './synthesis-signer';

const tags = ['Lấy ý kiến'];
const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });
const Reason = Type.String({ maxLength: MAX_REASON * 2 });

/**
 * Office API of round control: close a round early, extend it (both with a public reason); the minimum a new round
 * must last and the signer the synthesis report is prefilled with.
 */
export async function roundControlRoutes(app: App, opts: { publicUrl: string }): Promise<void> {
  const ctx = (request: FastifyRequest) => ({ db: app.db, actor: request.actor, requestId: request.id, publicUrl: opts.publicUrl });
  const viewOf = async (roundId: string) => {
    const round = await findRound(app.db, roundId);
    if (!round) throw notFound('đợt lấy ý kiến');
    return (await roundsView(app.db, round.draftId)).find((r) => r.id === roundId);
  };

  app.get('/api/v1/policies/:id/consultation-minimum', {
    config: { access: { ability: 'policies.write', scope: 'unit' } },
    schema: { tags, summary: 'Thời gian lấy ý kiến tối thiểu của dự thảo (theo loại văn bản và chế độ pháp lý)', params: IdParams, response: { 200: ConsultationMinimum } },
    handler: async (request) => {
      const draft = await findDraft(app.db, request.params.id);
      if (!draft) throw notFound('dự thảo');
      authorize(request.actor, 'policies.write', { unitId: draft.draftingUnitId });
      const [regular, shortened] = await Promise.all([consultationMinimum(app.db, draft), consultationMinimum(app.db, draft, true)]);
      return { days: regular.days, source: regular.source, regime: regular.regime, draftingStartedOn: regular.startedOn, shortenedDays: shortened.days, shortenedSource: shortened.source };
    },
  });

  app.get('/api/v1/rounds/:id/synthesis/signer', {
    config: { access: { ability: 'consultation.answer', scope: 'unit' } },
    schema: { tags, summary: 'Người ký mặc định của báo cáo tổng hợp (người đứng đầu đơn vị soạn thảo trong danh bạ)', params: IdParams, response: { 200: DefaultSigner } },
    handler: async (request) => {
      const round = await findRound(app.db, request.params.id);
      if (!round) throw notFound('đợt lấy ý kiến');
      const draft = (await findDraft(app.db, round.draftId))!;
      authorize(request.actor, 'consultation.answer', { unitId: draft.draftingUnitId });
      const unit = issuingUnitAt(await getDirectory(app.db), draft.draftingUnitId, todayVn());
      return { signer: unit ? await defaultSigner(app.db, unit.id) : null, unitName: unit?.name ?? null };
    },
  });

  app.post('/api/v1/rounds/:id/close', {
    config: { access: { ability: 'policies.write', scope: 'unit' } },
    schema: { tags, summary: 'Kết thúc sớm đợt lấy ý kiến (lý do công khai trên Cổng)', params: IdParams, body: Type.Object({ reason: Reason }, { additionalProperties: false }), response: { 200: RoundView } },
    handler: async (request) => {
      await closeRoundEarly(ctx(request), request.params.id, request.body);
      return viewOf(request.params.id);
    },
  });

  app.post('/api/v1/rounds/:id/extension', {
    config: { access: { ability: 'policies.write', scope: 'unit' } },
    schema: { tags, summary: 'Gia hạn đợt lấy ý kiến (lý do công khai trên Cổng)', params: IdParams, body: Type.Object({ closesOn: Type.String({ format: 'date' }), reason: Reason }, { additionalProperties: false }), response: { 200: RoundView } },
    handler: async (request) => {
      await extendRound(ctx(request), request.params.id, request.body);
      return viewOf(request.params.id);
    },
  });
}
