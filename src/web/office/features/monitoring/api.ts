import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { request } from '../../app/api';
import { client, ok } from '../../app/client';
import type { ItemQuery, Mapping, SourceBody, Upload, WatchlistBody } from './api-types';

/** Monitoring core endpoints through the typed client (the upload is multipart, through `request`). */
export const monitoringApi = {
  sources: (signal?: AbortSignal) => ok(client.GET('/api/v1/monitoring/sources', { signal })),
  probe: (url: string) => ok(client.POST('/api/v1/monitoring/sources/probe', { body: { url } })),
  addSource: (body: SourceBody) => ok(client.POST('/api/v1/monitoring/sources', { body })),
  updateSource: (id: string, body: { name?: string; pollMinutes?: number }) => ok(client.PATCH('/api/v1/monitoring/sources/{id}', { params: { path: { id } }, body })),
  setEnabled: (id: string, enabled: boolean, reason?: string | null) => ok(client.POST('/api/v1/monitoring/sources/{id}/enabled', { params: { path: { id } }, body: { enabled, reason } })),
  items: (query: ItemQuery, signal?: AbortSignal) => ok(client.GET('/api/v1/monitoring/items', { params: { query }, signal })),
  item: (id: string, signal?: AbortSignal) => ok(client.GET('/api/v1/monitoring/items/{id}', { params: { path: { id } }, signal })),
  correct: (id: string, sentiment: 'positive' | 'neutral' | 'negative') => ok(client.PUT('/api/v1/monitoring/items/{id}/sentiment', { params: { path: { id } }, body: { sentiment } })),
  watchlists: (signal?: AbortSignal) => ok(client.GET('/api/v1/monitoring/watchlists', { signal })),
  addWatchlist: (body: WatchlistBody) => ok(client.POST('/api/v1/monitoring/watchlists', { body })),
  saveWatchlist: (id: string, body: WatchlistBody) => ok(client.PUT('/api/v1/monitoring/watchlists/{id}', { params: { path: { id } }, body })),
  deleteWatchlist: (id: string) => ok(client.DELETE('/api/v1/monitoring/watchlists/{id}', { params: { path: { id } } })),
  checkQuery: (query: string, signal?: AbortSignal) => ok(client.POST('/api/v1/monitoring/queries/check', { body: { query }, signal })),
  imports: (signal?: AbortSignal) => ok(client.GET('/api/v1/monitoring/imports', { signal })),
  upload: (vendor: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return request<Upload>(`/api/v1/monitoring/imports?vendor=${encodeURIComponent(vendor)}`, { method: 'POST', body: form });
  },
  preview: (id: string) => ok(client.GET('/api/v1/monitoring/imports/{id}/preview', { params: { path: { id } } })),
  start: (id: string, mapping: Mapping) => ok(client.POST('/api/v1/monitoring/imports/{id}/start', { params: { path: { id } }, body: { mapping } })),
};

/** While an import runs its progress is asked for this often. */
export const IMPORT_POLL_MS = 2_000;

/** The queries of this feature: everything under ['monitoring'] is invalidated after a change. */
export const monitoringQueries = {
  all: ['monitoring'] as const,
  sources: () => queryOptions({ queryKey: ['monitoring', 'sources'], queryFn: ({ signal }) => monitoringApi.sources(signal), refetchInterval: 30_000 }),
  items: (query: ItemQuery) => queryOptions({ queryKey: ['monitoring', 'items', query], queryFn: ({ signal }) => monitoringApi.items(query, signal), placeholderData: keepPreviousData, refetchInterval: 30_000 }),
  item: (id: string) => queryOptions({ queryKey: ['monitoring', 'item', id], queryFn: ({ signal }) => monitoringApi.item(id, signal) }),
  watchlists: () => queryOptions({ queryKey: ['monitoring', 'watchlists'], queryFn: ({ signal }) => monitoringApi.watchlists(signal) }),
  imports: (running: boolean) =>
    queryOptions({ queryKey: ['monitoring', 'imports'], queryFn: ({ signal }) => monitoringApi.imports(signal), refetchInterval: running ? IMPORT_POLL_MS : false }),
};
