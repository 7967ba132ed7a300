import { DataTable } from '../../ui';
import type { UnitProgress } from '../api-types-plans';
import { useI18n } from '../i18n-context';
import { ProgressBar } from './progress-bar';

/**
 * "Mức độ hoàn thành theo đơn vị" as a table: one row per unit with a horizontal bar (SVG <rect width>, no inline
 * style) and the percentage as text, so the chart reads the same without the visual.
 */
export function UnitProgressChart({ units }: { units: readonly UnitProgress[] }) {
  const { t } = useI18n();
  return (
    <DataTable<UnitProgress>
      caption={t('plan.chart')}
      hideCaption
      className="unit-chart"
      rows={units}
      rowKey={(u) => u.unitId}
      emptyText={t('common.empty')}
      columns={[
        { key: 'unit', header: t('plan.unit'), rowHeader: true, cell: (u) => u.unitName },
        { key: 'completion', header: t('plans.completion'), className: 'unit-chart__bar', cell: (u) => <ProgressBar value={u.completion} className="progress--wide" /> },
        { key: 'tasks', header: t('plan.unitTasks'), className: 'num', cell: (u) => u.tasks },
        { key: 'done', header: t('plan.unitDone'), className: 'num', cell: (u) => u.done },
        { key: 'inProgress', header: t('plan.unitInProgress'), className: 'num', cell: (u) => u.inProgress },
        { key: 'overdue', header: t('plan.unitOverdue'), className: 'num', cell: (u) => u.overdue },
      ]}
    />
  );
}
