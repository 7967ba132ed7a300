import type { Answer, BodyOf, QueryOf } from '../../app/contract';

/** Shapes of the press API, named from the generated contract (never copied). */

/** A version of a spokesperson assignment. */
export type Spokesperson = Answer<'/api/v1/press/spokespeople'>['items'][number];
/** An assignment with all its versions, newest first. */
export type SpokespersonHistory = Answer<'/api/v1/press/spokespeople/{id}'>;
/** What the add and edit forms send. */
export type SpokespersonBody = BodyOf<'/api/v1/press/spokespeople', 'post'>;
/** An inquiry in the list. */
export type InquirySummary = Answer<'/api/v1/press/inquiries'>['items'][number];
/** Filters of the list. */
export type InquiryQuery = QueryOf<'/api/v1/press/inquiries'>;
/** One inquiry with its deadline's basis, answer and timeline. */
export type InquiryDetail = Answer<'/api/v1/press/inquiries/{id}'>;
/** What the intake form sends. */
export type InquiryBody = BodyOf<'/api/v1/press/inquiries', 'post'>;
/** Press agencies, units and refusal grounds for the forms. */
export type InquiryOptions = Answer<'/api/v1/press/inquiry-options'>;
