import { authorize } from '../../../platform/auth';
import { recordAuditMany } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { cleanText } from '../../../platform/text';
import { findDraft } from '../../policies';
import { answersOf, commentsOfRoundByIds, findComment, findRound, setCommentAssignments, updateAnswer, upsertAnswers, type RoundRow } from '../repo';
import { checkAssignee } from './assign-answers';

export const DISPOSITIONS = ['tiep_thu', 'tiep_thu_mot_phan', 'giai_trinh', 'ngoai_pham_vi'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

/** Most comments one request may answer or approve together. */
export const MAX_BATCH = 500;

async function roundAndUnit(ctx: ActionContext, roundId: string): Promise<{ round: RoundRow; unitId: string }> {
  const round = await findRound(ctx.db, roundId);
  if (!round) throw notFound('đợt lấy ý kiến');
  const draft = await findDraft(ctx.db, round.draftId);
  return { round, unitId: draft!.draftingUnitId };
}

async function roundOfComment(ctx: ActionContext, commentId: string): Promise<string> {
  const comment = await findComment(ctx.db, commentId);
  if (!comment) throw notFound('ý kiến');
  return comment.roundId;
}

function checkSelection(ids: string[]): string[] {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw new AppError('validation', 'Chưa chọn ý kiến nào.', { errors: [{ path: 'commentIds', message: 'Chọn ít nhất một ý kiến.' }] });
  if (unique.length > MAX_BATCH) throw new AppError('validation', `Mỗi lần chỉ trả lời hoặc phê duyệt tối đa ${MAX_BATCH} ý kiến.`);
  return unique;
}

export interface AnswerInput {
  disposition: Disposition;
  explanation: string;
  /** Also assigns the comments to this officer of the drafting unit (null or absent: unchanged). */
  assignedTo?: string | null;
}

/**
 * Writes one answer for a selection of comments of a round: each comment gets its own answer row (editable one by
 * one afterwards), in one transaction with one audit entry per comment. A changed answer needs approval again.
 */
export async function answerComments(ctx: ActionContext, roundId: string, commentIds: string[], input: AnswerInput): Promise<{ updated: number }> {
  const { unitId } = await roundAndUnit(ctx, roundId);
  authorize(ctx.actor, 'consultation.answer', { unitId });
  const ids = checkSelection(commentIds);
  if (!DISPOSITIONS.includes(input.disposition)) throw new AppError('validation', 'Hình thức trả lời không hợp lệ.', { errors: [{ path: 'disposition', message: 'Chọn hình thức trả lời.' }] });
  const explanation = cleanText(input.explanation);
  if (!explanation) throw new AppError('validation', 'Nội dung tiếp thu, giải trình không được để trống.', { errors: [{ path: 'explanation', message: 'Không được để trống.' }] });
  if (input.assignedTo) await checkAssignee(ctx, unitId, input.assignedTo);
  const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  await ctx.db.transaction(async (tx) => {
    const found = await commentsOfRoundByIds(tx, roundId, ids);
    if (found.length !== ids.length) throw new AppError('validation', 'Có ý kiến không thuộc đợt lấy ý kiến này.');
    const unconfirmed = found.find((c) => c.state === 'pending_verification');
    if (unconfirmed) throw new AppError('conflict', `Ý kiến ${unconfirmed.receiptCode} chưa được xác nhận người góp ý (qua thư điện tử hoặc do cán bộ xác nhận thay).`);
    const before = new Map((await answersOf(tx, ids)).map((a) => [a.commentId, a]));
    const published = found.find((c) => before.get(c.id)?.state === 'published');
    if (published) throw new AppError('conflict', `Câu trả lời ý kiến ${published.receiptCode} đã được công bố cùng báo cáo tổng hợp; không thể sửa.`);
    await upsertAnswers(tx, ids.map((commentId) => ({ commentId, disposition: input.disposition, explanation, assignedTo: null, state: 'draft', answeredBy: userId, approvedBy: null, approvedAt: null, publishedAt: null })));
    if (input.assignedTo) await setCommentAssignments(tx, ids, input.assignedTo, userId);
    await recordAuditMany(
      tx,
      ids.map((commentId) => {
        const b = before.get(commentId);
        return { actor: ctx.actor, action: 'comment.answer', subjectType: 'comment', subjectId: commentId, before: b ? { disposition: b.disposition, state: b.state } : null, after: { disposition: input.disposition, state: 'draft', ...(ids.length > 1 ? { batch: ids.length } : {}), ...(input.assignedTo ? { assignedTo: input.assignedTo } : {}) }, requestId: ctx.requestId };
      }),
    );
  });
  return { updated: ids.length };
}

/** Writes (or rewrites) the answer to one comment; a changed answer needs approval again before it is public. */
export async function answerComment(ctx: ActionContext, commentId: string, input: AnswerInput): Promise<void> {
  await answerComments(ctx, await roundOfComment(ctx, commentId), [commentId], input);
}

/**
 * An approver of the drafting unit (or an administrator) approves answers; they are published with the synthesis
 * report. Answers already approved are left as they are; a comment without an answer refuses the whole request.
 */
export async function approveAnswers(ctx: ActionContext, roundId: string, commentIds: string[]): Promise<{ approved: number }> {
  const { unitId } = await roundAndUnit(ctx, roundId);
  authorize(ctx.actor, 'consultation.approve', { unitId });
  const ids = checkSelection(commentIds);
  return ctx.db.transaction(async (tx) => {
    const found = await commentsOfRoundByIds(tx, roundId, ids);
    if (found.length !== ids.length) throw new AppError('validation', 'Có ý kiến không thuộc đợt lấy ý kiến này.');
    const answers = new Map((await answersOf(tx, ids)).map((a) => [a.commentId, a]));
    const missing = found.find((c) => !answers.has(c.id));
    if (missing) throw new AppError('conflict', `Ý kiến ${missing.receiptCode} chưa có câu trả lời để phê duyệt.`);
    const drafts = ids.filter((id) => answers.get(id)!.state === 'draft');
    const approvedBy = ctx.actor.kind === 'user' ? ctx.actor.userId : 'system';
    const at = new Date().toISOString();
    for (const commentId of drafts) await updateAnswer(tx, commentId, { state: 'approved', approvedBy, approvedAt: at });
    await recordAuditMany(tx, drafts.map((commentId) => ({ actor: ctx.actor, action: 'comment.answer.approve', subjectType: 'comment', subjectId: commentId, before: { state: 'draft' }, after: { state: 'approved' }, requestId: ctx.requestId })));
    return { approved: drafts.length };
  });
}

/** Approves the answer to one comment. */
export async function approveAnswer(ctx: ActionContext, commentId: string): Promise<void> {
  await approveAnswers(ctx, await roundOfComment(ctx, commentId), [commentId]);
}
