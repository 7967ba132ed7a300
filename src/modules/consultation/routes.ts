import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { PassThrough } from 'node:stream';
import { authorize } from '../../platform/auth';
import { writeOfficialDocx } from '../../platform/documents';
import { notFound } from '../../platform/errors';
import { attachmentDisposition, type App } from '../../platform/http';
import { CSV_TYPE, DOCX_TYPE, fileResponse, NoContent, XLSX_TYPE } from '../../platform/http/responses';
import { openStoredFile } from '../../platform/files';
import { todayVn } from '../../platform/text';
import { getDirectory, issuingUnitAt } from '../organisations';
import { extendDraftDetail, findDraft, findVersion, setCommentDescriber, type DraftDocument } from '../policies';
import { answerComment, approveAnswer, DISPOSITIONS } from './actions/answer';
import { recordConsulteeAnswer } from './actions/consultee-answer';
import { moderateComments, WITHHOLD_REASONS } from './actions/moderate';
import { openRound } from './actions/open-round';
import { publishSynthesis } from './actions/publish-synthesis';
import { settleIntake } from './actions/submit-comment';
import { writeCommentsCsv, writeCommentsXlsx } from './exports';
import { presentOfficeComment } from './present';
import { roundsView } from './round-view';
import { answerRoutes } from './answer-routes';
import { campaignRoutes } from './campaigns';
import { topicRoutes } from './topics';
import { signalRoutes } from './signals';
import { roundControlRoutes } from './round-routes';
import { DraftConsultationFigures, Heatmap, MailList, OfficeCommentPage, Published, RoundView, Updated } from './schemas';
import { answersOf, findComment, commentsOfRound, consulteesOf, countUnanswered, filesOfOwners, findRound, findStoredFile, stanceCountsByArticle } from './repo';
import { buildSynthesis } from './synthesis';
import { outboxFor } from './outbox';
import { checkSigner, defaultSigner } from './synthesis-signer';

const tags = ['Lấy ý kiến'];
const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });

setCommentDescriber(async (db, ids) => {
  const found = await Promise.all(ids.map((id) => findComment(db, id)));
  return found.filter((c) => c !== null).map((c) => ({ id: c.id, receiptCode: c.receiptCode, excerpt: (c.publicBody ?? c.body).slice(0, 200) }));
});

extendDraftDetail(async (db, draftId) => {
  const rounds = await roundsView(db, draftId);
  const open = rounds.find((r) => r.status === 'open');
  return {
    rounds,
    openRound: open ? { id: open.id, opensOn: open.opensOn, closesOn: open.closesOn } : null,
    commentCount: rounds.reduce((s, r) => s + r.counts.total, 0),
    unansweredCount: await countUnanswered(db, rounds.map((r) => r.id)),
  };
}, DraftConsultationFigures);

/** Office API of consultation rounds, moderation, answers, the heat map, exports and the synthesis report. */
export async function consultationRoutes(app: App, opts: { publicUrl: string }): Promise<void> {
  const ctx = (request: FastifyRequest) => ({ db: app.db, actor: request.actor, requestId: request.id });
  // a graceful stop: the comments being stored are answered and their audit entries chained before the database closes
  app.addHook('onClose', () => settleIntake(app.db));
  await answerRoutes(app);
  await campaignRoutes(app);
  await topicRoutes(app);
  await signalRoutes(app, opts);
  await roundControlRoutes(app, opts);
  const draftOfRound = async (roundId: string) => {
    const round = await findRound(app.db, roundId);
    if (!round) throw notFound('đợt lấy ý kiến');
    const draft = await findDraft(app.db, round.draftId);
    const version = await findVersion(app.db, round.versionId);
    return { round, draft: draft!, structure: (version?.structure ?? null) as DraftDocument | null };
  };

  app.post('/api/v1/policies/:id/rounds', {
    config: { access: { ability: 'policies.write', scope: 'unit' } },
    schema: {
      tags, summary: 'Mở đợt lấy ý kiến', params: IdParams,
      body: Type.Object({ versionId: Type.String(), opensOn: Type.String({ format: 'date' }), closesOn: Type.String({ format: 'date' }), targetGroups: Type.Array(Type.String({ maxLength: 200 }), { maxItems: 20 }), consulteeUnitIds: Type.Array(Type.String({ maxLength: 100 }), { maxItems: 200, default: [] }), shortenedReason: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])) }, { additionalProperties: false }),
      response: { 201: RoundView },
    },
    handler: async (request, reply) => {
      const round = await openRound(ctx(request), request.params.id, request.body);
      return reply.status(201).send((await roundsView(app.db, request.params.id)).find((r) => r.id === round.id)!);
    },
  });

  app.post('/api/v1/consultees/:id/answer', {
    config: { access: { ability: 'policies.write', scope: 'unit' } },
    schema: { tags, summary: 'Ghi nhận văn bản trả lời của cơ quan được xin ý kiến', params: IdParams, body: Type.Object({ answeredOn: Type.String({ format: 'date' }), answerRef: Type.Optional(Type.Union([Type.String({ maxLength: 300 }), Type.Null()])) }, { additionalProperties: false }), response: { 204: NoContent } },
    handler: async (request, reply) => {
      await recordConsulteeAnswer(ctx(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/v1/rounds/:id/comments', {
    config: { access: { ability: 'consultation.moderate', scope: 'unit' } },
    schema: {
      tags, summary: 'Ý kiến của một đợt (kèm thông tin liên hệ, chỉ dành cho cán bộ)', params: IdParams,
      querystring: Type.Object({ state: Type.Optional(Type.Union(['pending_verification', 'pending', 'published', 'withheld'].map((s) => Type.Literal(s)))), article: Type.Optional(Type.String({ maxLength: 100 })), q: Type.Optional(Type.String({ maxLength: 200 })), limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }), offset: Type.Integer({ minimum: 0, default: 0 }) }),
      response: { 200: OfficeCommentPage },
    },
    handler: async (request) => {
      const { draft, structure } = await draftOfRound(request.params.id);
      authorize(request.actor, 'consultation.moderate', { unitId: draft.draftingUnitId });
      const page = await commentsOfRound(app.db, request.params.id, { ...request.query, q: request.query.q?.trim() || undefined });
      const ids = page.items.map((c) => c.id);
      const [answers, files] = await Promise.all([answersOf(app.db, ids), filesOfOwners(app.db, 'comment', ids)]);
      return { items: page.items.map((c) => presentOfficeComment(c, answers.find((a) => a.commentId === c.id), files, structure, () => null)), total: page.total };
    },
  });

  app.post('/api/v1/rounds/:id/moderation', {
    config: { access: { ability: 'consultation.moderate', scope: 'unit' } },
    schema: { tags, summary: 'Kiểm duyệt hàng loạt', params: IdParams, body: Type.Object({ commentIds: Type.Array(Type.String(), { minItems: 1, maxItems: 500 }), action: Type.Union([Type.Literal('publish'), Type.Literal('withhold')]), reason: Type.Optional(Type.Union([...WITHHOLD_REASONS.map((r) => Type.Literal(r)), Type.Null()])), publicBody: Type.Optional(Type.Union([Type.String({ maxLength: 10000 }), Type.Null()])) }, { additionalProperties: false }), response: { 200: Updated } },
    handler: async (request) => moderateComments(ctx(request), request.params.id, request.body),
  });

  app.put('/api/v1/comments/:id/answer', {
    config: { access: { ability: 'consultation.answer', scope: 'unit' } },
    schema: { tags, summary: 'Trả lời một ý kiến', params: IdParams, body: Type.Object({ disposition: Type.Union(DISPOSITIONS.map((d) => Type.Literal(d))), explanation: Type.String({ minLength: 1, maxLength: 20000 }), assignedTo: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])) }, { additionalProperties: false }), response: { 204: NoContent } },
    handler: async (request, reply) => {
      await answerComment(ctx(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  });

  app.post('/api/v1/comments/:id/answer/approve', {
    config: { access: { ability: 'consultation.approve', scope: 'unit' } },
    schema: { tags, summary: 'Phê duyệt câu trả lời', params: IdParams, response: { 204: NoContent } },
    handler: async (request, reply) => {
      await approveAnswer(ctx(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/v1/rounds/:id/heatmap', {
    config: { access: { ability: 'policies.read' } },
    schema: { tags, summary: 'Bản đồ nhiệt ý kiến theo điều', params: IdParams, response: { 200: Heatmap } },
    handler: async (request) => {
      const { structure } = await draftOfRound(request.params.id);
      const counts = await stanceCountsByArticle(app.db, request.params.id);
      const cell = (anchor: string | null) => {
        const rows = counts.filter((c) => c.anchor === anchor);
        const n = (s: string) => rows.find((r) => r.stance === s)?.n ?? 0;
        return { total: rows.reduce((s, r) => s + r.n, 0), agree: n('agree'), disagree: n('disagree'), propose: n('propose') };
      };
      return { articles: (structure?.articles ?? []).map((a) => ({ anchor: a.anchor, label: a.label, title: a.title, ...cell(a.anchor) })), general: cell(null) };
    },
  });

  app.get('/api/v1/rounds/:id/synthesis.docx', {
    config: { access: { ability: 'consultation.moderate', scope: 'unit' } },
    schema: {
      tags, summary: 'Báo cáo tổng hợp (bản nháp với người ký đã chọn, hoặc bản đã công bố)', params: IdParams,
      querystring: Type.Object({ signerName: Type.Optional(Type.String({ maxLength: 200 })), signerTitle: Type.Optional(Type.String({ maxLength: 200 })), signerAuthority: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false }),
      response: { 200: fileResponse('Báo cáo tổng hợp ý kiến (DOCX)', DOCX_TYPE) },
    },
    handler: async (request, reply) => {
      const { round, draft, structure } = await draftOfRound(request.params.id);
      const name = `Báo cáo tổng hợp - ${draft.title.slice(0, 80)}.docx`;
      // a published report is the signed file that was published, not a new rendering
      if (round.synthesisPublishedAt && round.synthesisFileId) {
        const file = await findStoredFile(app.db, round.synthesisFileId);
        if (!file) throw notFound('báo cáo tổng hợp');
        return reply.type(file.mimeType).header('content-disposition', attachmentDisposition(name)).send(openStoredFile(file.storageKey));
      }
      // the draft report of a round is the drafting unit's until it is published (then it is on the portal)
      authorize(request.actor, 'consultation.moderate', { unitId: draft.draftingUnitId });
      const date = todayVn();
      const dir = await getDirectory(app.db);
      const issuing = issuingUnitAt(dir, draft.draftingUnitId, date);
      const fallback = issuing ? await defaultSigner(app.db, issuing.id) : null;
      const q = request.query;
      const isGiven = Boolean(q.signerName?.trim() || q.signerTitle?.trim() || q.signerAuthority?.trim());
      // a draft may be printed unsigned (blank block) while nobody is chosen; publishing requires a signer
      const signer = isGiven || fallback ? checkSigner({ name: q.signerName, title: q.signerTitle, authority: q.signerAuthority }, fallback) : null;
      const doc = await buildSynthesis(app.db, { draft, round, structure: structure!, consultees: await consulteesOf(app.db, [round.id]), dir, date, signer });
      const stream = new PassThrough();
      writeOfficialDocx(doc, stream).catch((err: unknown) => {
        request.log.error({ err }, 'synthesis export failed');
        stream.destroy(err as Error);
      });
      return reply.type(DOCX_TYPE).header('content-disposition', attachmentDisposition(name)).send(stream);
    },
  });

  for (const format of ['xlsx', 'csv'] as const) {
    app.get(`/api/v1/rounds/:id/comments.${format}`, {
      config: { access: { ability: 'consultation.moderate', scope: 'unit' } },
      schema: { tags, summary: `Xuất toàn bộ ý kiến và câu trả lời (${format.toUpperCase()})`, params: IdParams, response: { 200: fileResponse(`Ý kiến và câu trả lời của đợt (${format.toUpperCase()})`, format === 'xlsx' ? XLSX_TYPE : CSV_TYPE) } },
      handler: async (request, reply) => {
        const { round, draft, structure } = await draftOfRound((request.params as { id: string }).id);
        authorize(request.actor, 'consultation.moderate', { unitId: draft.draftingUnitId });
        const stream = new PassThrough();
        const write = format === 'xlsx' ? writeCommentsXlsx : writeCommentsCsv;
        write(app.db, round.id, structure, stream).catch((err) => {
          request.log.error({ err }, 'comments export failed');
          stream.destroy(err as Error);
        });
        const type = format === 'xlsx' ? XLSX_TYPE : `${CSV_TYPE}; charset=utf-8`;
        return reply.type(type).header('content-disposition', attachmentDisposition(`Ý kiến - ${draft.title.slice(0, 80)}.${format}`)).send(stream);
      },
    });
  }

  app.post('/api/v1/rounds/:id/synthesis/publish', {
    config: { access: { ability: 'consultation.answer', scope: 'unit' } },
    schema: {
      tags, summary: 'Công bố báo cáo tổng hợp (người ký đã chọn) và các câu trả lời', params: IdParams,
      body: Type.Object({ signerName: Type.Optional(Type.String({ maxLength: 200 })), signerTitle: Type.Optional(Type.String({ maxLength: 200 })), signerAuthority: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])) }, { additionalProperties: false }),
      response: { 200: Published },
    },
    handler: async (request) => {
      const b = request.body;
      return publishSynthesis({ ...ctx(request), publicUrl: opts.publicUrl }, request.params.id, { signer: { name: b.signerName, title: b.signerTitle, authority: b.signerAuthority } });
    },
  });

  app.get('/api/v1/mail', {
    config: { access: { ability: 'mail.read' } },
    schema: { tags: ['Hệ thống'], summary: 'Thư đã gửi (hộp thư đi)', querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }) }), response: { 200: MailList } },
    handler: async (request) => ({ items: (await outboxFor(app.db, request.actor, request.query.limit)).map((m) => ({ ...m, createdAt: new Date(m.createdAt).toISOString(), sentAt: m.sentAt ? new Date(m.sentAt).toISOString() : null })) }),
  });
}
