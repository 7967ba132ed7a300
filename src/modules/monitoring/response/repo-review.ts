import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../../platform/db';
import { monitoringItems, monitoringSources } from '../tables';
import { monitoringEvidence, monitoringFlags, monitoringReviews, monitoringTakedowns } from './tables';

export interface ItemFacts {
  id: string;
  sourceId: string;
  sourceName: string;
  kind: string;
  platform: string | null;
  url: string | null;
  title: string;
  body: string;
  author: string | null;
  publishedAt: string | null;
  ingestedAt: string;
  sentiment: string;
  relevant: boolean;
}

/** One item with its source's name (reviews, evidence, referral packages). */
export async function itemFacts(db: Executor, ids: string[]): Promise<ItemFacts[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: monitoringItems.id, sourceId: monitoringItems.sourceId, sourceName: monitoringSources.name, kind: monitoringItems.kind, platform: monitoringItems.platform, url: monitoringItems.url, title: monitoringItems.title, body: monitoringItems.body, author: monitoringItems.author, publishedAt: monitoringItems.publishedAt, ingestedAt: monitoringItems.ingestedAt, sentiment: monitoringItems.sentiment, relevant: monitoringItems.relevant })
    .from(monitoringItems)
    .innerJoin(monitoringSources, eq(monitoringSources.id, monitoringItems.sourceId))
    .where(inArray(monitoringItems.id, ids));
}

export async function insertReview(tx: Executor, r: { itemId: string; verdict: string; note: string | null; by: string | null; at: Date }): Promise<string> {
  const id = randomUUID();
  await tx.insert(monitoringReviews).values({ id, itemId: r.itemId, verdict: r.verdict, note: r.note, reviewedBy: r.by, reviewedAt: r.at.toISOString() });
  return id;
}

export async function insertFlag(tx: Executor, f: { itemId: string; kind: string; reason: string; by: string | null }): Promise<string> {
  const id = randomUUID();
  await tx.insert(monitoringFlags).values({ id, itemId: f.itemId, kind: f.kind, reason: f.reason, flaggedBy: f.by });
  return id;
}

export interface QueueRow {
  id: string;
  title: string;
  url: string | null;
  sourceName: string;
  platform: string | null;
  publishedAt: string | null;
  ingestedAt: string;
  sentiment: string;
  storySize: number | null;
  verdict: string | null;
  note: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  flagReason: string | null;
  crisisReason: string | null;
  evidence: number;
  takedowns: number;
}

/**
 * The review queue. 'waiting': relevant negative items and items flagged for review that nobody reviewed yet,
 * newest first; 'reviewed': items with a verdict (the latest), newest review first, optionally one verdict only.
 */
export async function reviewQueue(db: Executor, opts: { state: 'waiting' | 'reviewed'; verdict?: string; limit: number; offset: number }): Promise<{ items: QueueRow[]; total: number }> {
  const latest = sql`(select r.verdict, r.note, r.reviewed_by, r.reviewed_at from monitoring_reviews r where r.item_id = i.id order by r.reviewed_at desc, r.id desc limit 1)`;
  const where =
    opts.state === 'waiting'
      ? sql`not exists (select 1 from monitoring_reviews r where r.item_id = i.id)
          and ((i.relevant and i.sentiment = 'negative') or exists (select 1 from monitoring_flags f where f.item_id = i.id and f.kind = 'review'))`
      : sql`lr.verdict is not null ${opts.verdict ? sql`and lr.verdict = ${opts.verdict}` : sql``}`;
  const order = opts.state === 'waiting' ? sql`coalesce(i.published_at, i.ingested_at) desc, i.id` : sql`lr.reviewed_at desc, i.id`;
  const from = sql`from monitoring_items i join monitoring_sources s on s.id = i.source_id left join lateral ${latest} lr on true`;
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`select i.id, i.title, i.url, s.name as source_name, i.platform, i.published_at, i.ingested_at, i.sentiment,
        (select st.item_count from monitoring_stories st where st.id = i.story_id) as story_size,
        lr.verdict, lr.note, lr.reviewed_by, lr.reviewed_at,
        (select f.reason from monitoring_flags f where f.item_id = i.id and f.kind = 'review' order by f.flagged_at desc limit 1) as flag_reason,
        (select f.reason from monitoring_flags f where f.item_id = i.id and f.kind = 'crisis' order by f.flagged_at desc limit 1) as crisis_reason,
        (select count(*)::int from monitoring_evidence e where e.item_id = i.id) as evidence,
        (select count(*)::int from monitoring_takedowns t where t.item_id = i.id) as takedowns
      ${from} where ${where} order by ${order} limit ${opts.limit} offset ${opts.offset}`),
  );
  const total = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n ${from} where ${where}`))[0]?.n ?? 0;
  const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).toISOString());
  return {
    total: Number(total),
    items: rows.map((r) => ({
      id: String(r.id),
      title: String(r.title ?? ''),
      url: (r.url as string | null) ?? null,
      sourceName: String(r.source_name),
      platform: (r.platform as string | null) ?? null,
      publishedAt: iso(r.published_at),
      ingestedAt: iso(r.ingested_at)!,
      sentiment: String(r.sentiment),
      storySize: r.story_size === null || r.story_size === undefined ? null : Number(r.story_size),
      verdict: (r.verdict as string | null) ?? null,
      note: (r.note as string | null) ?? null,
      reviewedBy: (r.reviewed_by as string | null) ?? null,
      reviewedAt: iso(r.reviewed_at),
      flagReason: (r.flag_reason as string | null) ?? null,
      crisisReason: (r.crisis_reason as string | null) ?? null,
      evidence: Number(r.evidence ?? 0),
      takedowns: Number(r.takedowns ?? 0),
    })),
  };
}

/** The reviews of items, newest first. */
export async function reviewsOf(db: Executor, itemIds: string[]) {
  if (itemIds.length === 0) return [];
  return db.select().from(monitoringReviews).where(inArray(monitoringReviews.itemId, itemIds)).orderBy(desc(monitoringReviews.reviewedAt), desc(monitoringReviews.id));
}

/** The evidence of items, oldest first (a package lists captures in the order they were made). */
export async function evidenceOf(db: Executor, itemIds: string[]) {
  if (itemIds.length === 0) return [];
  return db.select().from(monitoringEvidence).where(inArray(monitoringEvidence.itemId, itemIds)).orderBy(asc(monitoringEvidence.capturedAt), asc(monitoringEvidence.id));
}

export async function flagsOf(db: Executor, itemId: string) {
  return db.select().from(monitoringFlags).where(eq(monitoringFlags.itemId, itemId)).orderBy(desc(monitoringFlags.flaggedAt));
}

export async function takedownsOf(db: Executor, itemIds: string[]) {
  if (itemIds.length === 0) return [];
  return db.select().from(monitoringTakedowns).where(inArray(monitoringTakedowns.itemId, itemIds)).orderBy(asc(monitoringTakedowns.requestedAt));
}

/** Items whose sentiment a reviewer corrected (the training examples of a retrained model). */
export async function correctedItems(db: Executor): Promise<{ id: string; text: string; label: string }[]> {
  const rows = await db
    .select({ id: monitoringItems.id, title: monitoringItems.title, body: monitoringItems.body, label: monitoringItems.sentiment })
    .from(monitoringItems)
    .where(and(sql`${monitoringItems.sentimentBy} is not null`))
    .orderBy(asc(monitoringItems.id));
  return rows.map((r) => ({ id: r.id, text: `${r.title}\n${r.body}`, label: r.label }));
}

