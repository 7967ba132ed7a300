import { queryOptions } from '@tanstack/react-query';
import { client, ok } from '../../../app/client';
import type { Answer } from '../../../app/contract';

/** Response of GET /api/v1/rounds/{id}/topics: per article, key phrases and groups of comments arguing one point. */
export type TopicsView = Answer<'/api/v1/rounds/{id}/topics'>;
export type TopicArticle = TopicsView['articles'][number];
export type TopicGroup = TopicArticle['groups'][number];

/** The round's topics. */
export const topicsApi = {
  get: (id: string, signal?: AbortSignal) => ok(client.GET('/api/v1/rounds/{id}/topics', { params: { path: { id } }, signal })),
};

/**
 * Outside ['consultation'] on purpose: answering a comment does not change what the comments say, so an answer
 * does not make the server analyse the round again; the topics are read again after five minutes or on request.
 */
export const topicQueries = {
  round: (roundId: string) => queryOptions({ queryKey: ['consultation-topics', roundId], queryFn: ({ signal }) => topicsApi.get(roundId, signal), staleTime: 5 * 60_000 }),
};
