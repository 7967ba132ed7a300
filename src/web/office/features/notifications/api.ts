import { query, request } from '../../app/api';
import type { HomeView, NotificationChannel, NotificationKind, NotificationPage, NotificationSettings } from './api-types';

type Signal = AbortSignal | undefined;

/** Home page and notification endpoints. */
export const notificationsApi = {
  home: (signal?: Signal) => request<HomeView>('/api/v1/home', { signal }),
  list: (params: { unread: boolean; limit: number; offset: number }, signal?: Signal) =>
    request<NotificationPage>(`/api/v1/notifications${query({ unread: params.unread ? 'true' : null, limit: params.limit, offset: params.offset })}`, { signal }),
  unreadCount: (signal?: Signal) => request<{ unread: number }>('/api/v1/notifications/unread-count', { signal }),
  markRead: (id: string) => request<{ unread: number }>(`/api/v1/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' }),
  markAllRead: () => request<{ marked: number; unread: number }>('/api/v1/notifications/read-all', { method: 'POST' }),
  settings: (signal?: Signal) => request<NotificationSettings>('/api/v1/notifications/settings', { signal }),
  saveSettings: (body: { channels: Partial<Record<NotificationKind, NotificationChannel>>; roundClosingDays: number }) =>
    request<NotificationSettings>('/api/v1/notifications/settings', { method: 'PUT', body }),
};

const listeners = new Set<() => void>();

/** Tells the bell that the unread count changed (a notification was read on the page). */
export function notifyUnreadChanged(): void {
  for (const l of listeners) l();
}

/** Subscribes to {@link notifyUnreadChanged}; returns the unsubscribe function. */
export function onUnreadChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
