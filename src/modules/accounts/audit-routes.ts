import { PassThrough } from 'node:stream';
import { Type, type Static } from 'typebox';
import type { FastifyReply } from 'fastify';
import { actionLabel, auditVocabulary, checkAuditChain, checkpointFileFromEnv, listAudit, presentAuditEntries, streamAudit, subjectTypeLabel, writeAuditCsv, writeAuditXlsx, type AuditFilter, type Lang } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import type { App } from '../../platform/http';
import { CSV_TYPE, fileResponse, XLSX_TYPE } from '../../platform/http/responses';
import { listUsers } from './repo';

const tags = ['Nhật ký'];
const IsoDay = Type.String({ format: 'date', description: 'Ngày (YYYY-MM-DD), giờ Việt Nam' });
const FilterQuery = {
  actor: Type.Optional(Type.String({ maxLength: 100, description: 'Mã tài khoản, hoặc "system" (hệ thống), "anonymous" (khách)' })),
  action: Type.Optional(Type.String({ maxLength: 100 })),
  subjectType: Type.Optional(Type.String({ maxLength: 100 })),
  subjectId: Type.Optional(Type.String({ maxLength: 200 })),
  from: Type.Optional(IsoDay),
  to: Type.Optional(IsoDay),
  lang: Type.Optional(Type.Union([Type.Literal('vi'), Type.Literal('en')])),
};
const ListQuery = Type.Object({ ...FilterQuery, limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }), before: Type.Optional(Type.Integer({ minimum: 1 })) });
const ExportQuery = Type.Object(FilterQuery);
const NullableString = Type.Union([Type.String(), Type.Null()]);
const Entry = Type.Object({
  seq: Type.Integer(),
  at: Type.String(),
  actorName: Type.String(),
  action: Type.String(),
  actionLabel: Type.String(),
  subjectType: Type.String(),
  subjectTypeLabel: Type.String(),
  subjectName: NullableString,
  subjectHref: NullableString,
  changes: Type.Array(Type.Object({ field: Type.String(), label: Type.String(), before: NullableString, after: NullableString })),
  summary: Type.Unknown(),
  requestId: NullableString,
});
const Option = Type.Object({ value: Type.String(), label: Type.String() });

/** The filter of a query; a date range ending before it starts is refused in Vietnamese. */
function filterOf(q: Static<typeof ExportQuery>): AuditFilter {
  if (q.from && q.to && q.to < q.from) throw new AppError('validation', 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.', { errors: [{ path: 'to', message: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.' }] });
  const actor: AuditFilter['actor'] = !q.actor ? undefined : q.actor === 'system' || q.actor === 'anonymous' ? { kind: q.actor } : { userId: q.actor };
  return { actor, action: q.action || undefined, subjectType: q.subjectType || undefined, subjectId: q.subjectId || undefined, from: q.from, to: q.to };
}

/** The audit log in the office: the filtered list in words, its exports, and the integrity check. */
export async function auditRoutes(app: App): Promise<void> {
  app.get('/api/v1/audit', {
    config: { access: { ability: 'audit.read' } },
    schema: { tags, summary: 'Nhật ký thao tác (lọc theo người, thao tác, đối tượng, thời gian; mới nhất trước)', querystring: ListQuery, response: { 200: Type.Object({ items: Type.Array(Entry), nextBefore: Type.Union([Type.Integer(), Type.Null()]) }) } },
    handler: async (request) => {
      const rows = await listAudit(app.db, { ...filterOf(request.query), limit: request.query.limit, before: request.query.before });
      const items = await presentAuditEntries(app.db, rows, request.query.lang ?? 'vi');
      return { items, nextBefore: rows.length === request.query.limit ? rows[rows.length - 1]!.seq : null };
    },
  });

  app.get('/api/v1/audit/filters', {
    config: { access: { ability: 'audit.read' } },
    schema: {
      tags, summary: 'Các lựa chọn của bộ lọc nhật ký (người thực hiện, thao tác, loại đối tượng)',
      querystring: Type.Object({ lang: FilterQuery.lang }),
      response: { 200: Type.Object({ actors: Type.Array(Option), actions: Type.Array(Option), subjectTypes: Type.Array(Option) }) },
    },
    handler: async (request) => {
      const lang: Lang = request.query.lang ?? 'vi';
      const users = await listUsers(app.db, { limit: 1000, offset: 0 });
      const vocabulary = auditVocabulary();
      const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'vi');
      return {
        actors: [
          ...users.items.map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` })).sort(byLabel),
          { value: 'system', label: lang === 'en' ? 'System (background jobs)' : 'Hệ thống (công việc tự động)' },
          { value: 'anonymous', label: lang === 'en' ? 'Visitors (not signed in)' : 'Khách (không đăng nhập)' },
        ],
        actions: Object.keys(vocabulary.actions).map((a) => ({ value: a, label: actionLabel(a, lang) })).sort(byLabel),
        subjectTypes: Object.keys(vocabulary.subjects).map((s) => ({ value: s, label: subjectTypeLabel(s, lang) })).sort(byLabel),
      };
    },
  });

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(`/api/v1/audit/export.${format}`, {
      config: { access: { ability: 'audit.read' } },
      schema: { tags, summary: `Xuất nhật ký đã lọc (${format.toUpperCase()}, tiêu đề tiếng Việt)`, querystring: ExportQuery, response: { 200: fileResponse('Nhật ký đã lọc', format === 'xlsx' ? XLSX_TYPE : CSV_TYPE) } },
      handler: async (request, reply: FastifyReply) => {
        const q = request.query as Static<typeof ExportQuery>;
        const filter = filterOf(q);
        const lang = q.lang ?? 'vi';
        const pages = (async function* () {
          for await (const page of streamAudit(app.db, filter)) yield presentAuditEntries(app.db, page, lang);
        })();
        const stream = new PassThrough();
        (format === 'xlsx' ? writeAuditXlsx : writeAuditCsv)(pages, stream, lang).catch((err) => {
          request.log.error({ err }, 'audit export failed');
          stream.destroy(err as Error);
        });
        const type = format === 'xlsx' ? XLSX_TYPE : `${CSV_TYPE}; charset=utf-8`;
        return reply.type(type).header('content-disposition', `attachment; filename="nhat-ky.${format}"`).send(stream);
      },
    });
  }

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
