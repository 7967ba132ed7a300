import { bigint, bigserial, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** An entry's own columns, shared by the chain and the inbox (fresh builders for each table). */
const entryColumns = () => ({
  at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
  actorId: text('actor_id'),
  actorName: text('actor_name').notNull(),
  action: text('action').notNull(),
  subjectType: text('subject_type').notNull(),
  subjectId: text('subject_id'),
  summary: jsonb('summary').notNull(),
  requestId: text('request_id'),
});

/**
 * The audit trail: append-only (a trigger refuses UPDATE and DELETE) and hash-chained: each row's hash covers its
 * own fields and the previous row's hash, so `cli audit verify` finds the first edited or removed row.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    // numbered by the appenders (head + 1, under the chain lock), never by a sequence: see recordAuditMany
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    ...entryColumns(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    // serves the audit page filtered by subject ("history of this record")
    index('audit_log_subject_idx').on(t.subjectType, t.subjectId),
  ],
);

/**
 * Entries written by the comment intake in the same statement as their comments, waiting to be chained into
 * audit_log by the sealer (inbox.ts). Numbered by arrival; a row leaves this table in the transaction that chains it.
 */
export const auditInbox = pgTable('audit_inbox', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  ...entryColumns(),
});
