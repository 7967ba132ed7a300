import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Files attached to records (evidence of a report, a comment's attachment, a published report); bytes live in the file store, not the database. */
export const storedFiles = pgTable(
  'stored_files',
  {
    id: text('id').primaryKey(),
    ownerType: text('owner_type').notNull(),
    ownerId: text('owner_id').notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('stored_files_owner_idx').on(t.ownerType, t.ownerId)],
);

