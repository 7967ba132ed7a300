import { useQuery } from '@tanstack/react-query';
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
