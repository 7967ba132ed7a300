import { bigint, index, integer, pgTable, primaryKey, real, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { comments, consultationRounds } from '../tables';

/**
 * A coordinated-submission signal: a pattern among a round's comments for a moderator to look at (a burst of
 * near-identical comments, many comments from one address or identity, a spike of new identities). It never
 * changes a comment. `subjectKey` identifies what the comments share without personal data (a campaign id, a
 * text key, a hash of the address or identity, a time window); `subjectLabel` is what the office shows (masked).
 */
export const commentSignals = pgTable(
  'comment_signals',
  {
    id: text('id').primaryKey(),
    roundId: text('round_id')
      .notNull()
      .references(() => consultationRounds.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    subjectKey: text('subject_key').notNull(),
    subjectLabel: text('subject_label').notNull(),
    /** The shared text's beginning (bursts only). */
    excerpt: text('excerpt'),
    windowStart: timestamp('window_start', { withTimezone: true, mode: 'string' }).notNull(),
    windowEnd: timestamp('window_end', { withTimezone: true, mode: 'string' }).notNull(),
    commentCount: integer('comment_count').notNull().default(0),
    /** The threshold the signal met when it was raised (thresholds.ts), printed with it. */
    threshold: integer('threshold').notNull(),
    /** New identities per window in the round before this one (new-identity spikes only). */
    baseline: real('baseline'),
    status: text('status').notNull().default('new'),
    reviewedBy: text('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true, mode: 'string' }),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    // serves the signals of a round, newest first (the office's list)
    index('comment_signals_round_idx').on(t.roundId, t.createdAt),
    // serves the job's look-up of the signal a new pattern extends
    index('comment_signals_subject_idx').on(t.roundId, t.kind, t.subjectKey, t.windowEnd),
  ],
);

/** The comments a signal is about (its evidence). */
export const commentSignalMembers = pgTable(
  'comment_signal_members',
  {
    signalId: text('signal_id')
      .notNull()
      .references(() => commentSignals.id, { onDelete: 'cascade' }),
    commentId: text('comment_id')
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ name: 'comment_signal_members_pk', columns: [t.signalId, t.commentId] }),
    // serves "is this comment already in a signal of the same subject" (the job) and a comment's checks
    index('comment_signal_members_comment_idx').on(t.commentId),
  ],
);

/**
 * Where the signal job stopped in a round (the last comment read, by arrival then id) and the round's running
 * count of new identities per window, the baseline a spike is measured against.
 */
export const commentSignalCursors = pgTable('comment_signal_cursors', {
  roundId: text('round_id')
    .primaryKey()
    .references(() => consultationRounds.id, { onDelete: 'cascade' }),
  afterCreatedAt: timestamp('after_created_at', { withTimezone: true, mode: 'string' }),
  afterId: text('after_id'),
  /** Windows are numbered floor(epoch ms / window length); the round's first and current ones. */
  firstWindow: bigint('first_window', { mode: 'number' }),
  currentWindow: bigint('current_window', { mode: 'number' }),
  /** New identities counted so far in the current window, and in all the windows before it. */
  currentNew: integer('current_new').notNull().default(0),
  pastNew: integer('past_new').notNull().default(0),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/**
 * "Có phải bạn đã gửi góp ý này?": one mail at most per comment (the primary key), to the email the comment
 * states, with single-use answer links (the token is stored hashed). "Không phải tôi" marks the comment as
 * disputed for the moderator; it is never deleted or hidden for it.
 */
export const commentAttributionChecks = pgTable(
  'comment_attribution_checks',
  {
    commentId: text('comment_id')
      .primaryKey()
      .references(() => comments.id, { onDelete: 'cascade' }),
    signalId: text('signal_id')
      .notNull()
      .references(() => commentSignals.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    sentBy: text('sent_by'),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    /** 'confirmed' (Đúng, tôi đã gửi) or 'denied' (Không phải tôi); null: not answered yet. */
    answer: text('answer'),
    answeredAt: timestamp('answered_at', { withTimezone: true, mode: 'string' }),
  },
  // serves the answer links (the token's hash)
  (t) => [uniqueIndex('comment_attribution_checks_token_uq').on(t.tokenHash)],
);
