import { request } from './api';
import type { Me } from './api-types';

type Signal = AbortSignal | undefined;

/** Session endpoints. */
export const sessionApi = {
  /** Probes the current session; a 401 here is not an "expired session". */
  probe: (signal?: Signal) => request<Me>('/api/v1/session', { signal, allow401: true }),
  signIn: (username: string, password: string) =>
    request<Me>('/api/v1/session', { method: 'POST', body: { username, password }, allow401: true }),
  signOut: () => request<void>('/api/v1/session', { method: 'DELETE', allow401: true }),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<void>('/api/v1/session/password', { method: 'POST', body: { currentPassword, newPassword } }),
};
