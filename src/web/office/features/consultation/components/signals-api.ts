import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { client, ok } from '../../../app/client';
import type { Answer, BodyOf } from '../../../app/contract';

/** Response of GET /api/v1/rounds/{id}/signals: signals waiting for review first, each with its first comments. */
export type SignalList = Answer<'/api/v1/rounds/{id}/signals'>;
/** A coordinated-submission signal with its evidence (senders masked by the server). */
export type Signal = SignalList['items'][number];
/** A comment of a signal. */
export type SignalMember = Signal['members'][number];
/** Body of POST /api/v1/rounds/{id}/signals/{signalId}/review. */
export type SignalReviewInput = BodyOf<'/api/v1/rounds/{id}/signals/{signalId}/review', 'post'>;
export type SignalStatus = Signal['status'];
export const SIGNAL_STATUSES: readonly SignalStatus[] = ['new', 'suspicious', 'cleared'];

/** Signals of a round: the list, a signal's comments, the review, the "was this you?" mail. */
export const signalsApi = {
  list: (id: string, query: { limit: number; offset: number; status?: SignalStatus }, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/rounds/{id}/signals', { params: { path: { id }, query }, signal })),
  members: (id: string, signalId: string, page: { limit: number; offset: number }, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/rounds/{id}/signals/{signalId}/members', { params: { path: { id, signalId }, query: page }, signal })),
  review: (id: string, signalId: string, body: SignalReviewInput) =>
    ok(client.POST('/api/v1/rounds/{id}/signals/{signalId}/review', { params: { path: { id, signalId } }, body })),
  check: (id: string, signalId: string, commentId: string) =>
    ok(client.POST('/api/v1/rounds/{id}/signals/{signalId}/comments/{commentId}/attribution-check', { params: { path: { id, signalId, commentId } } })),
};

/** Queries under ['consultation'], so every change of a consultation (refreshConsultation) reloads them too. */
export const signalQueries = {
  list: (roundId: string, query: { limit: number; offset: number; status?: SignalStatus }) =>
    queryOptions({ queryKey: ['consultation', 'signals', roundId, query], queryFn: ({ signal }) => signalsApi.list(roundId, query, signal), placeholderData: keepPreviousData }),
  members: (roundId: string, signalId: string, page: { limit: number; offset: number }) =>
    queryOptions({ queryKey: ['consultation', 'signal-members', roundId, signalId, page], queryFn: ({ signal }) => signalsApi.members(roundId, signalId, page, signal), placeholderData: keepPreviousData }),
};
