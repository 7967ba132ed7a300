import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { findDraft, findVersion, type DraftDocument } from '../../policies';
import { commentsOfRoundByIds, findRound, officersOfUnit, setArticleAssignments, setCommentAssignments } from '../repo';

/** Refuses an assignee who is not an (enabled) officer of the drafting unit. */
export async function checkAssignee(ctx: ActionContext, unitId: string, userId: string): Promise<void> {
  const officers = await officersOfUnit(ctx.db, unitId);
  if (!officers.some((o) => o.id === userId)) {
    throw new AppError('validation', 'Chỉ giao cho cán bộ của cơ quan soạn thảo.', { errors: [{ path: 'userId', message: 'Chọn một cán bộ của cơ quan soạn thảo.' }] });
  }
}

export interface AssignInput {
  /** Comments to assign one by one. */
  commentIds?: string[];
  /** Articles of the round whose comments are assigned ('general': the comments on the draft as a whole). */
  articleAnchors?: string[];
  /** The officer, or null to remove the assignment. */
  userId: string | null;
}

/**
 * Assigns comments, or whole articles of a round, to an officer of the drafting unit who will answer them (a
 * comment's own assignment wins over its article's). One audit entry lists what was assigned.
 */
export async function assignAnswers(ctx: ActionContext, roundId: string, input: AssignInput): Promise<{ comments: number; articles: number }> {
  const round = await findRound(ctx.db, roundId);
  if (!round) throw notFound('đợt lấy ý kiến');
  const draft = await findDraft(ctx.db, round.draftId);
  const unitId = draft!.draftingUnitId;
  authorize(ctx.actor, 'consultation.answer', { unitId });
  const commentIds = [...new Set(input.commentIds ?? [])];
  const anchors = [...new Set(input.articleAnchors ?? [])];
  if (commentIds.length + anchors.length === 0) throw new AppError('validation', 'Chọn ý kiến hoặc điều cần giao.');
  if (input.userId) await checkAssignee(ctx, unitId, input.userId);
  if (anchors.length) {
    const structure = (await findVersion(ctx.db, round.versionId))?.structure as DraftDocument | null | undefined;
    const known = new Set((structure?.articles ?? []).map((a) => a.anchor));
    if (anchors.some((a) => a !== 'general' && !known.has(a))) throw new AppError('validation', 'Có điều không có trong phiên bản dự thảo của đợt này.', { errors: [{ path: 'articleAnchors', message: 'Chọn điều của dự thảo.' }] });
  }
  const assignedBy = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  await ctx.db.transaction(async (tx) => {
    if (commentIds.length) {
      const found = await commentsOfRoundByIds(tx, roundId, commentIds);
      if (found.length !== commentIds.length) throw new AppError('validation', 'Có ý kiến không thuộc đợt lấy ý kiến này.');
      await setCommentAssignments(tx, commentIds, input.userId, assignedBy);
    }
    // the general comments have no article anchor; '' stands for them in the assignments table
    await setArticleAssignments(tx, roundId, anchors.map((a) => (a === 'general' ? '' : a)), input.userId, assignedBy);
    await recordAudit(tx, { actor: ctx.actor, action: 'comment.assign', subjectType: 'consultation_round', subjectId: roundId, after: { userId: input.userId, commentIds, articleAnchors: anchors }, requestId: ctx.requestId });
  });
  return { comments: commentIds.length, articles: anchors.length };
}
