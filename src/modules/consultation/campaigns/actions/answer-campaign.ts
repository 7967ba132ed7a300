import { authorize } from '../../../../platform/auth';
import { recordAudit } from '../../../../platform/audit';
import type { ActionContext } from '../../../../platform/context';
import { AppError, notFound } from '../../../../platform/errors';
import { cleanText } from '../../../../platform/text';
import { findDraft } from '../../../policies';
import { DISPOSITIONS, type Disposition } from '../../actions/answer';
import { findRound } from '../../repo';
import { answerMembers, approveMembers, findCampaign, publishedMemberOf, representativesOf, setCampaignAnswer } from '../repo-read';
import type { CampaignRow } from '../repo';

/** The drafting unit of a round (authorization comes before the campaign is looked up, so refusal hides it). */
async function unitOfRound(ctx: ActionContext, roundId: string): Promise<string> {
  const round = await findRound(ctx.db, roundId);
  if (!round) throw notFound('đợt lấy ý kiến');
  return (await findDraft(ctx.db, round.draftId))!.draftingUnitId;
}

/** The campaign, which must belong to the round. */
async function campaignIn(ctx: ActionContext, roundId: string, campaignId: string): Promise<CampaignRow> {
  const campaign = await findCampaign(ctx.db, campaignId);
  if (!campaign || campaign.roundId !== roundId) throw notFound('nhóm ý kiến trùng lặp');
  return campaign;
}

/** The receipt code of the campaign's representative, which the audit entry names (people know comments by it). */
async function receiptOf(ctx: ActionContext, campaignId: string): Promise<string | null> {
  return (await representativesOf(ctx.db, [campaignId])).get(campaignId)?.receiptCode ?? null;
}

export interface CampaignAnswerInput {
  disposition: Disposition;
  explanation: string;
  /** Only the comments without an answer yet (those that joined after the campaign was answered). */
  onlyUnanswered?: boolean;
}

/**
 * Answers a campaign once: each of its comments to answer gets the same disposition and explanation as its own
 * answer (a draft, approved afterwards; still correctable one by one through the comment's answer), in one
 * transaction with one audit entry naming the campaign and the count. The authorization is the one of answering a
 * comment (the drafting unit's officers). A campaign with an answer already published is refused.
 */
export async function answerCampaign(ctx: ActionContext, roundId: string, campaignId: string, input: CampaignAnswerInput): Promise<{ updated: number }> {
  authorize(ctx.actor, 'consultation.answer', { unitId: await unitOfRound(ctx, roundId) });
  await campaignIn(ctx, roundId, campaignId);
  if (!DISPOSITIONS.includes(input.disposition)) throw new AppError('validation', 'Hình thức trả lời không hợp lệ.', { errors: [{ path: 'disposition', message: 'Chọn hình thức trả lời.' }] });
  const explanation = cleanText(input.explanation);
  if (!explanation) throw new AppError('validation', 'Nội dung tiếp thu, giải trình không được để trống.', { errors: [{ path: 'explanation', message: 'Không được để trống.' }] });
  const answeredBy = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const onlyUnanswered = input.onlyUnanswered === true;
  const representative = await receiptOf(ctx, campaignId);
  return ctx.db.transaction(async (tx) => {
    // the campaign row is the lock: two officers answering the same campaign at once are applied one after the other
    const campaign = await findCampaign(tx, campaignId, { forUpdate: true });
    if (!campaign) throw notFound('nhóm ý kiến trùng lặp');
    const published = await publishedMemberOf(tx, campaignId);
    if (published) throw new AppError('conflict', `Câu trả lời ý kiến ${published.receiptCode} của nhóm đã được công bố cùng báo cáo tổng hợp; không thể trả lời lại cả nhóm.`);
    const updated = await answerMembers(tx, campaignId, { disposition: input.disposition, explanation, answeredBy, onlyUnanswered });
    if (updated === 0) throw new AppError('conflict', onlyUnanswered ? 'Mọi ý kiến của nhóm đã có câu trả lời.' : 'Nhóm không còn ý kiến nào cần trả lời.');
    await setCampaignAnswer(tx, campaignId, { disposition: input.disposition, explanation, answeredBy });
    await recordAudit(tx, {
      actor: ctx.actor,
      action: 'comment.campaign.answer',
      subjectType: 'consultation_round',
      subjectId: roundId,
      before: campaign.disposition ? { disposition: campaign.disposition } : null,
      after: { campaignId, representative, members: updated, disposition: input.disposition, ...(onlyUnanswered ? { onlyUnanswered } : {}) },
      requestId: ctx.requestId,
    });
    return { updated };
  });
}

/**
 * An approver of the drafting unit approves the draft answers of a campaign's comments at once (one audit entry
 * with the count); comments still without an answer stay so and are counted back.
 */
export async function approveCampaign(ctx: ActionContext, roundId: string, campaignId: string): Promise<{ approved: number }> {
  authorize(ctx.actor, 'consultation.approve', { unitId: await unitOfRound(ctx, roundId) });
  await campaignIn(ctx, roundId, campaignId);
  const approvedBy = ctx.actor.kind === 'user' ? ctx.actor.userId : 'system';
  const representative = await receiptOf(ctx, campaignId);
  return ctx.db.transaction(async (tx) => {
    const campaign = await findCampaign(tx, campaignId, { forUpdate: true });
    if (!campaign) throw notFound('nhóm ý kiến trùng lặp');
    const approved = await approveMembers(tx, campaignId, approvedBy);
    if (approved === 0) throw new AppError('conflict', 'Nhóm không có câu trả lời nào chờ phê duyệt.');
    await recordAudit(tx, { actor: ctx.actor, action: 'comment.campaign.approve', subjectType: 'consultation_round', subjectId: roundId, after: { campaignId, representative, members: approved }, requestId: ctx.requestId });
    return { approved };
  });
}
