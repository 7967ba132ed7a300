import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { client, ok } from '../../app/client';
import type { AlertRuleBody, OutcomeBody, ReferralBody, ReviewBody, TakedownBody } from './api-types';

/** The monitoring response endpoints, through the typed client. */
export const responseApi = {
  rules: (signal?: AbortSignal) => ok(client.GET('/api/v1/monitoring/alert-rules', { signal })),
  recipients: (signal?: AbortSignal) => ok(client.GET('/api/v1/monitoring/alert-recipients', { signal })),
  /** The module core's sources, for a "source of concern" rule. */
  sources: (signal?: AbortSignal) => ok(client.GET('/api/v1/monitoring/sources', { signal })),
  createRule: (body: AlertRuleBody) => ok(client.POST('/api/v1/monitoring/alert-rules', { body })),
  updateRule: (id: string, body: AlertRuleBody) => ok(client.PUT('/api/v1/monitoring/alert-rules/{id}', { params: { path: { id } }, body })),
  alerts: (query: { limit: number; offset: number }, signal?: AbortSignal) => ok(client.GET('/api/v1/monitoring/alerts', { params: { query }, signal })),
  acknowledge: (id: string) => ok(client.POST('/api/v1/monitoring/alerts/{id}/acknowledge', { params: { path: { id } } })),
  queue: (query: { state: 'waiting' | 'reviewed'; limit: number; offset: number }, signal?: AbortSignal) => ok(client.GET('/api/v1/monitoring/review-queue', { params: { query }, signal })),
  itemResponse: (id: string, signal?: AbortSignal) => ok(client.GET('/api/v1/monitoring/items/{id}/response', { params: { path: { id } }, signal })),
  review: (id: string, body: ReviewBody) => ok(client.POST('/api/v1/monitoring/items/{id}/review', { params: { path: { id } }, body })),
  capture: (id: string) => ok(client.POST('/api/v1/monitoring/items/{id}/evidence', { params: { path: { id } } })),
  flag: (id: string, body: { kind: 'review' | 'crisis'; reason: string }) => ok(client.POST('/api/v1/monitoring/items/{id}/flags', { params: { path: { id } }, body })),
  takedowns: (query: { state: 'all' | 'pending' | 'overdue'; limit: number; offset: number }, signal?: AbortSignal) => ok(client.GET('/api/v1/monitoring/takedowns', { params: { query }, signal })),
  requestTakedown: (id: string, body: TakedownBody) => ok(client.POST('/api/v1/monitoring/items/{id}/takedowns', { params: { path: { id } }, body })),
  outcome: (id: string, body: OutcomeBody) => ok(client.POST('/api/v1/monitoring/takedowns/{id}/outcome', { params: { path: { id } }, body })),
  referrals: (signal?: AbortSignal) => ok(client.GET('/api/v1/monitoring/referrals', { signal })),
  createReferral: (body: ReferralBody) => ok(client.POST('/api/v1/monitoring/referrals', { body })),
  dashboard: (days: number, signal?: AbortSignal) => ok(client.GET('/api/v1/monitoring/dashboard', { params: { query: { days } }, signal })),
  digests: (signal?: AbortSignal) => ok(client.GET('/api/v1/monitoring/digests', { signal })),
  subscribe: (body: { daily: boolean; weekly: boolean }) => ok(client.PUT('/api/v1/monitoring/digest-subscriptions', { body })),
  retrain: () => ok(client.POST('/api/v1/monitoring/sentiment/retrain')),
};

/** Download addresses (plain links: the browser saves the file). */
export const downloads = {
  evidence: (id: string) => `/api/v1/monitoring/evidence/${encodeURIComponent(id)}`,
  package: (id: string) => `/api/v1/monitoring/referrals/${encodeURIComponent(id)}/package`,
  letter: (id: string) => `/api/v1/monitoring/referrals/${encodeURIComponent(id)}/letter`,
  digest: (id: string) => `/api/v1/monitoring/digests/${encodeURIComponent(id)}/docx`,
};

/** Alerts arrive from a job every 10 s: the page asks again this often. */
export const ALERTS_POLL_MS = 10_000;

/** The queries of this feature: everything under ['monitoring-response'] is invalidated after a change. */
export const responseQueries = {
  all: ['monitoring-response'] as const,
  rules: () => queryOptions({ queryKey: ['monitoring-response', 'rules'], queryFn: ({ signal }) => responseApi.rules(signal) }),
  recipients: () => queryOptions({ queryKey: ['monitoring-response', 'recipients'], queryFn: ({ signal }) => responseApi.recipients(signal) }),
  sources: () => queryOptions({ queryKey: ['monitoring-response', 'sources'], queryFn: ({ signal }) => responseApi.sources(signal) }),
  alerts: (query: { limit: number; offset: number }) => queryOptions({ queryKey: ['monitoring-response', 'alerts', query], queryFn: ({ signal }) => responseApi.alerts(query, signal), placeholderData: keepPreviousData, refetchInterval: ALERTS_POLL_MS }),
  queue: (query: { state: 'waiting' | 'reviewed'; limit: number; offset: number }) => queryOptions({ queryKey: ['monitoring-response', 'queue', query], queryFn: ({ signal }) => responseApi.queue(query, signal), placeholderData: keepPreviousData }),
  itemResponse: (id: string) => queryOptions({ queryKey: ['monitoring-response', 'item', id], queryFn: ({ signal }) => responseApi.itemResponse(id, signal) }),
  takedowns: (query: { state: 'all' | 'pending' | 'overdue'; limit: number; offset: number }) => queryOptions({ queryKey: ['monitoring-response', 'takedowns', query], queryFn: ({ signal }) => responseApi.takedowns(query, signal), placeholderData: keepPreviousData }),
  referrals: () => queryOptions({ queryKey: ['monitoring-response', 'referrals'], queryFn: ({ signal }) => responseApi.referrals(signal) }),
  dashboard: (days: number) => queryOptions({ queryKey: ['monitoring-response', 'dashboard', days], queryFn: ({ signal }) => responseApi.dashboard(days, signal) }),
  digests: () => queryOptions({ queryKey: ['monitoring-response', 'digests'], queryFn: ({ signal }) => responseApi.digests(signal) }),
};
