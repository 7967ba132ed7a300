/** Reads other parts of the system use (the response side's alert job, digests, the annual report's figures). */
import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../platform/db';
import { escapeLike } from '../../platform/text';
import type { ItemMatch } from './tables';

/** An item as the response side reads it after its cursor. */
export interface NewItem {
  seq: number;
  id: string;
  sourceId: string;
  kind: string;
  platform: string | null;
  title: string;
  body: string;
  url: string | null;
  publishedAt: string | null;
  ingestedAt: string;
  sentiment: 'positive' | 'neutral' | 'negative';
  relevant: boolean;
  matches: ItemMatch[];
  watchlistIds: string[];
  storyId: string | null;
}

/**
 * Items stored after `afterSeq`, in `seq` order (the way to be told of new items: keep the last seq read as a
 * cursor, e.g. a row in monitoring_cursors). `bodyChars` bounds the text read per item.
 */
export async function itemsAfterSeq(db: Executor, afterSeq: number, limit = 500, bodyChars = 2_000): Promise<NewItem[]> {
  return rowsOf<NewItem>(
    await db.execute(sql`select seq::float8 as seq, id, source_id as "sourceId", kind, platform, title, substr(body, 1, ${bodyChars}) as body, url,
        published_at::text as "publishedAt", ingested_at::text as "ingestedAt", sentiment, relevant, matches, watchlist_ids as "watchlistIds", story_id as "storyId"
      from monitoring_items where seq > ${afterSeq} order by seq limit ${limit}`),
  );
}

/** The newest seq (a new cursor starts here to read only what comes next). */
export async function latestSeq(db: Executor): Promise<number> {
  return Number(rowsOf<{ n: string | null }>(await db.execute(sql`select max(seq)::text as n from monitoring_items`))[0]!.n ?? 0);
}

/** Counts for a period [from, to) (ISO timestamps): items, relevant items, and relevant items by sentiment. */
export async function monitoringFigures(db: Executor, from: string, to: string): Promise<{ items: number; relevant: number; negative: number; neutral: number; positive: number; sources: number }> {
  const r = rowsOf<{ items: number; relevant: number; negative: number; neutral: number; positive: number; sources: number }>(
    await db.execute(sql`select count(*)::int as items, count(*) filter (where relevant)::int as relevant,
        count(*) filter (where relevant and sentiment = 'negative')::int as negative, count(*) filter (where relevant and sentiment = 'neutral')::int as neutral,
        count(*) filter (where relevant and sentiment = 'positive')::int as positive, count(distinct source_id)::int as sources
      from monitoring_items where coalesce(published_at, ingested_at) >= ${from}::timestamptz and coalesce(published_at, ingested_at) < ${to}::timestamptz`),
  )[0]!;
  return r;
}

/** An item as another module shows it next to its own record (the commissions module's deliverables). */
export interface LinkedItem {
  id: string;
  urlKey: string | null;
  title: string;
  url: string | null;
  sourceName: string;
  publishedAt: string | null;
  sentiment: 'positive' | 'neutral' | 'negative';
}

/** Items whose canonical URL (platform/feeds normaliseUrl) is one of `urlKeys`. */
export async function itemsByUrlKeys(db: Executor, urlKeys: string[]): Promise<LinkedItem[]> {
  if (urlKeys.length === 0) return [];
  return rowsOf<LinkedItem>(
    await db.execute(sql`select i.id, i.url_key as "urlKey", i.title, i.url, s.name as "sourceName", i.published_at::text as "publishedAt", i.sentiment
      from monitoring_items i join monitoring_sources s on s.id = i.source_id
      where i.url_key in (${sql.join(urlKeys.map((k) => sql`${k}`), sql`, `)}) order by i.seq limit 200`),
  );
}

/**
 * Items of the sources kept for an organisation unit (e.g. a press agency's site) published in [from, to) (ISO
 * timestamps) whose folded text contains `foldedPhrase`, newest first.
 */
export async function itemsOfUnitSources(db: Executor, opts: { unitId: string; from: string; to: string; foldedPhrase: string; limit?: number }): Promise<LinkedItem[]> {
  return rowsOf<LinkedItem>(
    await db.execute(sql`select i.id, i.url_key as "urlKey", i.title, i.url, s.name as "sourceName", i.published_at::text as "publishedAt", i.sentiment
      from monitoring_items i join monitoring_sources s on s.id = i.source_id
      where s.unit_id = ${opts.unitId} and coalesce(i.published_at, i.ingested_at) >= ${opts.from}::timestamptz and coalesce(i.published_at, i.ingested_at) < ${opts.to}::timestamptz
        and i.search_key like ${`%${escapeLike(opts.foldedPhrase)}%`}
      order by coalesce(i.published_at, i.ingested_at) desc limit ${opts.limit ?? 20}`),
  );
}
