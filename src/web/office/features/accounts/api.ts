import { request } from '../../app/api';
import type { Role, User } from '../../app/api-types';
import type { ChecklistItem, UserPatch } from './api-types';

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
