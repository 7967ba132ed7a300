import { and, asc, desc, eq, gte, inArray, isNull, lt, max, ne, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db';
import { mailOutbox } from '../../../platform/mail';
import { storedFiles } from '../../../platform/files';
import { accountTables } from '../../accounts';
import { pressConferenceFiles, pressConferenceInvitations, pressConferenceQuarterNotices, pressConferenceQuestions, pressConferences, type ConferenceRow, type InvitationRow, type QuestionRow } from './tables';

export interface ConferenceFilter {
  hostUnitId?: string;
  /** Instants bounding starts_at: [from, to). */
  from?: string;
  to?: string;
  withCancelled?: boolean;
}

/** Conferences matching the filter, earliest first. */
export async function listConferences(db: Executor, f: ConferenceFilter = {}): Promise<ConferenceRow[]> {
  const where: SQL[] = [];
  if (f.hostUnitId) where.push(eq(pressConferences.hostUnitId, f.hostUnitId));
  if (f.from) where.push(gte(pressConferences.startsAt, f.from));
  if (f.to) where.push(lt(pressConferences.startsAt, f.to));
  if (!f.withCancelled) where.push(ne(pressConferences.status, 'cancelled'));
  return db.select().from(pressConferences).where(where.length ? and(...where) : undefined).orderBy(asc(pressConferences.startsAt), asc(pressConferences.refNo)).limit(2000);
}

export async function findConference(db: Executor, id: string): Promise<ConferenceRow | null> {
  const rows = await db.select().from(pressConferences).where(eq(pressConferences.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function findConferenceByRefNo(db: Executor, refNo: number): Promise<ConferenceRow | null> {
  const rows = await db.select().from(pressConferences).where(eq(pressConferences.refNo, refNo)).limit(1);
  return rows[0] ?? null;
}

export async function findConferenceForUpdate(db: Executor, id: string): Promise<ConferenceRow | null> {
  const rows = await db.select().from(pressConferences).where(eq(pressConferences.id, id)).limit(1).for('update');
  return rows[0] ?? null;
}

export async function insertConference(db: Executor, row: typeof pressConferences.$inferInsert): Promise<ConferenceRow> {
  const [inserted] = await db.insert(pressConferences).values(row).returning();
  return inserted!;
}

export async function updateConference(db: Executor, id: string, patch: Partial<typeof pressConferences.$inferInsert>): Promise<ConferenceRow> {
  const [row] = await db.update(pressConferences).set({ ...patch, updatedAt: sql`now()` }).where(eq(pressConferences.id, id)).returning();
  return row!;
}

export async function conferencesByIds(db: Executor, ids: string[]): Promise<Pick<ConferenceRow, 'id' | 'refNo' | 'title'>[]> {
  if (ids.length === 0) return [];
  return db.select({ id: pressConferences.id, refNo: pressConferences.refNo, title: pressConferences.title }).from(pressConferences).where(inArray(pressConferences.id, ids));
}

export async function listInvitations(db: Executor, conferenceId: string): Promise<InvitationRow[]> {
  return db.select().from(pressConferenceInvitations).where(eq(pressConferenceInvitations.conferenceId, conferenceId)).orderBy(asc(pressConferenceInvitations.createdAt));
}

export async function findInvitation(db: Executor, conferenceId: string, agencyId: string): Promise<InvitationRow | null> {
  const rows = await db.select().from(pressConferenceInvitations).where(and(eq(pressConferenceInvitations.conferenceId, conferenceId), eq(pressConferenceInvitations.agencyId, agencyId))).limit(1);
  return rows[0] ?? null;
}

export async function insertInvitation(db: Executor, row: typeof pressConferenceInvitations.$inferInsert): Promise<InvitationRow> {
  const [inserted] = await db.insert(pressConferenceInvitations).values(row).returning();
  return inserted!;
}

export async function updateInvitation(db: Executor, id: string, patch: Partial<typeof pressConferenceInvitations.$inferInsert>): Promise<InvitationRow> {
  const [row] = await db.update(pressConferenceInvitations).set(patch).where(eq(pressConferenceInvitations.id, id)).returning();
  return row!;
}

/** The outbox state of mails (an invitation is sent when all its mails are, failed when one failed). */
export async function mailStates(db: Executor, ids: string[]): Promise<Map<string, { state: string; sentAt: string | null; lastError: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: mailOutbox.id, state: mailOutbox.state, sentAt: mailOutbox.sentAt, lastError: mailOutbox.lastError }).from(mailOutbox).where(inArray(mailOutbox.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function listQuestions(db: Executor, conferenceId: string): Promise<QuestionRow[]> {
  return db.select().from(pressConferenceQuestions).where(eq(pressConferenceQuestions.conferenceId, conferenceId)).orderBy(asc(pressConferenceQuestions.seq));
}

export async function findQuestionForUpdate(db: Executor, id: string): Promise<QuestionRow | null> {
  const rows = await db.select().from(pressConferenceQuestions).where(eq(pressConferenceQuestions.id, id)).limit(1).for('update');
  return rows[0] ?? null;
}

export async function nextQuestionSeq(db: Executor, conferenceId: string): Promise<number> {
  const [row] = await db.select({ n: max(pressConferenceQuestions.seq) }).from(pressConferenceQuestions).where(eq(pressConferenceQuestions.conferenceId, conferenceId));
  return (row?.n ?? 0) + 1;
}

export async function insertQuestion(db: Executor, row: typeof pressConferenceQuestions.$inferInsert): Promise<QuestionRow> {
  const [inserted] = await db.insert(pressConferenceQuestions).values(row).returning();
  return inserted!;
}

export async function updateQuestion(db: Executor, id: string, patch: Partial<typeof pressConferenceQuestions.$inferInsert>): Promise<QuestionRow> {
  const [row] = await db.update(pressConferenceQuestions).set(patch).where(eq(pressConferenceQuestions.id, id)).returning();
  return row!;
}

/** Follow-ups not yet answered, soonest deadline first (the overdue list). */
export async function listOpenFollowUps(db: Executor, unitId?: string): Promise<QuestionRow[]> {
  const where: SQL[] = [sql`${pressConferenceQuestions.followUpUnitId} is not null`, isNull(pressConferenceQuestions.followUpAnsweredOn)];
  if (unitId) where.push(eq(pressConferenceQuestions.followUpUnitId, unitId));
  return db.select().from(pressConferenceQuestions).where(and(...where)).orderBy(asc(pressConferenceQuestions.followUpDueOn)).limit(1000);
}

/** Questions of conferences starting in [from, to) (instants), with their conference's start (the annual figures). */
export async function questionsOfConferencesBetween(db: Executor, from: string, to: string): Promise<(QuestionRow & { conferenceTitle: string })[]> {
  const rows = await db
    .select({ q: pressConferenceQuestions, conferenceTitle: pressConferences.title })
    .from(pressConferenceQuestions)
    .innerJoin(pressConferences, eq(pressConferences.id, pressConferenceQuestions.conferenceId))
    .where(and(gte(pressConferences.startsAt, from), lt(pressConferences.startsAt, to), ne(pressConferences.status, 'cancelled')))
    .orderBy(asc(pressConferences.startsAt), asc(pressConferenceQuestions.seq));
  return rows.map((r) => ({ ...r.q, conferenceTitle: r.conferenceTitle }));
}

export async function listMaterials(db: Executor, conferenceId: string): Promise<{ id: string; kind: string; fileId: string; fileName: string; size: number }[]> {
  return db
    .select({ id: pressConferenceFiles.id, kind: pressConferenceFiles.kind, fileId: pressConferenceFiles.fileId, fileName: storedFiles.fileName, size: storedFiles.size })
    .from(pressConferenceFiles)
    .innerJoin(storedFiles, eq(storedFiles.id, pressConferenceFiles.fileId))
    .where(eq(pressConferenceFiles.conferenceId, conferenceId))
    .orderBy(asc(pressConferenceFiles.createdAt));
}

export async function insertMaterial(db: Executor, row: typeof pressConferenceFiles.$inferInsert): Promise<void> {
  await db.insert(pressConferenceFiles).values(row);
}

export async function insertStoredFile(db: Executor, row: typeof storedFiles.$inferInsert): Promise<void> {
  await db.insert(storedFiles).values(row);
}

/** Records the quarter notice of a unit; false when it was already sent (the job's "no repeats"). */
export async function claimQuarterNotice(db: Executor, row: { unitId: string; year: number; quarter: number; notified: number }): Promise<boolean> {
  const inserted = await db.insert(pressConferenceQuarterNotices).values(row).onConflictDoNothing().returning({ unitId: pressConferenceQuarterNotices.unitId });
  return inserted.length > 0;
}

/** The newest change of any conference (the feed's Last-Modified / cache key). */
export async function latestConferenceChange(db: Executor): Promise<string | null> {
  const [row] = await db.select({ at: pressConferences.updatedAt }).from(pressConferences).orderBy(desc(pressConferences.updatedAt)).limit(1);
  return row?.at ?? null;
}

/** Enabled users holding `role` in any unit (the coordinators the quarter check tells). */
export async function usersWithRole(db: Executor, role: string): Promise<{ id: string }[]> {
  const { users, userRoles } = accountTables;
  return db.selectDistinct({ id: users.id }).from(users).innerJoin(userRoles, eq(userRoles.userId, users.id)).where(and(eq(userRoles.role, role), eq(users.isDisabled, false)));
}
