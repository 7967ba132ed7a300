import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { authorize, can } from '../../../platform/auth';
import { notFound } from '../../../platform/errors';
import type { App } from '../../../platform/http';
import { findDraft, findVersion, type DraftDocument } from '../../policies';
import { DISPOSITIONS } from '../actions/answer';
import { presentAnswerItem } from '../present';
import { findRound, userNames } from '../repo';
import { answerCampaign, approveCampaign } from './actions/answer-campaign';
import { presentCampaign } from './present';
import { campaignsByIds, campaignsOfRound, findCampaign, membersOfCampaign, representativesOf } from './repo-read';
import { CampaignList, CampaignMembers } from './schemas';

const tags = ['Lấy ý kiến'];
const RoundParams = Type.Object({ id: Type.String({ maxLength: 100 }) });
const CampaignParams = Type.Object({ id: Type.String({ maxLength: 100 }), campaignId: Type.String({ maxLength: 100 }) });
const Page = (max: number, byDefault: number) => Type.Object({ limit: Type.Integer({ minimum: 1, maximum: max, default: byDefault }), offset: Type.Integer({ minimum: 0, default: 0 }) });

/**
 * Office API of campaigns (near-identical comments of a round): the campaigns largest first, a campaign's members
 * page by page (each with its own answer, correctable as any comment's), one answer and one approval per campaign.
 */
export async function campaignRoutes(app: App): Promise<void> {
  const ctx = (request: FastifyRequest) => ({ db: app.db, actor: request.actor, requestId: request.id });
  /** The round, its drafting unit and its draft's structure, after checking the reader may review its answers. */
  const reviewable = async (request: FastifyRequest, roundId: string) => {
    const round = await findRound(app.db, roundId);
    if (!round) throw notFound('đợt lấy ý kiến');
    const draft = (await findDraft(app.db, round.draftId))!;
    const subject = { unitId: draft.draftingUnitId };
    authorize(request.actor, 'consultation.review', subject);
    const structure = ((await findVersion(app.db, round.versionId))?.structure ?? null) as DraftDocument | null;
    const abilities = { canAnswer: can(request.actor, 'consultation.answer', subject), canApprove: can(request.actor, 'consultation.approve', subject) };
    return { round, structure, abilities };
  };

  app.get('/api/v1/rounds/:id/campaigns', {
    config: { access: { ability: 'consultation.review', scope: 'unit' } },
    schema: { tags, summary: 'Nhóm ý kiến trùng lặp của một đợt (mỗi nhóm: một ý kiến × số người ký), nhóm lớn trước', params: RoundParams, querystring: Page(100, 20), response: { 200: CampaignList } },
    handler: async (request) => {
      const { round, structure, abilities } = await reviewable(request, request.params.id);
      const page = await campaignsOfRound(app.db, round.id, request.query);
      const ids = page.items.map((c) => c.id);
      const [representatives, campaigns] = await Promise.all([representativesOf(app.db, ids), campaignsByIds(app.db, ids)]);
      return {
        items: page.items.map((tally) => presentCampaign(tally, representatives.get(tally.id)!, campaigns.get(tally.id) ?? null, structure)),
        total: page.total,
        signers: page.signers,
        abilities,
      };
    },
  });

  app.get('/api/v1/rounds/:id/campaigns/:campaignId/members', {
    config: { access: { ability: 'consultation.review', scope: 'unit' } },
    schema: { tags, summary: 'Các ý kiến của một nhóm trùng lặp, theo thứ tự gửi, với câu trả lời của từng ý kiến', params: CampaignParams, querystring: Page(200, 50), response: { 200: CampaignMembers } },
    handler: async (request) => {
      const { round, structure, abilities } = await reviewable(request, request.params.id);
      const campaign = await findCampaign(app.db, request.params.campaignId);
      if (!campaign || campaign.roundId !== round.id) throw notFound('nhóm ý kiến trùng lặp');
      const page = await membersOfCampaign(app.db, campaign.id, request.query);
      const names = await userNames(app.db, page.items.flatMap((r) => [r.assignee, r.answer?.answeredBy, r.answer?.approvedBy]).filter((x): x is string => Boolean(x)));
      return { items: page.items.map((r) => presentAnswerItem(r, structure, names, abilities)), total: page.total };
    },
  });

  app.post('/api/v1/rounds/:id/campaigns/:campaignId/answer', {
    config: { access: { ability: 'consultation.answer', scope: 'unit' } },
    schema: {
      tags, summary: 'Trả lời một lần cho cả nhóm ý kiến trùng lặp (mỗi ý kiến có câu trả lời riêng, sửa được từng cái)', params: CampaignParams,
      body: Type.Object({ disposition: Type.Union(DISPOSITIONS.map((d) => Type.Literal(d))), explanation: Type.String({ maxLength: 20000 }), onlyUnanswered: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
      response: { 200: Type.Object({ updated: Type.Integer() }) },
    },
    handler: async (request) => answerCampaign(ctx(request), request.params.id, request.params.campaignId, request.body),
  });

  app.post('/api/v1/rounds/:id/campaigns/:campaignId/approval', {
    config: { access: { ability: 'consultation.approve', scope: 'unit' } },
    schema: { tags, summary: 'Phê duyệt câu trả lời của cả nhóm ý kiến trùng lặp', params: CampaignParams, response: { 200: Type.Object({ approved: Type.Integer() }) } },
    handler: async (request) => approveCampaign(ctx(request), request.params.id, request.params.campaignId),
  });
}
