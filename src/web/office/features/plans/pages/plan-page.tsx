import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { can, useMe } from '../../../app/session';
import { Alert, Button, PageHeader } from '../../../../ui';
import { plansQueries, refreshPlan } from '../api';
import type { PlanDetail, Report, TaskNode } from '../api-types';
import { AllReports } from '../components/all-reports';
import { AnnualReportForm } from '../components/annual-report-form';
import { AsyncView, EmptyText, type QueryView } from '../../../app/components/async-view';
import { ChartLegend, CompletionChart } from '../components/completion-chart';
import { PlanFacts } from '../components/plan-facts';
import { PlanFigures } from '../components/plan-figures';
import { docKindText } from '../components/plan-text';
import { taskAnchor, usePlanFragment } from '../components/plan-fragment';
import { filterTaskTree, flattenTasks, indexReports, limitTaskTree, NO_FILTER, periodBreakdown, taskCounts, taskPosition, unitsOfTasks, type TaskFilter } from '../components/plan-progress';
import { ReviewQueue } from '../components/review-queue';
import { TaskFilters } from '../components/task-filters';
import { countTasks, TaskList, type TaskListContext } from '../components/task-tree';
import { UnitProgressChart } from '../components/unit-progress-chart';
import { todayIso } from '../../../app/dates';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths, useHash } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';
import './plan-page.css';

/** Tasks rendered at first, and added by each "Hiện thêm": a plan may have 300, a phone shows a few at a time. */
const TASK_PAGE = 50;

/** "Tiến độ thực hiện": the tasks by status in one sentence, then completion by period and by unit. */
function ProgressOverview({ plan, reports }: { plan: PlanDetail; reports: QueryView<{ items: Report[] }> }) {
  const { t } = useI18n();
  const periods = plan.periods;
  const tasks = useMemo(() => flattenTasks(plan.tasks), [plan.tasks]);
  const count = (status: string) => tasks.filter((task) => task.status === status).length;
  const items = reports.data?.items;
  const byPeriod = useMemo(
    () => (items ? periodBreakdown(plan.tasks, periods, indexReports(items), todayIso()) : null),
    [items, plan.tasks, periods],
  );
  return (
    <section className="panel plan-progress" aria-labelledby="plan-progress-title">
      <h2 id="plan-progress-title">{t('planView.progress')}</h2>
      <p>
        {t('planView.summary', { total: tasks.length, done: count('done'), inProgress: count('in_progress'), notStarted: count('not_started'), overdue: count('overdue') })}
      </p>
      <ChartLegend />
      {periods.length > 0 && byPeriod ? (
        <>
          <CompletionChart
            caption={t('planView.byPeriod')}
            rowHeader={t('planView.period')}
            className="period-chart"
            rows={byPeriod.map((row) => ({ ...row, key: row.period.key, label: row.period.label }))}
          />
          <p className="muted chart-note">{t('planView.byPeriodIntro')}</p>
        </>
      ) : null}
      <UnitProgressChart units={plan.units} />
      <p className="muted chart-note">{t('planView.byUnitIntro')}</p>
    </section>
  );
}

/**
 * Which tasks are expanded. The task a "#task-<id>" address points to opens by itself, once per navigation, and
 * `onLinked` runs so the filters can make way for it.
 */
function useOpenTasks(tasks: readonly TaskNode[], onLinked: () => void) {
  const hash = useHash();
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const [seen, setSeen] = useState('');
  if (hash !== seen) {
    setSeen(hash);
    const id = hash.startsWith(taskAnchor('')) ? hash.slice(taskAnchor('').length) : '';
    if (id && flattenTasks(tasks).some((task) => task.id === id)) {
      if (!open.has(id)) setOpen(new Set([...open, id]));
      onLinked();
    }
  }
  const toggle = (id: string) => setOpen((prev) => {
    const next = new Set(prev);
    if (!next.delete(id)) next.add(id);
    return next;
  });
  return { isOpen: (id: string) => open.has(id), toggle };
}

/** "Cây nhiệm vụ": filters, the number of tasks shown, and the collapsed tree. */
function TaskSection({ plan, reports }: { plan: PlanDetail; reports: QueryView<{ items: Report[] }> }) {
  const { t } = useI18n();
  const me = useMe();
  const periods = plan.periods;
  const tasks = plan.tasks;
  const [filter, setFilter] = useState<TaskFilter>(NO_FILTER);
  const [limit, setLimit] = useState(TASK_PAGE);
  const changeFilter = (next: TaskFilter) => {
    setFilter(next);
    setLimit(TASK_PAGE);
  };
  // A linked task is always shown: the filters make way for it.
  const open = useOpenTasks(tasks, () => setFilter(NO_FILTER));
  const hash = useHash();
  const units = useMemo(() => unitsOfTasks(tasks), [tasks]);
  const total = useMemo(() => countTasks(tasks), [tasks]);
  const shown = useMemo(() => filterTaskTree(tasks, filter, periods), [tasks, filter, periods]);
  const linked = hash.startsWith(taskAnchor('')) ? taskPosition(shown.nodes, hash.slice(taskAnchor('').length)) : 0;
  const page = useMemo(() => limitTaskTree(shown.nodes, Math.max(limit, linked)), [shown, limit, linked]);
  const items = reports.data?.items;
  const reportIndex = useMemo(() => (items ? indexReports(items) : undefined), [items]);
  const period = periods.find((p) => p.key === filter.period) ?? null;
  const isFiltered = filter.unitId !== '' || filter.status !== '' || filter.period !== '';
  const today = todayIso();
  const ctx: TaskListContext = {
    periods,
    period: reportIndex ? period : null,
    counts: (task) => taskCounts(task, { period: reportIndex ? period : null, reports: reportIndex, today }),
    isOpen: open.isOpen,
    onToggle: open.toggle,
    dueEditor: can(me, 'plans.import') ? { planId: plan.id } : null,
  };
  return (
    <section className="panel" aria-labelledby="plan-tasks-title">
      <h2 id="plan-tasks-title">{t('plan.tasks')}</h2>
      {tasks.length === 0 ? (
        <EmptyText />
      ) : (
        <>
          <TaskFilters filter={filter} onChange={changeFilter} units={units} periods={periods} />
          <p className="muted" role="status">
            {isFiltered ? t('planView.shown', { shown: shown.count, total }) : t('plan.taskCount', { count: total })}
          </p>
          {shown.nodes.length === 0 ? <EmptyText text={t('planView.noMatch')} /> : <TaskList tasks={page.nodes} ctx={ctx} labelledBy="plan-tasks-title" />}
          {page.shown < shown.count ? (
            <Button variant="secondary" size="small" onClick={() => setLimit(page.shown + TASK_PAGE)}>
              {t('planView.moreTasks', { count: Math.min(TASK_PAGE, shown.count - page.shown), shown: page.shown, total: shown.count })}
            </Button>
          ) : null}
        </>
      )}
    </section>
  );
}

function PlanView({ plan }: { plan: PlanDetail }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const canReview = plan.abilities.canReview;
  const canExport = plan.abilities.canExport;
  const periods = plan.periods;
  const tasks = plan.tasks;
  // Every report of the plan: the submitted ones feed "Báo cáo chờ duyệt", all of them "Tất cả báo cáo".
  const reports = useQuery(plansQueries.reports(plan.id));
  // The catalogue only improves the display (labels instead of codes): a failure leaves the codes.
  const catalogue = useQuery(plansQueries.indicators());
  const indicators = catalogue.data ?? [];
  // an approver reviews only the reports of the units it approves for; a coordinator every unit's
  const reviewUnits = plan.abilities.reviewUnitIds;
  const inQueue = (r: Report) => canReview && r.state === 'submitted' && (reviewUnits === null || reviewUnits.includes(r.unitId));
  const fragment = usePlanFragment(tasks, reports, inQueue);
  const reviewed = (next: Report) => {
    queryClient.setQueryData(plansQueries.reports(plan.id).queryKey, (d) => d && { ...d, items: d.items.map((r) => (r.id === next.id ? next : r)) });
    // the plan's progress and figures, the list of plans and the units' tasks follow the decision
    void refreshPlan(queryClient, plan.id);
  };
  return (
    <>
      <PageHeader title={plan.title || plan.number || t('plans.untitled')}
        description={[docKindText(plan, lang), plan.number, plan.issuer].filter(Boolean).join(' — ')}>
        {canExport ? <AnnualReportForm planId={plan.id} /> : null}
      </PageHeader>
      {fragment.missing ? (
        <Alert variant="info">{t(fragment.missing === 'task' ? 'plan.missingTask' : 'plan.missingReport')}</Alert>
      ) : null}
      <section className="panel" aria-labelledby="plan-facts-title">
        <h2 id="plan-facts-title">{t('plan.facts')}</h2>
        <PlanFacts plan={plan} reportDue={plan.reportDue} isCompact />
      </section>
      <ProgressOverview plan={plan} reports={reports} />
      {canReview ? <ReviewQueue reports={reports} periods={periods} indicators={indicators} onReviewed={reviewed} /> : null}
      <TaskSection plan={plan} reports={reports} />
      <AllReports reports={reports} periods={periods} indicators={indicators} inQueue={inQueue}
        open={fragment.allReportsOpen} onToggle={fragment.setAllReportsOpen} />
      <PlanFigures planId={plan.id} />
    </>
  );
}

/**
 * A plan: header facts, download links, progress by period and by unit, reports awaiting review, the task tree
 * (filtered by unit, status and period; each task one line, opened on demand), all reports and figures.
 * "#task-<id>" / "#report-<id>" in the address open, scroll to and focus that task or report once loaded.
 */
export function PlanPage({ id }: { id: string }) {
  const { t } = useI18n();
  const result = useQuery(plansQueries.detail(id));
  useDocumentTitle(result.data?.title || result.data?.number || t('plans.title'));
  return (
    <>
      <p className="back-link">
        <Link to={paths.plans}>← {t('plans.back')}</Link>
      </p>
      {result.data === undefined ? <PageHeader title={t('plans.title')} /> : null}
      <AsyncView result={result}>{(plan) => <PlanView plan={plan} />}</AsyncView>
    </>
  );
}
