import { queryOptions } from '@tanstack/react-query';
import { request } from '../../app/api';
import { client, ok } from '../../app/client';
import type { AcceptanceBody, AllocationBody, CommissionBody, CommissionDetail, CommissionQuery, DeliverableBody, EndServiceListBody, PaymentBody, ServiceListBody, SignBody } from './api-types';

const path = (id: string) => ({ params: { path: { id } } });

/** Commissions endpoints, through the typed client. */
export const commissionsApi = {
  list: (query: CommissionQuery, signal?: AbortSignal) => ok(client.GET('/api/v1/commissions', { params: { query }, signal })),
  options: (signal?: AbortSignal) => ok(client.GET('/api/v1/commissions/options', { signal })),
  one: (id: string, signal?: AbortSignal) => ok(client.GET('/api/v1/commissions/{id}', { ...path(id), signal })),
  create: (body: CommissionBody) => ok(client.POST('/api/v1/commissions', { body })),
  edit: (id: string, body: CommissionBody) => ok(client.PUT('/api/v1/commissions/{id}', { ...path(id), body })),
  approve: (id: string) => ok(client.POST('/api/v1/commissions/{id}/approve', path(id))),
  sign: (id: string, body: SignBody) => ok(client.POST('/api/v1/commissions/{id}/sign', { ...path(id), body })),
  cancel: (id: string, body: { reason: string }) => ok(client.POST('/api/v1/commissions/{id}/cancel', { ...path(id), body })),
  liquidate: (id: string, body: { liquidatedOn: string }) => ok(client.POST('/api/v1/commissions/{id}/liquidate', { ...path(id), body })),
  deliver: (id: string, body: DeliverableBody) => ok(client.POST('/api/v1/commissions/{id}/deliverables', { ...path(id), body })),
  /** A deliverable with its file (multipart, which the typed client does not describe). */
  deliverWithFile: (id: string, body: DeliverableBody, file: File) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(body)) if (v !== null && v !== undefined && v !== '') form.append(k, String(v));
    form.append('file', file, file.name);
    return request<CommissionDetail>(`/api/v1/commissions/${encodeURIComponent(id)}/deliverables/upload`, { method: 'POST', body: form });
  },
  accept: (id: string, body: AcceptanceBody) => ok(client.POST('/api/v1/commissions/{id}/acceptances', { ...path(id), body })),
  pay: (id: string, body: PaymentBody) => ok(client.POST('/api/v1/commissions/{id}/payments', { ...path(id), body })),
  budget: (planId: string, year: number | undefined, signal?: AbortSignal) => ok(client.GET('/api/v1/commissions/budget', { params: { query: { planId, ...(year ? { year } : {}) } }, signal })),
  allocate: (body: AllocationBody) => ok(client.PUT('/api/v1/commissions/budget', { body })),
  setService: (id: string, serviceId: string) => ok(client.POST('/api/v1/commissions/{id}/service', { ...path(id), body: { serviceId } })),
  serviceLists: (signal?: AbortSignal) => ok(client.GET('/api/v1/commissions/service-lists', { signal })),
  createServiceList: (body: ServiceListBody) => ok(client.POST('/api/v1/commissions/service-lists', { body })),
  endServiceList: (id: string, body: EndServiceListBody) => ok(client.POST('/api/v1/commissions/service-lists/{id}/end', { ...path(id), body })),
};

/** The queries of this feature: everything under ['commissions'] is invalidated after a change. */
export const commissionsQueries = {
  all: ['commissions'] as const,
  list: (query: CommissionQuery) => queryOptions({ queryKey: ['commissions', 'list', query], queryFn: ({ signal }) => commissionsApi.list(query, signal) }),
  options: () => queryOptions({ queryKey: ['commissions', 'options'], queryFn: ({ signal }) => commissionsApi.options(signal), staleTime: 5 * 60_000 }),
  one: (id: string) => queryOptions({ queryKey: ['commissions', 'one', id], queryFn: ({ signal }) => commissionsApi.one(id, signal) }),
  serviceLists: () => queryOptions({ queryKey: ['commissions', 'service-lists'], queryFn: ({ signal }) => commissionsApi.serviceLists(signal) }),
  budget: (planId: string, year: number | undefined) => queryOptions({ queryKey: ['commissions', 'budget', planId, year], queryFn: ({ signal }) => commissionsApi.budget(planId, year, signal), enabled: planId !== '' }),
};

/** Where the order's and an acceptance record's DOCX download (the session cookie authorises a plain link). */
export const documentUrls = {
  order: (id: string) => `/api/v1/commissions/${encodeURIComponent(id)}/order.docx`,
  acceptance: (id: string, acceptanceId: string) => `/api/v1/commissions/${encodeURIComponent(id)}/acceptances/${encodeURIComponent(acceptanceId)}/record.docx`,
};

/** "1.250.000 đ": amounts in đồng as Vietnamese people write them (a no-break space keeps "đ" with its number). */
export function vnd(n: number): string {
  return `${String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}\u00a0đ`;
}
