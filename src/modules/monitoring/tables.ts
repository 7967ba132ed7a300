import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, customType, date, index, integer, jsonb, pgTable, real, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** PostgreSQL bytea as a Uint8Array (node-postgres gives a Buffer, PGlite a Uint8Array: both are Uint8Arrays). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * Where items come from. `kind`: 'feed' (RSS, Atom or JSON Feed, told apart when fetched: `feedFormat`),
 * 'sitemap', 'page' (one URL whose article is extracted) or 'import' (file exports of one vendor, `vendor`).
 * Health: the fetch job keeps the last success, the error streak and the last error in Vietnamese; after too many
 * failures (or a 410 Gone) it disables the source and writes why in `disabledReason`.
 */
export const monitoringSources = pgTable(
  'monitoring_sources',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    url: text('url'),
    feedFormat: text('feed_format'),
    vendor: text('vendor'),
    unitId: text('unit_id'),
    enabled: boolean('enabled').notNull().default(true),
    disabledReason: text('disabled_reason'),
    pollMinutes: integer('poll_minutes').notNull().default(30),
    etag: text('etag'),
    lastModified: text('last_modified'),
    nextFetchAt: timestamp('next_fetch_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    lastFetchedAt: timestamp('last_fetched_at', { withTimezone: true, mode: 'string' }),
    lastSuccessAt: timestamp('last_success_at', { withTimezone: true, mode: 'string' }),
    errorStreak: integer('error_streak').notNull().default(0),
    lastError: text('last_error'),
    lastStatus: integer('last_status'),
    itemsTotal: integer('items_total').notNull().default(0),
    /** When the health job last told coordinators that this source's weekly volume dropped (no repeats). */
    volumeAlertedAt: timestamp('volume_alerted_at', { withTimezone: true, mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    createdBy: text('created_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    // serves the fetch job's "which enabled sources are due"
    index('monitoring_sources_due_idx').on(t.enabled, t.nextFetchAt),
  ],
);

/**
 * A story: items about the same event within 72 hours (near-duplicates by the near-dup library). Two stories
 * that come close are never merged by the software: `suggestedMergeWith` is a suggestion for a reviewer.
 */
export const monitoringStories = pgTable(
  'monitoring_stories',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true, mode: 'string' }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'string' }).notNull(),
    itemCount: integer('item_count').notNull().default(0),
    negativeCount: integer('negative_count').notNull().default(0),
    suggestedMergeWith: text('suggested_merge_with'),
    suggestedSimilarity: real('suggested_similarity'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('monitoring_stories_last_seen_idx').on(t.lastSeenAt)],
);

/** One watchlist hit: which watchlist and term, and where in the title or body (offsets for highlighting). */
export interface ItemMatch {
  watchlistId: string;
  termId: string | null;
  label: string;
  field: 'title' | 'body';
  start: number;
  end: number;
  /** For a watchlist term: whether the name matched was the official one at the item's date (old names still match). */
  current?: boolean;
}

/**
 * An article or a post. `seq` orders items by ingestion for jobs reading after a cursor (the response side's
 * alerts, the stories job). `contentHash` is the hash of the normalised title and text (exact duplicates across
 * sources); `searchKey` the folded title and text (accent-insensitive search). `sentimentBy` is set when a
 * reviewer corrected the sentiment (the model never overwrites a correction).
 */
export const monitoringItems = pgTable(
  'monitoring_items',
  {
    id: text('id').primaryKey(),
    seq: bigserial('seq', { mode: 'number' }).notNull().unique('monitoring_items_seq_unique'),
    sourceId: text('source_id')
      .notNull()
      .references(() => monitoringSources.id, { onDelete: 'cascade' }),
    importId: text('import_id'),
    kind: text('kind').notNull(),
    platform: text('platform'),
    url: text('url'),
    urlKey: text('url_key'),
    guid: text('guid'),
    title: text('title').notNull().default(''),
    body: text('body').notNull().default(''),
    author: text('author'),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'string' }),
    ingestedAt: timestamp('ingested_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    contentHash: text('content_hash').notNull(),
    searchKey: text('search_key').notNull().default(''),
    sentiment: text('sentiment').notNull().default('neutral'),
    sentimentScore: real('sentiment_score').notNull().default(0),
    sentimentCues: jsonb('sentiment_cues').notNull().default(sql`'[]'::jsonb`),
    sentimentModel: text('sentiment_model'),
    sentimentBy: text('sentiment_by'),
    sentimentAt: timestamp('sentiment_at', { withTimezone: true, mode: 'string' }),
    relevant: boolean('relevant').notNull().default(false),
    matches: jsonb('matches').$type<ItemMatch[]>().notNull().default(sql`'[]'::jsonb`),
    watchlistIds: text('watchlist_ids').array().notNull().default(sql`'{}'::text[]`),
    storyId: text('story_id').references(() => monitoringStories.id, { onDelete: 'set null' }),
    exactKey: text('exact_key'),
    signature: bytea('signature'),
    reach: integer('reach'),
    engagement: integer('engagement'),
  },
  (t) => [
    uniqueIndex('monitoring_items_source_url_uq').on(t.sourceId, t.urlKey).where(sql`${t.urlKey} is not null`),
    uniqueIndex('monitoring_items_source_guid_uq').on(t.sourceId, t.guid).where(sql`${t.guid} is not null`),
    index('monitoring_items_hash_idx').on(t.contentHash),
    index('monitoring_items_relevant_idx').on(t.relevant, t.publishedAt),
    index('monitoring_items_story_idx').on(t.storyId),
    index('monitoring_items_ingested_idx').on(t.ingestedAt),
    index('monitoring_items_source_idx').on(t.sourceId, t.ingestedAt),
  ],
);

/** A watchlist: terms (places, leaders, agencies, policies) or, for kind 'query', one saved query text. */
export const monitoringWatchlists = pgTable('monitoring_watchlists', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  query: text('query'),
  enabled: boolean('enabled').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  createdBy: text('created_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** A name of a term: plain, or with options (exact case and accents for short names; its own validity dates). */
export type WatchNameRow = string | { name: string; exact?: boolean; validFrom?: string | null; validTo?: string | null };

/** A term of a watchlist: its names (old and new) and the dates between which they are the right name. */
export const monitoringWatchTerms = pgTable(
  'monitoring_watch_terms',
  {
    id: text('id').primaryKey(),
    watchlistId: text('watchlist_id')
      .notNull()
      .references(() => monitoringWatchlists.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    names: jsonb('names').$type<WatchNameRow[]>().notNull().default(sql`'[]'::jsonb`),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    note: text('note'),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('monitoring_watch_terms_list_idx').on(t.watchlistId, t.position)],
);

/** The column mapping saved for a vendor's exports (reused by the next import of that vendor). */
export const monitoringVendorMappings = pgTable('monitoring_vendor_mappings', {
  vendor: text('vendor').primaryKey(),
  mapping: jsonb('mapping').$type<Record<string, string>>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  updatedBy: text('updated_by'),
});

/** A file import of a social-media export: progress, counts and the first 100 skipped rows with their reasons. */
export const monitoringImports = pgTable(
  'monitoring_imports',
  {
    id: text('id').primaryKey(),
    sourceId: text('source_id')
      .notNull()
      .references(() => monitoringSources.id, { onDelete: 'cascade' }),
    vendor: text('vendor').notNull(),
    fileName: text('file_name').notNull(),
    fileId: text('file_id'),
    format: text('format').notNull(),
    mapping: jsonb('mapping').$type<Record<string, string>>(),
    status: text('status').notNull().default('waiting'),
    bytesTotal: bigint('bytes_total', { mode: 'number' }).notNull().default(0),
    bytesRead: bigint('bytes_read', { mode: 'number' }).notNull().default(0),
    rowsRead: integer('rows_read').notNull().default(0),
    rowsImported: integer('rows_imported').notNull().default(0),
    rowsDuplicate: integer('rows_duplicate').notNull().default(0),
    rowsSkipped: integer('rows_skipped').notNull().default(0),
    errors: jsonb('errors').$type<{ row: number; reason: string }[]>().notNull().default(sql`'[]'::jsonb`),
    failureReason: text('failure_reason'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    createdBy: text('created_by'),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'string' }),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [index('monitoring_imports_status_idx').on(t.status, t.createdAt)],
);

/** Where a job reading items by `seq` stopped (the stories job; the response side may keep its own rows here). */
export const monitoringCursors = pgTable('monitoring_cursors', {
  name: text('name').primaryKey(),
  afterSeq: bigint('after_seq', { mode: 'number' }).notNull().default(0),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});
export * from './response/tables';
