import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { DueBasis } from '../tables';

/**
 * A press conference (DOMAIN.md PN-03, PN-04; migration 0028). `refNo` is its public number (/hop-bao/12.ics);
 * `sequence` is the iCalendar SEQUENCE, bumped on every change a calendar must pick up.
 */
export const pressConferences = pgTable(
  'press_conferences',
  {
    id: text('id').primaryKey(),
    refNo: bigserial('ref_no', { mode: 'number' }).notNull().unique('press_conferences_ref_no_unique'),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    status: text('status').notNull().default('planned'),
    hostUnitId: text('host_unit_id').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true, mode: 'string' }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true, mode: 'string' }).notNull(),
    place: text('place').notNull(),
    chairName: text('chair_name').notNull(),
    chairTitle: text('chair_title'),
    chairAssignmentId: text('chair_assignment_id'),
    spokespersonAssignmentId: text('spokesperson_assignment_id'),
    topics: jsonb('topics').$type<string[]>().notNull().default([]),
    policyIds: jsonb('policy_ids').$type<string[]>().notNull().default([]),
    planTaskId: text('plan_task_id'),
    summary: text('summary'),
    participants: text('participants'),
    sequence: integer('sequence').notNull().default(0),
    cancelReason: text('cancel_reason'),
    heldAt: timestamp('held_at', { withTimezone: true, mode: 'string' }),
    minutesIssuedAt: timestamp('minutes_issued_at', { withTimezone: true, mode: 'string' }),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    // serves the quarter view and the quarter check job
    index('press_conferences_unit_idx').on(t.hostUnitId, t.startsAt),
    // serves the iCalendar feed, the public page and the annual figures
    index('press_conferences_starts_idx').on(t.startsAt),
  ],
);

/** An invitation of one agency to one conference; `mailIds` are its outbox mails (their state is the sent state). */
export const pressConferenceInvitations = pgTable(
  'press_conference_invitations',
  {
    id: text('id').primaryKey(),
    conferenceId: text('conference_id').notNull(),
    agencyId: text('agency_id').notNull(),
    emails: jsonb('emails').$type<string[]>().notNull().default([]),
    mailIds: jsonb('mail_ids').$type<string[]>().notNull().default([]),
    sends: integer('sends').notNull().default(1),
    lastSentAt: timestamp('last_sent_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    attended: boolean('attended').notNull().default(false),
    reporters: integer('reporters'),
    journalistNames: text('journalist_names'),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  // one invitation per agency and conference; serves the conference's invitation list
  (t) => [uniqueIndex('press_conference_invitations_idx').on(t.conferenceId, t.agencyId)],
);

/** A material handed out: press kit, slides, press release. */
export const pressConferenceFiles = pgTable(
  'press_conference_files',
  {
    id: text('id').primaryKey(),
    conferenceId: text('conference_id').notNull(),
    fileId: text('file_id').notNull(),
    kind: text('kind').notNull(),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  // serves the conference's materials list
  (t) => [index('press_conference_files_conf_idx').on(t.conferenceId)],
);

/** A question asked at a conference; one not answered on the spot carries its follow-up and deadline. */
export const pressConferenceQuestions = pgTable(
  'press_conference_questions',
  {
    id: text('id').primaryKey(),
    conferenceId: text('conference_id').notNull(),
    seq: integer('seq').notNull(),
    agencyId: text('agency_id'),
    journalistName: text('journalist_name'),
    question: text('question').notNull(),
    answeredOnSpot: boolean('answered_on_spot').notNull(),
    answer: text('answer'),
    answeredBy: text('answered_by'),
    followUpUnitId: text('follow_up_unit_id'),
    followUpDueOn: date('follow_up_due_on', { mode: 'string' }),
    followUpBasis: jsonb('follow_up_basis').$type<DueBasis>(),
    followUpAnswer: text('follow_up_answer'),
    followUpAnsweredOn: date('follow_up_answered_on', { mode: 'string' }),
    followUpAnsweredBy: text('follow_up_answered_by'),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('press_conference_questions_seq_idx').on(t.conferenceId, t.seq),
    // serves the open follow-ups of a unit
    index('press_conference_questions_follow_up_idx').on(t.followUpUnitId, t.followUpDueOn).where(sql`follow_up_unit_id is not null and follow_up_answered_on is null`),
  ],
);

/** The quarter check's notices: the key (unit, year, quarter) is what keeps the job from repeating. */
export const pressConferenceQuarterNotices = pgTable(
  'press_conference_quarter_notices',
  {
    unitId: text('unit_id').notNull(),
    year: integer('year').notNull(),
    quarter: integer('quarter').notNull(),
    notified: integer('notified').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'press_conference_quarter_notices_pk', columns: [t.unitId, t.year, t.quarter] })],
);

export type ConferenceRow = typeof pressConferences.$inferSelect;
export type InvitationRow = typeof pressConferenceInvitations.$inferSelect;
export type QuestionRow = typeof pressConferenceQuestions.$inferSelect;
