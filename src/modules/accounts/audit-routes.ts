import { Type } from 'typebox';
import { checkAuditChain, checkpointFileFromEnv, listAudit } from '../../platform/audit';
import type { App } from '../../platform/http';

const tags = ['Nhật ký'];

/** The audit log in the office: the list and the integrity check. */
export async function auditRoutes(app: App): Promise<void> {
  app.get('/api/v1/audit', {
    config: { access: { ability: 'audit.read' } },
    schema: {
      tags, summary: 'Nhật ký thao tác',
      querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }), before: Type.Optional(Type.Integer({ minimum: 1 })) }),
      response: {
        200: Type.Object({
          items: Type.Array(Type.Object({ seq: Type.Integer(), at: Type.String(), actorName: Type.String(), action: Type.String(), subjectType: Type.String(), subjectId: Type.Union([Type.String(), Type.Null()]), summary: Type.Unknown(), requestId: Type.Union([Type.String(), Type.Null()]) })),
          nextBefore: Type.Union([Type.Integer(), Type.Null()]),
        }),
      },
    },
    handler: async (request) => {
      const items = await listAudit(app.db, { limit: request.query.limit, before: request.query.before });
      return { items, nextBefore: items.length === request.query.limit ? items[items.length - 1]!.seq : null };
    },
  });

  // Reads only: walks the chain and holds it to the checkpoints; recording one is the nightly job's (or the CLI's).
  app.post('/api/v1/audit/verification', {
    config: { access: { ability: 'audit.read' } },
    schema: {
      tags, summary: 'Kiểm tra tính toàn vẹn của nhật ký (chuỗi băm và các mốc kiểm tra ngoài CSDL)',
      response: {
        200: Type.Object({
          ok: Type.Boolean(),
          rows: Type.Integer(),
          checkpoints: Type.Integer({ description: 'Số mốc kiểm tra đã đối chiếu' }),
          lastCheckpointAt: Type.Union([Type.String(), Type.Null()]),
          badSeq: Type.Union([Type.Integer(), Type.Null()]),
          reason: Type.Union([Type.String(), Type.Null()]),
          badCheckpointLines: Type.Array(Type.Object({ line: Type.Integer(), reason: Type.String() })),
        }),
      },
    },
    handler: async () => {
      const file = checkpointFileFromEnv();
      const { result, badLines, checkpoints } = await checkAuditChain(app.db, file, { checkpoint: false });
      return {
        ok: result.ok && badLines.length === 0,
        rows: result.rows,
        checkpoints: result.ok ? result.checkpoints : 0,
        lastCheckpointAt: checkpoints.at(-1)?.at ?? null,
        badSeq: result.ok ? null : result.badSeq,
        reason: result.ok ? null : result.reason,
        badCheckpointLines: badLines,
      };
    },
  });
}
