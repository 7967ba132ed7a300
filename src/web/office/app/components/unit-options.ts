import type { SelectOption } from '../../../ui';
import { orgApi } from '../api-endpoints';
import type { OrgNode } from '../api-types';
import { todayIso } from '../dates';
import { useAsync, type AsyncResult } from '../use-async';

/** Flattens the organisation tree into select options, indenting each level with a dash. */
export function flattenTree(nodes: readonly OrgNode[], depth = 0, out: SelectOption[] = []): SelectOption[] {
  for (const node of nodes) {
    out.push({ value: node.id, label: `${'\u2014 '.repeat(depth)}${node.name}` });
    flattenTree(node.children ?? [], depth + 1, out);
  }
  return out;
}

/** Loads the units valid today as select options. */
export function useUnitOptions(): AsyncResult<SelectOption[]> {
  return useAsync(async (signal) => flattenTree((await orgApi.tree(todayIso(), signal)).nodes), []);
}
