import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { client, ok } from '../../../app/client';
import type { Answer, BodyOf } from '../../../app/contract';

/** Response of GET /api/v1/rounds/{id}/campaigns: campaigns largest first, the signers in all, the reader's abilities. */
export type CampaignList = Answer<'/api/v1/rounds/{id}/campaigns'>;
/** A campaign: its representative text × N signers, and its answer progress. */
export type Campaign = CampaignList['items'][number];
/** Body of POST /api/v1/rounds/{id}/campaigns/{campaignId}/answer. */
export type CampaignAnswerInput = BodyOf<'/api/v1/rounds/{id}/campaigns/{campaignId}/answer', 'post'>;

/** Campaigns (near-identical comments) of a round: the list, a campaign's members, one answer and one approval each. */
export const campaignsApi = {
  list: (id: string, page: { limit: number; offset: number }, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/rounds/{id}/campaigns', { params: { path: { id }, query: page }, signal })),
  members: (id: string, campaignId: string, page: { limit: number; offset: number }, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/rounds/{id}/campaigns/{campaignId}/members', { params: { path: { id, campaignId }, query: page }, signal })),
  answer: (id: string, campaignId: string, body: CampaignAnswerInput) =>
    ok(client.POST('/api/v1/rounds/{id}/campaigns/{campaignId}/answer', { params: { path: { id, campaignId } }, body })),
  approve: (id: string, campaignId: string) =>
    ok(client.POST('/api/v1/rounds/{id}/campaigns/{campaignId}/approval', { params: { path: { id, campaignId } } })),
};

/** Queries under ['consultation'], so every change of a consultation (refreshConsultation) reloads them too. */
export const campaignQueries = {
  list: (roundId: string, page: { limit: number; offset: number }) =>
    queryOptions({ queryKey: ['consultation', 'campaigns', roundId, page], queryFn: ({ signal }) => campaignsApi.list(roundId, page, signal), placeholderData: keepPreviousData }),
  members: (roundId: string, campaignId: string, page: { limit: number; offset: number }) =>
    queryOptions({ queryKey: ['consultation', 'campaign-members', roundId, campaignId, page], queryFn: ({ signal }) => campaignsApi.members(roundId, campaignId, page, signal), placeholderData: keepPreviousData }),
};
