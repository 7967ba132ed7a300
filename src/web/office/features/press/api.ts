import { queryOptions } from '@tanstack/react-query';
import { request } from '../../app/api';
import { client, ok } from '../../app/client';
import type { BodyOf } from '../../app/contract';
import type { InquiryBody, InquiryDetail, InquiryQuery, SpokespersonBody } from './api-types';

/** Press endpoints, through the typed client. */
export const pressApi = {
  spokespeople: (signal?: AbortSignal) => ok(client.GET('/api/v1/press/spokespeople', { signal })),
  spokesperson: (id: string, signal?: AbortSignal) => ok(client.GET('/api/v1/press/spokespeople/{id}', { params: { path: { id } }, signal })),
  addSpokesperson: (body: SpokespersonBody) => ok(client.POST('/api/v1/press/spokespeople', { body })),
  editSpokesperson: (id: string, body: SpokespersonBody) => ok(client.PUT('/api/v1/press/spokespeople/{id}', { params: { path: { id } }, body })),
  endSpokesperson: (id: string, body: { endOn: string; reason: string }) => ok(client.POST('/api/v1/press/spokespeople/{id}/end', { params: { path: { id } }, body })),
  inquiries: (query: InquiryQuery, signal?: AbortSignal) => ok(client.GET('/api/v1/press/inquiries', { params: { query }, signal })),
  inquiry: (id: string, signal?: AbortSignal) => ok(client.GET('/api/v1/press/inquiries/{id}', { params: { path: { id } }, signal })),
  /** The draft policies an inquiry may be about (the policy register's list). */
  policies: (signal?: AbortSignal) => ok(client.GET('/api/v1/policies', { params: { query: {} }, signal })),
  options: (signal?: AbortSignal) => ok(client.GET('/api/v1/press/inquiry-options', { signal })),
  officers: (unitId: string, signal?: AbortSignal) => ok(client.GET('/api/v1/press/officers', { params: { query: { unitId } }, signal })),
  receive: (body: InquiryBody) => ok(client.POST('/api/v1/press/inquiries', { body })),
  assign: (id: string, body: { unitId: string; officerId?: string | null }) => ok(client.POST('/api/v1/press/inquiries/{id}/assign', { params: { path: { id } }, body })),
  notice: (id: string, body: { sentOn: string; ref: string }) => ok(client.POST('/api/v1/press/inquiries/{id}/notice', { params: { path: { id } }, body })),
  extend: (id: string, body: { days: number; reason: string }) => ok(client.POST('/api/v1/press/inquiries/{id}/extend', { params: { path: { id } }, body })),
  answer: (id: string, body: { text: string }) => ok(client.POST('/api/v1/press/inquiries/{id}/answer', { params: { path: { id } }, body })),
  /** The file sent with the answer (multipart, which the typed client does not describe). */
  attachFile: (id: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return request<InquiryDetail>(`/api/v1/press/inquiries/${encodeURIComponent(id)}/answer-file`, { method: 'POST', body: form });
  },
  refuse: (id: string, body: BodyOf<'/api/v1/press/inquiries/{id}/refuse', 'post'>) => ok(client.POST('/api/v1/press/inquiries/{id}/refuse', { params: { path: { id } }, body })),
};

/** The queries of this feature: everything under ['press'] is invalidated after a change. */
export const pressQueries = {
  all: ['press'] as const,
  spokespeople: () => queryOptions({ queryKey: ['press', 'spokespeople'], queryFn: ({ signal }) => pressApi.spokespeople(signal) }),
  spokesperson: (id: string) => queryOptions({ queryKey: ['press', 'spokespeople', id], queryFn: ({ signal }) => pressApi.spokesperson(id, signal) }),
  inquiries: (query: InquiryQuery) => queryOptions({ queryKey: ['press', 'inquiries', query], queryFn: ({ signal }) => pressApi.inquiries(query, signal) }),
  inquiry: (id: string) => queryOptions({ queryKey: ['press', 'inquiry', id], queryFn: ({ signal }) => pressApi.inquiry(id, signal) }),
  options: () => queryOptions({ queryKey: ['press', 'options'], queryFn: ({ signal }) => pressApi.options(signal), staleTime: 5 * 60_000 }),
  policies: () => queryOptions({ queryKey: ['press', 'policies'], queryFn: ({ signal }) => pressApi.policies(signal), staleTime: 60_000 }),
  officers: (unitId: string) => queryOptions({ queryKey: ['press', 'officers', unitId], queryFn: ({ signal }) => pressApi.officers(unitId, signal), enabled: unitId !== '' }),
};
