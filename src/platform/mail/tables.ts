import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Every mail the platform sends goes through this outbox in the same transaction as the change that caused it;
 * a job delivers it (SMTP when configured, otherwise it stays visible in the office's "sent mail" page).
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: text('id').primaryKey(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    purpose: text('purpose').notNull(),
    /** An iCalendar object sent with the mail (MailMessage.calendar), or null. */
    calendar: text('calendar'),
    state: text('state').notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'string' }),
  },
  // serves the delivery job (pending first) and the office list (newest first)
  (t) => [index('mail_outbox_state_idx').on(t.state, t.createdAt)],
);
