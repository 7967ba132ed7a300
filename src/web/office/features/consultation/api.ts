import { keepPreviousData, queryOptions, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { client, ok } from '../../app/client';
import { policiesQueries } from '../policies/api';
import type { AnswerInput, CommentQuery, CommentState, ModerationInput } from './api-types';
import type { AnswerListQuery, AnswerManyInput, AnswerTemplateInput, AssignInput, RoundInput, SynthesisSignerInput } from './api-types-rounds';
import { toLinkChoices } from '../policies/components/comment-links';

/** Filters of the moderation queue as the office holds them ('' means any). */
export type CommentFilters = Omit<CommentQuery, 'state'> & { state?: CommentState | '' };

/** How many unconfirmed comments and exclusions are shown (first page). */
const FIRST_PAGE = 100;

/** Consultation rounds: opening, consultees, comments, moderation, answers, heat map, exports and the synthesis report. */
export const roundsApi = {
  openRound: (id: string, body: RoundInput) => ok(client.POST('/api/v1/policies/{id}/rounds', { params: { path: { id } }, body })),
  /** The minimum a new round of the draft must last (by document type and legal regime), with its legal source. */
  consultationMinimum: (id: string, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/policies/{id}/consultation-minimum', { params: { path: { id } }, signal })),
  recordAnswer: (id: string, answeredOn: string, answerRef: string | null) =>
    ok(client.POST('/api/v1/consultees/{id}/answer', { params: { path: { id } }, body: { answeredOn, answerRef } })),
  comments: (id: string, p: CommentFilters, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/rounds/{id}/comments', {
      params: { path: { id }, query: { state: p.state || undefined, article: p.article || undefined, q: p.q || undefined, limit: p.limit, offset: p.offset } },
      signal,
    })),
  moderate: (id: string, body: ModerationInput) => ok(client.POST('/api/v1/rounds/{id}/moderation', { params: { path: { id } }, body })),
  saveAnswer: (id: string, body: AnswerInput) => ok(client.PUT('/api/v1/comments/{id}/answer', { params: { path: { id } }, body })),
  approveAnswer: (id: string) => ok(client.POST('/api/v1/comments/{id}/answer/approve', { params: { path: { id } } })),
  heatmap: (id: string, signal?: AbortSignal) => ok(client.GET('/api/v1/rounds/{id}/heatmap', { params: { path: { id } }, signal })),
  publishSynthesis: (id: string, body: SynthesisSignerInput) =>
    ok(client.POST('/api/v1/rounds/{id}/synthesis/publish', { params: { path: { id } }, body })),
  /** The default signer of the synthesis report (the drafting unit's head in the directory), or null. */
  synthesisSigner: (id: string, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/rounds/{id}/synthesis/signer', { params: { path: { id } }, signal })),
  /** Download addresses (plain links; the session cookie authorises them). */
  exportHref: (roundId: string, file: 'synthesis.docx' | 'comments.xlsx' | 'comments.csv') =>
    `/api/v1/rounds/${encodeURIComponent(roundId)}/${file}`,
  /** Download address of a comment's attachment (the generic stored-file route). */
  fileHref: (fileId: string) => `/api/v1/files/${encodeURIComponent(fileId)}`,
};

/** Round control: close early, extend (both with a public reason), and what the synthesis report leaves out. */
export const roundControlApi = {
  close: (id: string, reason: string) => ok(client.POST('/api/v1/rounds/{id}/close', { params: { path: { id } }, body: { reason } })),
  extend: (id: string, closesOn: string, reason: string) =>
    ok(client.POST('/api/v1/rounds/{id}/extension', { params: { path: { id } }, body: { closesOn, reason } })),
  /** What the synthesis report will leave out, and why (first page). */
  exclusions: (id: string, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/rounds/{id}/exclusions', { params: { path: { id }, query: { limit: FIRST_PAGE, offset: 0 } }, signal })),
};

/** Answering in volume: the answer list, answers and approval of a selection, assignments, templates. */
export const answersApi = {
  list: (id: string, q: AnswerListQuery, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/rounds/{id}/answers', {
      params: { path: { id }, query: { status: q.status, assigned: q.mine ? 'me' : undefined, article: q.article || undefined, limit: q.limit, offset: q.offset } },
      signal,
    })),
  answerMany: (id: string, body: AnswerManyInput) => ok(client.POST('/api/v1/rounds/{id}/answers', { params: { path: { id } }, body })),
  approveMany: (id: string, commentIds: string[]) =>
    ok(client.POST('/api/v1/rounds/{id}/answers/approval', { params: { path: { id } }, body: { commentIds } })),
  assignments: (id: string, signal?: AbortSignal) => ok(client.GET('/api/v1/rounds/{id}/assignments', { params: { path: { id } }, signal })),
  assign: (id: string, body: AssignInput) => ok(client.POST('/api/v1/rounds/{id}/assignments', { params: { path: { id } }, body })),
  templates: (id: string, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/policies/{id}/answer-templates', { params: { path: { id } }, signal })),
  createTemplate: (id: string, body: AnswerTemplateInput) =>
    ok(client.POST('/api/v1/policies/{id}/answer-templates', { params: { path: { id } }, body })),
  updateTemplate: (id: string, templateId: string, body: AnswerTemplateInput) =>
    ok(client.PUT('/api/v1/policies/{id}/answer-templates/{templateId}', { params: { path: { id, templateId } }, body })),
  deleteTemplate: (id: string, templateId: string) =>
    ok(client.DELETE('/api/v1/policies/{id}/answer-templates/{templateId}', { params: { path: { id, templateId } } })),
};

/** The confirmation API (issue 8): the unconfirmed comments of a round, confirming on a commenter's behalf, resending. */
export const confirmationApi = {
  list: (id: string, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/rounds/{id}/unconfirmed', { params: { path: { id }, query: { limit: FIRST_PAGE, offset: 0 } }, signal })),
  confirm: (id: string, reason: string) => ok(client.POST('/api/v1/comments/{id}/confirmation', { params: { path: { id } }, body: { reason } })),
  resend: (id: string) => ok(client.POST('/api/v1/comments/{id}/verification-mail', { params: { path: { id } } })),
};

/** The mail outbox ("Thư đã gửi"). */
export const mailApi = {
  list: (limit: number, signal?: AbortSignal) => ok(client.GET('/api/v1/mail', { params: { query: { limit } }, signal })),
};

/** The published comments of every round of a draft, as choices to link to an article's change. */
async function linkChoices(roundIds: readonly string[], signal: AbortSignal) {
  const pages = await Promise.all(roundIds.map((r) => roundsApi.comments(r, { state: 'published', limit: 500, offset: 0 }, signal)));
  return toLinkChoices(pages.flatMap((p) => p.items));
}

/** The queries of this feature: everything under ['consultation'] is invalidated when a round or a comment changes. */
export const consultationQueries = {
  all: ['consultation'] as const,
  minimum: (policyId: string) =>
    queryOptions({ queryKey: ['consultation', 'minimum', policyId], queryFn: ({ signal }) => roundsApi.consultationMinimum(policyId, signal) }),
  comments: (roundId: string, filters: CommentFilters) =>
    queryOptions({ queryKey: ['consultation', 'comments', roundId, filters], queryFn: ({ signal }) => roundsApi.comments(roundId, filters, signal), placeholderData: keepPreviousData }),
  linkChoices: (roundIds: readonly string[]) =>
    queryOptions({ queryKey: ['consultation', 'comments', 'published', roundIds], queryFn: ({ signal }) => linkChoices(roundIds, signal) }),
  unconfirmed: (roundId: string) =>
    queryOptions({ queryKey: ['consultation', 'unconfirmed', roundId], queryFn: ({ signal }) => confirmationApi.list(roundId, signal), placeholderData: keepPreviousData }),
  heatmap: (roundId: string) => queryOptions({ queryKey: ['consultation', 'heatmap', roundId], queryFn: ({ signal }) => roundsApi.heatmap(roundId, signal) }),
  answers: (roundId: string, q: AnswerListQuery) =>
    queryOptions({ queryKey: ['consultation', 'answers', roundId, q], queryFn: ({ signal }) => answersApi.list(roundId, q, signal), placeholderData: keepPreviousData }),
  assignments: (roundId: string) =>
    queryOptions({ queryKey: ['consultation', 'assignments', roundId], queryFn: ({ signal }) => answersApi.assignments(roundId, signal) }),
  templates: (policyId: string) =>
    queryOptions({ queryKey: ['consultation', 'templates', policyId], queryFn: ({ signal }) => answersApi.templates(policyId, signal) }),
  mail: (limit: number) => queryOptions({ queryKey: ['consultation', 'mail', limit], queryFn: ({ signal }) => mailApi.list(limit, signal) }),
};

/**
 * Refreshes what a change to a draft's consultation shows: the draft (rounds, counts), the register (comment counts)
 * and every consultation query (comments, answers, heat map, unconfirmed comments, templates).
 */
export async function refreshConsultation(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: policiesQueries.all }),
    queryClient.invalidateQueries({ queryKey: consultationQueries.all }),
  ]);
}

/** {@link refreshConsultation} with the application's query client, for a mutation's `onSuccess`. */
export function useRefreshConsultation(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => refreshConsultation(queryClient);
}
