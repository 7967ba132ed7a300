import { request } from './api';
import type { Answer, BodyOf } from './contract';

/**
 * Session endpoints, typed by the contract. They are part of the sign-in page's first download, so they use the
 * small request() helper rather than the typed client (openapi-fetch comes with the first signed-in page).
 */
export const sessionApi = {
  /** Probes the current session; a 401 here is not an "expired session". */
  probe: (signal?: AbortSignal) => request<Answer<'/api/v1/session'>>('/api/v1/session', { signal, allow401: true }),
  signIn: (username: string, password: string) =>
    request<Answer<'/api/v1/session', 'post'>>('/api/v1/session', { method: 'POST', body: { username, password } satisfies BodyOf<'/api/v1/session', 'post'>, allow401: true }),
  signOut: () => request<void>('/api/v1/session', { method: 'DELETE', allow401: true }),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<void>('/api/v1/session/password', { method: 'POST', body: { currentPassword, newPassword } satisfies BodyOf<'/api/v1/session/password', 'post'> }),
};
