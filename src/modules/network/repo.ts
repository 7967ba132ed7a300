import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { mailOutbox } from '../../platform/mail';
import { orgTables } from '../organisations';
import { networkBroadcasts, networkDeliveries, networkFocalPoints, networkGroupMembers, networkGroups } from './tables';

export type FocalPointRow = typeof networkFocalPoints.$inferSelect;
export type GroupRow = typeof networkGroups.$inferSelect;
export type BroadcastRow = typeof networkBroadcasts.$inferSelect;
export type DeliveryRow = typeof networkDeliveries.$inferSelect;

/** Valid on `on`: started, and not past its last day (validTo inclusive). */
const validOn = (on: string): SQL => and(lte(networkFocalPoints.validFrom, on), or(isNull(networkFocalPoints.validTo), gte(networkFocalPoints.validTo, on)))!;

/** Focal points, by unit then name; `unitIds` narrows to those units, `on` to those valid that day. */
export async function listFocalPoints(db: Executor, opts: { unitIds?: string[]; on?: string } = {}): Promise<FocalPointRow[]> {
  const where: SQL[] = [];
  if (opts.unitIds) where.push(opts.unitIds.length ? inArray(networkFocalPoints.unitId, opts.unitIds) : sql`false`);
  if (opts.on) where.push(validOn(opts.on));
  return db.select().from(networkFocalPoints).where(where.length ? and(...where) : undefined).orderBy(asc(networkFocalPoints.unitId), asc(networkFocalPoints.personName)).limit(5000);
}

export async function findFocalPoint(db: Executor, id: string, forUpdate = false): Promise<FocalPointRow | null> {
  const q = db.select().from(networkFocalPoints).where(eq(networkFocalPoints.id, id)).limit(1);
  return (await (forUpdate ? q.for('update') : q))[0] ?? null;
}

export async function focalPointsByIds(db: Executor, ids: string[]): Promise<FocalPointRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(networkFocalPoints).where(inArray(networkFocalPoints.id, ids));
}

export async function insertFocalPoint(db: Executor, row: typeof networkFocalPoints.$inferInsert): Promise<FocalPointRow> {
  const [inserted] = await db.insert(networkFocalPoints).values(row).returning();
  return inserted!;
}

export async function updateFocalPoint(db: Executor, id: string, patch: Partial<typeof networkFocalPoints.$inferInsert>): Promise<FocalPointRow> {
  const [row] = await db.update(networkFocalPoints).set({ ...patch, updatedAt: sql`now()` }).where(eq(networkFocalPoints.id, id)).returning();
  return row!;
}

export async function listGroupRows(db: Executor): Promise<GroupRow[]> {
  return db.select().from(networkGroups).orderBy(asc(networkGroups.name));
}

export async function findGroup(db: Executor, id: string, forUpdate = false): Promise<GroupRow | null> {
  const q = db.select().from(networkGroups).where(eq(networkGroups.id, id)).limit(1);
  return (await (forUpdate ? q.for('update') : q))[0] ?? null;
}

export async function groupsByIds(db: Executor, ids: string[]): Promise<Pick<GroupRow, 'id' | 'name'>[]> {
  if (ids.length === 0) return [];
  return db.select({ id: networkGroups.id, name: networkGroups.name }).from(networkGroups).where(inArray(networkGroups.id, ids));
}

export async function insertGroup(db: Executor, row: typeof networkGroups.$inferInsert): Promise<GroupRow> {
  const [inserted] = await db.insert(networkGroups).values(row).returning();
  return inserted!;
}

export async function updateGroup(db: Executor, id: string, patch: Partial<typeof networkGroups.$inferInsert>): Promise<GroupRow> {
  const [row] = await db.update(networkGroups).set({ ...patch, updatedAt: sql`now()` }).where(eq(networkGroups.id, id)).returning();
  return row!;
}

/** The focal points of a group (all, or those valid on `on`), by unit then name. */
export async function membersOf(db: Executor, groupId: string, on?: string): Promise<FocalPointRow[]> {
  const rows = await db
    .select({ fp: networkFocalPoints })
    .from(networkGroupMembers)
    .innerJoin(networkFocalPoints, eq(networkFocalPoints.id, networkGroupMembers.focalPointId))
    .where(and(eq(networkGroupMembers.groupId, groupId), on ? validOn(on) : undefined))
    .orderBy(asc(networkFocalPoints.unitId), asc(networkFocalPoints.personName));
  return rows.map((r) => r.fp);
}

/** Members valid on `on`, per group. */
export async function memberCounts(db: Executor, on: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ groupId: networkGroupMembers.groupId, n: sql<number>`count(*)::int` })
    .from(networkGroupMembers)
    .innerJoin(networkFocalPoints, eq(networkFocalPoints.id, networkGroupMembers.focalPointId))
    .where(validOn(on))
    .groupBy(networkGroupMembers.groupId);
  return new Map(rows.map((r) => [r.groupId, Number(r.n)]));
}

export async function addMembers(db: Executor, groupId: string, focalPointIds: string[], addedBy: string | null): Promise<string[]> {
  if (focalPointIds.length === 0) return [];
  const rows = await db.insert(networkGroupMembers).values(focalPointIds.map((focalPointId) => ({ groupId, focalPointId, addedBy }))).onConflictDoNothing().returning({ id: networkGroupMembers.focalPointId });
  return rows.map((r) => r.id);
}

export async function removeMembers(db: Executor, groupId: string, focalPointIds: string[]): Promise<string[]> {
  if (focalPointIds.length === 0) return [];
  const rows = await db.delete(networkGroupMembers).where(and(eq(networkGroupMembers.groupId, groupId), inArray(networkGroupMembers.focalPointId, focalPointIds))).returning({ id: networkGroupMembers.focalPointId });
  return rows.map((r) => r.id);
}

export async function insertBroadcast(db: Executor, row: typeof networkBroadcasts.$inferInsert): Promise<BroadcastRow> {
  const [inserted] = await db.insert(networkBroadcasts).values(row).returning();
  return inserted!;
}

export async function insertDeliveries(db: Executor, rows: (typeof networkDeliveries.$inferInsert)[]): Promise<void> {
  if (rows.length) await db.insert(networkDeliveries).values(rows);
}

export async function findBroadcast(db: Executor, id: string): Promise<BroadcastRow | null> {
  return (await db.select().from(networkBroadcasts).where(eq(networkBroadcasts.id, id)).limit(1))[0] ?? null;
}

export async function broadcastsByIds(db: Executor, ids: string[]): Promise<Pick<BroadcastRow, 'id' | 'refNo' | 'subject'>[]> {
  if (ids.length === 0) return [];
  return db.select({ id: networkBroadcasts.id, refNo: networkBroadcasts.refNo, subject: networkBroadcasts.subject }).from(networkBroadcasts).where(inArray(networkBroadcasts.id, ids));
}

/** Broadcasts, newest first (of a group when given). */
export async function listBroadcasts(db: Executor, opts: { groupId?: string; limit?: number } = {}): Promise<BroadcastRow[]> {
  return db.select().from(networkBroadcasts).where(opts.groupId ? eq(networkBroadcasts.groupId, opts.groupId) : undefined).orderBy(desc(networkBroadcasts.createdAt), desc(networkBroadcasts.refNo)).limit(opts.limit ?? 200);
}

export type DeliveryWithMail = DeliveryRow & { mailState: string | null; mailError: string | null; mailSentAt: string | null };

/** The deliveries of a broadcast, with the outbox state of its mails (what SMTP did after the queueing). */
export async function deliveriesOf(db: Executor, broadcastId: string): Promise<DeliveryWithMail[]> {
  const rows = await db
    .select({ d: networkDeliveries, mailState: mailOutbox.state, mailError: mailOutbox.lastError, mailSentAt: mailOutbox.sentAt })
    .from(networkDeliveries)
    .leftJoin(mailOutbox, and(eq(networkDeliveries.channel, 'email'), eq(mailOutbox.id, networkDeliveries.providerId)))
    .where(eq(networkDeliveries.broadcastId, broadcastId))
    .orderBy(asc(networkDeliveries.createdAt), asc(networkDeliveries.channel));
  return rows.map((r) => ({ ...r.d, mailState: r.mailState, mailError: r.mailError, mailSentAt: r.mailSentAt }));
}

/**
 * Claims up to `limit` due deliveries for one attempt (status `sending`, attempts + 1) in one statement; a second
 * run of the job, or another worker, skips what is claimed, so no delivery is attempted twice at once.
 */
export async function claimDue(db: Executor, at: Date, limit: number): Promise<DeliveryRow[]> {
  const iso = at.toISOString();
  const result = await db.execute(sql`
    update network_deliveries set status = 'sending', claimed_at = ${iso}::timestamptz, attempts = attempts + 1
    where id in (
      select id from network_deliveries
      where status in ('queued', 'retrying') and next_attempt_at <= ${iso}::timestamptz
      order by next_attempt_at, id limit ${limit}
      for update skip locked)
    returning id`);
  const ids = (result as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
  if (ids.length === 0) return [];
  return db.select().from(networkDeliveries).where(inArray(networkDeliveries.id, ids)).orderBy(asc(networkDeliveries.nextAttemptAt), asc(networkDeliveries.id));
}

/**
 * Deliveries left `sending` since before `before` (the worker stopped mid-call): whether the message arrived is
 * unknown, and sending again could send it twice, so they are marked failed with that reason.
 */
export async function failStale(db: Executor, before: Date, reason: string): Promise<number> {
  const rows = await db
    .update(networkDeliveries)
    .set({ status: 'failed', lastError: reason })
    .where(and(eq(networkDeliveries.status, 'sending'), lt(networkDeliveries.claimedAt, before.toISOString())))
    .returning({ id: networkDeliveries.id });
  return rows.length;
}

/** Records the outcome of a claimed attempt (only while it is still claimed). */
export async function recordOutcome(db: Executor, id: string, patch: Pick<Partial<DeliveryRow>, 'status' | 'lastError' | 'providerId' | 'sentAt' | 'nextAttemptAt'>): Promise<void> {
  await db.update(networkDeliveries).set(patch).where(and(eq(networkDeliveries.id, id), eq(networkDeliveries.status, 'sending')));
}

export async function findDeliveryByToken(db: Executor, token: string): Promise<DeliveryRow | null> {
  return (await db.select().from(networkDeliveries).where(eq(networkDeliveries.readToken, token)).limit(1))[0] ?? null;
}

/** Sets read_at once; returns the row when this call recorded it, null when it was already read. */
export async function markRead(db: Executor, token: string): Promise<DeliveryRow | null> {
  const [row] = await db.update(networkDeliveries).set({ readAt: sql`now()` }).where(and(eq(networkDeliveries.readToken, token), isNull(networkDeliveries.readAt))).returning();
  return row ?? null;
}

/** Broadcasts created in [from, to) with their delivery counts, for the annual figures. */
export async function broadcastsBetween(db: Executor, from: string, to: string): Promise<(Pick<BroadcastRow, 'id' | 'refNo' | 'subject' | 'createdAt'> & { personal: number; delivered: number; read: number })[]> {
  const rows = await db
    .select({
      id: networkBroadcasts.id,
      refNo: networkBroadcasts.refNo,
      subject: networkBroadcasts.subject,
      createdAt: networkBroadcasts.createdAt,
      personal: sql<number>`count(${networkDeliveries.id}) filter (where ${networkDeliveries.readToken} is not null)::int`,
      delivered: sql<number>`count(${networkDeliveries.id}) filter (where ${networkDeliveries.readToken} is not null and ${networkDeliveries.status} = 'sent')::int`,
      read: sql<number>`count(${networkDeliveries.id}) filter (where ${networkDeliveries.readAt} is not null)::int`,
    })
    .from(networkBroadcasts)
    .leftJoin(networkDeliveries, eq(networkDeliveries.broadcastId, networkBroadcasts.id))
    .where(and(gte(networkBroadcasts.createdAt, `${from}T00:00:00+07:00`), lt(networkBroadcasts.createdAt, `${to}T00:00:00+07:00`)))
    .groupBy(networkBroadcasts.id)
    .orderBy(asc(networkBroadcasts.refNo));
  return rows.map((r) => ({ ...r, personal: Number(r.personal), delivered: Number(r.delivered), read: Number(r.read) }));
}

/** A person of the organisations directory (name, title, unit, contacts), to prefill a focal point. */
export async function findPerson(db: Executor, id: string): Promise<{ id: string; fullName: string; title: string | null; unitId: string; email: string | null; phone: string | null } | null> {
  const p = orgTables.people;
  return (await db.select({ id: p.id, fullName: p.fullName, title: p.title, unitId: p.unitId, email: p.email, phone: p.phone }).from(p).where(eq(p.id, id)).limit(1))[0] ?? null;
}
