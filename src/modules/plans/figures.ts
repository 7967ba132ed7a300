import type { Executor } from '../../platform/db';
import { INDICATORS } from './indicators';
import { periodLabel } from './periods';
import type { PlanView } from './plan-view';
import type { ReportRow } from './repo';

/** One figure of the annual report and the records behind it (every figure in the office links to them). */
export interface Figure {
  code: string;
  label: string;
  value: number;
  /** For a percentage or a ratio, how many things it is taken over; 0 prints "—" in the documents, not "0". */
  outOf?: number;
  /** The records behind the figure, built only when someone asks (the office's figure page). */
  records: () => FigureRecord[];
}

export interface FigureRecord {
  kind: 'task' | 'report' | string;
  id: string;
  title: string;
  unitName: string | null;
  value: number | null;
  href: string;
}

/** Other modules add their counts for a plan's year here, through their own index.ts (issue 3 §4). */
export type FigureSource = (ctx: { db: Executor; year: number; planId: string }) => Promise<Figure[]>;
const sources: FigureSource[] = [];

/** Registers a module's contribution to the annual results report. */
export function registerFigureSource(source: FigureSource): void {
  sources.push(source);
}

/**
 * The accepted report that counts for each (task, unit): the whole-year report when there is one, otherwise all
 * quarterly reports summed — never both, so a figure is not counted twice.
 */
export function countingReports(reports: ReportRow[]): ReportRow[] {
  const newer = (map: Map<string, ReportRow>, key: string, r: ReportRow) => {
    const prev = map.get(key);
    if (!prev || prev.submittedAt < r.submittedAt) map.set(key, r);
  };
  const yearly = new Map<string, ReportRow>();
  const quarterly = new Map<string, ReportRow>();
  for (const r of reports) {
    if (r.state !== 'accepted') continue;
    if (r.period.endsWith('-Y')) newer(yearly, `${r.taskId}|${r.unitId}`, r);
    else newer(quarterly, `${r.taskId}|${r.unitId}|${r.period}`, r);
  }
  return [...yearly.values(), ...[...quarterly.values()].filter((r) => !yearly.has(`${r.taskId}|${r.unitId}`))];
}

/** Figures computed from the plan's own records, then those of the registered sources. */
export async function computeFigures(db: Executor, view: PlanView): Promise<Figure[]> {
  const base = `/office/plans/${view.plan.id}`;
  const unitName = (id: string) => view.dir.unit(id)?.name ?? id;
  const taskById = new Map(view.tasks.map((t) => [t.id, t]));
  const taskRecord = (t: PlanView['progress']['tasks'][number]): FigureRecord => ({ kind: 'task', id: t.task.id, title: `${t.task.code}. ${t.task.title}`, unitName: null, value: null, href: `${base}#task-${t.task.id}` });
  const reportRecord = (r: ReportRow, value: number | null): FigureRecord => ({ kind: 'report', id: r.id, title: `${taskById.get(r.taskId)?.code ?? ''} · ${periodLabel(r.period)}`, unitName: unitName(r.unitId), value, href: `${base}#report-${r.id}` });
  const tasks = view.progress.tasks;
  const counting = countingReports(view.reports);
  const figures: Figure[] = [
    { code: 'tasks.total', label: 'Nhiệm vụ trong kế hoạch', value: tasks.length, records: () => tasks.map(taskRecord) },
    { code: 'tasks.done', label: 'Nhiệm vụ đã hoàn thành', value: tasks.filter((t) => t.status === 'done').length, records: () => tasks.filter((t) => t.status === 'done').map(taskRecord) },
    { code: 'tasks.overdue', label: 'Nhiệm vụ quá hạn chưa hoàn thành', value: tasks.filter((t) => t.status === 'overdue').length, records: () => tasks.filter((t) => t.status === 'overdue').map(taskRecord) },
    { code: 'units.assigned', label: 'Đơn vị được giao nhiệm vụ', value: view.progress.units.length, records: () => view.progress.units.map((u) => ({ kind: 'unit', id: u.unitId, title: unitName(u.unitId), unitName: unitName(u.unitId), value: u.tasks, href: `/office/org/${u.unitId}` })) },
    { code: 'reports.accepted', label: 'Báo cáo tiến độ đã được chấp nhận', value: view.reports.filter((r) => r.state === 'accepted').length, records: () => view.reports.filter((r) => r.state === 'accepted').map((r) => reportRecord(r, null)) },
    { code: 'reports.pending', label: 'Báo cáo tiến độ chờ xem xét', value: view.reports.filter((r) => r.state === 'submitted').length, records: () => view.reports.filter((r) => r.state === 'submitted').map((r) => reportRecord(r, null)) },
  ];
  for (const ind of INDICATORS) {
    const rows = counting.filter((r) => typeof r.indicators[ind.code] === 'number');
    // the source is named: the network, the press orders and others report figures of the same names from their records
    figures.push({ code: ind.code, label: `${ind.label} (${ind.unit}, theo báo cáo của các đơn vị)`, value: rows.reduce((s, r) => s + (r.indicators[ind.code] ?? 0), 0), records: () => rows.map((r) => reportRecord(r, r.indicators[ind.code] ?? 0)) });
  }
  for (const source of sources) figures.push(...(await source({ db, year: view.plan.year, planId: view.plan.id })));
  return figures;
}
