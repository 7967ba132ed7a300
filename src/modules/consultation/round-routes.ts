import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { notFound } from '../../platform/errors';
import type { App } from '../../platform/http';
import { closeRoundEarly, MAX_REASON } from './actions/close-round';
import { extendRound } from './actions/extend-round';
import { findRound } from './repo';
import { roundsView } from './round-view';

const tags = ['Lấy ý kiến'];
const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });
const Reason = Type.String({ maxLength: MAX_REASON * 2 });

/** Office API of round control: close a round early, extend it; both with a public reason. */
export async function roundControlRoutes(app: App, opts: { publicUrl: string }): Promise<void> {
  const ctx = (request: FastifyRequest) => ({ db: app.db, actor: request.actor, requestId: request.id, publicUrl: opts.publicUrl });
  const viewOf = async (roundId: string) => {
    const round = await findRound(app.db, roundId);
    if (!round) throw notFound('đợt lấy ý kiến');
    return (await roundsView(app.db, round.draftId)).find((r) => r.id === roundId);
  };

  app.post('/api/v1/rounds/:id/close', {
    config: { access: { ability: 'policies.write' } },
    schema: { tags, summary: 'Kết thúc sớm đợt lấy ý kiến (lý do công khai trên Cổng)', params: IdParams, body: Type.Object({ reason: Reason }, { additionalProperties: false }) },
    handler: async (request) => {
      await closeRoundEarly(ctx(request), request.params.id, request.body);
      return viewOf(request.params.id);
    },
  });

  app.post('/api/v1/rounds/:id/extension', {
    config: { access: { ability: 'policies.write' } },
    schema: { tags, summary: 'Gia hạn đợt lấy ý kiến (lý do công khai trên Cổng)', params: IdParams, body: Type.Object({ closesOn: Type.String({ format: 'date' }), reason: Reason }, { additionalProperties: false }) },
    handler: async (request) => {
      await extendRound(ctx(request), request.params.id, request.body);
      return viewOf(request.params.id);
    },
  });
}
