import '../crises.css';
import { useQuery } from '@tanstack/react-query';
import { DataTable, formatDateTime, PageHeader } from '../../../../ui';
import { AsyncView } from '../../../app/components/async-view';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { can, useMe } from '../../../app/session';
import { useDocumentTitle } from '../../../app/use-document-title';
import { crisesQueries } from '../api';
import type { CrisisSummary } from '../api-types';
import { CrisisTimer } from '../components/crisis-timer';

/** The crises, open ones first, each with its level, status and the timer to the first statement. */
export function CrisesPage() {
  const { t } = useI18n();
  const me = useMe();
  const list = useQuery(crisesQueries.list());
  useDocumentTitle(t('crises.title'));
  return (
    <>
      <PageHeader title={t('crises.title')} description={t('crises.intro')}>
        {can(me, 'crises.manage') ? (
          <Link to={paths.crisisNew} className="dt-button dt-button--primary">
            {t('crises.new')}
          </Link>
        ) : null}
      </PageHeader>
      <AsyncView result={list}>
        {(r) => (
          <DataTable<CrisisSummary>
            caption={t('crises.caption')}
            rows={r.items}
            rowKey={(c) => c.id}
            emptyText={t('crises.empty')}
            columns={[
              { key: 'title', header: t('crises.col.title'), rowHeader: true, cell: (c) => <Link to={paths.crisis(c.id)}>{`${t('crises.refNo', { refNo: c.refNo })} — ${c.title}`}</Link> },
              { key: 'severity', header: t('crises.col.severity'), cell: (c) => c.severityLabel },
              { key: 'status', header: t('crises.col.status'), cell: (c) => c.statusLabel },
              { key: 'unit', header: t('crises.col.unit'), cell: (c) => c.unitName ?? t('crises.none') },
              { key: 'detected', header: t('crises.col.detected'), cell: (c) => formatDateTime(c.detectedAt) },
              { key: 'timer', header: t('crises.col.timer'), cell: (c) => <CrisisTimer timer={c.timer} compact /> },
            ]}
          />
        )}
      </AsyncView>
    </>
  );
}
