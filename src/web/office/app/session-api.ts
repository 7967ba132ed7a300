import { client, ok } from './client';

/** Session endpoints, through the typed client. */
export const sessionApi = {
  /** Probes the current session; a 401 here is not an "expired session". */
  probe: (signal?: AbortSignal) => ok(client.GET('/api/v1/session', { signal }), { allow401: true }),
  signIn: (username: string, password: string) => ok(client.POST('/api/v1/session', { body: { username, password } }), { allow401: true }),
  signOut: () => ok(client.DELETE('/api/v1/session'), { allow401: true }),
  changePassword: (currentPassword: string, newPassword: string) => ok(client.POST('/api/v1/session/password', { body: { currentPassword, newPassword } })),
};
