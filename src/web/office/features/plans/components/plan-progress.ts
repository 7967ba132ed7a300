import type { PlanPeriod, Report, TaskNode, TaskStatus } from '../api-types';

/** How many of something are done, in progress, not started and overdue (the four parts of a completion bar). */
export interface Breakdown {
  done: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
}

/** What the task list of the plan page shows: '' means "all". */
export interface TaskFilter {
  unitId: string;
  status: '' | TaskStatus;
  period: string;
}

export const NO_FILTER: TaskFilter = { unitId: '', status: '', period: '' };

/** Counts shown on a collapsed task: assigned units, and among them done and late (overall or for one period). */
export interface TaskCounts {
  units: number;
  done: number;
  late: number;
  /** Units that sent a report (not returned) for the chosen period; null without a period. */
  reported: number | null;
}

/** Reports indexed by task, unit and period: the newest one that was not returned. */
export type ReportIndex = Map<string, Report>;

const key = (taskId: string, unitId: string, period: string) => `${taskId}|${unitId}|${period}`;

/** Indexes reports by task × unit × period, keeping the newest that was not returned (it decides, as on the server). */
export function indexReports(reports: readonly Report[]): ReportIndex {
  const index: ReportIndex = new Map();
  for (const r of reports) {
    if (r.state === 'returned') continue;
    const k = key(r.taskId, r.unitId, r.period);
    const prev = index.get(k);
    if (!prev || (prev.submittedAt ?? '') <= (r.submittedAt ?? '')) index.set(k, r);
  }
  return index;
}

/** First day of a period, from its key ("2024-Q3" → 2024-07-01, "2024-Y" → 2024-01-01); null when unknown. */
export function periodStart(period: PlanPeriod): string | null {
  const q = /^(\d{4})-Q([1-4])$/.exec(period.key);
  if (q) return `${q[1]}-${String((Number(q[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  const y = /^(\d{4})(?:-Y)?$/.exec(period.key);
  return y ? `${y[1]}-01-01` : null;
}

/** Whether a task is expected to report in a period: it has no deadline, or its deadline is not before the period. */
export function isDueInPeriod(task: TaskNode, period: PlanPeriod): boolean {
  const start = periodStart(period);
  return !task.dueOn || !start || task.dueOn >= start;
}

/** Every task of a tree (headings left out), depth first. */
export function flattenTasks(nodes: readonly TaskNode[]): TaskNode[] {
  return nodes.flatMap((n) => [...(n.status === 'heading' ? [] : [n]), ...flattenTasks(n.children ?? [])]);
}

/** The units assigned anywhere in the plan, by name (Vietnamese order). */
export function unitsOfTasks(nodes: readonly TaskNode[]): { id: string; name: string }[] {
  const units = new Map<string, string>();
  for (const t of flattenTasks(nodes)) for (const a of t.assignments ?? []) units.set(a.unitId, a.unitName);
  return [...units].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** Where one assignment stands in a period: its report for that period decides; no report after the period is overdue. */
function periodStatus(report: Report | undefined, period: PlanPeriod, today: string): keyof Breakdown {
  if (report) return report.status === 'done' && report.state === 'accepted' ? 'done' : 'inProgress';
  return period.endsOn < today ? 'overdue' : 'notStarted';
}

/** Counts shown on a collapsed task (see {@link TaskCounts}). */
export function taskCounts(task: TaskNode, opts: { period?: PlanPeriod | null; reports?: ReportIndex; today: string }): TaskCounts {
  const assignments = task.assignments ?? [];
  const { period, reports, today } = opts;
  if (!period || !reports) {
    return {
      units: assignments.length,
      done: assignments.filter((a) => a.status === 'done').length,
      late: assignments.filter((a) => a.status === 'overdue').length,
      reported: null,
    };
  }
  const statuses = assignments.map((a) => periodStatus(reports.get(key(task.id, a.unitId, period.key)), period, today));
  return {
    units: assignments.length,
    done: statuses.filter((s) => s === 'done').length,
    late: statuses.filter((s) => s === 'overdue').length,
    reported: assignments.filter((a) => reports.has(key(task.id, a.unitId, period.key))).length,
  };
}

/**
 * Completion per reporting period, over every unit × task expected to report in it: done (the period's report says
 * done and was accepted), in progress (a report was sent), overdue (the period is over without a report) or not
 * started.
 */
export function periodBreakdown(nodes: readonly TaskNode[], periods: readonly PlanPeriod[], reports: ReportIndex, today: string): (Breakdown & { period: PlanPeriod })[] {
  const tasks = flattenTasks(nodes);
  return periods.map((period) => {
    const b: Breakdown = { done: 0, inProgress: 0, notStarted: 0, overdue: 0 };
    for (const task of tasks) {
      if (!isDueInPeriod(task, period)) continue;
      for (const a of task.assignments ?? []) b[periodStatus(reports.get(key(task.id, a.unitId, period.key)), period, today)]++;
    }
    return { ...b, period };
  });
}

/** A node of the filtered tree; `isContext` marks a task kept only because one of its sub-tasks matches. */
export interface ShownTask extends TaskNode {
  children: ShownTask[];
  isContext?: boolean;
}

function matches(task: TaskNode, filter: TaskFilter, period: PlanPeriod | null): boolean {
  if (filter.unitId) {
    const parts = (task.assignments ?? []).filter((a) => a.unitId === filter.unitId);
    if (parts.length === 0) return false;
    // with a unit chosen, the status asked for is that unit's own part: the whole task stays "overdue" while any unit is late
    if (filter.status && !parts.some((a) => a.status === filter.status)) return false;
  } else if (filter.status && task.status !== filter.status) return false;
  if (period && !isDueInPeriod(task, period)) return false;
  return true;
}

/**
 * The task tree reduced to the tasks that match the filter; a task that does not match stays as a heading when one
 * of its sub-tasks matches, so the numbering still reads. Returns the tree and how many tasks match.
 */
export function filterTaskTree(nodes: readonly TaskNode[], filter: TaskFilter, periods: readonly PlanPeriod[]): { nodes: ShownTask[]; count: number } {
  const period = periods.find((p) => p.key === filter.period) ?? null;
  const isFiltering = Boolean(filter.status || filter.unitId || period);
  let count = 0;
  const walk = (list: readonly TaskNode[]): ShownTask[] =>
    list.flatMap((n) => {
      const children = walk(n.children ?? []);
      const isTask = n.status !== 'heading';
      const isMatch = isTask && (!isFiltering || matches(n, filter, period));
      if (isMatch) count++;
      if (isMatch) return [{ ...n, children }];
      if (children.length > 0) return [{ ...n, children, isContext: isTask }];
      return [];
    });
  const out = walk(nodes);
  return { nodes: out, count };
}


/** How many assignments a breakdown counts. */
export function total(b: Breakdown): number {
  return b.done + b.inProgress + b.notStarted + b.overdue;
}

/** Text folded for searching: lower case, without Vietnamese tone marks and with đ as d ("Sở Tư pháp" → "so tu phap"). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/**
 * The first `max` tasks of a (filtered) tree in reading order, with the headings and context tasks above them, so a
 * long plan renders a page at a time. Returns the cut tree and how many tasks it shows.
 */
export function limitTaskTree(nodes: readonly ShownTask[], max: number): { nodes: ShownTask[]; shown: number } {
  let shown = 0;
  const walk = (list: readonly ShownTask[]): ShownTask[] => {
    const out: ShownTask[] = [];
    for (const n of list) {
      if (shown >= max) break;
      const isCounted = n.status !== 'heading' && !n.isContext;
      if (isCounted) shown++;
      const children = walk(n.children);
      if (isCounted || children.length > 0) out.push({ ...n, children });
    }
    return out;
  };
  return { nodes: walk(nodes), shown };
}

/** 1-based place of a task among the counted tasks of a tree in reading order; 0 when it is not there. */
export function taskPosition(nodes: readonly ShownTask[], id: string): number {
  let place = 0;
  const walk = (list: readonly ShownTask[]): boolean =>
    list.some((n) => {
      if (n.status !== 'heading' && !n.isContext) {
        place++;
        if (n.id === id) return true;
      }
      return walk(n.children);
    });
  return walk(nodes) ? place : 0;
}
