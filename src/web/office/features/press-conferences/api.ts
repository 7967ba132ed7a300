import { queryOptions } from '@tanstack/react-query';
import { request } from '../../app/api';
import { client, ok } from '../../app/client';
import type { AgencyBody, AttendanceBody, ConferenceBody, ConferenceDetail, ConferenceQuery, QuestionBody } from './api-types';

const path = (id: string) => ({ params: { path: { id } } });

/** Press agencies and conferences endpoints, through the typed client. */
export const conferencesApi = {
  agencies: (q: { q?: string }, signal?: AbortSignal) => ok(client.GET('/api/v1/press/agencies', { params: { query: q }, signal })),
  agency: (id: string, signal?: AbortSignal) => ok(client.GET('/api/v1/press/agencies/{id}', { ...path(id), signal })),
  agencyOptions: (signal?: AbortSignal) => ok(client.GET('/api/v1/press/agency-options', { signal })),
  addAgency: (body: AgencyBody) => ok(client.POST('/api/v1/press/agencies', { body })),
  editAgency: (id: string, body: AgencyBody) => ok(client.PUT('/api/v1/press/agencies/{id}', { ...path(id), body })),
  endAgency: (id: string, body: { endOn: string; reason: string }) => ok(client.POST('/api/v1/press/agencies/{id}/end', { ...path(id), body })),
  conferences: (query: ConferenceQuery, signal?: AbortSignal) => ok(client.GET('/api/v1/press/conferences', { params: { query }, signal })),
  conference: (id: string, signal?: AbortSignal) => ok(client.GET('/api/v1/press/conferences/{id}', { ...path(id), signal })),
  options: (signal?: AbortSignal) => ok(client.GET('/api/v1/press/conference-options', { signal })),
  /** The draft policies a conference may be about (the policy register's list). */
  policies: (signal?: AbortSignal) => ok(client.GET('/api/v1/policies', { params: { query: {} }, signal })),
  schedule: (body: ConferenceBody) => ok(client.POST('/api/v1/press/conferences', { body })),
  edit: (id: string, body: ConferenceBody) => ok(client.PUT('/api/v1/press/conferences/{id}', { ...path(id), body })),
  cancel: (id: string, reason: string) => ok(client.POST('/api/v1/press/conferences/{id}/cancel', { ...path(id), body: { reason } })),
  invite: (id: string, agencyIds: string[]) => ok(client.POST('/api/v1/press/conferences/{id}/invitations', { ...path(id), body: { agencyIds } })),
  resend: (id: string, agencyId: string) => ok(client.POST('/api/v1/press/conferences/{id}/invitations/resend', { ...path(id), body: { agencyId } })),
  held: (id: string, body: { participants?: string | null; summary?: string | null }) => ok(client.POST('/api/v1/press/conferences/{id}/held', { ...path(id), body })),
  attendance: (id: string, body: AttendanceBody) => ok(client.POST('/api/v1/press/conferences/{id}/attendance', { ...path(id), body })),
  ask: (id: string, body: QuestionBody) => ok(client.POST('/api/v1/press/conferences/{id}/questions', { ...path(id), body })),
  answer: (id: string, questionId: string, answer: string) => ok(client.POST('/api/v1/press/conferences/{id}/questions/{questionId}/answer', { params: { path: { id, questionId } }, body: { answer } })),
  issueMinutes: (id: string) => ok(client.POST('/api/v1/press/conferences/{id}/minutes', { ...path(id) })),
  /** A material (multipart, which the typed client does not describe). */
  attach: (id: string, kind: string, file: File) => {
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', file, file.name);
    return request<ConferenceDetail>(`/api/v1/press/conferences/${encodeURIComponent(id)}/materials`, { method: 'POST', body: form });
  },
};

/** The queries of this feature: everything under ['press-conferences'] is invalidated after a change. */
export const conferencesQueries = {
  all: ['press-conferences'] as const,
  agencies: (q: string) => queryOptions({ queryKey: ['press-conferences', 'agencies', q], queryFn: ({ signal }) => conferencesApi.agencies(q ? { q } : {}, signal) }),
  agency: (id: string) => queryOptions({ queryKey: ['press-conferences', 'agency', id], queryFn: ({ signal }) => conferencesApi.agency(id, signal) }),
  agencyOptions: () => queryOptions({ queryKey: ['press-conferences', 'agency-options'], queryFn: ({ signal }) => conferencesApi.agencyOptions(signal), staleTime: 5 * 60_000 }),
  conferences: (query: ConferenceQuery) => queryOptions({ queryKey: ['press-conferences', 'list', query], queryFn: ({ signal }) => conferencesApi.conferences(query, signal) }),
  conference: (id: string) => queryOptions({ queryKey: ['press-conferences', 'conference', id], queryFn: ({ signal }) => conferencesApi.conference(id, signal) }),
  options: () => queryOptions({ queryKey: ['press-conferences', 'options'], queryFn: ({ signal }) => conferencesApi.options(signal), staleTime: 60_000 }),
  policies: () => queryOptions({ queryKey: ['press-conferences', 'policies'], queryFn: ({ signal }) => conferencesApi.policies(signal), staleTime: 60_000 }),
};
