/** Reads other parts of the system use (the response side's alert job, digests, the annual report's figures). */
import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../platform/db';
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
