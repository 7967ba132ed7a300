/**
 * Plan tasks as other modules link them (an order to the press, a training course, a press conference): the
 * choices for a form's picker and one task named with its plan. Modules read plans through these, not its tables.
 */
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { plans, planTasks } from './tables';

export interface PlanTaskChoices {
  id: string;
  /** "9/KH-UBND — Kế hoạch …" when the plan has a number. */
  title: string;
  year: number;
  tasks: { id: string; code: string; title: string }[];
}

/** The 50 newest plans (newest year first) with their tasks in document order, for a form's task picker. */
export async function planTaskChoices(db: Executor): Promise<PlanTaskChoices[]> {
  const ps = await db.select({ id: plans.id, title: plans.title, year: plans.year, number: plans.number }).from(plans).orderBy(desc(plans.year), desc(plans.createdAt)).limit(50);
  if (ps.length === 0) return [];
  const ts = await db
    .select({ id: planTasks.id, planId: planTasks.planId, code: planTasks.code, title: planTasks.title })
    .from(planTasks)
    .where(inArray(planTasks.planId, ps.map((p) => p.id)))
    .orderBy(asc(planTasks.position));
  return ps.map((p) => ({ id: p.id, title: p.number ? `${p.number} — ${p.title}` : p.title, year: p.year, tasks: ts.filter((t) => t.planId === p.id).map(({ id, code, title }) => ({ id, code, title })) }));
}

export interface LinkedPlanTask {
  id: string;
  code: string;
  title: string;
  planId: string;
  planTitle: string;
  planNumber: string | null;
  planYear: number;
}

/** A plan task with its plan's number, title and year, or null when there is no such task. */
export async function findLinkedPlanTask(db: Executor, taskId: string): Promise<LinkedPlanTask | null> {
  const rows = await db
    .select({ id: planTasks.id, code: planTasks.code, title: planTasks.title, planId: plans.id, planTitle: plans.title, planNumber: plans.number, planYear: plans.year })
    .from(planTasks)
    .innerJoin(plans, eq(plans.id, planTasks.planId))
    .where(eq(planTasks.id, taskId))
    .limit(1);
  return rows[0] ?? null;
}
