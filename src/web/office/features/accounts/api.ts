import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import { query } from '../../app/api';
import { client, ok } from '../../app/client';
import type { Lang } from '../../app/i18n';
import type { AuditFilter, PersonInput, RoleGrant, UserInput, UserPatch } from './api-types';

type Signal = AbortSignal | undefined;

/** Accounts beyond the basic list: editing, roles, forgotten password, first-run checklist (issue 8). */
export const accountsApi = {
  update: (id: string, body: UserPatch) => ok(client.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body })),
  setRoles: (id: string, roles: RoleGrant[]) => ok(client.PUT('/api/v1/users/{id}/roles', { params: { path: { id } }, body: { roles } })),
  /** Always answers with the same neutral message (no account enumeration). */
  forgotPassword: (identifier: string) => ok(client.POST('/api/v1/password-reset/request', { body: { identifier } }), { allow401: true }),
  resetWithToken: (token: string, newPassword: string) =>
    ok(client.POST('/api/v1/password-reset', { body: { token, newPassword } }), { allow401: true }),
  checklist: (signal?: Signal) => ok(client.GET('/api/v1/setup/checklist', { signal })),
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
    ok(client.GET('/api/v1/people', { params: { query: { q: p.q || undefined, unitId: p.unitId, limit: p.limit, offset: p.offset } }, signal })),
  create: (body: PersonInput) => ok(client.POST('/api/v1/people', { body })),
};

/** User administration endpoints. */
export const usersApi = {
  list: (p: ListParams, signal?: Signal) =>
    ok(client.GET('/api/v1/users', { params: { query: { q: p.q || undefined, limit: p.limit, offset: p.offset } }, signal })),
  create: (body: UserInput) => ok(client.POST('/api/v1/users', { body })),
  setDisabled: (id: string, isDisabled: boolean) => accountsApi.update(id, { isDisabled }),
  setRoles: (id: string, roles: RoleGrant[]) => accountsApi.setRoles(id, roles),
  resetPassword: (id: string, newPassword: string) =>
    ok(client.POST('/api/v1/users/{id}/password', { params: { path: { id } }, body: { newPassword } })),
};

/** Entries of one page of the audit list. */
export const AUDIT_PAGE_SIZE = 50;

/** Audit-log endpoint. */
export const auditApi = {
  list: (filter: AuditFilter, lang: Lang, before: number | null, signal?: Signal) =>
    ok(client.GET('/api/v1/audit', { params: { query: { ...filter, lang, limit: AUDIT_PAGE_SIZE, before: before ?? undefined } }, signal })),
  filters: (lang: Lang, signal?: Signal) => ok(client.GET('/api/v1/audit/filters', { params: { query: { lang } }, signal })),
  /** The filtered list as a file to download (streamed by the server). */
  exportHref: (filter: AuditFilter, lang: Lang, format: 'csv' | 'xlsx') => `/api/v1/audit/export.${format}${query({ ...filter, lang })}`,
  verify: () => ok(client.POST('/api/v1/audit/verification')),
};

/**
 * The queries of this feature, all under ['accounts']. The audit list and the first-run checklist are always
 * asked again when shown (staleTime 0): every feature's changes write to them, not only this one's.
 */
export const accountQueries = {
  all: ['accounts'] as const,
  users: ['accounts', 'users'] as const,
  people: ['accounts', 'people'] as const,
  checklistKey: ['accounts', 'checklist'] as const,
  userList: (p: ListParams) =>
    queryOptions({ queryKey: ['accounts', 'users', p], queryFn: ({ signal }) => usersApi.list(p, signal), placeholderData: keepPreviousData }),
  personList: (p: ListParams & { unitId?: string }) =>
    queryOptions({ queryKey: ['accounts', 'people', p], queryFn: ({ signal }) => peopleApi.list(p, signal), placeholderData: keepPreviousData }),
  checklist: () => queryOptions({ queryKey: ['accounts', 'checklist'], queryFn: ({ signal }) => accountsApi.checklist(signal), staleTime: 0 }),
  auditFilters: (lang: Lang) =>
    queryOptions({ queryKey: ['accounts', 'audit', 'filters', lang], queryFn: ({ signal }) => auditApi.filters(lang, signal) }),
  /** The audit list page by page ("Xem thêm" asks for the entries before the last one shown). */
  auditList: (filter: AuditFilter, lang: Lang) =>
    infiniteQueryOptions({
      queryKey: ['accounts', 'audit', 'list', filter, lang],
      queryFn: ({ signal, pageParam }) => auditApi.list(filter, lang, pageParam, signal),
      initialPageParam: null as number | null,
      getNextPageParam: (last) => last.nextBefore,
      staleTime: 0,
    }),
};
