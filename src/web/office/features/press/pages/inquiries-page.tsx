import '../press.css';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DataTable, DateText, PageHeader, SelectField } from '../../../../ui';
import { AsyncView } from '../../../app/components/async-view';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { can, useMe } from '../../../app/session';
import { useDocumentTitle } from '../../../app/use-document-title';
import { pressQueries } from '../api';
import type { InquiryQuery, InquirySummary } from '../api-types';
import { enumLabel, INQUIRY_KINDS, STATUSES } from '../components/press-text';

/** The inquiries with filters (kind, unit, status, overdue, due this week); managers get "Tiếp nhận yêu cầu". */
export function InquiriesPage() {
  const { t } = useI18n();
  const me = useMe();
  const [filter, setFilter] = useState<InquiryQuery>({});
  const list = useQuery({ ...pressQueries.inquiries(filter), placeholderData: keepPreviousData });
  const options = useQuery(pressQueries.options());
  useDocumentTitle(t('press.inquiries.title'));
  const set = (patch: Partial<InquiryQuery>) => setFilter((f) => ({ ...f, ...patch }));

  return (
    <>
      <PageHeader title={t('press.inquiries.title')} description={t('press.inquiries.intro')}>
        {can(me, 'press.manage') ? (
          <Link to={paths.pressInquiryNew} className="dt-button dt-button--primary">
            {t('press.inquiries.new')}
          </Link>
        ) : null}
        <Link to={paths.pressSpokespeople} className="dt-button dt-button--secondary">
          {t('press.inquiries.spokespeople')}
        </Link>
      </PageHeader>
      <form className="press-filters" aria-label={t('press.inquiries.filters')} onSubmit={(e) => e.preventDefault()}>
        <SelectField label={t('press.col.kind')} name="kind" value={filter.kind ?? ''} placeholder={t('press.all')}
          options={INQUIRY_KINDS.map((k) => ({ value: k, label: enumLabel(t, 'kind', k) }))}
          onChange={(e) => set({ kind: (e.target.value || undefined) as InquiryQuery['kind'] })} />
        <SelectField label={t('press.col.status')} name="status" value={filter.status ?? ''} placeholder={t('press.all')}
          options={[{ value: 'open', label: t('press.open') }, ...STATUSES.map((s) => ({ value: s, label: enumLabel(t, 'status', s) }))]}
          onChange={(e) => set({ status: (e.target.value || undefined) as InquiryQuery['status'] })} />
        <SelectField label={t('press.col.unit')} name="unitId" value={filter.unitId ?? ''} placeholder={t('press.all')}
          options={(options.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
          onChange={(e) => set({ unitId: e.target.value || undefined })} />
        <label className="press-check">
          <input type="checkbox" checked={filter.dueThisWeek === true} onChange={(e) => set({ dueThisWeek: e.target.checked || undefined })} />{' '}
          {t('press.inquiries.dueThisWeek')}
        </label>
      </form>
      <AsyncView result={list}>
        {(data) => (
          <DataTable<InquirySummary>
            caption={t('press.inquiries.caption')}
            rows={data.items}
            rowKey={(r) => r.id}
            emptyText={t('press.inquiries.empty')}
            columns={[
              { key: 'refNo', header: t('press.col.refNo'), className: 'num', cell: (r) => r.refNo },
              { key: 'subject', header: t('press.col.subject'), rowHeader: true, cell: (r) => <Link to={paths.pressInquiry(r.id)}>{r.subject}</Link> },
              { key: 'kind', header: t('press.col.kind'), cell: (r) => enumLabel(t, 'kind', r.kind) },
              { key: 'unit', header: t('press.col.unit'), cell: (r) => r.unit?.name ?? t('common.dash') },
              { key: 'received', header: t('press.col.received'), cell: (r) => <DateText value={r.receivedOn} /> },
              { key: 'due', header: t('press.col.due'), cell: (r) => <DateText value={r.dueOn} /> },
              { key: 'status', header: t('press.col.status'), cell: (r) => (r.isOverdue ? <strong className="text-danger">{enumLabel(t, 'status', r.status)}</strong> : enumLabel(t, 'status', r.status)) },
            ]}
          />
        )}
      </AsyncView>
    </>
  );
}
