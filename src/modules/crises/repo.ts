import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, gte, inArray, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { accountTables } from '../accounts';
import { monitoringTables } from '../monitoring';
import { pressTables } from '../press';
import { crises, crisisBroadcasts, crisisFollowups, crisisItems, crisisMembers, crisisReminders, crisisReviews, crisisRoster, crisisStatements, crisisStatementVersions, crisisTasks, crisisTimeline } from './tables';

export type CrisisRow = typeof crises.$inferSelect;
export type MemberRow = typeof crisisMembers.$inferSelect;
export type TimelineRow = typeof crisisTimeline.$inferSelect;
export type TaskRow = typeof crisisTasks.$inferSelect;
export type StatementRow = typeof crisisStatements.$inferSelect;
export type VersionRow = typeof crisisStatementVersions.$inferSelect;
export type ReviewRow = typeof crisisReviews.$inferSelect;
export type FollowupRow = typeof crisisFollowups.$inferSelect;
export type RosterRow = typeof crisisRoster.$inferSelect;
export type BroadcastRow = typeof crisisBroadcasts.$inferSelect;

export async function insertCrisis(db: Executor, row: typeof crises.$inferInsert): Promise<CrisisRow> {
  const [inserted] = await db.insert(crises).values(row).returning();
  return inserted!;
}

export async function findCrisis(db: Executor, id: string): Promise<CrisisRow | null> {
  return (await db.select().from(crises).where(eq(crises.id, id)).limit(1))[0] ?? null;
}

export async function findCrisisForUpdate(db: Executor, id: string): Promise<CrisisRow | null> {
  return (await db.select().from(crises).where(eq(crises.id, id)).limit(1).for('update'))[0] ?? null;
}

export async function updateCrisis(db: Executor, id: string, patch: Partial<typeof crises.$inferInsert>): Promise<CrisisRow> {
  const [row] = await db.update(crises).set({ ...patch, updatedAt: sql`now()` }).where(eq(crises.id, id)).returning();
  return row!;
}

/**
 * Crises for the office list: open ones first, newest detection first. `reader` narrows it to the crises of some
 * units and those where a user is a current member of the working group (an officer's view).
 */
export async function listCrises(db: Executor, f: { reader?: { unitIds: string[]; userId: string }; openOnly?: boolean } = {}): Promise<CrisisRow[]> {
  const where: SQL[] = [];
  if (f.reader) {
    const member = sql`exists (select 1 from crisis_members m where m.crisis_id = ${crises.id} and m.user_id = ${f.reader.userId} and m.valid_to is null)`;
    where.push(f.reader.unitIds.length ? or(inArray(crises.unitId, f.reader.unitIds), member)! : member);
  }
  if (f.openOnly) where.push(ne(crises.status, 'closed'));
  return db.select().from(crises).where(where.length ? and(...where) : undefined).orderBy(sql`${crises.status} = 'closed'`, desc(crises.detectedAt)).limit(500);
}

/** Crises detected in [from, to) (the annual figures). */
export async function crisesDetectedBetween(db: Executor, from: string, to: string): Promise<CrisisRow[]> {
  return db.select().from(crises).where(and(gte(crises.detectedAt, from), lt(crises.detectedAt, to))).orderBy(asc(crises.refNo));
}

/** Statements first published in [from, to) with their crisis and published title (the I-10 clarifications). */
export async function statementsPublishedBetween(db: Executor, from: string, to: string): Promise<{ statementId: string; publicNo: number; crisisId: string; crisisOrigin: string; title: string }[]> {
  return db
    .select({ statementId: crisisStatements.id, publicNo: crisisStatements.publicNo, crisisId: crisisStatements.crisisId, crisisOrigin: crises.origin, title: crisisStatementVersions.title })
    .from(crisisStatements)
    .innerJoin(crises, eq(crises.id, crisisStatements.crisisId))
    .innerJoin(crisisStatementVersions, eq(crisisStatementVersions.id, crisisStatements.publishedVersionId))
    .where(and(gte(crisisStatements.publishedAt, from), lt(crisisStatements.publishedAt, to)))
    .orderBy(asc(crisisStatements.publicNo));
}

export async function crisesByIds(db: Executor, ids: string[]): Promise<Pick<CrisisRow, 'id' | 'refNo' | 'title'>[]> {
  if (ids.length === 0) return [];
  return db.select({ id: crises.id, refNo: crises.refNo, title: crises.title }).from(crises).where(inArray(crises.id, ids));
}

export async function linkItems(db: Executor, crisisId: string, itemIds: string[], by: string | null): Promise<string[]> {
  if (itemIds.length === 0) return [];
  const rows = await db.insert(crisisItems).values(itemIds.map((itemId) => ({ crisisId, itemId, linkedBy: by }))).onConflictDoNothing().returning({ itemId: crisisItems.itemId });
  return rows.map((r) => r.itemId);
}

export async function itemIdsOf(db: Executor, crisisId: string): Promise<string[]> {
  return (await db.select({ itemId: crisisItems.itemId }).from(crisisItems).where(eq(crisisItems.crisisId, crisisId)).orderBy(asc(crisisItems.linkedAt))).map((r) => r.itemId);
}

/** The crises an item belongs to (the monitoring page links to them). */
export async function crisesOfItem(db: Executor, itemId: string): Promise<Pick<CrisisRow, 'id' | 'refNo' | 'title'>[]> {
  return db.select({ id: crises.id, refNo: crises.refNo, title: crises.title }).from(crisisItems).innerJoin(crises, eq(crises.id, crisisItems.crisisId)).where(eq(crisisItems.itemId, itemId));
}

/** Every member row (current and past), current first by role order of insertion. */
export async function membersOf(db: Executor, crisisId: string): Promise<MemberRow[]> {
  return db.select().from(crisisMembers).where(eq(crisisMembers.crisisId, crisisId)).orderBy(asc(crisisMembers.validFrom));
}

export async function currentMemberForUpdate(db: Executor, crisisId: string, role: string): Promise<MemberRow | null> {
  return (await db.select().from(crisisMembers).where(and(eq(crisisMembers.crisisId, crisisId), eq(crisisMembers.role, role), isNull(crisisMembers.validTo))).limit(1).for('update'))[0] ?? null;
}

export async function insertMembers(db: Executor, rows: (typeof crisisMembers.$inferInsert)[]): Promise<void> {
  if (rows.length) await db.insert(crisisMembers).values(rows);
}

export async function endMember(db: Executor, id: string, at: string): Promise<void> {
  await db.update(crisisMembers).set({ validTo: at }).where(eq(crisisMembers.id, id));
}

export async function rosterOf(db: Executor, crisisId: string): Promise<RosterRow[]> {
  return db.select().from(crisisRoster).where(eq(crisisRoster.crisisId, crisisId)).orderBy(asc(crisisRoster.startsAt));
}

export async function insertRoster(db: Executor, row: typeof crisisRoster.$inferInsert): Promise<void> {
  await db.insert(crisisRoster).values(row);
}

/** Appends to the incident log; there is no function to change or remove an entry (the table refuses it too). */
export async function appendTimeline(db: Executor, entries: (typeof crisisTimeline.$inferInsert)[]): Promise<void> {
  if (entries.length) await db.insert(crisisTimeline).values(entries);
}

export async function timelineOf(db: Executor, crisisId: string): Promise<TimelineRow[]> {
  return db.select().from(crisisTimeline).where(eq(crisisTimeline.crisisId, crisisId)).orderBy(asc(crisisTimeline.id));
}

export async function insertTask(db: Executor, row: typeof crisisTasks.$inferInsert): Promise<TaskRow> {
  const [inserted] = await db.insert(crisisTasks).values(row).returning();
  return inserted!;
}

export async function findTaskForUpdate(db: Executor, id: string): Promise<TaskRow | null> {
  return (await db.select().from(crisisTasks).where(eq(crisisTasks.id, id)).limit(1).for('update'))[0] ?? null;
}

export async function markTaskDone(db: Executor, id: string, by: string | null, at: string): Promise<void> {
  await db.update(crisisTasks).set({ doneAt: at, doneBy: by }).where(eq(crisisTasks.id, id));
}

export async function tasksOf(db: Executor, crisisId: string): Promise<TaskRow[]> {
  return db.select().from(crisisTasks).where(eq(crisisTasks.crisisId, crisisId)).orderBy(asc(crisisTasks.dueAt));
}

export async function insertStatement(db: Executor, row: typeof crisisStatements.$inferInsert): Promise<StatementRow> {
  const [inserted] = await db.insert(crisisStatements).values(row).returning();
  return inserted!;
}

export async function findStatementForUpdate(db: Executor, id: string): Promise<StatementRow | null> {
  return (await db.select().from(crisisStatements).where(eq(crisisStatements.id, id)).limit(1).for('update'))[0] ?? null;
}

export async function updateStatement(db: Executor, id: string, patch: Partial<typeof crisisStatements.$inferInsert>): Promise<StatementRow> {
  const [row] = await db.update(crisisStatements).set(patch).where(eq(crisisStatements.id, id)).returning();
  return row!;
}

export async function statementsOf(db: Executor, crisisId: string): Promise<StatementRow[]> {
  return db.select().from(crisisStatements).where(eq(crisisStatements.crisisId, crisisId)).orderBy(asc(crisisStatements.createdAt));
}

/** Every version of the given statements, newest first within each. */
export async function versionsOf(db: Executor, statementIds: string[]): Promise<VersionRow[]> {
  if (statementIds.length === 0) return [];
  return db.select().from(crisisStatementVersions).where(inArray(crisisStatementVersions.statementId, statementIds)).orderBy(asc(crisisStatementVersions.statementId), desc(crisisStatementVersions.version));
}

export async function latestVersionForUpdate(db: Executor, statementId: string): Promise<VersionRow | null> {
  return (await db.select().from(crisisStatementVersions).where(eq(crisisStatementVersions.statementId, statementId)).orderBy(desc(crisisStatementVersions.version)).limit(1).for('update'))[0] ?? null;
}

export async function insertVersion(db: Executor, row: typeof crisisStatementVersions.$inferInsert): Promise<VersionRow> {
  const [inserted] = await db.insert(crisisStatementVersions).values(row).returning();
  return inserted!;
}

export async function updateVersion(db: Executor, id: string, patch: Partial<typeof crisisStatementVersions.$inferInsert>): Promise<VersionRow> {
  const [row] = await db.update(crisisStatementVersions).set(patch).where(eq(crisisStatementVersions.id, id)).returning();
  return row!;
}

export interface PublishedStatement {
  publicNo: number;
  kind: string;
  publishedAt: string;
  title: string;
  facts: string;
  unknowns: string;
  actions: string;
  nextUpdateAt: string | null;
}

const publishedColumns = {
  publicNo: crisisStatements.publicNo,
  kind: crisisStatements.kind,
  publishedAt: sql<string>`${crisisStatements.publishedAt}`,
  title: crisisStatementVersions.title,
  facts: crisisStatementVersions.facts,
  unknowns: crisisStatementVersions.unknowns,
  actions: crisisStatementVersions.actions,
  nextUpdateAt: crisisStatementVersions.nextUpdateAt,
};

/** Published statements for the portal, newest first: only the approved text, nothing about people. */
export async function listPublishedStatements(db: Executor): Promise<PublishedStatement[]> {
  return db.select(publishedColumns).from(crisisStatements).innerJoin(crisisStatementVersions, eq(crisisStatementVersions.id, crisisStatements.publishedVersionId)).where(eq(crisisStatements.status, 'published')).orderBy(desc(crisisStatements.publishedAt)).limit(200);
}

export async function findPublishedStatement(db: Executor, publicNo: number): Promise<PublishedStatement | null> {
  return (await db.select(publishedColumns).from(crisisStatements).innerJoin(crisisStatementVersions, eq(crisisStatementVersions.id, crisisStatements.publishedVersionId)).where(and(eq(crisisStatements.status, 'published'), eq(crisisStatements.publicNo, publicNo))).limit(1))[0] ?? null;
}

/** A statement taken off the portal: the title it was published under, when and why (no text). */
export async function findWithdrawnStatement(db: Executor, publicNo: number): Promise<{ publicNo: number; title: string; withdrawnAt: string; note: string } | null> {
  const [row] = await db
    .select({ publicNo: crisisStatements.publicNo, title: crisisStatementVersions.title, withdrawnAt: crisisStatements.withdrawnAt, note: crisisStatements.withdrawalNote })
    .from(crisisStatements)
    .innerJoin(crisisStatementVersions, eq(crisisStatementVersions.id, crisisStatements.publishedVersionId))
    .where(and(eq(crisisStatements.status, 'withdrawn'), eq(crisisStatements.publicNo, publicNo)))
    .limit(1);
  return row && row.publicNo !== null && row.withdrawnAt ? { publicNo: row.publicNo, title: row.title, withdrawnAt: new Date(row.withdrawnAt).toISOString(), note: row.note ?? '' } : null;
}

/** Records a reminder; false when it was already sent (the no-repeat guarantee). */
export async function claimReminder(db: Executor, crisisId: string, key: string): Promise<boolean> {
  return (await db.insert(crisisReminders).values({ crisisId, key }).onConflictDoNothing().returning({ key: crisisReminders.key })).length === 1;
}

export async function insertBroadcast(db: Executor, row: typeof crisisBroadcasts.$inferInsert): Promise<void> {
  await db.insert(crisisBroadcasts).values(row);
}

export async function broadcastsOf(db: Executor, crisisId: string): Promise<BroadcastRow[]> {
  return db.select().from(crisisBroadcasts).where(eq(crisisBroadcasts.crisisId, crisisId)).orderBy(asc(crisisBroadcasts.sentAt));
}

export async function insertReview(db: Executor, row: typeof crisisReviews.$inferInsert, followups: (typeof crisisFollowups.$inferInsert)[]): Promise<void> {
  await db.insert(crisisReviews).values(row);
  if (followups.length) await db.insert(crisisFollowups).values(followups);
}

export async function reviewOf(db: Executor, crisisId: string): Promise<{ review: ReviewRow; followups: FollowupRow[] } | null> {
  const review = (await db.select().from(crisisReviews).where(eq(crisisReviews.crisisId, crisisId)).limit(1))[0];
  if (!review) return null;
  return { review, followups: await db.select().from(crisisFollowups).where(eq(crisisFollowups.crisisId, crisisId)).orderBy(asc(crisisFollowups.dueOn)) };
}

/** Display names of users (for members, owners, drafters). */
export async function userNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const { users } = accountTables;
  const rows = await db.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.displayName]));
}

/** Enabled users among `ids` (a member, an owner or an on-call person must be able to sign in). */
export async function enabledUsers(db: Executor, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const { users } = accountTables;
  const rows = await db.select({ id: users.id, displayName: users.displayName }).from(users).where(and(inArray(users.id, unique), eq(users.isDisabled, false)));
  return new Map(rows.map((r) => [r.id, r.displayName]));
}

/** The enabled user whose address (or else whose name) is the registry's spokesperson's, if any. */
export async function userMatching(db: Executor, email: string | null, name: string): Promise<{ id: string; displayName: string } | null> {
  const { users } = accountTables;
  const by = email ? sql`lower(${users.email}) = lower(${email})` : sql`${users.displayName} = ${name}`;
  return (await db.select({ id: users.id, displayName: users.displayName }).from(users).where(and(by, eq(users.isDisabled, false))).limit(1))[0] ?? null;
}

/** Enabled office users, by name (the pickers of the working group, the roster and the tasks). */
export async function listPeople(db: Executor): Promise<{ id: string; displayName: string }[]> {
  const { users } = accountTables;
  return db.select({ id: users.id, displayName: users.displayName }).from(users).where(eq(users.isDisabled, false)).orderBy(asc(users.displayName)).limit(2000);
}

/** What a crisis needs of monitoring items: their existence, title and when monitoring took them in. */
export async function monitoringItemFacts(db: Executor, ids: string[]): Promise<{ id: string; title: string; body: string; url: string | null; ingestedAt: string }[]> {
  if (ids.length === 0) return [];
  const { monitoringItems: i } = monitoringTables;
  return db.select({ id: i.id, title: i.title, body: sql<string>`substr(${i.body}, 1, 300)`, url: i.url, ingestedAt: sql<string>`${i.ingestedAt}` }).from(i).where(inArray(i.id, ids));
}

/** An alert with its rule's name and the items that fired it. */
export async function monitoringAlertFacts(db: Executor, id: string): Promise<{ id: string; ruleName: string; firedAt: string; itemIds: string[] } | null> {
  const { monitoringAlerts: a, monitoringAlertRules: r } = monitoringTables;
  return (await db.select({ id: a.id, ruleName: r.name, firedAt: sql<string>`${a.firedAt}`, itemIds: a.itemIds }).from(a).innerJoin(r, eq(r.id, a.ruleId)).where(eq(a.id, id)).limit(1))[0] ?? null;
}

/** The unit's spokesperson in force on `on` (the designated one first, else the head) from the press registry. */
export async function registrySpokesperson(db: Executor, unitId: string, on: string): Promise<{ personName: string; email: string | null } | null> {
  const { pressSpokespeople: p } = pressTables;
  const rows = await db
    .select({ personName: p.personName, email: p.email, kind: p.kind })
    .from(p)
    .where(and(eq(p.unitId, unitId), isNull(p.supersededAt), sql`${p.validFrom} <= ${on}`, sql`(${p.validTo} is null or ${p.validTo} >= ${on})`, inArray(p.kind, ['spokesperson', 'head'])));
  return rows.find((r) => r.kind === 'spokesperson') ?? rows[0] ?? null;
}

/** Keeps monitoring's record that a crisis was asked for from an item (its review queue shows the reason). */
export async function insertMonitoringCrisisFlag(db: Executor, itemId: string, reason: string, by: string | null): Promise<void> {
  await db.insert(monitoringTables.monitoringFlags).values({ id: randomUUID(), itemId, kind: 'crisis', reason, flaggedBy: by });
}
