import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** A consultation round on one version of a draft, open between two dates. */
export const consultationRounds = pgTable(
  'consultation_rounds',
  {
    id: text('id').primaryKey(),
    draftId: text('draft_id').notNull(),
    versionId: text('version_id').notNull(),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    minDays: integer('min_days').notNull(),
    targetGroups: jsonb('target_groups').$type<string[]>().notNull().default([]),
    closedEarlyAt: timestamp('closed_early_at', { withTimezone: true, mode: 'string' }),
    /** Why the round was closed before its end date (public on the portal). */
    closeReason: text('close_reason'),
    /** The end date first announced, kept when the round is extended. */
    originalClosesOn: date('original_closes_on', { mode: 'string' }),
    extendedAt: timestamp('extended_at', { withTimezone: true, mode: 'string' }),
    /** Why the round was extended, the latest extension (public on the portal). */
    extensionReason: text('extension_reason'),
    /** The rules table's citation of the minimum applied (printed in the synthesis report); null for older rounds. */
    minDaysSource: text('min_days_source'),
    /** Why the shortened procedure (rút gọn) was chosen; null: the normal minimum applies. */
    shortenedReason: text('shortened_reason'),
    synthesisPublishedAt: timestamp('synthesis_published_at', { withTimezone: true, mode: 'string' }),
    synthesisFileId: text('synthesis_file_id'),
    /** Who signed the published synthesis report, as printed, and the report's date. */
    synthesisSigner: jsonb('synthesis_signer').$type<{ name: string; title: string; authority: string | null }>(),
    synthesisDate: date('synthesis_date', { mode: 'string' }),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('consultation_rounds_draft_idx').on(t.draftId), index('consultation_rounds_dates_idx').on(t.opensOn, t.closesOn)],
);

/** Bodies that must answer in writing (MTTQ, departments…), with the date each answered. */
export const mandatedConsultees = pgTable(
  'mandated_consultees',
  {
    id: text('id').primaryKey(),
    roundId: text('round_id')
      .notNull()
      .references(() => consultationRounds.id, { onDelete: 'cascade' }),
    unitId: text('unit_id').notNull(),
    requestedOn: date('requested_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    answeredOn: date('answered_on', { mode: 'string' }),
    answerRef: text('answer_ref'),
  },
  (t) => [uniqueIndex('mandated_consultees_uq').on(t.roundId, t.unitId)],
);

/**
 * A public comment. Contact data (email, phone) is private: it never leaves through a public shape. The receipt
 * code lets the commenter follow the answer without an account.
 */
export const comments = pgTable(
  'comments',
  {
    id: text('id').primaryKey(),
    roundId: text('round_id')
      .notNull()
      .references(() => consultationRounds.id),
    receiptCode: text('receipt_code').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    articleAnchor: text('article_anchor'),
    commenterType: text('commenter_type').notNull(),
    name: text('name').notNull(),
    pseudonym: text('pseudonym'),
    email: text('email'),
    phone: text('phone'),
    consent: jsonb('consent').$type<Record<string, boolean>>().notNull(),
    stance: text('stance').notNull(),
    body: text('body').notNull(),
    publicBody: text('public_body'),
    state: text('state').notNull(),
    withheldReason: text('withheld_reason'),
    verifyTokenHash: text('verify_token_hash'),
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true, mode: 'string' }),
    /** When the commenter was confirmed (email link, or an officer for people without email); null: not yet. */
    confirmedAt: timestamp('confirmed_at', { withTimezone: true, mode: 'string' }),
    confirmedVia: text('confirmed_via'),
    confirmedBy: text('confirmed_by'),
    confirmationReason: text('confirmation_reason'),
    verifyResends: integer('verify_resends').notNull().default(0),
    verifyResentAt: timestamp('verify_resent_at', { withTimezone: true, mode: 'string' }),
    clientKey: text('client_key').notNull(),
    reportsCount: integer('reports_count').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'string' }),
    moderatedBy: text('moderated_by'),
  },
  (t) => [
    uniqueIndex('comments_receipt_uq').on(t.receiptCode),
    // submitting the same form twice gives one comment
    uniqueIndex('comments_idempotency_uq').on(t.roundId, t.idempotencyKey),
    // serves the moderation queue and the public list per round
    index('comments_round_state_idx').on(t.roundId, t.state, t.createdAt),
    // serves keyset paging over a whole round (exports, the synthesis report) without sorting it each page
    index('comments_round_created_idx').on(t.roundId, t.createdAt, t.id),
    // serves the synthesis report, which reads a round article by article in submission order
    index('comments_round_article_idx').on(t.roundId, t.articleAnchor, t.createdAt, t.id),
    // serves the rate limit per address / identity
    index('comments_client_idx').on(t.clientKey, t.createdAt),
    index('comments_email_idx').on(t.email, t.createdAt),
    index('comments_phone_idx').on(t.phone, t.createdAt),
  ],
);

/** The answer to one comment (tiếp thu / tiếp thu một phần / giải trình / ngoài phạm vi), approved before it is public. */
export const commentAnswers = pgTable('comment_answers', {
  commentId: text('comment_id')
    .primaryKey()
    .references(() => comments.id, { onDelete: 'cascade' }),
  disposition: text('disposition').notNull(),
  explanation: text('explanation').notNull(),
  assignedTo: text('assigned_to'),
  state: text('state').notNull(),
  answeredBy: text('answered_by'),
  approvedBy: text('approved_by'),
  approvedAt: timestamp('approved_at', { withTimezone: true, mode: 'string' }),
  publishedAt: timestamp('published_at', { withTimezone: true, mode: 'string' }),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** "Report this comment" from the portal. */
export const commentFlags = pgTable(
  'comment_flags',
  {
    id: text('id').primaryKey(),
    commentId: text('comment_id')
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    clientKey: text('client_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('comment_flags_uq').on(t.commentId, t.clientKey)],
);

/** The officer who answers a comment (a comment's own assignment wins over its article's). */
export const commentAssignments = pgTable(
  'comment_assignments',
  {
    commentId: text('comment_id')
      .primaryKey()
      .references(() => comments.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull(),
    assignedBy: text('assigned_by'),
    assignedAt: timestamp('assigned_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  // serves the "giao cho tôi" filter
  (t) => [index('comment_assignments_user_idx').on(t.userId)],
);

/** The officer who answers the comments on one article of a round ('' is the general comments). */
export const articleAssignments = pgTable(
  'article_assignments',
  {
    roundId: text('round_id')
      .notNull()
      .references(() => consultationRounds.id, { onDelete: 'cascade' }),
    articleAnchor: text('article_anchor').notNull(),
    userId: text('user_id').notNull(),
    assignedBy: text('assigned_by'),
    assignedAt: timestamp('assigned_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'article_assignments_pk', columns: [t.roundId, t.articleAnchor] })],
);

/** A reusable answer of a drafting unit: for one draft, or for all of the unit's drafts when draftId is null. */
export const answerTemplates = pgTable(
  'answer_templates',
  {
    id: text('id').primaryKey(),
    unitId: text('unit_id').notNull(),
    draftId: text('draft_id'),
    name: text('name').notNull(),
    disposition: text('disposition').notNull(),
    body: text('body').notNull(),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  // serves the templates of a unit, listed by name
  (t) => [index('answer_templates_unit_idx').on(t.unitId, t.name)],
);

// near-duplicate campaigns (their own folder; exported here so the schema has every table of the module)
export * from './campaigns/tables';
