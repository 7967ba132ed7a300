import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { cleanText } from '../../../platform/text';
import { findDraft } from '../../policies';
import { answersOf, findComment, findRound, updateAnswer, upsertAnswer } from '../repo';

export const DISPOSITIONS = ['tiep_thu', 'tiep_thu_mot_phan', 'giai_trinh', 'ngoai_pham_vi'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

async function unitOfComment(ctx: ActionContext, commentId: string) {
  const comment = await findComment(ctx.db, commentId);
  if (!comment) throw notFound('ý kiến');
  const round = await findRound(ctx.db, comment.roundId);
  const draft = await findDraft(ctx.db, round!.draftId);
  return { comment, round: round!, unitId: draft!.draftingUnitId };
}

/** Writes (or rewrites) the answer to a comment; a changed answer needs approval again before it is public. */
export async function answerComment(ctx: ActionContext, commentId: string, input: { disposition: Disposition; explanation: string; assignedTo?: string | null }): Promise<void> {
  const { comment, unitId } = await unitOfComment(ctx, commentId);
  authorize(ctx.actor, 'consultation.answer', { unitId });
  if (!DISPOSITIONS.includes(input.disposition)) throw new AppError('validation', 'Hình thức trả lời không hợp lệ.');
  const explanation = cleanText(input.explanation);
  if (!explanation) throw new AppError('validation', 'Nội dung tiếp thu, giải trình không được để trống.', { errors: [{ path: 'explanation', message: 'Không được để trống.' }] });
  if (comment.state === 'pending_verification') throw new AppError('conflict', 'Ý kiến chưa được xác nhận email.');
  await ctx.db.transaction(async (tx) => {
    const [before] = await answersOf(tx, [commentId]);
    if (before?.state === 'published') throw new AppError('conflict', 'Câu trả lời đã được công bố cùng báo cáo tổng hợp; không thể sửa.');
    await upsertAnswer(tx, { commentId, disposition: input.disposition, explanation, assignedTo: input.assignedTo ?? before?.assignedTo ?? null, state: 'draft', answeredBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null, approvedBy: null, approvedAt: null, publishedAt: null });
    await recordAudit(tx, { actor: ctx.actor, action: 'comment.answer', subjectType: 'comment', subjectId: commentId, before: before ? { disposition: before.disposition, state: before.state } : null, after: { disposition: input.disposition, state: 'draft' }, requestId: ctx.requestId });
  });
}

/** An approver approves an answer; it is published with the synthesis report. */
export async function approveAnswer(ctx: ActionContext, commentId: string): Promise<void> {
  authorize(ctx.actor, 'consultation.approve');
  await unitOfComment(ctx, commentId);
  await ctx.db.transaction(async (tx) => {
    const [answer] = await answersOf(tx, [commentId]);
    if (!answer) throw new AppError('conflict', 'Ý kiến này chưa có câu trả lời để phê duyệt.');
    if (answer.state !== 'draft') return;
    await updateAnswer(tx, commentId, { state: 'approved', approvedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : 'system', approvedAt: new Date().toISOString() });
    await recordAudit(tx, { actor: ctx.actor, action: 'comment.answer.approve', subjectType: 'comment', subjectId: commentId, before: { state: 'draft' }, after: { state: 'approved' }, requestId: ctx.requestId });
  });
}
