import type { UnitProgress } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { CarriedByNote } from '../../organisations/components/carried-by';
import { CompletionChart } from './completion-chart';

/** Units listed before "Hiện tất cả …": a plan may assign 60 units, the page must still fit a screen. */
const FIRST_UNITS = 10;

/**
 * "Mức độ hoàn thành theo đơn vị": one row per unit with its tasks split into done / in progress / not started /
 * overdue as a stacked bar and as numbers (the numbers are the chart's text alternative).
 */
export function UnitProgressChart({ units }: { units: readonly UnitProgress[] }) {
  const { t } = useI18n();
  const rows = units.map((u) => ({
    key: u.unitId,
    name: u.unitName,
    label: (
      <>
        {u.unitName} <CarriedByNote carriedBy={u.carriedBy} />
      </>
    ),
    done: u.done,
    inProgress: u.inProgress,
    overdue: u.overdue,
    notStarted: Math.max(0, u.tasks - u.done - u.inProgress - u.overdue),
    completion: u.completion,
  }));
  return <CompletionChart caption={t('plan.chart')} rowHeader={t('plan.unit')} rows={rows} limit={FIRST_UNITS} className="unit-chart" />;
}
