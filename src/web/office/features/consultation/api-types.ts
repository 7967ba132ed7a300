import type { Answer, BodyOf, QueryOf } from '../../app/contract';

/** Shapes of the consultation API: comments, moderation, answers, heat map, confirmation and the mail outbox. */

/** Query of GET /api/v1/rounds/{id}/comments. */
export type CommentQuery = QueryOf<'/api/v1/rounds/{id}/comments'>;
/** Moderation state of a comment (answers give it as a string). */
export type CommentState = NonNullable<CommentQuery['state']>;
/** Comment states, in the order of the moderation filter. */
export const COMMENT_STATES = ['pending_verification', 'pending', 'published', 'withheld'] as const satisfies readonly CommentState[];

/** Body of POST /api/v1/rounds/{id}/moderation. */
export type ModerationInput = BodyOf<'/api/v1/rounds/{id}/moderation', 'post'>;
/** Reason of a moderation decision. */
export type ModerationReason = NonNullable<ModerationInput['reason']>;
/** Moderation reasons, in the order of the select. */
export const MODERATION_REASONS = ['spam', 'abusive', 'off_topic', 'personal_data'] as const satisfies readonly ModerationReason[];

/** Body of PUT /api/v1/comments/{id}/answer. */
export type AnswerInput = BodyOf<'/api/v1/comments/{id}/answer', 'put'>;
/** How a comment is answered. */
export type Disposition = AnswerInput['disposition'];
/** Dispositions, in the order of the select. */
export const DISPOSITIONS = ['tiep_thu', 'tiep_thu_mot_phan', 'giai_trinh', 'ngoai_pham_vi'] as const satisfies readonly Disposition[];

/** A public comment as the office sees it (with contact data). */
export type Comment = Answer<'/api/v1/rounds/{id}/comments'>['items'][number];
/** The answer to a comment. */
export type CommentAnswer = NonNullable<Comment['answer']>;

/** Response of GET /api/v1/rounds/{id}/heatmap. */
export type HeatMap = Answer<'/api/v1/rounds/{id}/heatmap'>;
/** Stance counts of one line of the heat map. */
export type HeatCounts = HeatMap['general'];

/** One mail of the outbox (GET /api/v1/mail). */
export type OutboxMail = Answer<'/api/v1/mail'>['items'][number];

/** Response of GET /api/v1/rounds/{id}/unconfirmed. */
export type UnconfirmedList = Answer<'/api/v1/rounds/{id}/unconfirmed'>;
/** One comment waiting for its commenter's confirmation (contact data: officers only). */
export type UnconfirmedComment = UnconfirmedList['items'][number];
