import { customType, index, integer, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { comments, consultationRounds } from '../tables';

/** PostgreSQL bytea as a Uint8Array (node-postgres gives a Buffer, PGlite a Uint8Array: both are Uint8Arrays). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * A campaign: comments of one round that carry the same argument (near-identical text), answered once and counted
 * as one argument with N signers. A campaign has at least two members; a comment alone is its own argument. The
 * campaign's answer is kept so it can be applied again to members that join later.
 */
export const commentCampaigns = pgTable(
  'comment_campaigns',
  {
    id: text('id').primaryKey(),
    roundId: text('round_id')
      .notNull()
      .references(() => consultationRounds.id, { onDelete: 'cascade' }),
    /** The earliest member when the campaign was formed. */
    firstCommentId: text('first_comment_id').notNull(),
    disposition: text('disposition'),
    explanation: text('explanation'),
    answeredBy: text('answered_by'),
    answeredAt: timestamp('answered_at', { withTimezone: true, mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  // serves the campaigns of a round
  (t) => [index('comment_campaigns_round_idx').on(t.roundId)],
);

/** The near-duplicate fingerprint of a comment's body, and the campaign it was put in (null: its own argument). */
export const commentFingerprints = pgTable(
  'comment_fingerprints',
  {
    commentId: text('comment_id')
      .primaryKey()
      .references(() => comments.id, { onDelete: 'cascade' }),
    roundId: text('round_id').notNull(),
    /** The comment's arrival, copied so members are ordered without reading the comments table. */
    commentCreatedAt: timestamp('comment_created_at', { withTimezone: true, mode: 'string' }).notNull(),
    exactKey: text('exact_key').notNull(),
    /** MinHash signature (null: too short a text to have one; only the exact key then applies). */
    signature: bytea('signature'),
    campaignId: text('campaign_id').references(() => commentCampaigns.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    // serves the exact-duplicate fast path of the assignment job
    index('comment_fingerprints_exact_idx').on(t.roundId, t.exactKey),
    // serves a campaign's members in arrival order (the office's list, the representative, the counts)
    index('comment_fingerprints_campaign_idx').on(t.campaignId, t.commentCreatedAt, t.commentId),
  ],
);

/** One LSH band hash of a comment: comments of a round sharing any band are the candidates of a near-duplicate. */
export const commentFingerprintBands = pgTable(
  'comment_fingerprint_bands',
  {
    commentId: text('comment_id')
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    roundId: text('round_id').notNull(),
    bandNo: smallint('band_no').notNull(),
    /** The band's 32-bit hash stored as a signed integer. */
    bandHash: integer('band_hash').notNull(),
  },
  (t) => [
    primaryKey({ name: 'comment_fingerprint_bands_pk', columns: [t.commentId, t.bandNo] }),
    // serves the candidate look-up: the comments of the same round sharing a band
    index('comment_fingerprint_bands_lookup_idx').on(t.roundId, t.bandNo, t.bandHash),
  ],
);
