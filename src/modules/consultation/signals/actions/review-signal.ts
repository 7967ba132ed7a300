import { authorize } from '../../../../platform/auth';
import { recordAudit } from '../../../../platform/audit';
import type { ActionContext } from '../../../../platform/context';
import { AppError, notFound } from '../../../../platform/errors';
import { cleanText } from '../../../../platform/text';
import { findDraft } from '../../../policies';
import { findRound } from '../../repo';
import { findSignal, reviewSignalRow } from '../repo-read';

export const REVIEW_STATUSES = ['cleared', 'suspicious'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** A signal of a round, after checking the actor may moderate the round's comments (the round is checked first). */
export async function signalOfUnit(ctx: ActionContext, roundId: string, signalId: string) {
  const round = await findRound(ctx.db, roundId);
  const draft = round ? await findDraft(ctx.db, round.draftId) : null;
  if (!round || !draft) throw notFound('đợt lấy ý kiến');
  authorize(ctx.actor, 'consultation.moderate', { unitId: draft.draftingUnitId });
  const signal = await findSignal(ctx.db, signalId);
  if (!signal || signal.roundId !== round.id) throw notFound('dấu hiệu');
  return { signal, round, draft };
}

/**
 * "Đã xem – không có vấn đề" / "Đã xem – đáng ngờ" with a note: a moderator of the drafting unit reviews a signal.
 * The comments are not touched either way (moderation stays its own decision). Audited with the note.
 */
export async function reviewSignal(ctx: ActionContext, roundId: string, signalId: string, input: { status: ReviewStatus; note?: string | null }): Promise<{ status: ReviewStatus }> {
  const { signal } = await signalOfUnit(ctx, roundId, signalId);
  if (!(REVIEW_STATUSES as readonly string[]).includes(input.status)) throw new AppError('validation', 'Chọn kết quả xem xét.', { errors: [{ path: 'status', message: 'Chọn kết quả xem xét.' }] });
  const note = input.note ? cleanText(input.note).slice(0, 2000) || null : null;
  if (input.status === 'suspicious' && !note) throw new AppError('validation', 'Ghi chú vì sao dấu hiệu này đáng ngờ.', { errors: [{ path: 'note', message: 'Vui lòng ghi chú.' }] });
  await ctx.db.transaction(async (tx) => {
    await reviewSignalRow(tx, signal.id, { status: input.status, note, reviewedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null });
    await recordAudit(tx, { actor: ctx.actor, action: 'comment-signal.review', subjectType: 'consultation_round', subjectId: signal.roundId, before: { signalId: signal.id, status: signal.status }, after: { signalId: signal.id, kind: signal.kind, comments: signal.commentCount, status: input.status, note }, requestId: ctx.requestId });
  });
  return { status: input.status };
}
