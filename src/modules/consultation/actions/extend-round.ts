import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import { now } from '../../../platform/clock';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { bumpPublicContent } from '../../../platform/page-cache';
import { formatDateVi, isIsoDate, todayVn } from '../../../platform/text';
import { findDraft } from '../../policies';
import { roundStatus } from '../present';
import { findRound, moveConsulteeDueDates, otherOverlappingRound, updateRound } from '../repo';
import { checkReason } from './close-round';
import { roundDays } from './open-round';
import { mailPendingConsultees } from './round-notice';
import { forgetRound } from './submit-comment';

/**
 * Moves the end of a round that has not ended to a later date, with a public reason. The new period is checked
 * against the minimum kept on the round when it opened; the first announced end date is kept; consultees
 * that were due on the old end are due on the new one and, with the others that have not answered, are mailed.
 */
export async function extendRound(ctx: ActionContext & { publicUrl: string }, roundId: string, input: { closesOn: string; reason: string }): Promise<void> {
  const round = await findRound(ctx.db, roundId);
  if (!round) throw notFound('đợt lấy ý kiến');
  const draft = (await findDraft(ctx.db, round.draftId))!;
  authorize(ctx.actor, 'policies.write', { unitId: draft.draftingUnitId });
  const reason = checkReason(input.reason);
  const today = todayVn();
  if (roundStatus(round, today) === 'closed') throw new AppError('conflict', 'Đợt lấy ý kiến đã kết thúc; không thể gia hạn. Mở một đợt lấy ý kiến mới nếu cần.');
  if (!isIsoDate(input.closesOn) || input.closesOn <= round.closesOn) {
    throw new AppError('validation', `Ngày kết thúc mới phải sau ngày ${formatDateVi(round.closesOn, 'short')}.`, { errors: [{ path: 'closesOn', message: 'Chọn ngày sau ngày kết thúc hiện tại.' }] });
  }
  // the minimum chosen when the round opened (by the draft's type and regime, or the shortened procedure)
  const minDays = round.minDays;
  const days = roundDays(round.opensOn, input.closesOn);
  if (days < minDays) throw new AppError('validation', `Thời gian lấy ý kiến tối thiểu là ${minDays} ngày (đang chọn ${days} ngày).`, { errors: [{ path: 'closesOn', message: `Tối thiểu ${minDays} ngày.` }] });
  await ctx.db.transaction(async (tx) => {
    const fresh = (await findRound(tx, roundId))!;
    if (fresh.closedEarlyAt || fresh.closesOn !== round.closesOn) throw new AppError('conflict', 'Đợt lấy ý kiến vừa được thay đổi; tải lại trang và thử lại.');
    if (await otherOverlappingRound(tx, round.draftId, roundId, round.opensOn, input.closesOn)) throw new AppError('conflict', 'Ngày kết thúc mới trùng với một đợt lấy ý kiến khác của dự thảo.', { errors: [{ path: 'closesOn', message: 'Trùng đợt khác.' }] });
    await updateRound(tx, roundId, { closesOn: input.closesOn, originalClosesOn: round.originalClosesOn ?? round.closesOn, extendedAt: now().toISOString(), extensionReason: reason });
    const movedDue = await moveConsulteeDueDates(tx, roundId, round.closesOn, input.closesOn);
    const mailed = await mailPendingConsultees(tx, roundId, {
      purpose: 'round.extended',
      subject: `[Đồng Thuận] Gia hạn lấy ý kiến dự thảo "${draft.title}"`,
      text: `Cơ quan soạn thảo thông báo: đợt lấy ý kiến đối với dự thảo "${draft.title}" được gia hạn đến hết ngày ${formatDateVi(input.closesOn, 'short')} (trước đây: ${formatDateVi(round.closesOn, 'short')}).\n\nLý do: ${reason}\n\nXem dự thảo và góp ý: ${ctx.publicUrl}/gop-y/${draft.slug}\n`,
    });
    await recordAudit(tx, { actor: ctx.actor, action: 'consultation.extend', subjectType: 'consultation_round', subjectId: roundId, before: { closesOn: round.closesOn }, after: { closesOn: input.closesOn, days, minDays, reason, movedDue, mailed }, requestId: ctx.requestId });
  });
  forgetRound(ctx.db, roundId);
  bumpPublicContent();
}
