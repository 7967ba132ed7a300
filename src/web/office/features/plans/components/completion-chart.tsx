import { useState, type ReactNode } from 'react';
import { Button, DataTable } from '../../../../ui';
import { BarChart } from '../../../app/components/bar-chart';
import { useI18n } from '../../../app/i18n-context';
import { total, type Breakdown } from './plan-progress';
import { percent } from './plan-text';

/** The four parts of a bar, in drawing order, with the status label each stands for. */
const PARTS = [
  { key: 'done', status: 'done' },
  { key: 'inProgress', status: 'in_progress' },
  { key: 'notStarted', status: 'not_started' },
  { key: 'overdue', status: 'overdue' },
] as const;

/** The colour key of the completion charts, as a list of labels. */
export function ChartLegend() {
  const { t } = useI18n();
  return (
    <ul className="chart-legend" aria-label={t('planView.legend')}>
      {PARTS.map((p) => (
        <li key={p.key}>
          <svg className="chart-legend__swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
            <rect className={`stack__part stack__part--${p.status}`} x="0" y="0" width="10" height="10" />
          </svg>
          {t(`status.${p.status}`)}
        </li>
      ))}
    </ul>
  );
}

/** One row of {@link CompletionChart}. */
export interface ChartRow extends Breakdown {
  key: string;
  label: ReactNode;
  /** The row's name as text, for the chart (the label itself when it is text). */
  name?: string;
  /** Completion ratio shown in the last column; done / total when absent. */
  completion?: number;
}

/** Props of {@link CompletionChart}. */
export interface CompletionChartProps {
  caption: string;
  /** Header of the row-name column ("Đơn vị", "Kỳ báo cáo"). */
  rowHeader: string;
  rows: readonly ChartRow[];
  /** Rows shown before "show all" (all when absent). */
  limit?: number;
  className?: string;
}

/**
 * A completion chart (uPlot, app/components/bar-chart.tsx) with its data table below: one row per unit or period,
 * the counts and the completion rate as numbers, which is what a screen reader reads.
 */
export function CompletionChart({ caption, rowHeader, rows, limit, className }: CompletionChartProps) {
  const { t } = useI18n();
  const [isAll, setAll] = useState(false);
  const isCut = limit !== undefined && rows.length > limit;
  const shown = isCut && !isAll ? rows.slice(0, limit) : rows;
  return (
    <div className={className}>
      <BarChart
        label={t('planView.chartPicture', { caption })}
        categories={shown.map((r) => r.name ?? (typeof r.label === 'string' ? r.label : r.key))}
        series={PARTS.map((p) => ({ key: p.key, label: t(`status.${p.status}`), tone: p.status, values: shown.map((r) => r[p.key]) }))}
      />
      <DataTable<ChartRow>
        caption={caption}
        className="completion-chart"
        rows={shown}
        rowKey={(r) => r.key}
        emptyText={t('common.empty')}
        columns={[
          { key: 'label', header: rowHeader, rowHeader: true, cell: (r) => r.label },
          { key: 'done', header: t('status.done'), className: 'num', cell: (r) => r.done },
          { key: 'inProgress', header: t('status.in_progress'), className: 'num', cell: (r) => r.inProgress },
          { key: 'notStarted', header: t('status.not_started'), className: 'num', cell: (r) => r.notStarted },
          { key: 'overdue', header: t('status.overdue'), className: 'num', cell: (r) => r.overdue },
          { key: 'total', header: t('planView.total'), className: 'num', cell: (r) => total(r) },
          {
            key: 'rate',
            header: t('planView.rate'),
            className: 'num',
            cell: (r) => t('common.percent', { value: percent(r.completion ?? (total(r) ? r.done / total(r) : 0)) }),
          },
        ]}
      />
      {isCut ? (
        <Button variant="secondary" size="small" aria-expanded={isAll} onClick={() => setAll(!isAll)}>
          {isAll ? t('planView.showFewerUnits', { count: limit }) : t('planView.showAllUnits', { count: rows.length })}
        </Button>
      ) : null}
    </div>
  );
}
