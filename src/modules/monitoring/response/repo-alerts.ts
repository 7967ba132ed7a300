import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, gt, inArray, lte, or, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../../platform/db';
import { accountTables } from '../../accounts';
import { monitoringCursors, monitoringItems, monitoringSources, type ItemMatch } from '../tables';
import { monitoringAlertDeliveries, monitoringAlertRules, monitoringAlerts, type AlertExplanation, type AlertRuleRow } from './tables';

/** The cursor row of the alert job in monitoring_cursors (the core's stories job keeps its own row). */
export const ALERT_CURSOR = 'alerts';

/**
 * When an item happened for windows and baselines: its publication, never later than its ingestion (a feed may
 * state a future date), so an import of last year's posts does not land in this hour's window.
 */
export const eventAt = sql`least(coalesce(${monitoringItems.publishedAt}, ${monitoringItems.ingestedAt}), ${monitoringItems.ingestedAt})`;

export interface NewItem {
  id: string;
  seq: number;
  sourceId: string;
  title: string;
  body: string;
  sentiment: string;
  relevant: boolean;
  matches: ItemMatch[];
  ingestedAt: string;
}

export const enabledRules = (db: Executor): Promise<AlertRuleRow[]> => db.select().from(monitoringAlertRules).where(eq(monitoringAlertRules.enabled, true)).orderBy(asc(monitoringAlertRules.createdAt));

/** The job's cursor, locked for this run (a second process waits, then reads after what the first one did). */
export async function lockCursor(tx: Executor): Promise<number> {
  await tx.insert(monitoringCursors).values({ name: ALERT_CURSOR, afterSeq: 0 }).onConflictDoNothing();
  const rows = rowsOf<{ after_seq: string | number }>(await tx.execute(sql`select after_seq from monitoring_cursors where name = ${ALERT_CURSOR} for update`));
  return Number(rows[0]?.after_seq ?? 0);
}

export async function moveCursor(tx: Executor, afterSeq: number): Promise<void> {
  await tx.update(monitoringCursors).set({ afterSeq, updatedAt: sql`now()` }).where(eq(monitoringCursors.name, ALERT_CURSOR));
}

/** Items ingested after the cursor, in ingestion order. */
export async function itemsAfter(tx: Executor, afterSeq: number, limit: number): Promise<NewItem[]> {
  return tx
    .select({ id: monitoringItems.id, seq: monitoringItems.seq, sourceId: monitoringItems.sourceId, title: monitoringItems.title, body: monitoringItems.body, sentiment: monitoringItems.sentiment, relevant: monitoringItems.relevant, matches: monitoringItems.matches, ingestedAt: monitoringItems.ingestedAt })
    .from(monitoringItems)
    .where(gt(monitoringItems.seq, afterSeq))
    .orderBy(asc(monitoringItems.seq))
    .limit(limit);
}

/**
 * Relevant items per window before `now` (window 0 holds (now − w, now], window 1 the one before, …) back to
 * `windows` windows, negative ones only when asked. `ingested_at` bounds the scan: an item happened before it was
 * ingested, so nothing older can fall in range (serves monitoring_items_ingested_idx).
 */
export async function countsPerWindow(tx: Executor, opts: { now: Date; windowMinutes: number; windows: number; negativeOnly: boolean }): Promise<{ window: number; n: number }[]> {
  const w = opts.windowMinutes * 60;
  const from = new Date(opts.now.getTime() - (opts.windows + 1) * w * 1000).toISOString();
  const now = opts.now.toISOString();
  const rows = rowsOf<{ window: number; n: number }>(
    await tx.execute(sql`select floor(extract(epoch from (${now}::timestamptz - ev)) / ${w})::int as "window", count(*)::int as n
      from (select ${eventAt} as ev from ${monitoringItems}
            where ${monitoringItems.relevant} and ${monitoringItems.ingestedAt} > ${from}::timestamptz
              ${opts.negativeOnly ? sql`and ${monitoringItems.sentiment} = 'negative'` : sql``}) x
      where ev > ${from}::timestamptz and ev <= ${now}::timestamptz
      group by 1`),
  );
  return rows.map((r) => ({ window: Number(r.window), n: Number(r.n) }));
}

/** The relevant items of the current window, newest first (the alert's links and its explanation). */
export async function itemsOfWindow(tx: Executor, opts: { now: Date; windowMinutes: number; negativeOnly: boolean; limit: number }): Promise<NewItem[]> {
  const from = new Date(opts.now.getTime() - opts.windowMinutes * 60_000).toISOString();
  const now = opts.now.toISOString();
  return tx
    .select({ id: monitoringItems.id, seq: monitoringItems.seq, sourceId: monitoringItems.sourceId, title: monitoringItems.title, body: sql<string>`''`, sentiment: monitoringItems.sentiment, relevant: monitoringItems.relevant, matches: monitoringItems.matches, ingestedAt: monitoringItems.ingestedAt })
    .from(monitoringItems)
    .where(and(eq(monitoringItems.relevant, true), gt(monitoringItems.ingestedAt, from), sql`${eventAt} > ${from}::timestamptz`, sql`${eventAt} <= ${now}::timestamptz`, opts.negativeOnly ? eq(monitoringItems.sentiment, 'negative') : undefined))
    .orderBy(desc(eventAt))
    .limit(opts.limit);
}

/** The rule's office recipients whose accounts still exist and are active (an account removed since is skipped). */
export async function activeUserIds(tx: Executor, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx.select({ id: accountTables.users.id }).from(accountTables.users).where(and(inArray(accountTables.users.id, ids), eq(accountTables.users.isDisabled, false)));
  const found = new Set(rows.map((r) => r.id));
  return ids.filter((id) => found.has(id));
}

export async function sourceNames(tx: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.select({ id: monitoringSources.id, name: monitoringSources.name }).from(monitoringSources).where(inArray(monitoringSources.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export interface NewAlert {
  ruleId: string;
  dedupKey: string;
  windowStart: Date;
  windowEnd: Date;
  itemCount: number;
  explanation: AlertExplanation;
  itemIds: string[];
  triggerIngestedAt: string;
  firedAt: Date;
}

/** Inserts the alert unless its dedup key is taken (then null: the same alert was already sent). */
export async function insertAlert(tx: Executor, a: NewAlert): Promise<string | null> {
  const id = randomUUID();
  const rows = await tx
    .insert(monitoringAlerts)
    .values({ id, ruleId: a.ruleId, dedupKey: a.dedupKey, windowStart: a.windowStart.toISOString(), windowEnd: a.windowEnd.toISOString(), itemCount: a.itemCount, explanation: a.explanation, itemIds: a.itemIds, triggerIngestedAt: a.triggerIngestedAt, firedAt: a.firedAt.toISOString() })
    .onConflictDoNothing({ target: monitoringAlerts.dedupKey })
    .returning({ id: monitoringAlerts.id });
  if (rows.length === 0) return null;
  await tx.update(monitoringAlertRules).set({ lastFiredAt: a.firedAt.toISOString() }).where(eq(monitoringAlertRules.id, a.ruleId));
  return id;
}

export interface NewDelivery {
  channel: 'office' | 'email' | 'webhook';
  target: string;
  status: 'pending' | 'sent';
  at: Date;
}

export async function insertDeliveries(tx: Executor, alertId: string, deliveries: NewDelivery[]): Promise<void> {
  if (deliveries.length === 0) return;
  await tx.insert(monitoringAlertDeliveries).values(
    deliveries.map((d) => ({ id: randomUUID(), alertId, channel: d.channel, target: d.target, status: d.status, attempts: d.status === 'sent' ? 1 : 0, nextAttemptAt: d.at.toISOString(), deliveredAt: d.status === 'sent' ? d.at.toISOString() : null })),
  );
}

export interface DueWebhook {
  id: string;
  alertId: string;
  target: string;
  attempts: number;
}

/** Webhook deliveries due now (first tries and retries), oldest first. */
export async function dueWebhooks(db: Executor, now: Date, limit: number): Promise<DueWebhook[]> {
  return db
    .select({ id: monitoringAlertDeliveries.id, alertId: monitoringAlertDeliveries.alertId, target: monitoringAlertDeliveries.target, attempts: monitoringAlertDeliveries.attempts })
    .from(monitoringAlertDeliveries)
    .where(and(eq(monitoringAlertDeliveries.channel, 'webhook'), or(eq(monitoringAlertDeliveries.status, 'pending'), eq(monitoringAlertDeliveries.status, 'retrying')), lte(monitoringAlertDeliveries.nextAttemptAt, now.toISOString())))
    .orderBy(asc(monitoringAlertDeliveries.nextAttemptAt))
    .limit(limit);
}

export async function recordAttempt(db: Executor, id: string, r: { status: 'sent' | 'retrying' | 'failed'; attempts: number; responseStatus: number | null; lastError: string | null; nextAttemptAt: Date; at: Date }): Promise<void> {
  await db
    .update(monitoringAlertDeliveries)
    .set({ status: r.status, attempts: r.attempts, responseStatus: r.responseStatus, lastError: r.lastError, nextAttemptAt: r.nextAttemptAt.toISOString(), deliveredAt: r.status === 'sent' ? r.at.toISOString() : null })
    .where(eq(monitoringAlertDeliveries.id, id));
}

export async function alertWithRule(db: Executor, alertId: string) {
  const rows = await db
    .select({ alert: monitoringAlerts, rule: monitoringAlertRules })
    .from(monitoringAlerts)
    .innerJoin(monitoringAlertRules, eq(monitoringAlertRules.id, monitoringAlerts.ruleId))
    .where(eq(monitoringAlerts.id, alertId));
  return rows[0] ?? null;
}

