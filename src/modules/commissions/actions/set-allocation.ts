import { randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors';
import { cleanText } from '../../../platform/text';
import { MAX_AMOUNT } from '../input';
import { findLinkedPlanTask } from '../../plans';
import { findAllocation, upsertAllocation, type AllocationRow } from '../repo';

/** Enters the budget allocated to a plan task for a year (the plan's tasks carry no budget of their own). */
export async function setAllocation(ctx: ActionContext, input: { planTaskId: string; year: number; amount: number; note?: string | null }): Promise<AllocationRow> {
  authorize(ctx.actor, 'commissions.manage');
  const amount = Number(input.amount);
  const year = Number(input.year);
  if (!Number.isInteger(amount) || amount < 0 || amount > MAX_AMOUNT) throw new AppError('validation', 'Kinh phí là số đồng, không âm, không có phần lẻ.', { errors: [{ path: 'amount', message: 'Kinh phí là số đồng, không âm, không có phần lẻ.' }] });
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new AppError('validation', 'Năm không hợp lệ.', { errors: [{ path: 'year', message: 'Năm không hợp lệ.' }] });
  const task = await findLinkedPlanTask(ctx.db, input.planTaskId);
  if (!task) throw new AppError('validation', 'Không có nhiệm vụ này trong các kế hoạch.', { errors: [{ path: 'planTaskId', message: 'Không có nhiệm vụ này.' }] });
  const note = cleanText(input.note ?? '') || null;
  return ctx.db.transaction(async (tx) => {
    const before = await findAllocation(tx, input.planTaskId, year);
    const row = await upsertAllocation(tx, { id: before?.id ?? randomUUID(), planTaskId: input.planTaskId, year, amount, note, updatedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null });
    await recordAudit(tx, { actor: ctx.actor, action: 'commissions.budget', subjectType: 'press_budget_allocation', subjectId: row.id, before: before ? { amount: before.amount, note: before.note } : null, after: { planTaskId: input.planTaskId, year, amount, note }, requestId: ctx.requestId });
    return row;
  });
}
