import { queryOptions } from '@tanstack/react-query';
import { client, ok } from '../../app/client';
import type { CompletionQuery, CourseBody, InviteBody, SessionBody } from './api-types';

/** Training endpoints, through the typed client. */
export const trainingApi = {
  options: (signal?: AbortSignal) => ok(client.GET('/api/v1/training/options', { signal })),
  courses: (signal?: AbortSignal) => ok(client.GET('/api/v1/training/courses', { signal })),
  course: (id: string, signal?: AbortSignal) => ok(client.GET('/api/v1/training/courses/{id}', { params: { path: { id } }, signal })),
  createCourse: (body: CourseBody) => ok(client.POST('/api/v1/training/courses', { body })),
  editCourse: (id: string, body: CourseBody) => ok(client.PUT('/api/v1/training/courses/{id}', { params: { path: { id } }, body })),
  addSession: (courseId: string, body: SessionBody) => ok(client.POST('/api/v1/training/courses/{id}/sessions', { params: { path: { id: courseId } }, body })),
  session: (id: string, signal?: AbortSignal) => ok(client.GET('/api/v1/training/sessions/{id}', { params: { path: { id } }, signal })),
  people: (query: { unitId?: string; unitType?: string }, signal?: AbortSignal) => ok(client.GET('/api/v1/training/people', { params: { query }, signal })),
  invite: (sessionId: string, body: InviteBody) => ok(client.POST('/api/v1/training/sessions/{id}/invitations', { params: { path: { id: sessionId } }, body })),
  markAttendance: (sessionId: string, participantId: string) => ok(client.POST('/api/v1/training/sessions/{id}/participants/{participantId}/attend', { params: { path: { id: sessionId, participantId } } })),
  setStatus: (sessionId: string, status: 'held' | 'closed' | 'cancelled') => ok(client.POST('/api/v1/training/sessions/{id}/status', { params: { path: { id: sessionId } }, body: { status } })),
  completions: (query: CompletionQuery, signal?: AbortSignal) => ok(client.GET('/api/v1/training/completions', { params: { query }, signal })),
};

/** The queries of this feature: everything under ['training'] is invalidated after a change. */
export const trainingQueries = {
  all: ['training'] as const,
  options: () => queryOptions({ queryKey: ['training', 'options'], queryFn: ({ signal }) => trainingApi.options(signal), staleTime: 5 * 60_000 }),
  courses: () => queryOptions({ queryKey: ['training', 'courses'], queryFn: ({ signal }) => trainingApi.courses(signal) }),
  course: (id: string) => queryOptions({ queryKey: ['training', 'course', id], queryFn: ({ signal }) => trainingApi.course(id, signal) }),
  session: (id: string) => queryOptions({ queryKey: ['training', 'session', id], queryFn: ({ signal }) => trainingApi.session(id, signal) }),
  people: (unitId: string) => queryOptions({ queryKey: ['training', 'people', unitId], queryFn: ({ signal }) => trainingApi.people({ unitId }, signal), enabled: unitId !== '' }),
  completions: (query: CompletionQuery) => queryOptions({ queryKey: ['training', 'completions', query], queryFn: ({ signal }) => trainingApi.completions(query, signal) }),
};

/** The XLSX export of the completion list with the same filters. */
export function completionsXlsxHref(query: CompletionQuery): string {
  const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, String(v)]));
  const qs = params.toString();
  return `/api/v1/training/completions.xlsx${qs ? `?${qs}` : ''}`;
}
