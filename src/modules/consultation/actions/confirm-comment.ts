import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import { now as clockNow } from '../../../platform/clock';
import type { ActionContext } from '../../../platform/context';
import type { Executor } from '../../../platform/db';
import { AppError, notFound } from '../../../platform/errors';
import { cleanText } from '../../../platform/text';
import { findDraft } from '../../policies';
import { findComment, findRound, updateComment, type CommentRow, type RoundRow } from '../repo';

/**
 * Why a comment of `round` can no longer be confirmed, or null. Once the synthesis report is published the round's
 * record is closed: a comment confirmed later could never be answered in it.
 */
export function confirmationClosedReason(round: RoundRow | null): string | null {
  if (!round) return 'Không tìm thấy đợt lấy ý kiến.';
  if (round.synthesisPublishedAt) return 'Báo cáo tổng hợp của đợt lấy ý kiến này đã được công bố; ý kiến không còn được xác nhận.';
  return null;
}

/** The comment, its round and the drafting unit, or 404. */
export async function commentWithUnit(db: Executor, commentId: string): Promise<{ comment: CommentRow; round: RoundRow; unitId: string; draftTitle: string }> {
  const comment = await findComment(db, commentId);
  if (!comment) throw notFound('ý kiến');
  const round = await findRound(db, comment.roundId);
  const draft = round ? await findDraft(db, round.draftId) : null;
  if (!round || !draft) throw notFound('ý kiến');
  return { comment, round, unitId: draft.draftingUnitId, draftTitle: draft.title };
}

/**
 * "Xác nhận thay người góp ý": an officer of the drafting unit confirms the commenter of a comment that has no
 * confirmed email (a phone number they called back, a letter on paper…), giving the reason. The comment then
 * enters the moderation queue like one confirmed by the email link. Audited with the reason.
 */
export async function confirmCommentByOfficer(ctx: ActionContext, commentId: string, input: { reason: string }): Promise<CommentRow> {
  const { comment, round, unitId } = await commentWithUnit(ctx.db, commentId);
  authorize(ctx.actor, 'consultation.moderate', { unitId });
  const reason = cleanText(input.reason ?? '');
  if (!reason) throw new AppError('validation', 'Vui lòng ghi lý do xác nhận (ví dụ: đã gọi điện cho người góp ý).', { errors: [{ path: 'reason', message: 'Vui lòng ghi lý do xác nhận.' }] });
  if (reason.length > 500) throw new AppError('validation', 'Lý do xác nhận quá dài (tối đa 500 ký tự).', { errors: [{ path: 'reason', message: 'Tối đa 500 ký tự.' }] });
  const closed = confirmationClosedReason(round);
  if (closed) throw new AppError('conflict', closed);
  return ctx.db.transaction(async (tx) => {
    const current = await findComment(tx, commentId);
    if (!current || current.state !== 'pending_verification') throw new AppError('conflict', `Ý kiến ${comment.receiptCode} đã được xác nhận.`);
    const patch = { state: 'pending', confirmedAt: clockNow().toISOString(), confirmedVia: 'officer', confirmedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : 'system', confirmationReason: reason };
    await updateComment(tx, commentId, patch);
    await recordAudit(tx, { actor: ctx.actor, action: 'comment.confirm', subjectType: 'comment', subjectId: commentId, before: { state: current.state }, after: { state: 'pending', via: 'officer', reason }, requestId: ctx.requestId });
    return { ...current, ...patch };
  });
}
