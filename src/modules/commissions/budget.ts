import type { Executor } from '../../platform/db';
import { budgetUse, tasksOfPlan, type CommissionRow } from './repo';

/** How an order stands against its plan task's budget for its year (DH-02). */
export interface BudgetCheck {
  allocated: number | null;
  /** Signed orders of the same task and year, this one left out. */
  committedByOthers: number;
  remaining: number | null;
  /** How far this order's total goes over what remains (0 when it fits; the whole total when nothing is allocated). */
  overBy: number;
}

/** The budget check of an order with a plan task; null for an order linked to a policy only (no budget line). */
export async function budgetCheckOf(db: Executor, c: Pick<CommissionRow, 'id' | 'planTaskId' | 'budgetYear' | 'totalAmount'>): Promise<BudgetCheck | null> {
  if (!c.planTaskId) return null;
  const use = (await budgetUse(db, [c.planTaskId], c.budgetYear, c.id)).get(c.planTaskId)!;
  const remaining = use.allocated === null ? null : use.allocated - use.committed;
  const overBy = Math.max(0, c.totalAmount - (remaining ?? 0));
  return { allocated: use.allocated, committedByOthers: use.committed, remaining, overBy };
}

/** The budget page of a plan for a year: per task, allocated, committed, accepted, paid and what remains. */
export async function budgetOfPlan(db: Executor, plan: { id: string; title: string; year: number }, year: number) {
  const tasks = await tasksOfPlan(db, plan.id);
  const use = await budgetUse(db, tasks.map((t) => t.id), year);
  const rows = tasks.map((t) => {
    const u = use.get(t.id)!;
    const remaining = u.allocated === null ? null : u.allocated - u.committed;
    return { id: t.id, code: t.code, title: t.title, allocated: u.allocated, note: u.note, committed: u.committed, accepted: u.accepted, paid: u.paid, remaining, orders: u.orders, isOver: u.committed > (u.allocated ?? 0) };
  });
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
  return { plan, year, tasks: rows, totals: { allocated: sum((r) => r.allocated ?? 0), committed: sum((r) => r.committed), accepted: sum((r) => r.accepted), paid: sum((r) => r.paid) } };
}
