import { Type, type TProperties } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { can } from '../../platform/auth';
import type { Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { readMultipart, type App } from '../../platform/http';
import { NoContent } from '../../platform/http/responses';
import { getDirectory } from '../organisations';
import { changeStage } from './actions/change-stage';
import { createDraft, editDraft } from './actions/create-draft';
import { saveKit } from './actions/save-kit';
import { uploadVersion } from './actions/upload-version';
import { linkVersionChanges } from './actions/link-changes';
import { diffDrafts, type DraftDocument } from './draft';
import { DOC_TYPES, IMPACT_CRITERIA, STAGES } from './labels';
import { presentArticle, presentDraftDetail, presentDraftSummary, presentKit } from './present';
import { detailSchema, DiffList, Kit, PolicyList, VersionCreated, VersionText } from './schemas';
import { changeLinksOf, findDraft, findKit, findVersion, listDrafts, stageHistory, versionsOf } from './repo';

const tags = ['Dự thảo chính sách'];
const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });
// the four QĐ 407 criteria by name: a criterion the server does not know is refused, never stored as "không"
const Impact = Type.Object(
  {
    criteria: Type.Object(Object.fromEntries(Object.entries(IMPACT_CRITERIA).map(([key, label]) => [key, Type.Optional(Type.Boolean({ description: label }))])), { additionalProperties: false }),
    note: Type.String({ maxLength: 5000, default: '' }),
  },
  { additionalProperties: false },
);

/** How the consultation module describes comments linked to a change (receipt code and an excerpt). */
export type CommentDescriber = (db: Executor, ids: string[]) => Promise<{ id: string; receiptCode: string; excerpt: string }[]>;
let describer: CommentDescriber = async (_db, ids) => ids.map((id) => ({ id, receiptCode: '', excerpt: '' }));
/** Registered once by the consultation module. */
export function setCommentDescriber(fn: CommentDescriber): void {
  describer = fn;
}

/** Extra facts other modules add to the draft's office view (the consultation module adds its rounds). */
export type DetailExtension = (db: Executor, draftId: string) => Promise<Record<string, unknown>>;
const extensions: DetailExtension[] = [];
// the response schema lists what the extensions add, or the serialiser would drop it
const extensionProperties: TProperties = {};
/**
 * Registers a contribution to the draft detail of the office API, with the schema of the properties it adds (once,
 * at module load: before `policyRoutes` is registered, which builds the response schema from them).
 */
export function extendDraftDetail(ext: DetailExtension, properties: TProperties): void {
  extensions.push(ext);
  Object.assign(extensionProperties, properties);
}

/** Office API of the policy register: drafts, versions and diffs, kits, stages. */
export async function policyRoutes(app: App, opts: { publicUrl: string }): Promise<void> {
  const ctx = (request: FastifyRequest) => ({ db: app.db, actor: request.actor, requestId: request.id });
  const describeComments = (ids: string[]) => describer(app.db, ids);
  const PolicyDetail = detailSchema(extensionProperties);
  const detail = async (id: string, request: FastifyRequest) => {
    const d = await findDraft(app.db, id);
    if (!d) throw notFound('dự thảo');
    const [dir, history, versions, kit] = await Promise.all([getDirectory(app.db), stageHistory(app.db, id), versionsOf(app.db, id), findKit(app.db, id)]);
    const extra = Object.assign({}, ...(await Promise.all(extensions.map((e) => e(app.db, id)))));
    const subject = { unitId: d.draftingUnitId };
    return {
      ...presentDraftDetail(d, dir, history, versions, kit, opts.publicUrl),
      rounds: [],
      ...extra,
      abilities: {
        canEdit: can(request.actor, 'policies.write', subject),
        canModerate: can(request.actor, 'consultation.moderate', subject),
        canAnswer: can(request.actor, 'consultation.answer', subject),
        canApprove: can(request.actor, 'consultation.approve', subject),
      },
    };
  };

  app.get('/api/v1/policies', {
    config: { access: { ability: 'policies.read' } },
    schema: { tags, summary: 'Danh mục dự thảo chính sách', querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 200 })), stage: Type.Optional(Type.Union(STAGES.map((s) => Type.Literal(s)))) }), response: { 200: PolicyList } },
    handler: async (request) => {
      const [rows, dir] = await Promise.all([listDrafts(app.db, { q: request.query.q?.trim() || undefined, stage: request.query.stage }), getDirectory(app.db)]);
      const items = [];
      for (const d of rows) {
        const extra = Object.assign({}, ...(await Promise.all(extensions.map((e) => e(app.db, d.id)))));
        items.push({ ...presentDraftSummary(d, dir), versionCount: (await versionsOf(app.db, d.id)).length, openRound: extra.openRound ?? null, commentCount: extra.commentCount ?? 0, unansweredCount: extra.unansweredCount ?? 0 });
      }
      return { items };
    },
  });

  app.post('/api/v1/policies', {
    config: { access: { ability: 'policies.write', scope: 'unit' } },
    schema: {
      tags, summary: 'Đăng ký dự thảo',
      body: Type.Object({ title: Type.String({ minLength: 1, maxLength: 500 }), docType: Type.Union(DOC_TYPES.map((t) => Type.Literal(t))), draftingUnitId: Type.String({ minLength: 1, maxLength: 100 }), summary: Type.Optional(Type.String({ maxLength: 20000 })), impact: Type.Optional(Type.Union([Impact, Type.Null()])) }, { additionalProperties: false }),
      response: { 201: PolicyDetail },
    },
    handler: async (request, reply) => {
      const d = await createDraft(ctx(request), request.body);
      return reply.status(201).send(await detail(d.id, request));
    },
  });

  app.get('/api/v1/policies/:id', {
    config: { access: { ability: 'policies.read' } },
    schema: { tags, summary: 'Chi tiết dự thảo', params: IdParams, response: { 200: PolicyDetail } },
    handler: (request) => detail(request.params.id, request),
  });

  app.patch('/api/v1/policies/:id', {
    config: { access: { ability: 'policies.write', scope: 'unit' } },
    schema: { tags, summary: 'Sửa dự thảo', params: IdParams, body: Type.Object({ title: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })), summary: Type.Optional(Type.String({ maxLength: 20000 })), impact: Type.Optional(Type.Union([Impact, Type.Null()])) }, { additionalProperties: false }), response: { 200: PolicyDetail } },
    handler: async (request) => {
      await editDraft(ctx(request), request.params.id, request.body);
      return detail(request.params.id, request);
    },
  });

  app.post('/api/v1/policies/:id/stage', {
    config: { access: { ability: 'policies.write', scope: 'unit' } },
    schema: { tags, summary: 'Chuyển giai đoạn', params: IdParams, body: Type.Object({ toStage: Type.Union(STAGES.map((s) => Type.Literal(s))), note: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])) }, { additionalProperties: false }), response: { 200: PolicyDetail } },
    handler: async (request) => {
      await changeStage(ctx(request), request.params.id, request.body.toStage, request.body.note);
      return detail(request.params.id, request);
    },
  });

  app.put('/api/v1/policies/:id/kit', {
    config: { access: { ability: 'policies.write', scope: 'unit' } },
    schema: {
      tags, summary: 'Lưu bộ tài liệu truyền thông', params: IdParams,
      body: Type.Object({
        mainContent: Type.String({ maxLength: 50000 }), impacts: Type.String({ maxLength: 50000 }), reasons: Type.String({ maxLength: 50000 }),
        openQuestions: Type.Array(Type.String({ maxLength: 2000 }), { maxItems: 50 }), howToComment: Type.String({ maxLength: 10000 }), englishSummary: Type.String({ maxLength: 20000 }),
        qa: Type.Array(Type.Object({ question: Type.String({ maxLength: 2000 }), answer: Type.String({ maxLength: 10000 }) }, { additionalProperties: false }), { maxItems: 100 }), isPublished: Type.Boolean(),
      }, { additionalProperties: false }),
      response: { 200: Kit },
    },
    handler: async (request) => presentKit(await saveKit(ctx(request), request.params.id, request.body)),
  });

  app.post('/api/v1/policies/:id/versions', {
    config: { access: { ability: 'policies.write', scope: 'unit' } },
    schema: { tags, summary: 'Tải lên phiên bản dự thảo', params: IdParams, consumes: ['multipart/form-data'], response: { 201: VersionCreated } },
    handler: async (request, reply) => {
      const form = await readMultipart(request, { maxFileBytes: 20 * 1024 * 1024 });
      const file = form.files.find((f) => f.field === 'file') ?? form.files[0];
      if (!file) throw new AppError('validation', 'Chưa chọn tệp dự thảo.', { errors: [{ path: 'file', message: 'Chọn tệp .docx hoặc .txt.' }] });
      let links: Record<string, string[]> = {};
      try {
        links = form.fields.links ? (JSON.parse(form.fields.links) as Record<string, string[]>) : {};
      } catch {
        throw new AppError('bad-request', 'Trường "links" không phải JSON hợp lệ.');
      }
      const v = await uploadVersion(ctx(request), request.params.id, { data: new Uint8Array(file.data), fileName: file.fileName }, { changeNote: form.fields.changeNote ?? null, links });
      return reply.status(201).send({ id: v.id, versionNo: v.versionNo, articles: v.structure.articles.map((a) => ({ anchor: a.anchor, label: a.label, title: a.title })), warnings: v.structure.warnings });
    },
  });

  app.get('/api/v1/policies/:id/versions/:versionId', {
    config: { access: { ability: 'policies.read' } },
    schema: { tags, summary: 'Nội dung một phiên bản', params: Type.Object({ id: Type.String(), versionId: Type.String() }), response: { 200: VersionText } },
    handler: async (request) => {
      const v = await findVersion(app.db, request.params.versionId);
      if (!v || v.draftId !== request.params.id) throw notFound('phiên bản');
      const s = v.structure as DraftDocument;
      return { id: v.id, versionNo: v.versionNo, preamble: s.preamble, title: s.title, articles: s.articles.map(presentArticle), closing: s.closing };
    },
  });

  app.put('/api/v1/policies/:id/versions/:versionId/links', {
    config: { access: { ability: 'policies.write', scope: 'unit' } },
    schema: { tags, summary: 'Gắn các điều đã sửa với ý kiến dẫn đến thay đổi', params: Type.Object({ id: Type.String(), versionId: Type.String() }), body: Type.Object({ links: Type.Record(Type.String({ maxLength: 100 }), Type.Array(Type.String({ maxLength: 100 }), { maxItems: 500 })) }, { additionalProperties: false }), response: { 204: NoContent } },
    handler: async (request, reply) => {
      await linkVersionChanges(ctx(request), request.params.id, request.params.versionId, request.body.links);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/v1/policies/:id/diff', {
    config: { access: { ability: 'policies.read' } },
    schema: { tags, summary: 'So sánh hai phiên bản theo từng điều', params: IdParams, querystring: Type.Object({ from: Type.String(), to: Type.String() }), response: { 200: DiffList } },
    handler: async (request) => {
      const [a, b] = await Promise.all([findVersion(app.db, request.query.from), findVersion(app.db, request.query.to)]);
      if (!a || !b || a.draftId !== request.params.id || b.draftId !== request.params.id) throw notFound('phiên bản');
      const links = await changeLinksOf(app.db, b.id);
      return {
        items: await Promise.all(diffDrafts(a.structure as DraftDocument, b.structure as DraftDocument).map(async (d) => ({
          ...d,
          comments: await describeComments(links.filter((l) => l.articleAnchor === d.anchor).map((l) => l.commentId)),
        }))),
      };
    },
  });
}
