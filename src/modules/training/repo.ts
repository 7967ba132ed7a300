import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { networkTables } from '../network';
import { orgTables } from '../organisations';
import { trainingCourses, trainingFeedback, trainingParticipants, trainingSessions } from './tables';

export type CourseRow = typeof trainingCourses.$inferSelect;
export type SessionRow = typeof trainingSessions.$inferSelect;
export type ParticipantRow = typeof trainingParticipants.$inferSelect;
export type FeedbackRow = typeof trainingFeedback.$inferSelect;

export async function insertCourse(db: Executor, row: typeof trainingCourses.$inferInsert): Promise<CourseRow> {
  return (await db.insert(trainingCourses).values(row).returning())[0]!;
}

export async function updateCourse(db: Executor, id: string, patch: Partial<typeof trainingCourses.$inferInsert>): Promise<CourseRow> {
  return (await db.update(trainingCourses).set({ ...patch, updatedAt: sql`now()` }).where(eq(trainingCourses.id, id)).returning())[0]!;
}

export async function findCourse(db: Executor, id: string): Promise<CourseRow | null> {
  return (await db.select().from(trainingCourses).where(eq(trainingCourses.id, id)).limit(1))[0] ?? null;
}

export async function coursesByIds(db: Executor, ids: string[]): Promise<CourseRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(trainingCourses).where(inArray(trainingCourses.id, ids));
}

export async function listCourses(db: Executor): Promise<CourseRow[]> {
  return db.select().from(trainingCourses).orderBy(desc(trainingCourses.createdAt));
}

export async function insertSession(db: Executor, row: typeof trainingSessions.$inferInsert): Promise<SessionRow> {
  return (await db.insert(trainingSessions).values(row).returning())[0]!;
}

export async function updateSession(db: Executor, id: string, patch: Partial<typeof trainingSessions.$inferInsert>): Promise<SessionRow> {
  return (await db.update(trainingSessions).set({ ...patch, updatedAt: sql`now()` }).where(eq(trainingSessions.id, id)).returning())[0]!;
}

export async function findSession(db: Executor, id: string): Promise<SessionRow | null> {
  return (await db.select().from(trainingSessions).where(eq(trainingSessions.id, id)).limit(1))[0] ?? null;
}

/** The session locked for a change of its participants (capacity is checked under this lock). */
export async function findSessionForUpdate(db: Executor, id: string): Promise<SessionRow | null> {
  return (await db.select().from(trainingSessions).where(eq(trainingSessions.id, id)).limit(1).for('update'))[0] ?? null;
}

export async function findSessionByCode(db: Executor, code: string): Promise<SessionRow | null> {
  return (await db.select().from(trainingSessions).where(eq(trainingSessions.checkinCode, code)).limit(1))[0] ?? null;
}

export async function sessionsByIds(db: Executor, ids: string[]): Promise<SessionRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(trainingSessions).where(inArray(trainingSessions.id, ids));
}

export async function sessionsOfCourses(db: Executor, courseIds: string[]): Promise<SessionRow[]> {
  if (courseIds.length === 0) return [];
  return db.select().from(trainingSessions).where(inArray(trainingSessions.courseId, courseIds)).orderBy(asc(trainingSessions.startsAt));
}

/** Sessions starting in [from, to) (timestamps), for the annual report. */
export async function sessionsStartingBetween(db: Executor, from: string, to: string): Promise<SessionRow[]> {
  return db.select().from(trainingSessions).where(and(sql`${trainingSessions.startsAt} >= ${from}::timestamptz`, sql`${trainingSessions.startsAt} < ${to}::timestamptz`)).orderBy(asc(trainingSessions.startsAt));
}

export async function insertParticipants(db: Executor, rows: (typeof trainingParticipants.$inferInsert)[]): Promise<ParticipantRow[]> {
  if (rows.length === 0) return [];
  return db.insert(trainingParticipants).values(rows).returning();
}

export async function updateParticipant(db: Executor, id: string, patch: Partial<typeof trainingParticipants.$inferInsert>): Promise<ParticipantRow> {
  return (await db.update(trainingParticipants).set(patch).where(eq(trainingParticipants.id, id)).returning())[0]!;
}

export async function participantsOfSessions(db: Executor, sessionIds: string[]): Promise<ParticipantRow[]> {
  if (sessionIds.length === 0) return [];
  return db.select().from(trainingParticipants).where(inArray(trainingParticipants.sessionId, sessionIds)).orderBy(asc(trainingParticipants.createdAt));
}

export async function findParticipant(db: Executor, id: string): Promise<ParticipantRow | null> {
  return (await db.select().from(trainingParticipants).where(eq(trainingParticipants.id, id)).limit(1))[0] ?? null;
}

export async function findParticipantForUpdate(db: Executor, id: string): Promise<ParticipantRow | null> {
  return (await db.select().from(trainingParticipants).where(eq(trainingParticipants.id, id)).limit(1).for('update'))[0] ?? null;
}

export async function findParticipantByTokenHash(db: Executor, tokenHash: string): Promise<ParticipantRow | null> {
  return (await db.select().from(trainingParticipants).where(eq(trainingParticipants.tokenHash, tokenHash)).limit(1))[0] ?? null;
}

/** Attendances of directory people in the given sessions (the completion rule reads these). */
export async function attendancesOfSessions(db: Executor, sessionIds: string[]): Promise<{ sessionId: string; personId: string; attendedAt: string }[]> {
  if (sessionIds.length === 0) return [];
  const rows = await db
    .select({ sessionId: trainingParticipants.sessionId, personId: trainingParticipants.personId, attendedAt: trainingParticipants.attendedAt })
    .from(trainingParticipants)
    .where(and(inArray(trainingParticipants.sessionId, sessionIds), eq(trainingParticipants.status, 'attended'), isNotNull(trainingParticipants.personId)));
  return rows as { sessionId: string; personId: string; attendedAt: string }[];
}

export async function insertFeedback(db: Executor, row: typeof trainingFeedback.$inferInsert): Promise<FeedbackRow> {
  return (await db.insert(trainingFeedback).values(row).returning())[0]!;
}

export async function findFeedbackOf(db: Executor, participantId: string): Promise<FeedbackRow | null> {
  return (await db.select().from(trainingFeedback).where(eq(trainingFeedback.participantId, participantId)).limit(1))[0] ?? null;
}

export async function feedbackOfSession(db: Executor, sessionId: string): Promise<FeedbackRow[]> {
  return db.select().from(trainingFeedback).where(eq(trainingFeedback.sessionId, sessionId)).orderBy(asc(trainingFeedback.createdAt));
}

export interface InviteePerson {
  id: string;
  fullName: string;
  title: string | null;
  unitId: string;
  email: string | null;
}

const personColumns = { id: orgTables.people.id, fullName: orgTables.people.fullName, title: orgTables.people.title, unitId: orgTables.people.unitId, email: orgTables.people.email };

/** People of the directory by id (invitations and the completion list name them). */
export async function peopleByIds(db: Executor, ids: string[]): Promise<InviteePerson[]> {
  if (ids.length === 0) return [];
  return db.select(personColumns).from(orgTables.people).where(inArray(orgTables.people.id, ids));
}

/** People of the given units, in name order (the invitation picker). */
export async function peopleOfUnits(db: Executor, unitIds: string[]): Promise<InviteePerson[]> {
  if (unitIds.length === 0) return [];
  return db.select(personColumns).from(orgTables.people).where(inArray(orgTables.people.unitId, unitIds)).orderBy(asc(orgTables.people.fullName)).limit(2000);
}

/** A unit's focal points on `day` that are not linked to a directory person (entered by name, with their email). */
export async function namedFocalPointsOfUnit(db: Executor, unitId: string, day: string): Promise<{ name: string; title: string | null; email: string | null }[]> {
  const fp = networkTables.networkFocalPoints;
  const rows = await db
    .select({ name: fp.personName, title: fp.title, email: fp.email })
    .from(fp)
    .where(and(eq(fp.unitId, unitId), isNull(fp.personId), lte(fp.validFrom, day), or(isNull(fp.validTo), gte(fp.validTo, day))));
  // the same person entered twice is invited once
  return [...new Map(rows.map((r) => [`${r.name.toLocaleLowerCase('vi')}|${(r.email ?? '').toLowerCase()}`, r])).values()];
}

/** The directory people who are a unit's communication focal points on `day` (the network module's register). */
export async function focalPeopleOfUnit(db: Executor, unitId: string, day: string): Promise<string[]> {
  const fp = networkTables.networkFocalPoints;
  const rows = await db
    .select({ personId: fp.personId })
    .from(fp)
    .where(and(eq(fp.unitId, unitId), isNotNull(fp.personId), lte(fp.validFrom, day), or(isNull(fp.validTo), gte(fp.validTo, day))));
  return [...new Set(rows.map((r) => r.personId!))];
}

/** The session's title (or its course's), for the audit vocabulary. */
export async function sessionTitles(db: Executor, ids: string[]): Promise<{ id: string; title: string }[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: trainingSessions.id, title: sql<string>`coalesce(${trainingSessions.title}, ${trainingCourses.title})` })
    .from(trainingSessions)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
    .where(inArray(trainingSessions.id, ids));
}
