import type { AssignmentRow, ReportRow, TaskRow } from './repo';

export type TaskStatus = 'not_started' | 'in_progress' | 'done' | 'overdue';

export interface AssignmentProgress {
  assignment: AssignmentRow;
  status: TaskStatus;
  lastReport: ReportRow | null;
}

export interface TaskProgress {
  task: TaskRow;
  status: TaskStatus;
  completion: number;
  assignments: AssignmentProgress[];
}

export interface UnitProgress {
  unitId: string;
  tasks: number;
  done: number;
  inProgress: number;
  overdue: number;
  completion: number;
}

/**
 * Works out where each assignment stands from its reports: the newest report that was not returned decides;
 * "done" counts only once accepted; past the due date without "done" is overdue.
 */
export function computeProgress(tasks: TaskRow[], assignments: AssignmentRow[], reports: ReportRow[], today: string): { tasks: TaskProgress[]; units: UnitProgress[] } {
  const latest = new Map<string, ReportRow>();
  for (const r of reports) {
    if (r.state === 'returned') continue;
    const key = `${r.taskId}|${r.unitId}`;
    const prev = latest.get(key);
    if (!prev || prev.submittedAt <= r.submittedAt) latest.set(key, r);
  }
  const byTask = new Map<string, AssignmentRow[]>();
  for (const a of assignments) byTask.set(a.taskId, [...(byTask.get(a.taskId) ?? []), a]);

  const taskProgress = tasks.map((task) => {
    const overdue = task.dueOn !== null && task.dueOn < today;
    const list = (byTask.get(task.id) ?? []).map((assignment) => {
      const lastReport = latest.get(`${task.id}|${assignment.unitId}`) ?? null;
      let status: TaskStatus = 'not_started';
      if (lastReport?.status === 'done' && lastReport.state === 'accepted') status = 'done';
      else if (lastReport) status = 'in_progress';
      if (status !== 'done' && overdue) status = 'overdue';
      return { assignment, status, lastReport };
    });
    const leads = list.filter((a) => a.assignment.role === 'lead');
    const deciding = leads.length ? leads : list;
    const done = deciding.filter((a) => a.status === 'done').length;
    const completion = deciding.length ? done / deciding.length : 0;
    let status: TaskStatus = 'not_started';
    if (deciding.length && done === deciding.length) status = 'done';
    else if (list.some((a) => a.status === 'in_progress' || a.status === 'done')) status = 'in_progress';
    if (status !== 'done' && overdue) status = 'overdue';
    return { task, status, completion, assignments: list };
  });

  const units = new Map<string, UnitProgress>();
  for (const t of taskProgress) {
    for (const a of t.assignments) {
      const u = units.get(a.assignment.unitId) ?? { unitId: a.assignment.unitId, tasks: 0, done: 0, inProgress: 0, overdue: 0, completion: 0 };
      u.tasks++;
      if (a.status === 'done') u.done++;
      else if (a.status === 'in_progress') u.inProgress++;
      else if (a.status === 'overdue') u.overdue++;
      units.set(u.unitId, u);
    }
  }
  for (const u of units.values()) u.completion = u.tasks ? u.done / u.tasks : 0;
  return { tasks: taskProgress, units: [...units.values()] };
}

/**
 * The reports as they stood at the end of `date` (Vietnam time): only those submitted by then, and a review made
 * after that day undone (the report was still waiting for it), so a report dated 19/11/2024 counts what existed on
 * 19/11/2024 whatever day it is printed.
 */
export function reportsAsOf(reports: ReportRow[], date: string): ReportRow[] {
  // the last instant of the day in Vietnam (UTC+7, no daylight saving time)
  const end = Date.parse(`${date}T23:59:59.999+07:00`);
  const after = (at: string) => Date.parse(at) > end;
  return reports
    .filter((r) => !after(r.submittedAt))
    .map((r) => (r.state !== 'submitted' && r.reviewedAt && after(r.reviewedAt) ? { ...r, state: 'submitted', reviewedAt: null, reviewedBy: null, reviewComment: null } : r));
}

/**
 * A task's completion as a whole percentage, the way the plan page's badge rounds it (Math.round of the ratio of
 * deciding assignments done, 0–100); null when nothing decides it (no unit assigned), printed "—".
 */
export function completionPercent(t: Pick<TaskProgress, 'completion' | 'assignments'>): number | null {
  if (t.assignments.length === 0) return null;
  return Math.round(Math.min(1, Math.max(0, t.completion)) * 100);
}
