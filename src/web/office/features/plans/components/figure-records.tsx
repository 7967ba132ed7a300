import { DataTable } from '../../../../ui';
import type { FigureDetail, FigureRecord } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { HrefLink } from '../../../app/components/href-link';
import { numberText, recordKindLabel } from './plan-text';

/** Props of {@link FigureRecords}. */
export interface FigureRecordsProps {
  figure: FigureDetail;
}

/**
 * The records a figure was computed from, as a captioned table: kind, title (a link to where the record is
 * shown — the plan's task tree or report list, or the unit), unit and what the record adds to the figure.
 */
export function FigureRecords({ figure }: FigureRecordsProps) {
  const { t } = useI18n();
  const dash = t('common.dash');
  const records = figure.records ?? [];
  return (
    <DataTable<FigureRecord>
      caption={t('figure.caption', { label: figure.label, count: records.length })}
      rows={records}
      rowKey={(r) => `${r.kind}|${r.id}|${r.href}`}
      emptyText={t('figure.empty')}
      columns={[
        { key: 'kind', header: t('figure.kind'), cell: (r) => recordKindLabel(r.kind, t) },
        {
          key: 'title',
          header: t('figure.recordTitle'),
          rowHeader: true,
          cell: (r) => (r.href ? <HrefLink href={r.href}>{r.title || r.id}</HrefLink> : r.title || r.id),
        },
        { key: 'unit', header: t('figure.unit'), cell: (r) => r.unitName || dash },
        {
          key: 'value',
          header: t('figure.recordValue'),
          className: 'num',
          cell: (r) => (r.value === null || r.value === undefined ? dash : numberText(r.value)),
        },
      ]}
    />
  );
}
