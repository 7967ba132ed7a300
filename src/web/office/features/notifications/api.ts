import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { client, ok } from '../../app/client';
import type { NotificationSettingsBody } from './api-types';

/** Home page and notification endpoints, through the typed client. */
export const notificationsApi = {
  home: (signal?: AbortSignal) => ok(client.GET('/api/v1/home', { signal })),
  list: (query: { unread: boolean; limit: number; offset: number }, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/notifications', { params: { query: { ...query, unread: query.unread || undefined } }, signal })),
  unreadCount: (signal?: AbortSignal) => ok(client.GET('/api/v1/notifications/unread-count', { signal })),
  markRead: (id: string) => ok(client.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
  markAllRead: () => ok(client.POST('/api/v1/notifications/read-all')),
  settings: (signal?: AbortSignal) => ok(client.GET('/api/v1/notifications/settings', { signal })),
  saveSettings: (body: NotificationSettingsBody) => ok(client.PUT('/api/v1/notifications/settings', { body })),
};

/** How often the bell asks for the unread count (a minute, like the scan that creates notifications). */
export const UNREAD_POLL_MS = 60_000;

/** The queries of this feature: everything under ['notifications'] is invalidated when one is read. */
export const notificationQueries = {
  all: ['notifications'] as const,
  home: () => queryOptions({ queryKey: ['home'], queryFn: ({ signal }) => notificationsApi.home(signal) }),
  list: (query: { unread: boolean; limit: number; offset: number }) =>
    queryOptions({ queryKey: ['notifications', 'list', query], queryFn: ({ signal }) => notificationsApi.list(query, signal), placeholderData: keepPreviousData }),
  unread: () => queryOptions({ queryKey: ['notifications', 'unread'], queryFn: ({ signal }) => notificationsApi.unreadCount(signal), refetchInterval: UNREAD_POLL_MS }),
  settings: () => queryOptions({ queryKey: ['notifications', 'settings'], queryFn: ({ signal }) => notificationsApi.settings(signal) }),
};
