import { useQuery } from '@tanstack/react-query';
import { DataTable, DateText, PageHeader } from '../../../../ui';
import { plansQueries } from '../api';
import type { PlanSummary } from '../api-types';
import { AsyncView } from '../../../app/components/async-view';
import { ProgressBar } from '../../../app/components/progress-bar';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { can, useMe } from '../../../app/session';
import { useDocumentTitle } from '../../../app/use-document-title';

/** List of imported plans with task count, completion bar and overdue count; importers get "Nhập kế hoạch". */
export function PlansPage() {
  const { t } = useI18n();
  const me = useMe();
  const list = useQuery(plansQueries.list());
  useDocumentTitle(t('plans.title'));

  return (
    <>
      <PageHeader title={t('plans.title')} description={t('plans.intro')}>
        {can(me, 'plans.import') ? (
          <Link to={paths.planImport} className="dt-button dt-button--primary">
            {t('plans.import')}
          </Link>
        ) : null}
      </PageHeader>
      <AsyncView result={list}>
        {(data) => (
          <DataTable<PlanSummary>
            caption={t('plans.caption')}
            rows={data.items}
            rowKey={(p) => p.id}
            emptyText={t('plans.empty')}
            columns={[
              {
                key: 'number',
                header: t('plans.number'),
                rowHeader: true,
                cell: (p) => <Link to={paths.plan(p.id)}>{p.number || t('plans.noNumber')}</Link>,
              },
              { key: 'title', header: t('plans.planTitle'), cell: (p) => p.title || t('plans.untitled') },
              { key: 'date', header: t('plans.issuedOn'), cell: (p) => <DateText value={p.issuedOn} fallback={t('common.dash')} /> },
              { key: 'tasks', header: t('plans.taskCount'), className: 'num', cell: (p) => p.taskCount },
              { key: 'completion', header: t('plans.completion'), cell: (p) => <ProgressBar value={p.completion} /> },
              {
                key: 'overdue',
                header: t('plans.overdue'),
                className: 'num',
                cell: (p) => (p.overdueCount > 0 ? <strong className="text-danger">{p.overdueCount}</strong> : p.overdueCount),
              },
            ]}
          />
        )}
      </AsyncView>
    </>
  );
}
