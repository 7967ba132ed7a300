import type { Executor } from '../../platform/db';
import { ruleAt } from '../../platform/rules';
import type { ParsedPlan } from './parser';
import { dueOnOf } from './periods';

/** The dates an import gives a plan: its year, the report's due date and each task's due date (same order as tasks). */
export interface PlanDueDates {
  year: number;
  reportDueOn: string | null;
  taskDueOn: (string | null)[];
}

/**
 * Turns the deadlines written in a plan into due dates, as the import stores them and as the preview shows them
 * before anything is saved (one computation, so the coordinator sees in the preview the date the plan will carry).
 * `at` is the plan's date (its issue date, or the day of reading when the document has none).
 */
export async function planDueDates(db: Executor, plan: ParsedPlan, at: string): Promise<PlanDueDates> {
  const beforeOffsetDays = await ruleAt<number>(db, 'plan.deadline.beforeOffsetDays', at);
  // The year the plan is for (its title's "năm 2026", else its issue date); the day of reading only when it names none.
  const year = plan.year ?? Number((plan.issuedOn ?? at).slice(0, 4));
  const reportDueOn = plan.reportDeadline ? dueOnOf(plan.reportDeadline, { year, fallback: null, beforeOffsetDays, writtenBefore: true }) : null;
  const taskDueOn = plan.tasks.map((t) =>
    dueOnOf(t.deadline, { year, fallback: reportDueOn ?? `${year}-12-31`, beforeOffsetDays, writtenBefore: /^(?:hoàn thành\s+)?trước\b/iu.test(t.deadlineWritten ?? '') || /trước ngày/i.test(t.content) }));
  return { year, reportDueOn, taskDueOn };
}
