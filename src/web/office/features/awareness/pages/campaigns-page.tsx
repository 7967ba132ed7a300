import '../awareness.css';
import { useQuery } from '@tanstack/react-query';
import { DataTable, formatDate, PageHeader } from '../../../../ui';
import { AsyncView } from '../../../app/components/async-view';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { can, useMe } from '../../../app/session';
import { useDocumentTitle } from '../../../app/use-document-title';
import { awarenessQueries } from '../api';
import type { Campaign } from '../api-types';

const n = new Intl.NumberFormat('vi-VN');

/** The awareness campaigns with their period, audience, activities and reach; coordinators create them here. */
export function CampaignsPage() {
  const { t } = useI18n();
  const me = useMe();
  const list = useQuery(awarenessQueries.campaigns());
  useDocumentTitle(t('awareness.title'));
  return (
    <>
      <PageHeader title={t('awareness.title')} description={t('awareness.intro')}>
        {can(me, 'awareness.manage') ? <Link to={paths.awarenessCampaignNew} className="dt-button dt-button--primary">{t('awareness.new')}</Link> : null}
      </PageHeader>
      <AsyncView result={list}>
        {(data) => (
          <DataTable<Campaign>
            caption={t('awareness.caption')}
            rows={data.items}
            rowKey={(c) => c.id}
            emptyText={t('awareness.empty')}
            columns={[
              { key: 'title', header: t('awareness.col.title'), rowHeader: true, cell: (c) => <Link to={paths.awarenessCampaign(c.id)}>{c.title}</Link> },
              { key: 'audiences', header: t('awareness.col.audiences'), cell: (c) => c.audiences.map((a) => a.label).join('; ') },
              { key: 'period', header: t('awareness.col.period'), cell: (c) => t('awareness.period', { from: formatDate(c.startsOn), to: formatDate(c.endsOn) }) },
              { key: 'status', header: t('awareness.col.status'), cell: (c) => c.statusLabel },
              { key: 'activities', header: t('awareness.col.activities'), cell: (c) => c.activityCount },
              { key: 'reach', header: t('awareness.col.reach'), cell: (c) => n.format(c.reach.total) },
            ]}
          />
        )}
      </AsyncView>
    </>
  );
}
