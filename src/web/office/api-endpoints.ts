import { query, request } from './api';
import type {
  AuditPage,
  Me,
  OrgGroups,
  OrgTree,
  OrgUnit,
  Page,
  Person,
  PersonInput,
  ResolveResult,
  Role,
  User,
  UserInput,
} from './api-types';

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

/** Organisation endpoints. */
export const orgApi = {
  tree: (at: string, signal?: Signal) => request<OrgTree>(`/api/v1/org/tree${query({ at })}`, { signal }),
  unit: (id: string, at: string | null, signal?: Signal) =>
    request<OrgUnit>(`/api/v1/org/units/${encodeURIComponent(id)}${query({ at })}`, { signal }),
  groups: (at: string, signal?: Signal) => request<OrgGroups>(`/api/v1/org/groups${query({ at })}`, { signal }),
  resolve: (name: string, at: string, signal?: Signal) =>
    request<ResolveResult>(`/api/v1/org/resolve${query({ name, at })}`, { signal }),
};

/** Paging parameters of list endpoints. */
export interface ListParams {
  q?: string;
  limit: number;
  offset: number;
}

/** People directory endpoints. */
export const peopleApi = {
  list: (p: ListParams & { unitId?: string }, signal?: Signal) =>
    request<Page<Person>>(`/api/v1/people${query({ q: p.q, unitId: p.unitId, limit: p.limit, offset: p.offset })}`, {
      signal,
    }),
  create: (input: PersonInput) => request<Person>('/api/v1/people', { method: 'POST', body: input }),
};

/** User administration endpoints. */
export const usersApi = {
  list: (p: ListParams, signal?: Signal) =>
    request<Page<User>>(`/api/v1/users${query({ q: p.q, limit: p.limit, offset: p.offset })}`, { signal }),
  create: (input: UserInput) => request<User>('/api/v1/users', { method: 'POST', body: input }),
  setDisabled: (id: string, isDisabled: boolean) =>
    request<User>(`/api/v1/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: { isDisabled } }),
  setRoles: (id: string, roles: Array<{ role: Role; unitId: string }>) =>
    request<User>(`/api/v1/users/${encodeURIComponent(id)}/roles`, { method: 'PUT', body: { roles } }),
  resetPassword: (id: string, newPassword: string) =>
    request<void>(`/api/v1/users/${encodeURIComponent(id)}/password`, { method: 'POST', body: { newPassword } }),
};

/** Audit-log endpoint. */
export const auditApi = {
  list: (before: number | string | null, signal?: Signal) =>
    request<AuditPage>(`/api/v1/audit${query({ limit: 50, before })}`, { signal }),
};
