import { and, asc, count, desc, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db';
import { accountTables } from '../../accounts';
import { monitoringItems, monitoringSources } from '../tables';
import { monitoringAlertDeliveries, monitoringAlertRules, monitoringAlerts, monitoringDigests, monitoringEvidence, monitoringFlags, monitoringReferrals, monitoringReviews, monitoringTakedowns } from './tables';

/** Display names of users by id (reviewers, recipients); a deleted account is simply absent. */
export async function userNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: accountTables.users.id, name: accountTables.users.displayName }).from(accountTables.users).where(inArray(accountTables.users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** People who may receive alerts in the office: active accounts holding a role that reads monitoring. */
export async function alertRecipients(db: Executor): Promise<{ id: string; name: string }[]> {
  return db
    .selectDistinct({ id: accountTables.users.id, name: accountTables.users.displayName })
    .from(accountTables.users)
    .innerJoin(accountTables.userRoles, eq(accountTables.userRoles.userId, accountTables.users.id))
    .where(and(eq(accountTables.users.isDisabled, false), inArray(accountTables.userRoles.role, ['administrator', 'coordinator', 'press'])))
    .orderBy(asc(accountTables.users.displayName));
}

export async function listRules(db: Executor) {
  return db.select({ rule: monitoringAlertRules, sourceName: monitoringSources.name }).from(monitoringAlertRules).leftJoin(monitoringSources, eq(monitoringSources.id, monitoringAlertRules.sourceId)).orderBy(asc(monitoringAlertRules.createdAt));
}

export async function listAlerts(db: Executor, page: { limit: number; offset: number }) {
  const rows = await db.select({ alert: monitoringAlerts, ruleName: monitoringAlertRules.name, kind: monitoringAlertRules.kind }).from(monitoringAlerts).innerJoin(monitoringAlertRules, eq(monitoringAlertRules.id, monitoringAlerts.ruleId)).orderBy(desc(monitoringAlerts.firedAt), desc(monitoringAlerts.id)).limit(page.limit).offset(page.offset);
  const [total] = await db.select({ n: count() }).from(monitoringAlerts);
  return { rows, total: Number(total?.n ?? 0) };
}

export async function deliveriesOf(db: Executor, alertIds: string[]) {
  if (alertIds.length === 0) return [];
  return db.select().from(monitoringAlertDeliveries).where(inArray(monitoringAlertDeliveries.alertId, alertIds)).orderBy(asc(monitoringAlertDeliveries.channel), asc(monitoringAlertDeliveries.target));
}

/** Titles, sentiment and source names of items, for links. */
export async function itemTitles(db: Executor, ids: string[]): Promise<Map<string, { title: string; sentiment: string; sourceName: string }>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: monitoringItems.id, title: monitoringItems.title, sentiment: monitoringItems.sentiment, sourceName: monitoringSources.name }).from(monitoringItems).innerJoin(monitoringSources, eq(monitoringSources.id, monitoringItems.sourceId)).where(inArray(monitoringItems.id, unique));
  return new Map(rows.map((r) => [r.id, { title: r.title, sentiment: r.sentiment, sourceName: r.sourceName }]));
}

export async function alertsSince(db: Executor, from: string): Promise<number> {
  const [r] = await db.select({ n: count() }).from(monitoringAlerts).where(sql`${monitoringAlerts.firedAt} >= ${from}::timestamptz`);
  return Number(r?.n ?? 0);
}

/** Takedown requests: all, those waiting for an answer, or those waiting past their deadline; newest first. */
export async function listTakedowns(db: Executor, opts: { state: 'all' | 'pending' | 'overdue'; now: Date; limit: number; offset: number }) {
  const where = opts.state === 'all' ? undefined : opts.state === 'pending' ? eq(monitoringTakedowns.outcome, 'pending') : and(eq(monitoringTakedowns.outcome, 'pending'), lt(monitoringTakedowns.deadlineAt, opts.now.toISOString()));
  const rows = await db.select({ t: monitoringTakedowns, itemTitle: monitoringItems.title }).from(monitoringTakedowns).innerJoin(monitoringItems, eq(monitoringItems.id, monitoringTakedowns.itemId)).where(where).orderBy(desc(monitoringTakedowns.requestedAt), desc(monitoringTakedowns.id)).limit(opts.limit).offset(opts.offset);
  const [total] = await db.select({ n: count() }).from(monitoringTakedowns).where(where);
  // the rate counts the requests already decided, or past their deadline: one still pending within its 24 hours is
  // neither removed in time nor late yet (with none of those the rate is null, not 0 %)
  const [rate] = await db
    .select({
      requested: sql<number>`count(*) filter (where ${monitoringTakedowns.outcome} <> 'pending' or ${monitoringTakedowns.deadlineAt} < ${opts.now.toISOString()}::timestamptz)::int`,
      inTime: sql<number>`count(*) filter (where ${monitoringTakedowns.outcome} = 'removed' and ${monitoringTakedowns.outcomeAt} <= ${monitoringTakedowns.deadlineAt})::int`,
    })
    .from(monitoringTakedowns);
  return { rows, total: Number(total?.n ?? 0), requested: Number(rate?.requested ?? 0), inTime: Number(rate?.inTime ?? 0) };
}

export async function takedownsOfItem(db: Executor, itemId: string) {
  return db.select({ t: monitoringTakedowns, itemTitle: monitoringItems.title }).from(monitoringTakedowns).innerJoin(monitoringItems, eq(monitoringItems.id, monitoringTakedowns.itemId)).where(eq(monitoringTakedowns.itemId, itemId)).orderBy(asc(monitoringTakedowns.requestedAt));
}

export async function responseOfItem(db: Executor, itemId: string) {
  const [reviews, evidence, flags] = await Promise.all([
    db.select().from(monitoringReviews).where(eq(monitoringReviews.itemId, itemId)).orderBy(desc(monitoringReviews.reviewedAt), desc(monitoringReviews.id)),
    db.select().from(monitoringEvidence).where(eq(monitoringEvidence.itemId, itemId)).orderBy(desc(monitoringEvidence.capturedAt), desc(monitoringEvidence.id)),
    db.select().from(monitoringFlags).where(eq(monitoringFlags.itemId, itemId)).orderBy(desc(monitoringFlags.flaggedAt)),
  ]);
  return { reviews, evidence, flags, takedowns: await takedownsOfItem(db, itemId) };
}

export async function itemExists(db: Executor, itemId: string): Promise<boolean> {
  return (await db.select({ id: monitoringItems.id }).from(monitoringItems).where(eq(monitoringItems.id, itemId))).length > 0;
}

/** A stored file of this module by id and owner type (evidence, referral letters and packages, digests). */
export async function storedFileOf(db: Executor, id: string, ownerTypes: string[]) {
  const rows = rowsOfFiles(await db.execute(sql`select id, owner_type, owner_id, file_name, mime_type, storage_key from stored_files where id = ${id} and owner_type in ${sql`(${sql.join(ownerTypes.map((t) => sql`${t}`), sql`, `)})`}`));
  return rows[0] ?? null;
}
function rowsOfFiles(r: unknown) {
  return ((r as { rows: { id: string; owner_type: string; owner_id: string; file_name: string; mime_type: string; storage_key: string }[] }).rows ?? []).map((f) => ({ id: f.id, ownerType: f.owner_type, ownerId: f.owner_id, fileName: f.file_name, mimeType: f.mime_type, storageKey: f.storage_key }));
}

export async function findReferral(db: Executor, id: string) {
  const [r] = await db.select().from(monitoringReferrals).where(eq(monitoringReferrals.id, id));
  return r ?? null;
}

export async function listReferrals(db: Executor, limit: number) {
  return db.select().from(monitoringReferrals).orderBy(desc(monitoringReferrals.createdAt)).limit(limit);
}

export async function listDigests(db: Executor, limit: number) {
  return db.select().from(monitoringDigests).where(isNotNull(monitoringDigests.docxFileId)).orderBy(desc(monitoringDigests.periodStart)).limit(limit);
}
