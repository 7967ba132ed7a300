import { Alert, PageHeader } from '../../ui';
import { plansApi } from '../api-endpoints';
import type { Indicator, PlanDetail, Report } from '../api-types-plans';
import { AllReports } from '../components/all-reports';
import { AsyncView, EmptyText } from '../components/async-view';
import { PlanFacts } from '../components/plan-facts';
import { PlanFigures } from '../components/plan-figures';
import { usePlanFragment } from '../components/plan-fragment';
import { ReviewQueue } from '../components/review-queue';
import { countTasks, TaskList } from '../components/task-tree';
import { UnitProgressChart } from '../components/unit-progress-chart';
import { useI18n } from '../i18n-context';
import { Link, paths } from '../router';
import { can, useMe } from '../session';
import { useAsync } from '../use-async';
import { useDocumentTitle } from '../use-document-title';

function Downloads({ planId }: { planId: string }) {
  const { t } = useI18n();
  return (
    <ul className="download-list" aria-label={t('plan.downloads')}>
      <li>
        <a href={plansApi.exportHref(planId, 'docx')} download className="dt-button dt-button--secondary">
          {t('plan.docx')}
        </a>
      </li>
      <li>
        <a href={plansApi.exportHref(planId, 'xlsx')} download className="dt-button dt-button--secondary">
          {t('plan.xlsx')}
        </a>
      </li>
    </ul>
  );
}

function PlanView({ plan, onChanged }: { plan: PlanDetail; onChanged: () => void }) {
  const { t } = useI18n();
  const me = useMe();
  const canReview = plan.abilities?.canReview ?? can(me, 'plans.review');
  const canExport = plan.abilities?.canExport ?? true;
  const periods = plan.periods ?? [];
  const tasks = plan.tasks ?? [];
  // Every report of the plan: the submitted ones feed "Báo cáo chờ duyệt", all of them "Tất cả báo cáo".
  const reports = useAsync((signal) => plansApi.reports(plan.id, null, signal), [plan.id], { keepPrevious: true });
  // The catalogue only improves the display (labels instead of codes): a failure leaves the codes.
  const catalogue = useAsync((signal) => plansApi.indicators(signal).catch((): Indicator[] => []), []);
  const indicators = catalogue.data ?? [];
  const inQueue = (r: Report) => canReview && r.state === 'submitted';
  const fragment = usePlanFragment(tasks, reports, inQueue);
  const reviewed = (next: Report) => {
    reports.update((d) => ({ ...d, items: d.items.map((r) => (r.id === next.id ? next : r)) }));
    onChanged();
  };
  return (
    <>
      <PageHeader title={plan.title || plan.number || t('plans.untitled')}
        description={[plan.kind, plan.number, plan.issuer].filter(Boolean).join(' — ')}>
        {canExport ? <Downloads planId={plan.id} /> : null}
      </PageHeader>
      {fragment.missing ? (
        <Alert variant="info">{t(fragment.missing === 'task' ? 'plan.missingTask' : 'plan.missingReport')}</Alert>
      ) : null}
      <section className="panel" aria-labelledby="plan-facts-title">
        <h2 id="plan-facts-title">{t('plan.facts')}</h2>
        <PlanFacts plan={plan} reportDue={plan.reportDue} />
      </section>
      {canReview ? <ReviewQueue reports={reports} periods={periods} indicators={indicators} onReviewed={reviewed} /> : null}
      <section aria-labelledby="plan-chart-title">
        <h2 id="plan-chart-title">{t('plan.chart')}</h2>
        <UnitProgressChart units={plan.units ?? []} />
      </section>
      <section className="panel" aria-labelledby="plan-tasks-title">
        <h2 id="plan-tasks-title">{t('plan.tasks')}</h2>
        {tasks.length === 0 ? (
          <EmptyText />
        ) : (
          <>
            <p className="muted">{t('plan.taskCount', { count: countTasks(tasks) })}</p>
            <TaskList tasks={tasks} periods={periods} labelledBy="plan-tasks-title" />
          </>
        )}
      </section>
      <AllReports reports={reports} periods={periods} indicators={indicators} inQueue={inQueue}
        open={fragment.allReportsOpen} onToggle={fragment.setAllReportsOpen} />
      <PlanFigures planId={plan.id} />
    </>
  );
}

/**
 * A plan: header facts, download links, reports awaiting review, completion by unit, task tree, all reports and
 * figures. "#task-<id>" / "#report-<id>" in the address scroll to and focus that task or report once loaded.
 */
export function PlanPage({ id }: { id: string }) {
  const { t } = useI18n();
  const result = useAsync((signal) => plansApi.get(id, signal), [id], { keepPrevious: true });
  useDocumentTitle(result.data?.title || result.data?.number || t('plans.title'));
  return (
    <>
      <p className="back-link">
        <Link to={paths.plans}>← {t('plans.back')}</Link>
      </p>
      {result.data === undefined ? <PageHeader title={t('plans.title')} /> : null}
      <AsyncView result={result}>{(plan) => <PlanView plan={plan} onChanged={result.reload} />}</AsyncView>
    </>
  );
}
