import type { Executor } from '../../platform/db';
import { ruleAt } from '../../platform/rules';
import { periodNamed, type ParsedPlan } from './parser';
import { dueOnOf } from './periods';

/** The dates an import gives a plan: its year, the report's due date and each task's due date (same order as tasks). */
export interface PlanDueDates {
  year: number;
  /** True when the document names no year (no issue date, no "năm 2026", no period) and the day of reading gave it. */
  yearAssumed: boolean;
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
  // The year the plan is for (its title's "năm 2026", else its issue date, else the first year of the period its title
  // names, "giai đoạn 2026 - 2030"); the day of reading only when it names none, and the preview then says so.
  const period = plan.year == null && !plan.issuedOn && plan.title ? periodNamed(plan.title) : null;
  const year = plan.year ?? (plan.issuedOn ? Number(plan.issuedOn.slice(0, 4)) : (period?.from ?? Number(at.slice(0, 4))));
  const yearAssumed = plan.year == null && !plan.issuedOn && period === null;
  // work with no deadline of its own lasts the plan: to the report's due date, else the end of its year or period
  const lastDay = `${period?.to ?? year}-12-31`;
  const reportDueOn = plan.reportDeadline ? dueOnOf(plan.reportDeadline, { year, fallback: null, beforeOffsetDays, writtenBefore: true }) : null;
  const taskDueOn = plan.tasks.map((t) =>
    dueOnOf(t.deadline, { year, fallback: reportDueOn ?? lastDay, beforeOffsetDays, writtenBefore: /^(?:hoàn thành\s+)?trước\b/iu.test(t.deadlineWritten ?? '') || /trước ngày/i.test(t.content) }));
  return { year, yearAssumed, reportDueOn, taskDueOn };
}
