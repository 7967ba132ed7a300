import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { storedFiles } from '../../platform/files';
import { accountTables } from '../accounts';
import { pressInquiries, pressSpokespeople } from './tables';

export type SpokespersonRow = typeof pressSpokespeople.$inferSelect;
export type InquiryRow = typeof pressInquiries.$inferSelect;

/** The current version of every assignment valid on `on` (validTo inclusive), by unit, heads first. */
export async function listCurrentSpokespeople(db: Executor, opts: { on?: string; unitId?: string } = {}): Promise<SpokespersonRow[]> {
  const where: SQL[] = [isNull(pressSpokespeople.supersededAt)];
  if (opts.on) where.push(lte(pressSpokespeople.validFrom, opts.on), or(isNull(pressSpokespeople.validTo), gte(pressSpokespeople.validTo, opts.on))!);
  if (opts.unitId) where.push(eq(pressSpokespeople.unitId, opts.unitId));
  return db.select().from(pressSpokespeople).where(and(...where)).orderBy(asc(pressSpokespeople.unitId), asc(pressSpokespeople.kind), asc(pressSpokespeople.validFrom));
}

export async function findSpokespersonVersion(db: Executor, id: string): Promise<SpokespersonRow | null> {
  const rows = await db.select().from(pressSpokespeople).where(eq(pressSpokespeople.id, id)).limit(1);
  return rows[0] ?? null;
}

/** The current version of an assignment, locked for the edit that supersedes it. */
export async function currentVersionForUpdate(db: Executor, assignmentId: string): Promise<SpokespersonRow | null> {
  const rows = await db.select().from(pressSpokespeople).where(and(eq(pressSpokespeople.assignmentId, assignmentId), isNull(pressSpokespeople.supersededAt))).limit(1).for('update');
  return rows[0] ?? null;
}

/** Every version of an assignment, newest first. */
export async function versionsOfAssignment(db: Executor, assignmentId: string): Promise<SpokespersonRow[]> {
  return db.select().from(pressSpokespeople).where(eq(pressSpokespeople.assignmentId, assignmentId)).orderBy(desc(pressSpokespeople.version));
}

export async function insertSpokespersonVersion(db: Executor, row: typeof pressSpokespeople.$inferInsert): Promise<SpokespersonRow> {
  const [inserted] = await db.insert(pressSpokespeople).values(row).returning();
  return inserted!;
}

export async function supersedeVersion(db: Executor, id: string, at: string): Promise<void> {
  await db.update(pressSpokespeople).set({ supersededAt: at }).where(eq(pressSpokespeople.id, id));
}

export interface InquiryFilter {
  kind?: string;
  unitId?: string;
  /** Stored statuses; "open" is received or assigned. */
  statuses?: string[];
  dueFrom?: string;
  dueTo?: string;
  /** Open inquiries due before this day (the overdue filter, refined by the calendar in the caller). */
  dueBefore?: string;
}

/** Inquiries matching the filter, soonest deadline first (the office list). */
export async function listInquiries(db: Executor, f: InquiryFilter): Promise<InquiryRow[]> {
  const where: SQL[] = [];
  if (f.kind) where.push(eq(pressInquiries.kind, f.kind));
  if (f.unitId) where.push(eq(pressInquiries.unitId, f.unitId));
  if (f.statuses?.length) where.push(inArray(pressInquiries.status, f.statuses));
  if (f.dueFrom) where.push(gte(pressInquiries.dueOn, f.dueFrom));
  if (f.dueTo) where.push(lte(pressInquiries.dueOn, f.dueTo));
  if (f.dueBefore) where.push(lt(pressInquiries.dueOn, f.dueBefore));
  return db.select().from(pressInquiries).where(where.length ? and(...where) : undefined).orderBy(asc(pressInquiries.dueOn), asc(pressInquiries.refNo)).limit(1000);
}

/** Open inquiries whose deadline is before `today` (candidates for the overdue alert). */
export async function listOpenDueBefore(db: Executor, today: string): Promise<InquiryRow[]> {
  return listInquiries(db, { statuses: ['received', 'assigned'], dueBefore: today });
}

/** Open complex information requests whose notice of the handling time is late and not yet announced. */
export async function listNoticesLate(db: Executor, today: string): Promise<InquiryRow[]> {
  return db
    .select()
    .from(pressInquiries)
    .where(and(inArray(pressInquiries.status, ['received', 'assigned']), isNull(pressInquiries.noticeSentOn), eq(pressInquiries.noticeAlerted, false), lt(pressInquiries.noticeDueOn, today)));
}

export async function findInquiry(db: Executor, id: string): Promise<InquiryRow | null> {
  const rows = await db.select().from(pressInquiries).where(eq(pressInquiries.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function findInquiryForUpdate(db: Executor, id: string): Promise<InquiryRow | null> {
  const rows = await db.select().from(pressInquiries).where(eq(pressInquiries.id, id)).limit(1).for('update');
  return rows[0] ?? null;
}

export async function insertInquiry(db: Executor, row: typeof pressInquiries.$inferInsert): Promise<InquiryRow> {
  const [inserted] = await db.insert(pressInquiries).values(row).returning();
  return inserted!;
}

export async function updateInquiry(db: Executor, id: string, patch: Partial<typeof pressInquiries.$inferInsert>): Promise<InquiryRow> {
  const [row] = await db.update(pressInquiries).set({ ...patch, updatedAt: sql`now()` }).where(eq(pressInquiries.id, id)).returning();
  return row!;
}

/** Inquiries received in [from, to) with the columns the annual figures need. */
export async function inquiriesReceivedBetween(db: Executor, from: string, to: string): Promise<Pick<InquiryRow, 'id' | 'refNo' | 'kind' | 'status' | 'subject' | 'unitId' | 'dueOn' | 'closedOn' | 'refusalGround'>[]> {
  return db
    .select({ id: pressInquiries.id, refNo: pressInquiries.refNo, kind: pressInquiries.kind, status: pressInquiries.status, subject: pressInquiries.subject, unitId: pressInquiries.unitId, dueOn: pressInquiries.dueOn, closedOn: pressInquiries.closedOn, refusalGround: pressInquiries.refusalGround })
    .from(pressInquiries)
    .where(and(gte(pressInquiries.receivedOn, from), lt(pressInquiries.receivedOn, to)))
    .orderBy(asc(pressInquiries.refNo));
}

export async function inquiriesByIds(db: Executor, ids: string[]): Promise<Pick<InquiryRow, 'id' | 'refNo' | 'subject' | 'receivedOn'>[]> {
  if (ids.length === 0) return [];
  return db.select({ id: pressInquiries.id, refNo: pressInquiries.refNo, subject: pressInquiries.subject, receivedOn: pressInquiries.receivedOn }).from(pressInquiries).where(inArray(pressInquiries.id, ids));
}

export async function spokespeopleByIds(db: Executor, ids: string[]): Promise<Pick<SpokespersonRow, 'id' | 'assignmentId' | 'personName' | 'unitId'>[]> {
  if (ids.length === 0) return [];
  return db.select({ id: pressSpokespeople.id, assignmentId: pressSpokespeople.assignmentId, personName: pressSpokespeople.personName, unitId: pressSpokespeople.unitId }).from(pressSpokespeople).where(inArray(pressSpokespeople.assignmentId, ids));
}

export async function insertStoredFile(db: Executor, row: typeof storedFiles.$inferInsert): Promise<void> {
  await db.insert(storedFiles).values(row);
}

/** The name and size of a stored file, for the inquiry's page (downloaded through GET /api/v1/files/:id). */
export async function findStoredFile(db: Executor, id: string): Promise<{ id: string; fileName: string; size: number } | null> {
  const rows = await db.select({ id: storedFiles.id, fileName: storedFiles.fileName, size: storedFiles.size }).from(storedFiles).where(eq(storedFiles.id, id)).limit(1);
  return rows[0] ?? null;
}

/** Enabled users holding a role in the unit (who may be given an inquiry), by name. */
export async function usersOfUnit(db: Executor, unitId: string, roles: string[]): Promise<{ id: string; displayName: string }[]> {
  const { users, userRoles } = accountTables;
  return db
    .selectDistinct({ id: users.id, displayName: users.displayName })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(userRoles.unitId, unitId), inArray(userRoles.role, roles), eq(users.isDisabled, false)))
    .orderBy(asc(users.displayName));
}

export async function userNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const { users } = accountTables;
  const rows = await db.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.displayName]));
}
