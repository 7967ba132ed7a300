import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { monitoringItems } from '../tables';

/**
 * An alert rule (issue 14 item 6). `kind`: 'keyword' (a saved query in `query`), 'negative_spike' (negative items
 * per window against the mean + k·σ of the same windows over the previous days, with a minimum count),
 * 'volume' (all relevant items, same test) or 'source' (any relevant item from a source of concern, `sourceId`).
 * Recipients: office users (a notification), email addresses (the mail outbox), one webhook (HMAC-signed).
 */
export const monitoringAlertRules = pgTable('monitoring_alert_rules', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  query: text('query'),
  sourceId: text('source_id'),
  /** Spike and volume rules: window minutes, baseline days, k, minimum count (rules.ts has the defaults). */
  params: jsonb('params').$type<{ windowMinutes?: number; baselineDays?: number; k?: number; minCount?: number }>().notNull().default(sql`'{}'::jsonb`),
  cooldownMinutes: integer('cooldown_minutes').notNull().default(60),
  userIds: jsonb('user_ids').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  emails: jsonb('emails').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  webhookUrl: text('webhook_url'),
  /** The HMAC key the receiver checks `X-DongThuan-Signature` with; shown once, never in a list. */
  webhookSecret: text('webhook_secret'),
  enabled: boolean('enabled').notNull().default(true),
  /** When the rule last fired (the cool-down counts from it). */
  lastFiredAt: timestamp('last_fired_at', { withTimezone: true, mode: 'string' }),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  createdBy: text('created_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** What an alert says about itself: counts, the baseline, top terms and sources, the first items. */
export interface AlertExplanation {
  count: number;
  negative: number;
  baselineMean: number | null;
  baselineSd: number | null;
  threshold: number | null;
  windowMinutes: number | null;
  topTerms: { term: string; n: number }[];
  topSources: { name: string; n: number }[];
}

/**
 * A fired alert. `dedupKey` (rule + window, or rule + item for keyword and source rules) is unique: the job may
 * run twice over the same items and never sends the same alert twice.
 */
export const monitoringAlerts = pgTable(
  'monitoring_alerts',
  {
    id: text('id').primaryKey(),
    ruleId: text('rule_id')
      .notNull()
      .references(() => monitoringAlertRules.id, { onDelete: 'cascade' }),
    dedupKey: text('dedup_key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true, mode: 'string' }).notNull(),
    windowEnd: timestamp('window_end', { withTimezone: true, mode: 'string' }).notNull(),
    itemCount: integer('item_count').notNull(),
    explanation: jsonb('explanation').$type<AlertExplanation>().notNull(),
    /** The first items (at most 50), newest last, for the links. */
    itemIds: jsonb('item_ids').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    /** When the newest item that triggered the alert was ingested: firedAt minus this is the alert's latency. */
    triggerIngestedAt: timestamp('trigger_ingested_at', { withTimezone: true, mode: 'string' }).notNull(),
    firedAt: timestamp('fired_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    acknowledgedBy: text('acknowledged_by'),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [
    // the no-repeat guarantee
    uniqueIndex('monitoring_alerts_dedup_uq').on(t.dedupKey),
    // serves the office's list of alerts, newest first
    index('monitoring_alerts_fired_idx').on(t.firedAt),
  ],
);

/** One delivery of an alert to one recipient: office, email or webhook, retried with backoff (webhooks). */
export const monitoringAlertDeliveries = pgTable(
  'monitoring_alert_deliveries',
  {
    id: text('id').primaryKey(),
    alertId: text('alert_id')
      .notNull()
      .references(() => monitoringAlerts.id, { onDelete: 'cascade' }),
    channel: text('channel').notNull(),
    target: text('target').notNull(),
    /** 'pending' | 'sent' | 'retrying' | 'failed'. */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    lastError: text('last_error'),
    responseStatus: integer('response_status'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [
    // serves the webhook sender's "what is due"
    index('monitoring_alert_deliveries_due_idx').on(t.status, t.nextAttemptAt),
    index('monitoring_alert_deliveries_alert_idx').on(t.alertId),
  ],
);

/**
 * An item put in the review queue by hand (or by an alert), or flagged as the origin of a crisis ('crisis': written
 * by the crises module when it opens a crisis from the item, with the crisis's number and title as the reason).
 */
export const monitoringFlags = pgTable(
  'monitoring_flags',
  {
    id: text('id').primaryKey(),
    itemId: text('item_id')
      .notNull()
      .references(() => monitoringItems.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    reason: text('reason').notNull(),
    flaggedBy: text('flagged_by'),
    flaggedAt: timestamp('flagged_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('monitoring_flags_item_idx').on(t.itemId, t.kind)],
);

/** A reviewer's verdict on an item; a new review is a new row (the latest counts), so the history stays. */
export const monitoringReviews = pgTable(
  'monitoring_reviews',
  {
    id: text('id').primaryKey(),
    itemId: text('item_id')
      .notNull()
      .references(() => monitoringItems.id, { onDelete: 'cascade' }),
    verdict: text('verdict').notNull(),
    note: text('note'),
    reviewedBy: text('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    // serves an item's latest verdict and the queue's "not reviewed yet"
    index('monitoring_reviews_item_idx').on(t.itemId, t.reviewedAt),
    index('monitoring_reviews_verdict_idx').on(t.verdict, t.reviewedAt),
  ],
);

/**
 * Evidence captured at review time: what was fetched (or the stored text when the item has no URL or the fetch
 * failed), its SHA-256 and time, the bytes kept in the file store. A trigger refuses any UPDATE: a second capture
 * is a new row.
 */
export const monitoringEvidence = pgTable(
  'monitoring_evidence',
  {
    id: text('id').primaryKey(),
    itemId: text('item_id')
      .notNull()
      .references(() => monitoringItems.id, { onDelete: 'cascade' }),
    reviewId: text('review_id').references(() => monitoringReviews.id, { onDelete: 'set null' }),
    url: text('url'),
    /** 'fetched' (the page as fetched now) or 'stored' (the text as ingested). */
    method: text('method').notNull(),
    httpStatus: integer('http_status'),
    /** Why the page could not be fetched, in Vietnamese (the stored text was captured instead). */
    fetchError: text('fetch_error'),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    fileId: text('file_id').notNull(),
    capturedAt: timestamp('captured_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    capturedBy: text('captured_by'),
  },
  (t) => [index('monitoring_evidence_item_idx').on(t.itemId, t.capturedAt)],
);

/** A takedown request (DOMAIN.md FI-01): the deadline comes from the dated rules table, the outcome is recorded. */
export const monitoringTakedowns = pgTable(
  'monitoring_takedowns',
  {
    id: text('id').primaryKey(),
    itemId: text('item_id')
      .notNull()
      .references(() => monitoringItems.id, { onDelete: 'cascade' }),
    requestedAt: timestamp('requested_at', { withTimezone: true, mode: 'string' }).notNull(),
    channel: text('channel').notNull(),
    platform: text('platform').notNull(),
    recipient: text('recipient'),
    legalBasis: text('legal_basis').notNull(),
    deadlineAt: timestamp('deadline_at', { withTimezone: true, mode: 'string' }).notNull(),
    deadlineHours: real('deadline_hours').notNull(),
    /** 'pending' | 'removed' | 'refused' | 'no_answer'. */
    outcome: text('outcome').notNull().default('pending'),
    outcomeAt: timestamp('outcome_at', { withTimezone: true, mode: 'string' }),
    note: text('note'),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index('monitoring_takedowns_item_idx').on(t.itemId),
    // serves the overdue list and the yearly indicator
    index('monitoring_takedowns_requested_idx').on(t.requestedAt),
  ],
);

/** A referral package for the police liaison: the DOCX and the ZIP kept as files, with the items it lists. */
export const monitoringReferrals = pgTable('monitoring_referrals', {
  id: text('id').primaryKey(),
  itemIds: jsonb('item_ids').$type<string[]>().notNull(),
  docxFileId: text('docx_file_id').notNull(),
  zipFileId: text('zip_file_id').notNull(),
  zipSha256: text('zip_sha256').notNull(),
  createdBy: text('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/**
 * Sentiment models retrained from reviewers' corrections (trainSentiment from the active model). The ingestion
 * pipeline scores with the active one (`activeSentimentModel`), or the shipped DEFAULT_MODEL when none is.
 */
export const monitoringSentimentModels = pgTable(
  'monitoring_sentiment_models',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull(),
    model: jsonb('model').notNull(),
    corrections: integer('corrections').notNull(),
    /** Accuracy and macro-F1 on the corrections held out (one in ten), before and after. */
    metrics: jsonb('metrics').notNull().default(sql`'{}'::jsonb`),
    active: boolean('active').notNull().default(false),
    trainedBy: text('trained_by'),
    trainedAt: timestamp('trained_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('monitoring_sentiment_models_version_uq').on(t.version), uniqueIndex('monitoring_sentiment_models_active_uq').on(t.active).where(sql`${t.active}`)],
);

/** Who receives the daily or weekly digest by mail. */
export const monitoringDigestSubscriptions = pgTable(
  'monitoring_digest_subscriptions',
  {
    userId: text('user_id').notNull(),
    frequency: text('frequency').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'monitoring_digest_subscriptions_pk', columns: [t.userId, t.frequency] })],
);

/** A digest made for a period: one per frequency and period start, so a second run of the job sends nothing. */
export const monitoringDigests = pgTable(
  'monitoring_digests',
  {
    id: text('id').primaryKey(),
    frequency: text('frequency').notNull(),
    periodStart: timestamp('period_start', { withTimezone: true, mode: 'string' }).notNull(),
    periodEnd: timestamp('period_end', { withTimezone: true, mode: 'string' }).notNull(),
    docxFileId: text('docx_file_id'),
    mails: integer('mails').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('monitoring_digests_period_uq').on(t.frequency, t.periodStart)],
);

export type AlertRuleRow = typeof monitoringAlertRules.$inferSelect;
export type AlertRow = typeof monitoringAlerts.$inferSelect;
export type TakedownRow = typeof monitoringTakedowns.$inferSelect;
