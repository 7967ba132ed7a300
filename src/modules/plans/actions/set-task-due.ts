import { eq } from 'drizzle-orm';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { cleanText, isIsoDate } from '../../../platform/text';
import { findTask } from '../repo';
import { planTasks } from '../tables';

const MAX_REASON = 1000;

/**
 * The coordinator sets a task's due date, or clears it, saying why: a deadline the plan wrote in words ("Theo kế
 * hoạch của tỉnh", "Sau 03 tháng kể từ …") is imported without one (never a date made up for it), and a person
 * decides. The deadline as written stays as it was; the change is audited with its reason.
 */
export async function setTaskDue(ctx: ActionContext, taskId: string, input: { dueOn: string | null; reason: string }): Promise<{ id: string; dueOn: string | null }> {
  authorize(ctx.actor, 'plans.import');
  if (input.dueOn !== null && !isIsoDate(input.dueOn)) {
    throw new AppError('validation', 'Hạn không hợp lệ.', { errors: [{ path: 'dueOn', message: 'Nhập ngày dạng dd/mm/yyyy.' }] });
  }
  const reason = cleanText(input.reason ?? '');
  if (!reason) throw new AppError('validation', 'Nêu lý do đặt hạn.', { errors: [{ path: 'reason', message: 'Ví dụ: theo Kế hoạch rà soát thủ tục hành chính năm 2026 của tỉnh.' }] });
  if (reason.length > MAX_REASON) throw new AppError('validation', `Lý do tối đa ${MAX_REASON} ký tự.`, { errors: [{ path: 'reason', message: `Tối đa ${MAX_REASON} ký tự.` }] });
  return ctx.db.transaction(async (tx) => {
    const task = await findTask(tx, taskId);
    if (!task) throw notFound('nhiệm vụ');
    if (task.dueOn === input.dueOn) return { id: task.id, dueOn: task.dueOn };
    await tx.update(planTasks).set({ dueOn: input.dueOn }).where(eq(planTasks.id, taskId));
    await recordAudit(tx, { actor: ctx.actor, action: 'plan.task.due', subjectType: 'plan_task', subjectId: taskId, before: { dueOn: task.dueOn }, after: { dueOn: input.dueOn, reason }, requestId: ctx.requestId });
    return { id: task.id, dueOn: input.dueOn };
  });
}
