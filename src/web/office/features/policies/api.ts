import { keepPreviousData, queryOptions, useQueryClient } from '@tanstack/react-query';
import { request } from '../../app/api';
import { client, ok } from '../../app/client';
import type { Answer } from '../../app/contract';
import { STAGES, type Kit, type PolicyInput, type Stage, type VersionLinks } from './api-types';

/** Filters of the draft register. */
export interface PolicyFilters {
  q: string;
  /** A stage code, or '' for every stage. */
  stage: string;
}

/** The stage filter as the server takes it (an unknown code or '' means every stage). */
const stageFilter = (stage: string): Stage | undefined => STAGES.find((s) => s === stage);

/** Draft policies: register, stages, versions, diff and communication kit (issue 4), through the typed client. */
export const policiesApi = {
  list: (p: PolicyFilters, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/policies', { params: { query: { q: p.q || undefined, stage: stageFilter(p.stage) } }, signal })),
  create: (body: PolicyInput) => ok(client.POST('/api/v1/policies', { body })),
  get: (id: string, signal?: AbortSignal) => ok(client.GET('/api/v1/policies/{id}', { params: { path: { id } }, signal })),
  changeStage: (id: string, toStage: Stage, note: string) =>
    ok(client.POST('/api/v1/policies/{id}/stage', { params: { path: { id } }, body: note ? { toStage, note } : { toStage } })),
  /** Uploads a version of the text (multipart `file` and `changeNote`; no article-to-comment links). */
  addVersion: (policyId: string, file: File, changeNote: string) => {
    const form = new FormData();
    // Text fields first so a streaming multipart reader has them when the file arrives.
    if (changeNote) form.append('changeNote', changeNote);
    form.append('file', file, file.name);
    return request<Answer<'/api/v1/policies/{id}/versions', 'post'>>(`/api/v1/policies/${encodeURIComponent(policyId)}/versions`, { method: 'POST', body: form });
  },
  version: (id: string, versionId: string, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/policies/{id}/versions/{versionId}', { params: { path: { id, versionId } }, signal })),
  /** Replaces every article-to-comment link of a version (204; 422 for an article the version lacks). */
  saveLinks: (id: string, versionId: string, links: VersionLinks) =>
    ok(client.PUT('/api/v1/policies/{id}/versions/{versionId}/links', { params: { path: { id, versionId } }, body: { links } })),
  diff: (id: string, from: string, to: string, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/policies/{id}/diff', { params: { path: { id }, query: { from, to } }, signal })),
  saveKit: (id: string, body: Kit) => ok(client.PUT('/api/v1/policies/{id}/kit', { params: { path: { id } }, body })),
};

/** The queries of this feature: everything under ['policies'] is invalidated when a draft changes. */
export const policiesQueries = {
  all: ['policies'] as const,
  list: (filters: PolicyFilters) =>
    queryOptions({ queryKey: ['policies', 'list', filters], queryFn: ({ signal }) => policiesApi.list(filters, signal), placeholderData: keepPreviousData }),
  detail: (id: string) =>
    queryOptions({ queryKey: ['policies', 'detail', id], queryFn: ({ signal }) => policiesApi.get(id, signal), placeholderData: keepPreviousData }),
  version: (policyId: string, versionId: string) =>
    queryOptions({ queryKey: ['policies', 'version', policyId, versionId], queryFn: ({ signal }) => policiesApi.version(policyId, versionId, signal) }),
  diff: (policyId: string, from: string, to: string) =>
    queryOptions({ queryKey: ['policies', 'diff', policyId, from, to], queryFn: ({ signal }) => policiesApi.diff(policyId, from, to, signal) }),
};

/** Refreshes every query of the drafts (register, draft page, versions, diff) after a change to a draft. */
export function useRefreshPolicies(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: policiesQueries.all });
}
