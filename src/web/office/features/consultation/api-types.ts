/** Shapes of the consultation API: comments, moderation, answers, heat map and the mail outbox (issue 4). */

/** Moderation state of a comment. */
export type CommentState = 'pending_verification' | 'pending' | 'published' | 'withheld';
/** Comment states, in the order of the moderation filter. */
export const COMMENT_STATES: readonly CommentState[] = ['pending_verification', 'pending', 'published', 'withheld'];

/** Reason of a moderation decision. */
export type ModerationReason = 'spam' | 'abusive' | 'off_topic' | 'personal_data';
/** Moderation reasons, in the order of the select. */
export const MODERATION_REASONS: readonly ModerationReason[] = ['spam', 'abusive', 'off_topic', 'personal_data'];

/** How a comment is answered. */
export type Disposition = 'tiep_thu' | 'tiep_thu_mot_phan' | 'giai_trinh' | 'ngoai_pham_vi';
/** Dispositions, in the order of the select. */
export const DISPOSITIONS: readonly Disposition[] = ['tiep_thu', 'tiep_thu_mot_phan', 'giai_trinh', 'ngoai_pham_vi'];

/** The answer to a comment. */
export interface CommentAnswer {
  disposition: Disposition;
  explanation: string;
  assignedTo: string | null;
  assignedToName: string | null;
  state: string;
  approvedAt: string | null;
  publishedAt: string | null;
}

/** A public comment as the office sees it (with contact data). */
export interface Comment {
  id: string;
  receiptCode: string;
  articleAnchor: string | null;
  articleLabel: string | null;
  commenterType: string;
  name: string;
  pseudonym: string | null;
  email: string | null;
  phone: string | null;
  stance: string;
  body: string;
  publicBody: string | null;
  state: CommentState;
  withheldReason: ModerationReason | null;
  emailVerified: boolean;
  reportsCount: number;
  createdAt: string;
  attachments: Array<{ id: string; fileName: string; size: number }>;
  answer: CommentAnswer | null;
}

/** Query of GET /api/v1/rounds/:id/comments. */
export interface CommentQuery {
  state?: CommentState | '';
  article?: string;
  q?: string;
  limit: number;
  offset: number;
}

/** Body of POST /api/v1/rounds/:id/moderation. */
export interface ModerationInput {
  commentIds: string[];
  action: 'publish' | 'withhold';
  reason?: ModerationReason;
  publicBody?: string;
}

/** Body of PUT /api/v1/comments/:id/answer. */
export interface AnswerInput {
  disposition: Disposition;
  explanation: string;
  assignedTo?: string;
}

/** Stance counts of one line of the heat map. */
export interface HeatCounts {
  total: number;
  agree: number;
  disagree: number;
  propose: number;
}

/** Response of GET /api/v1/rounds/:id/heatmap. */
export interface HeatMap {
  articles: Array<HeatCounts & { anchor: string; label: string; title: string }>;
  general: HeatCounts;
}

/** One mail of the outbox (GET /api/v1/mail). */
export interface OutboxMail {
  id: string;
  toAddress: string;
  subject: string;
  bodyText: string;
  purpose: string;
  state: string;
  createdAt: string;
  sentAt: string | null;
  lastError?: string | null;
}
