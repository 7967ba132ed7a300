import { queryOptions } from '@tanstack/react-query';
import { client, ok } from '../../app/client';
import type { BroadcastBody, FocalPointBody, GroupBody } from './api-types';

/** Network endpoints, through the typed client. */
export const networkApi = {
  focalPoints: (unitId: string, signal?: AbortSignal) => ok(client.GET('/api/v1/network/focal-points', { params: { query: unitId ? { unitId } : {} }, signal })),
  focalPoint: (id: string, signal?: AbortSignal) => ok(client.GET('/api/v1/network/focal-points/{id}', { params: { path: { id } }, signal })),
  addFocalPoint: (body: FocalPointBody) => ok(client.POST('/api/v1/network/focal-points', { body })),
  editFocalPoint: (id: string, body: FocalPointBody) => ok(client.PUT('/api/v1/network/focal-points/{id}', { params: { path: { id } }, body })),
  endFocalPoint: (id: string, body: { endOn: string; reason: string }) => ok(client.POST('/api/v1/network/focal-points/{id}/end', { params: { path: { id } }, body })),
  options: (signal?: AbortSignal) => ok(client.GET('/api/v1/network/options', { signal })),
  /** The directory's people of a unit, to designate one of them. */
  people: (unitId: string, signal?: AbortSignal) => ok(client.GET('/api/v1/people', { params: { query: { unitId, limit: 200, offset: 0 } }, signal })),
  groups: (signal?: AbortSignal) => ok(client.GET('/api/v1/network/groups', { signal })),
  group: (id: string, signal?: AbortSignal) => ok(client.GET('/api/v1/network/groups/{id}', { params: { path: { id } }, signal })),
  addGroup: (body: GroupBody) => ok(client.POST('/api/v1/network/groups', { body })),
  editGroup: (id: string, body: GroupBody) => ok(client.PUT('/api/v1/network/groups/{id}', { params: { path: { id } }, body })),
  members: (id: string, body: { add?: string[]; remove?: string[] }) => ok(client.POST('/api/v1/network/groups/{id}/members', { params: { path: { id } }, body })),
  broadcast: (body: BroadcastBody) => ok(client.POST('/api/v1/network/broadcasts', { body })),
  broadcastStatus: (id: string, signal?: AbortSignal) => ok(client.GET('/api/v1/network/broadcasts/{id}', { params: { path: { id } }, signal })),
};

/** The queries of this feature: everything under ['network'] is invalidated after a change. */
export const networkQueries = {
  all: ['network'] as const,
  focalPoints: (unitId: string) => queryOptions({ queryKey: ['network', 'focal-points', unitId], queryFn: ({ signal }) => networkApi.focalPoints(unitId, signal) }),
  focalPoint: (id: string) => queryOptions({ queryKey: ['network', 'focal-point', id], queryFn: ({ signal }) => networkApi.focalPoint(id, signal) }),
  people: (unitId: string) => queryOptions({ queryKey: ['network', 'people', unitId], queryFn: ({ signal }) => networkApi.people(unitId, signal), enabled: unitId !== '', staleTime: 60_000 }),
  options: () => queryOptions({ queryKey: ['network', 'options'], queryFn: ({ signal }) => networkApi.options(signal), staleTime: 5 * 60_000 }),
  groups: () => queryOptions({ queryKey: ['network', 'groups'], queryFn: ({ signal }) => networkApi.groups(signal) }),
  group: (id: string) => queryOptions({ queryKey: ['network', 'group', id], queryFn: ({ signal }) => networkApi.group(id, signal) }),
  /** Refreshed every 5 s while someone watches the deliveries. */
  broadcast: (id: string) => queryOptions({ queryKey: ['network', 'broadcast', id], queryFn: ({ signal }) => networkApi.broadcastStatus(id, signal), refetchInterval: 5000 }),
};
