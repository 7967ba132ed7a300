import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { client, ok } from '../../app/client';
import type { WorkCarrierInput } from './api-types';

type Signal = AbortSignal | undefined;

/** Organisation endpoints, through the typed client. */
export const orgApi = {
  tree: (at: string, signal?: Signal) => ok(client.GET('/api/v1/org/tree', { params: { query: { at } }, signal })),
  unit: (id: string, at: string | null, signal?: Signal) =>
    ok(client.GET('/api/v1/org/units/{id}', { params: { path: { id }, query: { at: at ?? undefined } }, signal })),
  groups: (at: string, signal?: Signal) => ok(client.GET('/api/v1/org/groups', { params: { query: { at } }, signal })),
  /** The coordinator decides who carries a unit's work from a date. */
  setWorkCarrier: (id: string, body: WorkCarrierInput) =>
    ok(client.PUT('/api/v1/org/units/{id}/work-carrier', { params: { path: { id } }, body })),
  clearWorkCarrier: (id: string, effectiveOn: string) =>
    ok(client.DELETE('/api/v1/org/units/{id}/work-carrier/{effectiveOn}', { params: { path: { id, effectiveOn } } })),
  resolve: (name: string, at: string, signal?: Signal) => ok(client.GET('/api/v1/org/resolve', { params: { query: { name, at } }, signal })),
};

/** The queries of this feature, all under ['organisations'] (an import or a work decision changes any of them). */
export const orgQueries = {
  all: ['organisations'] as const,
  tree: (at: string) =>
    queryOptions({ queryKey: ['organisations', 'tree', at], queryFn: ({ signal }) => orgApi.tree(at, signal), placeholderData: keepPreviousData }),
  unit: (id: string, at: string | null) =>
    queryOptions({ queryKey: ['organisations', 'unit', id, at], queryFn: ({ signal }) => orgApi.unit(id, at, signal), placeholderData: keepPreviousData }),
  resolve: (name: string, at: string) =>
    queryOptions({ queryKey: ['organisations', 'resolve', name, at], queryFn: ({ signal }) => orgApi.resolve(name, at, signal) }),
  groups: (at: string) =>
    queryOptions({ queryKey: ['organisations', 'groups', at], queryFn: ({ signal }) => orgApi.groups(at, signal), placeholderData: keepPreviousData }),
};
