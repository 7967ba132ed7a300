import { query, request } from '../../app/api';
import type { OrgGroups, OrgTree, OrgUnit, ResolveResult } from './api-types';

type Signal = AbortSignal | undefined;

/** Organisation endpoints. */
export const orgApi = {
  tree: (at: string, signal?: Signal) => request<OrgTree>(`/api/v1/org/tree${query({ at })}`, { signal }),
  unit: (id: string, at: string | null, signal?: Signal) =>
    request<OrgUnit>(`/api/v1/org/units/${encodeURIComponent(id)}${query({ at })}`, { signal }),
  groups: (at: string, signal?: Signal) => request<OrgGroups>(`/api/v1/org/groups${query({ at })}`, { signal }),
  /** The coordinator decides who carries a unit's work from a date. */
  setWorkCarrier: (unitId: string, body: { toId: string; effectiveOn: string; reason: string }) =>
    request<OrgUnit['work']>(`/api/v1/org/units/${encodeURIComponent(unitId)}/work-carrier`, { method: 'PUT', body }),
  clearWorkCarrier: (unitId: string, effectiveOn: string) =>
    request<void>(`/api/v1/org/units/${encodeURIComponent(unitId)}/work-carrier/${encodeURIComponent(effectiveOn)}`, { method: 'DELETE' }),
  resolve: (name: string, at: string, signal?: Signal) =>
    request<ResolveResult>(`/api/v1/org/resolve${query({ name, at })}`, { signal }),
};
