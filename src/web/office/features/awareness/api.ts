import { queryOptions } from '@tanstack/react-query';
import { client, ok } from '../../app/client';
import type { ActivityBody, CampaignBody } from './api-types';

/** Awareness campaigns endpoints, through the typed client. */
export const awarenessApi = {
  options: (signal?: AbortSignal) => ok(client.GET('/api/v1/awareness/options', { signal })),
  campaigns: (signal?: AbortSignal) => ok(client.GET('/api/v1/awareness/campaigns', { signal })),
  campaign: (id: string, signal?: AbortSignal) => ok(client.GET('/api/v1/awareness/campaigns/{id}', { params: { path: { id } }, signal })),
  create: (body: CampaignBody) => ok(client.POST('/api/v1/awareness/campaigns', { body })),
  edit: (id: string, body: CampaignBody) => ok(client.PUT('/api/v1/awareness/campaigns/{id}', { params: { path: { id } }, body })),
  addActivity: (id: string, body: ActivityBody) => ok(client.POST('/api/v1/awareness/campaigns/{id}/activities', { params: { path: { id } }, body })),
  /** The draft policies a campaign may be about (the policy register's list). */
  policies: (signal?: AbortSignal) => ok(client.GET('/api/v1/policies', { params: { query: {} }, signal })),
};

/** The queries of this feature: everything under ['awareness'] is invalidated after a change. */
export const awarenessQueries = {
  all: ['awareness'] as const,
  options: () => queryOptions({ queryKey: ['awareness', 'options'], queryFn: ({ signal }) => awarenessApi.options(signal), staleTime: 5 * 60_000 }),
  campaigns: () => queryOptions({ queryKey: ['awareness', 'campaigns'], queryFn: ({ signal }) => awarenessApi.campaigns(signal) }),
  campaign: (id: string) => queryOptions({ queryKey: ['awareness', 'campaign', id], queryFn: ({ signal }) => awarenessApi.campaign(id, signal) }),
  policies: () => queryOptions({ queryKey: ['awareness', 'policies'], queryFn: ({ signal }) => awarenessApi.policies(signal), staleTime: 60_000 }),
};
