import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { cleanText, isIsoDate } from '../../../platform/text';
import { findDraft } from '../../policies';
import { findConsultee, findRound, updateConsultee } from '../repo';

/** Records that a consulted body answered in writing (date and reference of its letter). */
export async function recordConsulteeAnswer(ctx: ActionContext, consulteeId: string, input: { answeredOn: string; answerRef?: string | null }): Promise<void> {
  const consultee = await findConsultee(ctx.db, consulteeId);
  if (!consultee) throw notFound('cơ quan được xin ý kiến');
  const round = await findRound(ctx.db, consultee.roundId);
  const draft = await findDraft(ctx.db, round!.draftId);
  authorize(ctx.actor, 'policies.write', { unitId: draft!.draftingUnitId });
  if (!isIsoDate(input.answeredOn) || input.answeredOn < consultee.requestedOn) throw new AppError('validation', 'Ngày trả lời không hợp lệ (phải từ ngày gửi xin ý kiến).');
  await ctx.db.transaction(async (tx) => {
    await updateConsultee(tx, consulteeId, { answeredOn: input.answeredOn, answerRef: input.answerRef ? cleanText(input.answerRef) : null });
    await recordAudit(tx, { actor: ctx.actor, action: 'consultation.consultee-answer', subjectType: 'consultation_round', subjectId: consultee.roundId, after: { unitId: consultee.unitId, answeredOn: input.answeredOn, answerRef: input.answerRef ?? null, late: input.answeredOn > consultee.dueOn }, requestId: ctx.requestId });
  });
}
