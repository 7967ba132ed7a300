import { query, request } from '../../app/api';
import type { Disposition } from './api-types';
import type { Round } from '../policies/api-types';
import type { AnswerList, AnswerListQuery, AnswerTemplate, AnswerTemplateInput, RoundAssignments, RoundExclusions } from './api-types-rounds';

type Signal = AbortSignal | undefined;
const id = (value: string) => encodeURIComponent(value);

/** Round control: close early, extend (both with a public reason). */
export const roundControlApi = {
  close: (roundId: string, reason: string) => request<Round>(`/api/v1/rounds/${id(roundId)}/close`, { method: 'POST', body: { reason } }),
  extend: (roundId: string, closesOn: string, reason: string) =>
    request<Round>(`/api/v1/rounds/${id(roundId)}/extension`, { method: 'POST', body: { closesOn, reason } }),
  /** What the synthesis report will leave out, and why. */
  exclusions: (roundId: string, signal?: Signal) => request<RoundExclusions>(`/api/v1/rounds/${id(roundId)}/exclusions${query({ limit: 100 })}`, { signal }),
};

/** Answering in volume: the answer list, answers and approval of a selection, assignments, templates. */
export const answersApi = {
  list: (roundId: string, q: AnswerListQuery, signal?: Signal) =>
    request<AnswerList>(`/api/v1/rounds/${id(roundId)}/answers${query({ status: q.status, assigned: q.mine ? 'me' : undefined, article: q.article || undefined, limit: q.limit, offset: q.offset })}`, { signal }),
  answerMany: (roundId: string, commentIds: string[], input: { disposition: Disposition; explanation: string; assignedTo?: string }) =>
    request<{ updated: number }>(`/api/v1/rounds/${id(roundId)}/answers`, { method: 'POST', body: { commentIds, ...input } }),
  approveMany: (roundId: string, commentIds: string[]) =>
    request<{ approved: number }>(`/api/v1/rounds/${id(roundId)}/answers/approval`, { method: 'POST', body: { commentIds } }),
  assignments: (roundId: string, signal?: Signal) => request<RoundAssignments>(`/api/v1/rounds/${id(roundId)}/assignments`, { signal }),
  assign: (roundId: string, input: { commentIds?: string[]; articleAnchors?: string[]; userId: string | null }) =>
    request<{ comments: number; articles: number }>(`/api/v1/rounds/${id(roundId)}/assignments`, { method: 'POST', body: input }),
  templates: (policyId: string, signal?: Signal) => request<{ items: AnswerTemplate[] }>(`/api/v1/policies/${id(policyId)}/answer-templates`, { signal }),
  createTemplate: (policyId: string, input: AnswerTemplateInput) =>
    request<AnswerTemplate>(`/api/v1/policies/${id(policyId)}/answer-templates`, { method: 'POST', body: input }),
  updateTemplate: (policyId: string, templateId: string, input: AnswerTemplateInput) =>
    request<AnswerTemplate>(`/api/v1/policies/${id(policyId)}/answer-templates/${id(templateId)}`, { method: 'PUT', body: input }),
  deleteTemplate: (policyId: string, templateId: string) =>
    request<undefined>(`/api/v1/policies/${id(policyId)}/answer-templates/${id(templateId)}`, { method: 'DELETE' }),
};
