import { useMemo, useState } from 'react';
import { Button, Field, SelectField } from '../../../../ui';
import type { PlanPeriod, TaskStatus } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { foldText, NO_FILTER, type TaskFilter } from './plan-progress';

const STATUSES: readonly TaskStatus[] = ['overdue', 'in_progress', 'not_started', 'done'];

/** Props of {@link TaskFilters}. */
export interface TaskFiltersProps {
  filter: TaskFilter;
  onChange: (next: TaskFilter) => void;
  units: readonly { id: string; name: string }[];
  periods: readonly PlanPeriod[];
}

/**
 * Filters of the plan's task list: unit (a search box narrows the list of up to 60 units), status and reporting
 * period. Applied as they change (no submit); the result count is announced by the list.
 */
export function TaskFilters({ filter, onChange, units, periods }: TaskFiltersProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const options = useMemo(() => {
    const needle = foldText(search.trim());
    const found = needle ? units.filter((u) => foldText(u.name).includes(needle) || u.id === filter.unitId) : units;
    return found.map((u) => ({ value: u.id, label: u.name }));
  }, [units, search, filter.unitId]);
  const isFiltered = filter.unitId !== '' || filter.status !== '' || filter.period !== '';
  const set = (patch: Partial<TaskFilter>) => onChange({ ...filter, ...patch });
  return (
    <form className="task-filters" role="search" aria-label={t('planView.filters')} onSubmit={(e) => e.preventDefault()}>
      <Field
        label={t('planView.unitSearch')}
        hint={t('planView.unitSearchHint')}
        type="search"
        name="unitSearch"
        autoComplete="off"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        className="task-filters__search"
      />
      <SelectField
        label={t('planView.unit')}
        hint={search.trim() ? t('planView.unitMatches', { count: options.length }) : undefined}
        name="unitId"
        placeholder={t('planView.allUnits')}
        options={options}
        value={filter.unitId}
        onChange={(e) => set({ unitId: e.target.value })}
        className="task-filters__unit"
      />
      <SelectField
        label={t('planView.status')}
        name="status"
        placeholder={t('planView.allStatuses')}
        options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        value={filter.status}
        onChange={(e) => set({ status: e.target.value as TaskFilter['status'] })}
      />
      <SelectField
        label={t('planView.period')}
        hint={t('planView.periodHint')}
        name="period"
        placeholder={t('planView.allPeriods')}
        options={periods.map((p) => ({ value: p.key, label: p.label }))}
        value={filter.period}
        onChange={(e) => set({ period: e.target.value })}
      />
      {isFiltered ? (
        <Button variant="secondary" size="small" className="task-filters__clear" onClick={() => { setSearch(''); onChange(NO_FILTER); }}>
          {t('planView.clear')}
        </Button>
      ) : null}
    </form>
  );
}
