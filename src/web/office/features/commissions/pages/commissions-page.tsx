import '../commissions.css';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DataTable, DateText, Field, PageHeader, SelectField } from '../../../../ui';
import { AsyncView } from '../../../app/components/async-view';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';
import { commissionsQueries, vnd } from '../api';
import type { CommissionQuery, CommissionSummary } from '../api-types';

/** The orders with filters (status, press agency, policy, year); those who may draft get "Lập đơn đặt hàng". */
export function CommissionsPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<CommissionQuery>({});
  const list = useQuery({ ...commissionsQueries.list(filter), placeholderData: keepPreviousData });
  const options = useQuery(commissionsQueries.options());
  useDocumentTitle(t('comm.list.title'));
  const set = (patch: Partial<CommissionQuery>) => setFilter((f) => ({ ...f, ...patch }));
  return (
    <>
      <PageHeader title={t('comm.list.title')} description={t('comm.list.intro')}>
        {options.data?.canCreate ? (
          <Link to={paths.commissionNew} className="dt-button dt-button--primary">
            {t('comm.list.new')}
          </Link>
        ) : null}
        <Link to={paths.commissionsBudget} className="dt-button dt-button--secondary">
          {t('comm.list.budget')}
        </Link>
        <Link to={paths.commissionsServices} className="dt-button dt-button--secondary">
          {t('comm.list.services')}
        </Link>
      </PageHeader>
      <form className="comm-filters" aria-label={t('comm.list.filters')} onSubmit={(e) => e.preventDefault()}>
        <SelectField label={t('comm.col.status')} name="status" value={filter.status ?? ''} placeholder={t('comm.all')}
          options={(options.data?.statuses ?? []).map((s) => ({ value: s.code, label: s.label }))} onChange={(e) => set({ status: (e.target.value || undefined) as CommissionQuery['status'] })} />
        <SelectField label={t('comm.col.supplier')} name="supplierId" value={filter.supplierId ?? ''} placeholder={t('comm.all')}
          options={(options.data?.agencies ?? []).map((a) => ({ value: a.id, label: a.name }))} onChange={(e) => set({ supplierId: e.target.value || undefined })} />
        <SelectField label={t('comm.col.policy')} name="policyId" value={filter.policyId ?? ''} placeholder={t('comm.all')}
          options={(options.data?.policies ?? []).map((p) => ({ value: p.id, label: p.title }))} onChange={(e) => set({ policyId: e.target.value || undefined })} />
        <Field label={t('comm.col.year')} name="year" inputMode="numeric" value={filter.year ? String(filter.year) : ''}
          onChange={(e) => set({ year: /^\d{4}$/u.test(e.target.value) ? Number(e.target.value) : undefined })} />
      </form>
      <AsyncView result={list}>
        {(data) => (
          <DataTable<CommissionSummary>
            caption={t('comm.list.caption')}
            rows={data.items}
            rowKey={(r) => r.id}
            emptyText={t('comm.list.empty')}
            columns={[
              { key: 'refNo', header: t('comm.col.refNo'), className: 'num', cell: (r) => r.refNo },
              { key: 'title', header: t('comm.col.title'), rowHeader: true, cell: (r) => <Link to={paths.commission(r.id)}>{r.title}</Link> },
              { key: 'supplier', header: t('comm.col.supplier'), cell: (r) => r.supplierName },
              { key: 'policy', header: t('comm.col.policy'), cell: (r) => r.policyTitle ?? t('common.dash') },
              // an order without one cannot be approved or signed (DH-02): the list shows which still need it
              { key: 'service', header: t('comm.col.service'), cell: (r) => r.serviceName ?? t('comm.detail.noService') },
              { key: 'status', header: t('comm.col.status'), cell: (r) => r.statusLabel },
              { key: 'total', header: t('comm.col.total'), className: 'num', cell: (r) => vnd(r.totalAmount) },
              { key: 'paid', header: t('comm.col.paid'), className: 'num', cell: (r) => vnd(r.paidAmount) },
              { key: 'deliverBy', header: t('comm.col.deliverBy'), cell: (r) => <DateText value={r.deliverBy} /> },
            ]}
          />
        )}
      </AsyncView>
    </>
  );
}
