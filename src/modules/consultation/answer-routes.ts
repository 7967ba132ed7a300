import { Type, type Static } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { authorize, can } from '../../platform/auth';
import { notFound } from '../../platform/errors';
import type { App } from '../../platform/http';
import { NoContent } from '../../platform/http/responses';
import { findDraft, findVersion, type DraftDocument } from '../policies';
import { answerComments, approveAnswers, DISPOSITIONS, MAX_BATCH } from './actions/answer';
import { assignAnswers } from './actions/assign-answers';
import { deleteAnswerTemplate } from './actions/delete-answer-template';
import { createAnswerTemplate, updateAnswerTemplate } from './actions/save-answer-template';
import { presentAnswerItem } from './present';
import { AnswerList, Nullable } from './schemas';
import { answerListOfRound, answerProgressOfRound, articleAssignmentsOf, findRound, officersOfUnit, templatesForDraft, userNames, type TemplateRow } from './repo';

const tags = ['Lấy ý kiến'];
const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });
const TemplateParams = Type.Object({ id: Type.String({ maxLength: 100 }), templateId: Type.String({ maxLength: 100 }) });
const Disposition = Type.Union(DISPOSITIONS.map((d) => Type.Literal(d)));
const CommentIds = Type.Array(Type.String({ maxLength: 100 }), { minItems: 1, maxItems: MAX_BATCH });

const Template = Type.Object({ id: Type.String(), name: Type.String(), disposition: Type.String(), body: Type.String(), forAllDrafts: Type.Boolean(), updatedAt: Type.String() });
const TemplateBody = Type.Object({ name: Type.String({ maxLength: 200 }), disposition: Disposition, body: Type.String({ maxLength: 20000 }), forAllDrafts: Type.Boolean({ default: false }) }, { additionalProperties: false });
const Assignments = Type.Object({
  officers: Type.Array(Type.Object({ id: Type.String(), displayName: Type.String() })),
  articles: Type.Array(Type.Object({ anchor: Type.String(), label: Type.String(), userId: Nullable(Type.String()), userName: Nullable(Type.String()) })),
});

const presentTemplate = (t: TemplateRow): Static<typeof Template> => ({ id: t.id, name: t.name, disposition: t.disposition, body: t.body, forAllDrafts: t.draftId === null, updatedAt: new Date(t.updatedAt).toISOString() });

/**
 * Office API of answering in volume: the answer list of a round (also the approvers' read path), one answer for a
 * selection, approval of a selection, assignment of comments and articles to officers, answer templates.
 */
export async function answerRoutes(app: App): Promise<void> {
  const ctx = (request: FastifyRequest) => ({ db: app.db, actor: request.actor, requestId: request.id });
  const roundWithDraft = async (roundId: string) => {
    const round = await findRound(app.db, roundId);
    if (!round) throw notFound('đợt lấy ý kiến');
    const draft = (await findDraft(app.db, round.draftId))!;
    const structure = ((await findVersion(app.db, round.versionId))?.structure ?? null) as DraftDocument | null;
    return { round, draft, structure };
  };
  const draftOf = async (draftId: string) => {
    const draft = await findDraft(app.db, draftId);
    if (!draft) throw notFound('dự thảo');
    return draft;
  };

  app.get('/api/v1/rounds/:id/answers', {
    config: { access: { ability: 'consultation.review', scope: 'unit' } },
    schema: {
      tags, summary: 'Ý kiến cần trả lời của một đợt, câu trả lời và người phụ trách (cán bộ soạn thảo, người phê duyệt)', params: IdParams,
      querystring: Type.Object({
        status: Type.Union(['all', 'unanswered', 'unapproved', 'awaiting'].map((s) => Type.Literal(s)), { default: 'all' }),
        assigned: Type.Optional(Type.Literal('me')),
        article: Type.Optional(Type.String({ maxLength: 100 })),
        limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
        offset: Type.Integer({ minimum: 0, default: 0 }),
      }),
      response: { 200: AnswerList },
    },
    handler: async (request) => {
      const { round, draft, structure } = await roundWithDraft(request.params.id);
      const subject = { unitId: draft.draftingUnitId };
      authorize(request.actor, 'consultation.review', subject);
      const me = request.actor.kind === 'user' ? request.actor.userId : null;
      const q = request.query;
      const [page, progress] = await Promise.all([
        answerListOfRound(app.db, round.id, { status: q.status as 'all', assignedTo: q.assigned === 'me' ? (me ?? '-') : undefined, article: q.article, limit: q.limit, offset: q.offset }),
        answerProgressOfRound(app.db, round.id, me),
      ]);
      const names = await userNames(app.db, page.items.flatMap((r) => [r.assignee, r.answer?.answeredBy, r.answer?.approvedBy]).filter((x): x is string => Boolean(x)));
      const abilities = { canAnswer: can(request.actor, 'consultation.answer', subject), canApprove: can(request.actor, 'consultation.approve', subject), canModerate: can(request.actor, 'consultation.moderate', subject) };
      return { items: page.items.map((r) => presentAnswerItem(r, structure, names, abilities)), total: page.total, progress, abilities };
    },
  });

  app.post('/api/v1/rounds/:id/answers', {
    config: { access: { ability: 'consultation.answer', scope: 'unit' } },
    schema: {
      tags, summary: 'Một câu trả lời cho nhiều ý kiến (mỗi ý kiến có câu trả lời riêng, sửa được từng cái)', params: IdParams,
      body: Type.Object({ commentIds: CommentIds, disposition: Disposition, explanation: Type.String({ maxLength: 20000 }), assignedTo: Type.Optional(Nullable(Type.String({ maxLength: 100 }))) }, { additionalProperties: false }),
      response: { 200: Type.Object({ updated: Type.Integer() }) },
    },
    handler: async (request) => answerComments(ctx(request), request.params.id, request.body.commentIds, request.body),
  });

  app.post('/api/v1/rounds/:id/answers/approval', {
    config: { access: { ability: 'consultation.approve', scope: 'unit' } },
    schema: { tags, summary: 'Phê duyệt câu trả lời của nhiều ý kiến', params: IdParams, body: Type.Object({ commentIds: CommentIds }, { additionalProperties: false }), response: { 200: Type.Object({ approved: Type.Integer() }) } },
    handler: async (request) => approveAnswers(ctx(request), request.params.id, request.body.commentIds),
  });

  app.get('/api/v1/rounds/:id/assignments', {
    config: { access: { ability: 'consultation.review', scope: 'unit' } },
    schema: { tags, summary: 'Cán bộ có thể được giao và việc giao theo điều', params: IdParams, response: { 200: Assignments } },
    handler: async (request) => {
      const { round, draft, structure } = await roundWithDraft(request.params.id);
      authorize(request.actor, 'consultation.review', { unitId: draft.draftingUnitId });
      const [officers, byArticle] = await Promise.all([officersOfUnit(app.db, draft.draftingUnitId), articleAssignmentsOf(app.db, round.id)]);
      const names = await userNames(app.db, byArticle.map((a) => a.userId));
      const articles = [...(structure?.articles ?? []).map((a) => ({ anchor: a.anchor, label: a.title ? `${a.label}. ${a.title}` : a.label })), { anchor: 'general', label: 'Góp ý chung' }];
      return {
        officers,
        articles: articles.map((a) => {
          const userId = byArticle.find((x) => x.articleAnchor === (a.anchor === 'general' ? '' : a.anchor))?.userId ?? null;
          return { ...a, userId, userName: userId ? (names.get(userId) ?? null) : null };
        }),
      };
    },
  });

  app.post('/api/v1/rounds/:id/assignments', {
    config: { access: { ability: 'consultation.answer', scope: 'unit' } },
    schema: {
      tags, summary: 'Giao ý kiến hoặc điều cho cán bộ trả lời', params: IdParams,
      body: Type.Object({ commentIds: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: MAX_BATCH })), articleAnchors: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 500 })), userId: Nullable(Type.String({ maxLength: 100 })) }, { additionalProperties: false }),
      response: { 200: Type.Object({ comments: Type.Integer(), articles: Type.Integer() }) },
    },
    handler: async (request) => assignAnswers(ctx(request), request.params.id, request.body),
  });

  app.get('/api/v1/policies/:id/answer-templates', {
    config: { access: { ability: 'consultation.answer', scope: 'unit' } },
    schema: { tags, summary: 'Mẫu câu trả lời dùng được cho dự thảo (của dự thảo và chung của cơ quan soạn thảo)', params: IdParams, response: { 200: Type.Object({ items: Type.Array(Template) }) } },
    handler: async (request) => {
      const draft = await draftOf(request.params.id);
      authorize(request.actor, 'consultation.answer', { unitId: draft.draftingUnitId });
      return { items: (await templatesForDraft(app.db, draft.draftingUnitId, draft.id)).map(presentTemplate) };
    },
  });

  app.post('/api/v1/policies/:id/answer-templates', {
    config: { access: { ability: 'consultation.answer', scope: 'unit' } },
    schema: { tags, summary: 'Tạo mẫu câu trả lời', params: IdParams, body: TemplateBody, response: { 201: Template } },
    handler: async (request, reply) => reply.status(201).send(presentTemplate(await createAnswerTemplate(ctx(request), request.params.id, request.body))),
  });

  app.put('/api/v1/policies/:id/answer-templates/:templateId', {
    config: { access: { ability: 'consultation.answer', scope: 'unit' } },
    schema: { tags, summary: 'Sửa mẫu câu trả lời', params: TemplateParams, body: TemplateBody, response: { 200: Template } },
    handler: async (request) => presentTemplate(await updateAnswerTemplate(ctx(request), request.params.templateId, request.params.id, request.body)),
  });

  app.delete('/api/v1/policies/:id/answer-templates/:templateId', {
    config: { access: { ability: 'consultation.answer', scope: 'unit' } },
    schema: { tags, summary: 'Xoá mẫu câu trả lời', params: TemplateParams, response: { 204: NoContent } },
    handler: async (request, reply) => {
      await deleteAnswerTemplate(ctx(request), request.params.templateId);
      return reply.status(204).send(null);
    },
  });
}
