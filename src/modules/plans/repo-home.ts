import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { plans, planTasks, progressReports } from './tables';

// Part of the module's repository: the reads the notifications module (home page, event scan) needs.

/** A progress report with the names of its task and plan, for notifications and the home page. */
export interface ReportContext {
  id: string;
  unitId: string;
  period: string;
  state: string;
  reviewComment: string | null;
  submittedAt: string;
  taskId: string;
  taskTitle: string;
  planId: string;
  planTitle: string;
  planNumber: string | null;
}

const contextColumns = {
  id: progressReports.id,
  unitId: progressReports.unitId,
  period: progressReports.period,
  state: progressReports.state,
  reviewComment: progressReports.reviewComment,
  submittedAt: progressReports.submittedAt,
  taskId: planTasks.id,
  taskTitle: planTasks.title,
  planId: plans.id,
  planTitle: plans.title,
  planNumber: plans.number,
};

/** The given reports with their task and plan. */
export async function reportsWithContext(db: Executor, ids: string[]): Promise<ReportContext[]> {
  if (ids.length === 0) return [];
  return db
    .select(contextColumns)
    .from(progressReports)
    .innerJoin(planTasks, eq(planTasks.id, progressReports.taskId))
    .innerJoin(plans, eq(plans.id, planTasks.planId))
    .where(inArray(progressReports.id, ids));
}

/** Reports waiting for the coordinator's review: how many, and the longest-waiting few. */
export async function submittedReports(db: Executor, limit: number, unitIds: string[] | null = null): Promise<{ total: number; items: ReportContext[] }> {
  if (unitIds !== null && unitIds.length === 0) return { total: 0, items: [] };
  const where = unitIds === null ? eq(progressReports.state, 'submitted') : and(eq(progressReports.state, 'submitted'), inArray(progressReports.unitId, unitIds));
  const [items, totals] = await Promise.all([
    db
      .select(contextColumns)
      .from(progressReports)
      .innerJoin(planTasks, eq(planTasks.id, progressReports.taskId))
      .innerJoin(plans, eq(plans.id, planTasks.planId))
      .where(where)
      .orderBy(asc(progressReports.submittedAt))
      .limit(limit),
    // served by progress_reports_state_idx
    db.select({ n: count() }).from(progressReports).where(where),
  ]);
  return { total: Number(totals[0]?.n ?? 0), items };
}

/** Reports waiting for review, per plan (of `planIds`, or of every plan when omitted), with the plan's names; plans without any are left out. */
export async function submittedCountsByPlan(db: Executor, planIds?: string[]): Promise<Map<string, { n: number; planTitle: string; planNumber: string | null }>> {
  if (planIds && planIds.length === 0) return new Map();
  const where = planIds ? and(eq(progressReports.state, 'submitted'), inArray(planTasks.planId, planIds)) : eq(progressReports.state, 'submitted');
  const rows = await db
    .select({ planId: plans.id, planTitle: plans.title, planNumber: plans.number, n: count() })
    .from(progressReports)
    .innerJoin(planTasks, eq(planTasks.id, progressReports.taskId))
    .innerJoin(plans, eq(plans.id, planTasks.planId))
    .where(where)
    .groupBy(plans.id, plans.title, plans.number);
  return new Map(rows.map((r) => [r.planId, { n: Number(r.n), planTitle: r.planTitle, planNumber: r.planNumber }]));
}
