import type { Ability } from '../../app/api-types';
import type { Answer, BodyOf } from '../../app/contract';

/** Shapes of the draft policies API (register, stages, versions, diff, kit), named from the generated contract. */

/** Abilities of issue 4 (kept apart from the shared `Ability` union; read from `Me.abilities`). */
export type PolicyAbility = Extract<Ability, `policies.${string}` | `consultation.${string}` | 'mail.read'>;

/** A stage of the policy cycle (what POST /api/v1/policies/{id}/stage takes; answers give it as a string). */
export type Stage = BodyOf<'/api/v1/policies/{id}/stage', 'post'>['toStage'];
/** Stages of the policy cycle, in order. */
export const STAGES = ['proposal', 'drafting', 'consultation', 'appraisal', 'adoption', 'implementation', 'evaluation'] as const satisfies readonly Stage[];

/** Body of POST /api/v1/policies. */
export type PolicyInput = BodyOf<'/api/v1/policies', 'post'>;
/** A document type code. */
export type DocType = PolicyInput['docType'];
/** Document types of a draft, in the order of the select. */
export const DOC_TYPES = ['nq_hdnd_tinh', 'qd_ubnd_tinh', 'nq_hdnd_xa', 'qd_ubnd_xa', 'khac'] as const satisfies readonly DocType[];

/** The four QĐ 407 criteria of a policy with a large social impact, in the order of the decision (DOMAIN.md 407-01). */
export const IMPACT_KEYS = ['affectsRightsObligations', 'sensitiveOrControversial', 'affectsManyPeople', 'notStateSecret'] as const satisfies readonly (keyof NonNullable<PolicyInput['impact']>['criteria'])[];
/** One QĐ 407 criterion. */
export type ImpactKey = (typeof IMPACT_KEYS)[number];

/** One line of GET /api/v1/policies. */
export type PolicySummary = Answer<'/api/v1/policies'>['items'][number];
/** Dates of the open consultation round shown in the list. */
export type OpenRoundRef = NonNullable<PolicySummary['openRound']>;

/** Response of GET /api/v1/policies/{id}. */
export type PolicyDetail = Answer<'/api/v1/policies/{id}'>;
/** The QĐ 407 assessment as stored (the server computes `isLargeImpact`). */
export type PolicyImpact = NonNullable<PolicyDetail['impact']>;
/** One stage change of a draft. */
export type StageChange = PolicyDetail['history'][number];
/** One uploaded version of the draft text. */
export type PolicyVersion = PolicyDetail['versions'][number];
/** What the signed-in user may do on a draft. */
export type PolicyAbilities = PolicyDetail['abilities'];

/** The communication kit (QĐ 407), as PUT /api/v1/policies/{id}/kit takes and answers it. */
export type Kit = BodyOf<'/api/v1/policies/{id}/kit', 'put'>;
/** A question and its answer in the communication kit. */
export type QaPair = Kit['qa'][number];

/** Response of POST /api/v1/policies/{id}/versions. */
export type VersionCreated = Answer<'/api/v1/policies/{id}/versions', 'post'>;
/** Response of GET /api/v1/policies/{id}/versions/{versionId}. */
export type VersionText = Answer<'/api/v1/policies/{id}/versions/{versionId}'>;
/** An article of a version. */
export type VersionArticle = VersionText['articles'][number];
/** Body `links` of PUT /api/v1/policies/{id}/versions/{versionId}/links: comment ids per article anchor. */
export type VersionLinks = BodyOf<'/api/v1/policies/{id}/versions/{versionId}/links', 'put'>['links'];

/** One article of GET /api/v1/policies/{id}/diff; `comments` are those linked to the change in the `to` version. */
export type DiffItem = Answer<'/api/v1/policies/{id}/diff'>['items'][number];
/** Change of an article between two versions. */
export type ArticleChange = DiffItem['change'];
/** One word-level operation of a diff. */
export type DiffOp = DiffItem['ops'][number];
/** A comment linked to an article's change: its receipt code and an excerpt of its (public) text. */
export type LinkedComment = DiffItem['comments'][number];
