import type { Executor } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { ruleAt } from '../../platform/rules';
import { getDirectory, type Directory } from '../organisations';
import { periodsOfYear, type Period } from './periods';
import { computeProgress, type TaskProgress, type UnitProgress } from './progress';
import { assignmentsOfPlan, findPlan, narrativesOf, reportsOfPlan, tasksOfPlan, type AssignmentRow, type PlanRow, type ReportRow, type TaskRow } from './repo';

export interface PlanView {
  plan: PlanRow;
  tasks: TaskRow[];
  assignments: AssignmentRow[];
  reports: ReportRow[];
  progress: { tasks: TaskProgress[]; units: UnitProgress[] };
  periods: Period[];
  dir: Directory;
  /** The day `progress` was computed for. */
  today: string;
  /** Narratives by report id; loaded on demand when the view was read without them. */
  texts: (ids: string[]) => Promise<Map<string, string>>;
}

/** Everything the plan page and the annual report need, read once. */
export async function loadPlanView(db: Executor, planId: string, today: string, opts: { withText?: boolean } = {}): Promise<PlanView> {
  const plan = await findPlan(db, planId);
  if (!plan) throw notFound('kế hoạch');
  const [tasks, assignments, reports, dir, codes] = await Promise.all([
    tasksOfPlan(db, planId),
    assignmentsOfPlan(db, planId),
    reportsOfPlan(db, planId, undefined, { withText: opts.withText }),
    getDirectory(db),
    ruleAt<string[]>(db, 'plan.report.periods', `${plan.year}-01-01`),
  ]);
  const byId = new Map(reports.map((r) => [r.id, r.narrative]));
  const texts = opts.withText === false ? (ids: string[]) => narrativesOf(db, ids) : async (ids: string[]) => new Map(ids.map((id) => [id, byId.get(id) ?? '']));
  return { plan, tasks, assignments, reports, progress: computeProgress(tasks, assignments, reports, today), periods: periodsOfYear(plan.year, codes), dir, texts, today };
}
