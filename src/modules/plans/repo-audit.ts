import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { plans, planTasks, progressReports } from './tables';

/** Plans by id (number and title), for the audit log. */
export async function plansByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: plans.id, number: plans.number, title: plans.title }).from(plans).where(inArray(plans.id, ids));
}

/** Tasks by id with their plan, for the audit log. */
export async function tasksByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: planTasks.id, planId: planTasks.planId, code: planTasks.code, title: planTasks.title }).from(planTasks).where(inArray(planTasks.id, ids));
}

/** Reports by id with their task and plan, for the audit log. */
export async function reportsByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: progressReports.id, unitId: progressReports.unitId, period: progressReports.period, planId: planTasks.planId, code: planTasks.code })
    .from(progressReports)
    .innerJoin(planTasks, eq(planTasks.id, progressReports.taskId))
    .where(inArray(progressReports.id, ids));
}
