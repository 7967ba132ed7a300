import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Assignment, PlanPeriod, Report, TaskNode } from '../api-types';
import { I18nProvider } from '../../../app/i18n-context';
import { CompletionChart } from './completion-chart';
import { filterTaskTree, flattenTasks, foldText, indexReports, isDueInPeriod, NO_FILTER, limitTaskTree, periodBreakdown, taskCounts, taskPosition, unitsOfTasks, type ShownTask } from './plan-progress';
import { TaskList, type TaskListContext } from './task-tree';

const PERIODS: PlanPeriod[] = [
  { key: '2024-Q1', label: 'Quý I/2024', endsOn: '2024-03-31' },
  { key: '2024-Q2', label: 'Quý II/2024', endsOn: '2024-06-30' },
  { key: '2024-Y', label: 'Cả năm 2024', endsOn: '2024-12-31' },
];
const TODAY = '2024-05-15';

function assignment(unitId: string, unitName: string, status: string): Assignment {
  return { unitId, unitName, carriedBy: null, role: 'lead', requested: false, writtenName: unitName, groupName: null, status, lastReport: null };
}

function task(id: string, code: string, extra: Partial<TaskNode> = {}): TaskNode {
  return { id, code, title: `Nhiệm vụ ${code}`, content: '', deadlineText: null, dueOn: null, status: 'not_started', completion: 0, assignments: [], children: [], ...extra };
}

function report(taskId: string, unitId: string, period: string, extra: Partial<Report> = {}): Report {
  return {
    id: `${taskId}-${unitId}-${period}`, taskId, taskCode: '', taskTitle: '', unitId, unitName: '', carriedBy: null, period, status: 'in_progress', narrative: '', indicators: {},
    evidenceLinks: [], files: [], state: 'submitted', submittedBy: 'Cán bộ', submittedAt: '2024-04-01T00:00:00Z', reviewComment: null, reviewedBy: null, reviewedAt: null, ...extra,
  };
}

// II (heading) > II.1 (overdue, two units, due in Q1), II.2 (in progress, no deadline) > II.2.1 (done)
const TREE: TaskNode[] = [
  task('heading:II', 'II', {
    status: 'heading',
    children: [
      task('t1', 'II.1', { status: 'overdue', dueOn: '2024-03-15', assignments: [assignment('stp', 'Sở Tư pháp', 'overdue'), assignment('stttt', 'Sở Thông tin và Truyền thông', 'done')] }),
      task('t2', 'II.2', {
        status: 'in_progress',
        assignments: [assignment('stttt', 'Sở Thông tin và Truyền thông', 'in_progress')],
        children: [task('t3', 'II.2.1', { status: 'done', completion: 1, assignments: [assignment('byb', 'Báo Yên Bái', 'done')] })],
      }),
    ],
  }),
];

describe('plan progress', () => {
  it('lists tasks without headings and the assigned units in Vietnamese order', () => {
    expect(flattenTasks(TREE).map((t) => t.code)).toEqual(['II.1', 'II.2', 'II.2.1']);
    expect(unitsOfTasks(TREE).map((u) => u.name)).toEqual(['Báo Yên Bái', 'Sở Thông tin và Truyền thông', 'Sở Tư pháp']);
  });

  it('folds Vietnamese for the unit search', () => {
    expect(foldText('Sở Tư pháp ĐBSCL')).toBe('so tu phap dbscl');
    expect(foldText('Báo Yên Bái').includes(foldText('yen bai'))).toBe(true);
  });

  it('filters by unit, status and period, keeping the parents of matching sub-tasks as context', () => {
    const byUnit = filterTaskTree(TREE, { ...NO_FILTER, unitId: 'byb' }, PERIODS);
    expect(byUnit.count).toBe(1);
    const ii = byUnit.nodes[0]!;
    expect(ii.code).toBe('II');
    expect(ii.children.map((c) => [c.code, c.isContext])).toEqual([['II.2', true]]);
    expect(ii.children[0]!.children.map((c) => c.code)).toEqual(['II.2.1']);

    expect(filterTaskTree(TREE, { ...NO_FILTER, status: 'overdue' }, PERIODS).count).toBe(1);
    expect(filterTaskTree(TREE, { ...NO_FILTER, unitId: 'stttt', status: 'in_progress' }, PERIODS).count).toBe(1);
    // with a unit chosen, its own part decides: II.1 is overdue as a whole, but done by Sở Thông tin và Truyền thông
    expect(filterTaskTree(TREE, { ...NO_FILTER, unitId: 'stttt', status: 'done' }, PERIODS).nodes.flatMap((n) => n.children.map((c) => c.code))).toEqual(['II.1']);
    expect(filterTaskTree(TREE, { ...NO_FILTER, unitId: 'stttt', status: 'overdue' }, PERIODS).count).toBe(0);
    expect(filterTaskTree(TREE, { ...NO_FILTER, unitId: 'nobody' }, PERIODS)).toEqual({ nodes: [], count: 0 });
    // II.1 was due in Q1: not expected to report in Q2
    const q2 = filterTaskTree(TREE, { ...NO_FILTER, period: '2024-Q2' }, PERIODS);
    expect((flattenTasks(q2.nodes) as ShownTask[]).filter((t) => !t.isContext).map((t) => t.code)).toEqual(['II.2', 'II.2.1']);
    expect(filterTaskTree(TREE, NO_FILTER, PERIODS).count).toBe(3);
  });

  it('cuts a long tree to its first tasks in reading order, keeping their headings, and finds a task’s place', () => {
    const all = filterTaskTree(TREE, NO_FILTER, PERIODS).nodes;
    const two = limitTaskTree(all, 2);
    expect(two.shown).toBe(2);
    expect(flattenTasks(two.nodes).map((t) => t.code)).toEqual(['II.1', 'II.2']);
    expect(two.nodes[0]!.code).toBe('II');
    expect(limitTaskTree(all, 50).shown).toBe(3);
    expect(taskPosition(all, 't3')).toBe(3);
    expect(taskPosition(all, 'heading:II')).toBe(0);
    // a context task is not counted: only the matching sub-task is
    const byUnit = filterTaskTree(TREE, { ...NO_FILTER, unitId: 'byb' }, PERIODS).nodes;
    expect(taskPosition(byUnit, 't3')).toBe(1);
    expect(limitTaskTree(byUnit, 1).shown).toBe(1);
  });

  it('tells which tasks report in a period from their deadline', () => {
    const t1 = flattenTasks(TREE)[0]!;
    expect(isDueInPeriod(t1, PERIODS[0]!)).toBe(true);
    expect(isDueInPeriod(t1, PERIODS[1]!)).toBe(false);
    expect(isDueInPeriod(t1, PERIODS[2]!)).toBe(true);
  });

  it('counts a task’s units, done and late overall, and reports of one period', () => {
    const [t1, t2] = flattenTasks(TREE);
    expect(taskCounts(t1!, { today: TODAY })).toEqual({ units: 2, done: 1, late: 1, reported: null });
    const reports = indexReports([
      report('t1', 'stttt', '2024-Q1', { status: 'done', state: 'accepted' }),
      // a returned report does not count, the newer one decides
      report('t2', 'stttt', '2024-Q2', { state: 'returned', submittedAt: '2024-05-01T00:00:00Z' }),
    ]);
    expect(taskCounts(t1!, { today: TODAY, period: PERIODS[0], reports })).toEqual({ units: 2, done: 1, late: 1, reported: 1 });
    expect(taskCounts(t2!, { today: TODAY, period: PERIODS[1], reports })).toEqual({ units: 1, done: 0, late: 0, reported: 0 });
  });

  it('breaks each period down into done, in progress, not started and overdue over the units expected to report', () => {
    const reports = indexReports([
      report('t1', 'stttt', '2024-Q1', { status: 'done', state: 'accepted' }),
      report('t2', 'stttt', '2024-Q1'),
      report('t3', 'byb', '2024-Q2', { status: 'done', state: 'submitted' }),
    ]);
    const rows = periodBreakdown(TREE, PERIODS, reports, TODAY).map(({ period, ...b }) => [period.key, b]);
    expect(rows).toEqual([
      // Q1 is over: the Sở Tư pháp (II.1) and Báo Yên Bái (II.2.1) reports never came
      ['2024-Q1', { done: 1, inProgress: 1, notStarted: 0, overdue: 2 }],
      // Q2 runs: II.1 is not expected any more; a "done" report not yet accepted is in progress
      ['2024-Q2', { done: 0, inProgress: 1, notStarted: 1, overdue: 0 }],
      ['2024-Y', { done: 0, inProgress: 0, notStarted: 4, overdue: 0 }],
    ]);
  });
});

function renderTree(open: string[] = [], period: PlanPeriod | null = null) {
  const reports = indexReports([report('t1', 'stttt', '2024-Q1', { status: 'done', state: 'accepted' })]);
  const ctx: TaskListContext = {
    periods: PERIODS,
    period,
    counts: (t) => taskCounts(t, { today: TODAY, period, reports }),
    isOpen: (id) => open.includes(id),
    onToggle: () => undefined,
  };
  return renderToStaticMarkup(
    <I18nProvider>
      <TaskList tasks={filterTaskTree(TREE, NO_FILTER, PERIODS).nodes} ctx={ctx} labelledBy="tasks" />
    </I18nProvider>,
  );
}

describe('task list', () => {
  it('shows each task collapsed as a disclosure button with one status badge and its counts, no unit details', () => {
    const html = renderTree();
    expect(html).toContain('<button type="button" id="task-t1-head" class="task-row__toggle" aria-expanded="false" aria-controls="task-t1-details">');
    expect(html).toContain('<div id="task-t1-details" class="task-row__details" hidden="">');
    expect(html).toContain('2 đơn vị · 1 hoàn thành · 1/2 đơn vị quá hạn');
    expect(html).toContain('Thời hạn: 15/03/2024');
    // one "Quá hạn" badge for the overdue task, none per unit
    expect(html.match(/status-badge--overdue/g)).toHaveLength(1);
    expect(html).not.toContain('Sở Tư pháp');
    // a heading is not a button
    expect(html).toMatch(/<p id="task-heading:II-head" class="task-tree__head task-tree__head--group"><span class="task-tree__code">II<\/span>/);
  });

  it('shows the units of an open task, their status as text', () => {
    const html = renderTree(['t1']);
    expect(html).toContain('aria-expanded="true" aria-controls="task-t1-details"');
    expect(html).toMatch(/<div id="task-t1-details" class="task-row__details">/);
    expect(html).toContain('<span class="assignment__unit">Sở Tư pháp</span>');
    expect(html).toContain('<span class="assignment__status assignment__status--overdue">Tình trạng: Quá hạn</span>');
    expect(html.match(/status-badge--overdue/g)).toHaveLength(1);
  });

  it('counts the reports of the chosen period', () => {
    const html = renderTree([], PERIODS[0]!);
    expect(html).toContain('2 đơn vị · 1/2 đã báo cáo Quý I/2024 · 1 chưa báo cáo khi hết kỳ');
  });
});

describe('completion chart', () => {
  it('is a chart named for what it shows above a table whose rows give the counts and rate, with "show all" past the limit', () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({ key: `u${i}`, label: `Đơn vị ${i}`, done: i, inProgress: 1, notStarted: 2, overdue: 1 }));
    const html = renderToStaticMarkup(
      <I18nProvider>
        <CompletionChart caption="Mức độ hoàn thành theo đơn vị" rowHeader="Đơn vị" rows={rows} limit={10} />
      </I18nProvider>,
    );
    expect(html).toContain('<caption class="dt-table__caption">Mức độ hoàn thành theo đơn vị</caption>');
    expect(html.match(/<tr>/g)).toHaveLength(11);
    // the picture (drawn in the browser) names itself and points to the numbers; the table holds them
    expect(html).toContain('<div class="bar-chart" role="img" aria-label="Mức độ hoàn thành theo đơn vị: biểu đồ; các con số ở bảng ngay dưới">');
    // Đơn vị 4: 4 done of 8 → 50 %
    expect(html).toMatch(/<th scope="row">Đơn vị 4<\/th><td class="num">4<\/td><td class="num">1<\/td><td class="num">2<\/td><td class="num">1<\/td><td class="num">8<\/td><td class="num">50%<\/td>/);
    expect(html).toContain('aria-expanded="false"');
    expect(html).toContain('Hiện tất cả 12 đơn vị');
  });
});
