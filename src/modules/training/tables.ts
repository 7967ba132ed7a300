import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** A training course (plan item II.6): the skills it teaches, who it is for, who organises it, its plan task. */
export const trainingCourses = pgTable(
  'training_courses',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    skills: jsonb('skills').$type<string[]>().notNull(),
    audiences: jsonb('audiences').$type<string[]>().notNull(),
    organiserUnitId: text('organiser_unit_id').notNull(),
    planTaskId: text('plan_task_id'),
    budgetVnd: bigint('budget_vnd', { mode: 'number' }),
    description: text('description'),
    createdBy: text('created_by'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  // serves listCourses (newest first)
  (t) => [index('training_courses_created_idx').on(t.createdAt)],
);

/** One session of a course. `checkinCode` is the walk-in check-in link's code (shown as a QR in the room). */
export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: text('id').primaryKey(),
    courseId: text('course_id').notNull(),
    title: text('title'),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at').notNull(),
    place: text('place'),
    onlineUrl: text('online_url'),
    trainers: text('trainers'),
    capacity: integer('capacity'),
    isRequired: boolean('is_required').notNull().default(true),
    status: text('status').notNull().default('planned'),
    checkinCode: text('checkin_code').notNull().unique('training_sessions_checkin_code_unique'),
    createdBy: text('created_by'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    // serves sessionsOfCourse
    index('training_sessions_course_idx').on(t.courseId, t.startsAt),
    // serves the annual report's figures (sessions by start time)
    index('training_sessions_starts_idx').on(t.startsAt),
  ],
);

/**
 * An invited person (from the directory) or a walk-in (name, unit, title as given: personal data, never on a public
 * page or in a log). The personal link's token is stored as its SHA-256 only.
 */
export const trainingParticipants = pgTable(
  'training_participants',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id').notNull(),
    personId: text('person_id'),
    walkInName: text('walk_in_name'),
    walkInUnit: text('walk_in_unit'),
    walkInTitle: text('walk_in_title'),
    participantType: text('participant_type').notNull(),
    status: text('status').notNull(),
    tokenHash: text('token_hash').unique('training_participants_token_unique'),
    invitedAt: at('invited_at'),
    respondedAt: at('responded_at'),
    attendedAt: at('attended_at'),
    attendedVia: text('attended_via'),
    createdBy: text('created_by'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    // one invitation per person and session
    uniqueIndex('training_participants_person_idx').on(t.sessionId, t.personId).where(sql`person_id is not null`),
    // serves participantsOfSession
    index('training_participants_session_idx').on(t.sessionId, t.createdAt),
    // serves the completion list
    index('training_participants_person_only_idx').on(t.personId).where(sql`person_id is not null`),
  ],
);

/** One participant's answers after a session (once per participant). */
export const trainingFeedback = pgTable(
  'training_feedback',
  {
    id: text('id').primaryKey(),
    participantId: text('participant_id').notNull().unique('training_feedback_participant_unique'),
    sessionId: text('session_id').notNull(),
    ratings: jsonb('ratings').$type<Record<string, number>>().notNull(),
    comment: text('comment'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  // serves feedbackOfSession
  (t) => [index('training_feedback_session_idx').on(t.sessionId)],
);
