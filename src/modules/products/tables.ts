import { sql } from 'drizzle-orm';
import { bigserial, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * A communication product (infographic, video, article, loudspeaker script…) explaining one policy. Its current
 * state lives here; every edit also writes a row of `product_versions`, so earlier wording is never lost. The
 * reference number names it on the portal (`/san-pham-truyen-thong/12-ten-san-pham`), never its id.
 */
export const productItems = pgTable(
  'product_items',
  {
    id: text('id').primaryKey(),
    refNo: bigserial('ref_no', { mode: 'number' }).notNull().unique('product_items_ref_no_unique'),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    policyId: text('policy_id').notNull(),
    roundId: text('round_id'),
    taskId: text('task_id'),
    unitId: text('unit_id').notNull(),
    /** The plain-language summary (tóm tắt dễ hiểu) of the Vietnamese version; required to publish. */
    summary: text('summary').notNull().default(''),
    /** The text of an article or of a loudspeaker script. */
    body: text('body').notNull().default(''),
    externalUrl: text('external_url'),
    channels: jsonb('channels').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    status: text('status').notNull().default('draft'),
    version: integer('version').notNull().default(1),
    broadcastFrom: date('broadcast_from', { mode: 'string' }),
    broadcastTo: date('broadcast_to', { mode: 'string' }),
    slotsPerDay: integer('slots_per_day'),
    /** The communes a loudspeaker script is for, as units of the directory valid on `communesAsOf`. */
    communes: jsonb('communes').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    communesAsOf: date('communes_as_of', { mode: 'string' }),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'string' }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true, mode: 'string' }),
    withdrawReason: text('withdraw_reason'),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    // serves listProducts filtered by status (the portal's gallery: published, newest first)
    index('product_items_status_idx').on(t.status, t.publishedAt),
    // serves listProducts filtered by policy
    index('product_items_policy_idx').on(t.policyId),
    // serves listProducts filtered by producing unit
    index('product_items_unit_idx').on(t.unitId),
  ],
);

/** What a product said at each version: the fields an edit may change. */
export interface ProductSnapshot {
  kind: string;
  title: string;
  summary: string;
  body: string;
  externalUrl: string | null;
  channels: string[];
  policyId: string;
  roundId: string | null;
  taskId: string | null;
  broadcastFrom: string | null;
  broadcastTo: string | null;
  slotsPerDay: number | null;
  communes: string[];
  communesAsOf: string | null;
}

export const productVersions = pgTable(
  'product_versions',
  {
    id: text('id').primaryKey(),
    productId: text('product_id').notNull().references(() => productItems.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    snapshot: jsonb('snapshot').$type<ProductSnapshot>().notNull(),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  // serves versionsOf and keeps one row per version
  (t) => [uniqueIndex('product_versions_no_uq').on(t.productId, t.version)],
);

/** A version of the product in another language (English, an ethnic-minority language of the province). */
export const productLanguages = pgTable(
  'product_languages',
  {
    id: text('id').primaryKey(),
    productId: text('product_id').notNull().references(() => productItems.id, { onDelete: 'cascade' }),
    lang: text('lang').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    body: text('body').notNull().default(''),
    translator: text('translator'),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  // serves languagesOf; one version per language of a product
  (t) => [uniqueIndex('product_languages_lang_uq').on(t.productId, t.lang)],
);

/** A measurement of reach on one channel (views, listeners, printed copies) on the day it was measured. */
export const productReach = pgTable(
  'product_reach',
  {
    id: text('id').primaryKey(),
    productId: text('product_id').notNull().references(() => productItems.id, { onDelete: 'cascade' }),
    channel: text('channel').notNull(),
    measure: text('measure').notNull(),
    value: integer('value').notNull(),
    measuredOn: date('measured_on', { mode: 'string' }).notNull(),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  // serves reachOf (the product page) and the annual report
  (t) => [index('product_reach_product_idx').on(t.productId, t.channel, t.measuredOn)],
);
