import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { accountTables } from '../accounts';

/**
 * Something an officer should know about (new comments on a draft of their unit, answers awaiting approval, a
 * report submitted or reviewed, a round closing). Events on the same subject add to the open notification
 * (`count`) instead of piling up; `params` holds the names shown, never ids (the `link` carries those).
 */
export const notifications = pgTable(
  'notifications',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => accountTables.users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    subjectKey: text('subject_key').notNull(),
    dedupeKey: text('dedupe_key'),
    params: jsonb('params').$type<Record<string, string | number | null>>().notNull().default({}),
    link: text('link').notNull(),
    count: integer('count').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true, mode: 'string' }),
    mailedAt: timestamp('mailed_at', { withTimezone: true, mode: 'string' }),
    digestId: text('digest_id'),
  },
  (t) => [
    // serves the list of a user's notifications, newest first
    index('notifications_user_idx').on(t.userId, t.updatedAt),
    // serves the unread count of the bell and "mark all read"
    index('notifications_unread_idx').on(t.userId).where(sql`${t.readAt} IS NULL`),
    // aggregation: new events on the same subject add to the open (unread, not yet in a digest) notification
    uniqueIndex('notifications_open_uq').on(t.userId, t.kind, t.subjectKey).where(sql`${t.readAt} IS NULL AND ${t.digestId} IS NULL`),
    // a once-only notification (a round closing on a given date) is never created twice, read or not
    uniqueIndex('notifications_dedupe_uq').on(t.userId, t.dedupeKey),
  ],
);

/** A person's choices: per kind, office only / mail immediately / daily digest (default) / off. */
export const notificationSettings = pgTable('notification_settings', {
  userId: text('user_id')
    .primaryKey()
    .references(() => accountTables.users.id, { onDelete: 'cascade' }),
  channels: jsonb('channels').$type<Record<string, string>>().notNull().default({}),
  roundClosingDays: integer('round_closing_days').notNull().default(3),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** How far the event scan has read the audit trail (its seq), so each event is notified once. */
export const notificationWatermarks = pgTable('notification_watermarks', {
  source: text('source').primaryKey(),
  position: bigint('position', { mode: 'number' }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** A daily digest mailed to one person: one per person and day, so a second run of the job sends nothing. */
export const notificationDigests = pgTable(
  'notification_digests',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => accountTables.users.id, { onDelete: 'cascade' }),
    digestOn: date('digest_on', { mode: 'string' }).notNull(),
    items: integer('items').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('notification_digests_uq').on(t.userId, t.digestOn)],
);
