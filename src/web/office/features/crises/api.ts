import { queryOptions } from '@tanstack/react-query';
import { client, ok } from '../../app/client';
import type { BodyOf } from '../../app/contract';
import type { MemberBody, OpenBody, ReviewBody, StatementBody, TaskBody } from './api-types';

const at = (id: string) => ({ params: { path: { id } } });
const st = (id: string, statementId: string) => ({ params: { path: { id, statementId } } });

/** Crisis endpoints, through the typed client. */
export const crisesApi = {
  list: (query: { open?: boolean; itemId?: string }, signal?: AbortSignal) => ok(client.GET('/api/v1/crises', { params: { query }, signal })),
  options: (signal?: AbortSignal) => ok(client.GET('/api/v1/crises/options', { signal })),
  /** The draft policies a crisis may concern (the policy register's list). */
  policies: (signal?: AbortSignal) => ok(client.GET('/api/v1/policies', { params: { query: {} }, signal })),
  crisis: (id: string, signal?: AbortSignal) => ok(client.GET('/api/v1/crises/{id}', { ...at(id), signal })),
  open: (body: OpenBody) => ok(client.POST('/api/v1/crises', { body })),
  status: (id: string, body: BodyOf<'/api/v1/crises/{id}/status', 'post'>) => ok(client.POST('/api/v1/crises/{id}/status', { ...at(id), body })),
  severity: (id: string, body: BodyOf<'/api/v1/crises/{id}/severity', 'post'>) => ok(client.POST('/api/v1/crises/{id}/severity', { ...at(id), body })),
  linkItems: (id: string, itemIds: string[]) => ok(client.POST('/api/v1/crises/{id}/items', { ...at(id), body: { itemIds } })),
  note: (id: string, text: string) => ok(client.POST('/api/v1/crises/{id}/notes', { ...at(id), body: { text } })),
  member: (id: string, body: MemberBody) => ok(client.POST('/api/v1/crises/{id}/members', { ...at(id), body })),
  roster: (id: string, body: BodyOf<'/api/v1/crises/{id}/roster', 'post'>) => ok(client.POST('/api/v1/crises/{id}/roster', { ...at(id), body })),
  task: (id: string, body: TaskBody) => ok(client.POST('/api/v1/crises/{id}/tasks', { ...at(id), body })),
  taskDone: (id: string, taskId: string) => ok(client.POST('/api/v1/crises/{id}/tasks/{taskId}/done', { params: { path: { id, taskId } } })),
  draft: (id: string, body: StatementBody) => ok(client.POST('/api/v1/crises/{id}/statements', { ...at(id), body })),
  revise: (id: string, statementId: string, body: StatementBody) => ok(client.POST('/api/v1/crises/{id}/statements/{statementId}/versions', { ...st(id, statementId), body })),
  approve: (id: string, statementId: string) => ok(client.POST('/api/v1/crises/{id}/statements/{statementId}/approve', st(id, statementId))),
  publish: (id: string, statementId: string) => ok(client.POST('/api/v1/crises/{id}/statements/{statementId}/publish', st(id, statementId))),
  withdraw: (id: string, statementId: string, note: string) => ok(client.POST('/api/v1/crises/{id}/statements/{statementId}/withdraw', { ...st(id, statementId), body: { note } })),
  notify: (id: string, body: BodyOf<'/api/v1/crises/{id}/notify', 'post'>) => ok(client.POST('/api/v1/crises/{id}/notify', { ...at(id), body })),
  review: (id: string, body: ReviewBody) => ok(client.POST('/api/v1/crises/{id}/review', { ...at(id), body })),
  close: (id: string) => ok(client.POST('/api/v1/crises/{id}/close', { ...at(id), body: {} })),
};

/** The queries of this feature: everything under ['crises'] is invalidated after a change. */
export const crisesQueries = {
  all: ['crises'] as const,
  list: (query: { open?: boolean; itemId?: string } = {}) => queryOptions({ queryKey: ['crises', 'list', query], queryFn: ({ signal }) => crisesApi.list(query, signal) }),
  options: () => queryOptions({ queryKey: ['crises', 'options'], queryFn: ({ signal }) => crisesApi.options(signal), staleTime: 60_000 }),
  policies: () => queryOptions({ queryKey: ['crises', 'policies'], queryFn: ({ signal }) => crisesApi.policies(signal), staleTime: 60_000 }),
  crisis: (id: string) => queryOptions({ queryKey: ['crises', 'crisis', id], queryFn: ({ signal }) => crisesApi.crisis(id, signal) }),
};
