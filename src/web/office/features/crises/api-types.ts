import type { Answer, BodyOf } from '../../app/contract';

/** Shapes of the crises API, named from the generated contract (never copied). */

/** A crisis in the list, with its timer. */
export type CrisisSummary = Answer<'/api/v1/crises'>['items'][number];
/** One crisis as its page shows it. */
export type CrisisDetail = Answer<'/api/v1/crises/{id}'>;
/** Units, people, groups and vocabularies for the forms. */
export type CrisisOptions = Answer<'/api/v1/crises/options'>;
/** What the opening form sends. */
export type OpenBody = BodyOf<'/api/v1/crises', 'post'>;
/** A statement's text (holding-statement template). */
export type StatementBody = BodyOf<'/api/v1/crises/{id}/statements', 'post'>;
/** The after-action review. */
export type ReviewBody = BodyOf<'/api/v1/crises/{id}/review', 'post'>;
export type TaskBody = BodyOf<'/api/v1/crises/{id}/tasks', 'post'>;
export type MemberBody = BodyOf<'/api/v1/crises/{id}/members', 'post'>;
