import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import { now } from '../../../platform/clock';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { bumpPublicContent } from '../../../platform/page-cache';
import { addDays, cleanText, formatDateVi, todayVn } from '../../../platform/text';
import { findDraft } from '../../policies';
import { roundStatus } from '../present';
import { findRound, updateRound } from '../repo';
import { roundDays } from './open-round';
import { mailPendingConsultees } from './round-notice';
import { forgetRound } from './submit-comment';

/** Longest public reason of a round change. */
export const MAX_REASON = 1000;

/** The public reason of a round change, cleaned; refused when empty. */
export function checkReason(reason: string): string {
  const text = cleanText(reason ?? '');
  if (!text) throw new AppError('validation', 'Nêu lý do (lý do được công khai trên Cổng).', { errors: [{ path: 'reason', message: 'Nhập lý do.' }] });
  if (text.length > MAX_REASON) throw new AppError('validation', `Lý do tối đa ${MAX_REASON} ký tự.`, { errors: [{ path: 'reason', message: `Tối đa ${MAX_REASON} ký tự.` }] });
  return text;
}

/**
 * Ends an open round before its end date, with a public reason. The minimum posting period of the rules table
 * (kept on the round when it opened) must have run: a round cannot be cut below the legal minimum. Comments that
 * arrived in time are still moderated and answered; the consultees that have not answered are told by mail.
 */
export async function closeRoundEarly(ctx: ActionContext & { publicUrl: string }, roundId: string, input: { reason: string }): Promise<void> {
  const round = await findRound(ctx.db, roundId);
  if (!round) throw notFound('đợt lấy ý kiến');
  const draft = (await findDraft(ctx.db, round.draftId))!;
  authorize(ctx.actor, 'policies.write', { unitId: draft.draftingUnitId });
  const reason = checkReason(input.reason);
  const today = todayVn();
  const status = roundStatus(round, today);
  if (status === 'closed') throw new AppError('conflict', 'Đợt lấy ý kiến đã kết thúc.');
  if (status === 'scheduled') throw new AppError('conflict', `Đợt lấy ý kiến chưa bắt đầu (bắt đầu ${formatDateVi(round.opensOn, 'short')}); không thể kết thúc sớm.`);
  const days = roundDays(round.opensOn, today);
  if (days < round.minDays) {
    throw new AppError('validation', `Thời gian lấy ý kiến tối thiểu là ${round.minDays} ngày (đến hôm nay mới ${days} ngày); có thể kết thúc sớm từ ngày ${formatDateVi(addDays(round.opensOn, round.minDays - 1), 'short')}.`, {
      errors: [{ path: 'reason', message: `Chưa đủ ${round.minDays} ngày.` }],
    });
  }
  await ctx.db.transaction(async (tx) => {
    // re-read in the transaction: two officers closing at once give one close
    const fresh = await findRound(tx, roundId);
    if (fresh?.closedEarlyAt) throw new AppError('conflict', 'Đợt lấy ý kiến đã kết thúc.');
    await updateRound(tx, roundId, { closedEarlyAt: now().toISOString(), closeReason: reason });
    const mailed = await mailPendingConsultees(tx, roundId, {
      purpose: 'round.closed-early',
      subject: `[Đồng Thuận] Kết thúc sớm lấy ý kiến dự thảo "${draft.title}"`,
      text: `Cơ quan soạn thảo thông báo: đợt lấy ý kiến đối với dự thảo "${draft.title}" (dự kiến đến hết ngày ${formatDateVi(round.closesOn, 'short')}) đã kết thúc sớm ngày ${formatDateVi(today, 'short')}.\n\nLý do: ${reason}\n\nCơ quan, tổ chức chưa gửi văn bản góp ý vui lòng gửi sớm theo thời hạn đã đề nghị.\nXem dự thảo: ${ctx.publicUrl}/gop-y/${draft.slug}\n`,
    });
    await recordAudit(tx, { actor: ctx.actor, action: 'consultation.close-early', subjectType: 'consultation_round', subjectId: roundId, before: { closesOn: round.closesOn }, after: { closedOn: today, days, minDays: round.minDays, reason, mailed }, requestId: ctx.requestId });
  });
  forgetRound(ctx.db, roundId);
  bumpPublicContent();
}
