import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Who speaks for a unit (NĐ 09/2017 Art. 2, DOMAIN.md PN-01): the head, the designated spokesperson, or a person
 * authorised for one matter. An edit or an end writes a new version of the same assignment and marks the old one
 * superseded, so history is never overwritten. `validTo` is the last day (inclusive), as a decision prints it.
 */
export const pressSpokespeople = pgTable(
  'press_spokespeople',
  {
    id: text('id').primaryKey(),
    assignmentId: text('assignment_id').notNull(),
    version: integer('version').notNull(),
    unitId: text('unit_id').notNull(),
    kind: text('kind').notNull(),
    personName: text('person_name').notNull(),
    title: text('title').notNull(),
    phone: text('phone'),
    email: text('email'),
    scope: text('scope'),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    decisionRef: text('decision_ref'),
    endReason: text('end_reason'),
    supersededAt: timestamp('superseded_at', { withTimezone: true, mode: 'string' }),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    // one current version per assignment
    uniqueIndex('press_spokespeople_current_idx').on(t.assignmentId).where(sql`superseded_at is null`),
    // serves listCurrentSpokespeople
    index('press_spokespeople_unit_idx').on(t.unitId, t.validFrom).where(sql`superseded_at is null`),
  ],
);

/** How a deadline was computed, kept with the inquiry so the page prints the basis it was given at intake. */
export interface DueBasis {
  ruleId: string;
  days: number;
  unit: 'working' | 'calendar';
  source: string;
  /** Days off inside the period, grouped by name ("Tết Nguyên đán" 2026-02-16 … 2026-02-20); weekends left out. */
  skipped: { name: string; from: string; to: string }[];
  extension?: { ruleId: string; days: number; source: string };
  /** A calendar-day period ending on a day off: the day it would have ended, and the rule that moved it. */
  moved?: { from: string; source: string };
}

/** A press inquiry, a press-forwarded citizen issue or a citizen's information request, with its legal deadline. */
export const pressInquiries = pgTable(
  'press_inquiries',
  {
    id: text('id').primaryKey(),
    refNo: bigserial('ref_no', { mode: 'number' }).notNull().unique('press_inquiries_ref_no_unique'),
    kind: text('kind').notNull(),
    complexity: text('complexity'),
    status: text('status').notNull().default('received'),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    channel: text('channel').notNull(),
    requesterName: text('requester_name').notNull(),
    requesterContact: text('requester_contact'),
    agencyUnitId: text('agency_unit_id'),
    /** The agency in the press agencies directory (migration 0039); agencyUnitId is also set when it is a unit of ours. */
    pressAgencyId: text('press_agency_id'),
    journalistName: text('journalist_name'),
    subject: text('subject').notNull(),
    content: text('content').notNull(),
    policyId: text('policy_id'),
    unitId: text('unit_id'),
    officerId: text('officer_id'),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    dueBasis: jsonb('due_basis').$type<DueBasis>().notNull(),
    noticeDueOn: date('notice_due_on', { mode: 'string' }),
    /** The written notice of the handling time of a complex request (TC-01): when it was sent, its number. */
    noticeSentOn: date('notice_sent_on', { mode: 'string' }),
    noticeRef: text('notice_ref'),
    /** The late-notice warning was sent (once). */
    noticeAlerted: boolean('notice_alerted').notNull().default(false),
    originalDueOn: date('original_due_on', { mode: 'string' }),
    extensionReason: text('extension_reason'),
    extendedAt: timestamp('extended_at', { withTimezone: true, mode: 'string' }),
    /** The deadline whose overdue alert was sent (an extension sets a new deadline, which may alert again). */
    overdueAlertedFor: date('overdue_alerted_for', { mode: 'string' }),
    answerText: text('answer_text'),
    answerFileId: text('answer_file_id'),
    refusalGround: text('refusal_ground'),
    refusalNote: text('refusal_note'),
    closedOn: date('closed_on', { mode: 'string' }),
    closedBy: text('closed_by'),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    // serves listInquiries by status and due date, and the overdue job
    index('press_inquiries_open_due_idx').on(t.status, t.dueOn),
    // serves listInquiries filtered by unit
    index('press_inquiries_unit_idx').on(t.unitId, t.dueOn),
    // serves the annual report's figures
    index('press_inquiries_received_idx').on(t.receivedOn),
  ],
);
