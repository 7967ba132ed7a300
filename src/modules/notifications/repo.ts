import { randomUUID } from 'node:crypto';
import { and, count, desc, eq, gt, inArray, isNull, lte, max, sql } from 'drizzle-orm';
import { auditLog } from '../../platform/audit';
import { jsonParam, type Executor } from '../../platform/db';
import { accountTables } from '../accounts';
import { orgTables } from '../organisations';
import type { NotificationParams } from './kinds';
import { notificationDigests, notifications, notificationSettings, notificationWatermarks } from './tables';

export type NotificationRow = typeof notifications.$inferSelect;
export type SettingsRow = typeof notificationSettings.$inferSelect;

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

// ---- people -------------------------------------------------------------------------------------------------

/** Enabled users holding one of `roles` in one of `unitIds` (any unit when omitted): who receives a unit's news. */
export async function grantsOf(db: Executor, roles: string[], unitIds?: string[]): Promise<{ userId: string; role: string; unitId: string }[]> {
  const { users, userRoles } = accountTables;
  if (roles.length === 0 || (unitIds && unitIds.length === 0)) return [];
  const conditions = [inArray(userRoles.role, roles), eq(users.isDisabled, false)];
  if (unitIds) conditions.push(inArray(userRoles.unitId, unitIds));
  return db
    .select({ userId: userRoles.userId, role: userRoles.role, unitId: userRoles.unitId })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(...conditions));
}

/**
 * Name and mail address of users: the account's own email, else the email of the person record it is linked to.
 * The account's column is read through to_jsonb so that this works whether or not the accounts migration that
 * adds it has run (it is optional on users).
 */
export async function contactsOfUsers(db: Executor, userIds: string[]): Promise<{ userId: string; displayName: string; email: string | null }[]> {
  if (userIds.length === 0) return [];
  const { users } = accountTables;
  const { people } = orgTables;
  const rows = await db
    .select({
      userId: users.id,
      displayName: users.displayName,
      email: sql<string | null>`coalesce(nullif(${users.email}, ''), nullif(${people.email}, ''))`,
    })
    .from(users)
    .leftJoin(people, eq(people.id, users.personId))
    .where(inArray(users.id, userIds));
  return rows;
}

// ---- settings -----------------------------------------------------------------------------------------------

export async function settingsOf(db: Executor, userIds: string[]): Promise<Map<string, SettingsRow>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.select().from(notificationSettings).where(inArray(notificationSettings.userId, userIds));
  return new Map(rows.map((r) => [r.userId, r]));
}

export async function upsertSettings(db: Executor, row: { userId: string; channels: Record<string, string>; roundClosingDays: number }): Promise<void> {
  await db
    .insert(notificationSettings)
    .values(row)
    .onConflictDoUpdate({ target: notificationSettings.userId, set: { channels: row.channels, roundClosingDays: row.roundClosingDays, updatedAt: sql`now()` } });
}

// ---- the event scan's position in the audit trail -------------------------------------------------------------

/** Locks the scan's watermark row for the transaction; creates it at `initial` the first time. */
export async function lockWatermark(tx: Executor, source: string, initial: () => Promise<number>): Promise<number> {
  const found = await tx.select({ position: notificationWatermarks.position }).from(notificationWatermarks).where(eq(notificationWatermarks.source, source)).for('update');
  if (found[0]) return Number(found[0].position);
  const start = await initial();
  await tx.insert(notificationWatermarks).values({ source, position: start }).onConflictDoNothing();
  const again = await tx.select({ position: notificationWatermarks.position }).from(notificationWatermarks).where(eq(notificationWatermarks.source, source)).for('update');
  return Number(again[0]!.position);
}

export async function setWatermark(tx: Executor, source: string, position: number): Promise<void> {
  await tx.update(notificationWatermarks).set({ position, updatedAt: sql`now()` }).where(eq(notificationWatermarks.source, source));
}

/** The newest audit row's seq (0 when the trail is empty). */
export async function auditHead(db: Executor): Promise<number> {
  const rows = await db.select({ seq: max(auditLog.seq) }).from(auditLog);
  return Number(rows[0]?.seq ?? 0);
}

export interface AuditEvent {
  seq: number;
  action: string;
  actorId: string | null;
  subjectId: string | null;
  summary: unknown;
}

/** Audit rows after `after` up to `upTo` with one of `actions`, in order (a range of the primary key). */
export async function auditEventsBetween(db: Executor, after: number, upTo: number, actions: string[]): Promise<AuditEvent[]> {
  return db
    .select({ seq: auditLog.seq, action: auditLog.action, actorId: auditLog.actorId, subjectId: auditLog.subjectId, summary: auditLog.summary })
    .from(auditLog)
    .where(and(gt(auditLog.seq, after), lte(auditLog.seq, upTo), inArray(auditLog.action, actions)))
    .orderBy(auditLog.seq);
}

// ---- notifications ------------------------------------------------------------------------------------------

export interface NewNotification {
  userId: string;
  kind: string;
  subjectKey: string;
  params: NotificationParams;
  link: string;
  count: number;
}

/**
 * Adds events to each user's open notification on the same subject (count added, names refreshed), or opens a
 * new one. Returns the ids of the notifications that were opened now (those may be mailed immediately).
 */
export async function addToOpenNotifications(tx: Executor, rows: NewNotification[]): Promise<{ id: string; userId: string; kind: string; subjectKey: string; isNew: boolean }[]> {
  if (rows.length === 0) return [];
  const payload = rows.map((r) => ({ id: randomUUID(), user_id: r.userId, kind: r.kind, subject_key: r.subjectKey, params: r.params, link: r.link, count: r.count }));
  const result = await tx.execute(sql`
    insert into notifications (id, user_id, kind, subject_key, params, link, count)
    select id, user_id, kind, subject_key, params, link, count
    from jsonb_to_recordset(${jsonParam(payload)}::jsonb) as x(id text, user_id text, kind text, subject_key text, params jsonb, link text, count integer)
    on conflict (user_id, kind, subject_key) where read_at is null and digest_id is null
    do update set count = notifications.count + excluded.count, params = excluded.params, link = excluded.link, updated_at = now()
    returning id, user_id, kind, subject_key, (xmax = 0) as is_new`);
  return rowsOf<{ id: string; user_id: string; kind: string; subject_key: string; is_new: boolean }>(result).map((r) => ({ id: r.id, userId: r.user_id, kind: r.kind, subjectKey: r.subject_key, isNew: r.is_new === true || String(r.is_new) === 'true' }));
}

/** Creates once-only notifications (by dedupe key); returns those created now. */
export async function insertOnceNotifications(tx: Executor, rows: (NewNotification & { dedupeKey: string })[]): Promise<{ id: string; userId: string; kind: string; subjectKey: string }[]> {
  if (rows.length === 0) return [];
  return tx
    .insert(notifications)
    .values(rows.map((r) => ({ id: randomUUID(), ...r })))
    .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
    .returning({ id: notifications.id, userId: notifications.userId, kind: notifications.kind, subjectKey: notifications.subjectKey });
}

/**
 * Brings everyone's unread notifications of a kind on a subject in line with what still waits (someone else acted
 * on it): none left marks them read, otherwise a count above what remains is lowered to it. Returns how many rows
 * changed.
 */
export async function resolveOpenNotifications(tx: Executor, kind: string, subjectKey: string, remaining: number): Promise<number> {
  const open = and(eq(notifications.kind, kind), eq(notifications.subjectKey, subjectKey), isNull(notifications.readAt));
  const rows =
    remaining <= 0
      ? await tx.update(notifications).set({ readAt: sql`now()` }).where(open).returning({ id: notifications.id })
      : await tx.update(notifications).set({ count: remaining, updatedAt: sql`now()` }).where(and(open, gt(notifications.count, remaining))).returning({ id: notifications.id });
  return rows.length;
}

export async function markMailed(tx: Executor, ids: string[]): Promise<void> {
  if (ids.length) await tx.update(notifications).set({ mailedAt: sql`now()` }).where(inArray(notifications.id, ids));
}

const listColumns = {
  id: notifications.id,
  kind: notifications.kind,
  params: notifications.params,
  link: notifications.link,
  count: notifications.count,
  createdAt: notifications.createdAt,
  updatedAt: notifications.updatedAt,
  readAt: notifications.readAt,
};
export type NotificationView = { [K in keyof typeof listColumns]: NotificationRow[K] };

/** One page of a user's notifications, newest first, with the total and the unread count. */
export async function notificationsOfUser(db: Executor, userId: string, opts: { unreadOnly: boolean; limit: number; offset: number }): Promise<{ items: NotificationView[]; total: number; unread: number }> {
  const where = opts.unreadOnly ? and(eq(notifications.userId, userId), isNull(notifications.readAt)) : eq(notifications.userId, userId);
  const [items, totals, unread] = await Promise.all([
    db.select(listColumns).from(notifications).where(where).orderBy(desc(notifications.updatedAt), desc(notifications.id)).limit(opts.limit).offset(opts.offset),
    db.select({ n: count() }).from(notifications).where(where),
    countUnread(db, userId),
  ]);
  return { items, total: Number(totals[0]?.n ?? 0), unread };
}

export async function countUnread(db: Executor, userId: string): Promise<number> {
  const rows = await db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(rows[0]?.n ?? 0);
}

/** Marks one of the user's notifications read; false when it is not theirs or does not exist. */
export async function markRead(tx: Executor, userId: string, id: string): Promise<{ found: boolean; wasUnread: boolean }> {
  const found = await tx.select({ readAt: notifications.readAt }).from(notifications).where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  if (!found[0]) return { found: false, wasUnread: false };
  if (found[0].readAt) return { found: true, wasUnread: false };
  await tx.update(notifications).set({ readAt: sql`now()` }).where(eq(notifications.id, id));
  return { found: true, wasUnread: true };
}

/** Marks every unread notification of the user read; returns how many. */
export async function markAllRead(tx: Executor, userId: string): Promise<number> {
  const rows = await tx.update(notifications).set({ readAt: sql`now()` }).where(and(eq(notifications.userId, userId), isNull(notifications.readAt))).returning({ id: notifications.id });
  return rows.length;
}

// ---- digests ------------------------------------------------------------------------------------------------

/** Unread notifications never mailed nor digested, created up to `cutoff`, of the given users. */
export async function digestCandidates(db: Executor, cutoff: string): Promise<(NotificationView & { userId: string })[]> {
  return db
    .select({ ...listColumns, userId: notifications.userId })
    .from(notifications)
    .where(and(isNull(notifications.readAt), isNull(notifications.digestId), isNull(notifications.mailedAt), lte(notifications.createdAt, cutoff)))
    .orderBy(notifications.userId, notifications.createdAt);
}

/** Claims the digest of a user for a day; null when it was already sent (the unique index keeps it to one). */
export async function claimDigest(tx: Executor, row: { userId: string; digestOn: string; items: number }): Promise<string | null> {
  const id = randomUUID();
  const inserted = await tx.insert(notificationDigests).values({ id, ...row }).onConflictDoNothing().returning({ id: notificationDigests.id });
  return inserted[0]?.id ?? null;
}

export async function attachToDigest(tx: Executor, digestId: string, ids: string[]): Promise<void> {
  if (ids.length) await tx.update(notifications).set({ digestId }).where(inArray(notifications.id, ids));
}
