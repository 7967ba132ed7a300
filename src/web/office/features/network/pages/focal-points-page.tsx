import '../network.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { DataTable, formatDate, PageHeader, SelectField } from '../../../../ui';
import { AsyncView } from '../../../app/components/async-view';
import { useI18n } from '../../../app/i18n-context';
import { Link, navigate, paths } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';
import { networkApi, networkQueries } from '../api';
import type { FocalPoint, FocalPointBody } from '../api-types';
import { FocalPointForm } from '../components/focal-point-form';

/** The focal points of the units (a unit filter; officers see their unit's); coordinators add new ones here. */
export function FocalPointsPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [unitId, setUnitId] = useState('');
  const list = useQuery(networkQueries.focalPoints(unitId));
  const options = useQuery(networkQueries.options());
  const add = useMutation({
    mutationFn: (body: FocalPointBody) => networkApi.addFocalPoint(body),
    onSuccess: (fp) => {
      void queryClient.invalidateQueries({ queryKey: networkQueries.all });
      navigate(paths.networkFocalPoint(fp.id));
    },
  });
  useDocumentTitle(t('network.focalPoints.title'));
  return (
    <>
      <PageHeader title={t('network.focalPoints.title')} description={t('network.focalPoints.intro')}>
        <Link to={paths.networkGroups} className="dt-button dt-button--secondary">
          {t('network.focalPoints.groups')}
        </Link>
      </PageHeader>
      <div className="network-filters">
        <SelectField label={t('network.filter.unit')} name="unitFilter" value={unitId} placeholder={t('network.filter.all')}
          options={(options.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))} onChange={(e) => setUnitId(e.target.value)} />
      </div>
      <AsyncView result={list}>
        {(data) => (
          <>
            <DataTable<FocalPoint>
              caption={t('network.focalPoints.caption')}
              rows={data.items}
              rowKey={(f) => f.id}
              emptyText={t('network.focalPoints.empty')}
              columns={[
                { key: 'name', header: t('network.fp.name'), rowHeader: true, cell: (f) => <Link to={paths.networkFocalPoint(f.id)}>{f.personName}</Link> },
                { key: 'title', header: t('network.fp.title'), cell: (f) => f.title ?? t('common.dash') },
                { key: 'unit', header: t('network.fp.currentUnit'), cell: (f) => f.currentUnitName ?? f.unitName },
                { key: 'level', header: t('network.fp.level'), cell: (f) => f.levelLabel },
                { key: 'contacts', header: t('network.fp.contacts'), cell: (f) => [f.email, f.phone, f.zaloUserId ? t('network.fp.zaloUserId') : null].filter(Boolean).join(' · ') || t('common.dash') },
                { key: 'period', header: t('network.fp.validFrom'), cell: (f) => t('network.fp.period', { from: formatDate(f.validFrom), to: f.validTo ? formatDate(f.validTo) : t('network.fp.noEnd') }) },
                { key: 'state', header: t('network.fp.state'), cell: (f) => (f.isCurrent ? t('network.fp.inForce') : t('network.fp.ended')) },
              ]}
            />
            {data.canManage ? (
              <section aria-labelledby="add-focal-point" className="network-section">
                <h2 id="add-focal-point">{t('network.focalPoints.add')}</h2>
                <FocalPointForm submitLabel={t('network.focalPoints.add')} busy={add.isPending} error={add.error} onSubmit={(b) => add.mutate(b)} />
              </section>
            ) : null}
          </>
        )}
      </AsyncView>
    </>
  );
}
