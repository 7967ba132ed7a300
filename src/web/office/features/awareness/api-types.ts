import type { Answer, BodyOf } from '../../app/contract';

/** Shapes of the awareness campaigns API, named from the generated contract (never copied). */

/** A campaign in the list. */
export type Campaign = Answer<'/api/v1/awareness/campaigns'>['items'][number];
/** One campaign with its activities. */
export type CampaignDetail = Answer<'/api/v1/awareness/campaigns/{id}'>;
/** An activity of a campaign. */
export type Activity = CampaignDetail['activities'][number];
/** What the campaign form sends. */
export type CampaignBody = BodyOf<'/api/v1/awareness/campaigns', 'post'>;
/** What the activity form sends. */
export type ActivityBody = BodyOf<'/api/v1/awareness/campaigns/{id}/activities', 'post'>;
/** A product of the library an activity names, or may name. */
export type ProductLink = CampaignDetail['productChoices'][number];
