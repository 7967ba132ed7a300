import { query, request } from '../../app/api';
import type { Role, User } from '../../app/api-types';
import type { Lang } from '../../app/i18n';
import type { AuditFilter, AuditFilterOptions, AuditPage, AuditVerification, ChecklistItem, Page, Person, PersonInput, UserInput, UserPatch } from './api-types';

type Signal = AbortSignal | undefined;

const id = (value: string) => encodeURIComponent(value);

/** Accounts beyond the basic list: editing, roles, forgotten password, first-run checklist (issue 8). */
export const accountsApi = {
  update: (userId: string, patch: UserPatch) => request<User>(`/api/v1/users/${id(userId)}`, { method: 'PATCH', body: patch }),
  setRoles: (userId: string, roles: Array<{ role: Role; unitId: string }>) =>
    request<User>(`/api/v1/users/${id(userId)}/roles`, { method: 'PUT', body: { roles } }),
  /** Always answers with the same neutral message (no account enumeration). */
  forgotPassword: (identifier: string) =>
    request<{ message: string }>('/api/v1/password-reset/request', { method: 'POST', body: { identifier }, allow401: true }),
  resetWithToken: (token: string, newPassword: string) =>
    request<void>('/api/v1/password-reset', { method: 'POST', body: { token, newPassword }, allow401: true }),
  checklist: (signal?: Signal) => request<{ items: ChecklistItem[] }>('/api/v1/setup/checklist', { signal }),
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
  list: (filter: AuditFilter, lang: Lang, before: number | null, signal?: Signal) =>
    request<AuditPage>(`/api/v1/audit${query({ ...filter, lang, limit: 50, before })}`, { signal }),
  filters: (lang: Lang, signal?: Signal) => request<AuditFilterOptions>(`/api/v1/audit/filters${query({ lang })}`, { signal }),
  /** The filtered list as a file to download (streamed by the server). */
  exportHref: (filter: AuditFilter, lang: Lang, format: 'csv' | 'xlsx') => `/api/v1/audit/export.${format}${query({ ...filter, lang })}`,
  verify: () => request<AuditVerification>('/api/v1/audit/verification', { method: 'POST' }),
};
