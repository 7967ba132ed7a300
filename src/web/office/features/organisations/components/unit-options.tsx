import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Alert } from '../../../../ui/alert';
import { Button } from '../../../../ui/button';
import { LoadingText } from '../../../app/components/async-view';
import { useI18n } from '../../../app/i18n-context';
import type { SelectOption } from '../../../../ui';
import { orgQueries } from '../api';
import type { OrgNode } from '../api-types';
import { todayIso } from '../../../app/dates';

/** Flattens the organisation tree into select options, indenting each level with a dash. */
export function flattenTree(nodes: readonly OrgNode[], depth = 0, out: SelectOption[] = []): SelectOption[] {
  for (const node of nodes) {
    out.push({ value: node.id, label: `${'\u2014 '.repeat(depth)}${node.name}` });
    flattenTree(node.children ?? [], depth + 1, out);
  }
  return out;
}

/** The units valid today as select options, where the forms stand with them. */
export interface UnitOptions {
  status: 'loading' | 'error' | 'ready';
  data: SelectOption[] | undefined;
  reload: () => void;
}

/**
 * Loads the units valid today as select options: the organisation feature's tree query, so an import or a work
 * decision that changes the tree refreshes every unit picker too.
 */
export function useUnitOptions(): UnitOptions {
  const tree = useQuery({ ...orgQueries.tree(todayIso()), select: (t) => flattenTree(t.nodes) });
  return { status: tree.isError ? 'error' : tree.data === undefined ? 'loading' : 'ready', data: tree.data, reload: () => void tree.refetch() };
}

/**
 * The units valid today for a form's unit field: says so while they load, offers "Thử lại" when they could not be
 * loaded, and renders the field with them once they are there.
 */
export function WithUnitOptions({ children }: { children: (options: SelectOption[]) => ReactNode }) {
  const { t } = useI18n();
  const units = useUnitOptions();
  if (units.status === 'error') {
    return (
      <Alert variant="error" title={t('common.unitsError')}>
        <Button variant="secondary" size="small" onClick={units.reload}>{t('common.retry')}</Button>
      </Alert>
    );
  }
  if (units.data === undefined) return <LoadingText text={t('common.unitsLoading')} />;
  return <>{children(units.data)}</>;
}
