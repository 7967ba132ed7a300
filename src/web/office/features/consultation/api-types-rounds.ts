import type { Answer, BodyOf, QueryOf } from '../../app/contract';

/** Shapes of the office API for rounds (open, control, synthesis) and answering in volume, named from the contract. */

/** A consultation round (as POST /api/v1/policies/{id}/rounds answers it, and as the draft lists it). */
export type Round = Answer<'/api/v1/policies/{id}/rounds', 'post'>;
/** Status of a consultation round. */
export type RoundStatus = Round['status'];
/** Comment counts of a round. */
export type RoundCounts = Round['counts'];
/** A body that must answer the consultation in writing. */
export type Consultee = Round['consultees'][number];
/** Body of POST /api/v1/policies/{id}/rounds. */
export type RoundInput = BodyOf<'/api/v1/policies/{id}/rounds', 'post'>;
/** Response of GET /api/v1/policies/{id}/consultation-minimum. */
export type ConsultationMinimum = Answer<'/api/v1/policies/{id}/consultation-minimum'>;

/** Body of POST /api/v1/rounds/{id}/synthesis/publish: who signs (empty: the drafting unit's head). */
export type SynthesisSignerInput = BodyOf<'/api/v1/rounds/{id}/synthesis/publish', 'post'>;
/** Response of GET /api/v1/rounds/{id}/synthesis/signer: the default signer, or null. */
export type SynthesisSigner = Answer<'/api/v1/rounds/{id}/synthesis/signer'>;
/** Response of GET /api/v1/rounds/{id}/exclusions: what the synthesis report leaves out, and why. */
export type RoundExclusions = Answer<'/api/v1/rounds/{id}/exclusions'>;

/** Query of GET /api/v1/rounds/{id}/answers as the server takes it. */
type AnswerQuery = QueryOf<'/api/v1/rounds/{id}/answers'>;
/** Which comments the answer list shows. */
export type AnswerListStatus = AnswerQuery['status'];
/** Answer list filters, in the order of the select. */
export const ANSWER_LIST_STATUSES = ['all', 'unanswered', 'unapproved', 'awaiting'] as const satisfies readonly AnswerListStatus[];
/** The answer list's filters as the office holds them ("mine" is sent as `assigned=me`). */
export type AnswerListQuery = Omit<AnswerQuery, 'assigned'> & { mine: boolean };

/** Response of GET /api/v1/rounds/{id}/answers. */
export type AnswerList = Answer<'/api/v1/rounds/{id}/answers'>;
/** A comment that needs an answer, as officers and approvers of the drafting unit see it (no contact data). */
export type AnswerListItem = AnswerList['items'][number];
/** Body of POST /api/v1/rounds/{id}/answers (one answer for a selection). */
export type AnswerManyInput = BodyOf<'/api/v1/rounds/{id}/answers', 'post'>;

/** Response of GET /api/v1/rounds/{id}/assignments. */
export type RoundAssignments = Answer<'/api/v1/rounds/{id}/assignments'>;
/** Body of POST /api/v1/rounds/{id}/assignments. */
export type AssignInput = BodyOf<'/api/v1/rounds/{id}/assignments', 'post'>;

/** An answer template (GET /api/v1/policies/{id}/answer-templates). */
export type AnswerTemplate = Answer<'/api/v1/policies/{id}/answer-templates'>['items'][number];
/** Body of POST/PUT of an answer template. */
export type AnswerTemplateInput = BodyOf<'/api/v1/policies/{id}/answer-templates', 'post'>;
