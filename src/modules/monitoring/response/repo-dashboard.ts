import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../../platform/db';

const EVENT = sql`least(coalesce(i.published_at, i.ingested_at), i.ingested_at)`;

export interface Period {
  from: string;
  to: string;
}

/** Relevant items per day and sentiment in [from, to) (ISO instants); days without items are absent. */
export async function volumeByDay(db: Executor, p: Period): Promise<{ day: string; sentiment: string; n: number }[]> {
  // grouped on the Vietnamese day as a date (to_char on every row cost PGlite a third of the query)
  const rows = rowsOf<{ day: string | Date; sentiment: string; n: number }>(
    await db.execute(sql`select (${EVENT} at time zone 'Asia/Ho_Chi_Minh')::date::text as day, i.sentiment, count(*)::int as n from monitoring_items i
      where i.relevant and i.ingested_at >= ${p.from}::timestamptz and ${EVENT} >= ${p.from}::timestamptz and ${EVENT} < ${p.to}::timestamptz
      group by 1, 2 order by 1, 2`),
  );
  return rows.map((r) => ({ day: String(r.day).slice(0, 10), sentiment: r.sentiment, n: Number(r.n) }));
}

/** The stories with most items seen in the period, with their negative count. */
export async function topStories(db: Executor, p: Period, limit: number): Promise<{ id: string; title: string; items: number; negative: number; lastSeenAt: string }[]> {
  // counted on the items alone, then the few stories named (a join before grouping cost every row a look-up)
  const rows = rowsOf<{ id: string; title: string; items: number; negative: number; last_seen_at: string }>(
    await db.execute(sql`select s.id, s.title, c.items, c.negative, s.last_seen_at from (
        select i.story_id, count(*)::int as items, count(*) filter (where i.sentiment = 'negative')::int as negative from monitoring_items i
        where i.relevant and i.story_id is not null and i.ingested_at >= ${p.from}::timestamptz and ${EVENT} >= ${p.from}::timestamptz and ${EVENT} < ${p.to}::timestamptz
        group by i.story_id order by items desc, negative desc, i.story_id limit ${limit}) c
      join monitoring_stories s on s.id = c.story_id order by c.items desc, c.negative desc, s.id`),
  );
  return rows.map((r) => ({ id: r.id, title: r.title, items: Number(r.items), negative: Number(r.negative), lastSeenAt: new Date(r.last_seen_at).toISOString() }));
}

/** Sources by relevant items in the period. */
export async function topSources(db: Executor, p: Period, limit: number): Promise<{ name: string; items: number; negative: number }[]> {
  const rows = rowsOf<{ name: string; items: number; negative: number }>(
    await db.execute(sql`select s.name, c.items, c.negative from (
        select i.source_id, count(*)::int as items, count(*) filter (where i.sentiment = 'negative')::int as negative from monitoring_items i
        where i.relevant and i.ingested_at >= ${p.from}::timestamptz and ${EVENT} >= ${p.from}::timestamptz and ${EVENT} < ${p.to}::timestamptz
        group by i.source_id) c
      join monitoring_sources s on s.id = c.source_id order by c.items desc, s.name limit ${limit}`),
  );
  return rows.map((r) => ({ name: r.name, items: Number(r.items), negative: Number(r.negative) }));
}

/** Watchlist terms (topics, places, people, policies) by the items that mention them in the period. */
export async function topTerms(db: Executor, p: Period, limit: number): Promise<{ term: string; items: number; negative: number }[]> {
  // (item, label) pairs made distinct once, then counted: a plain count is then the number of items per label
  // (measured on PGlite: half the time of a distinct per item in a lateral subquery, a third of count(distinct))
  const rows = rowsOf<{ term: string; items: number; negative: number }>(
    await db.execute(sql`select term, count(*)::int as items, count(*) filter (where sentiment = 'negative')::int as negative from (
        select distinct i.id, i.sentiment, m->>'label' as term from monitoring_items i cross join lateral jsonb_array_elements(i.matches) m
        where i.relevant and i.ingested_at >= ${p.from}::timestamptz and ${EVENT} >= ${p.from}::timestamptz and ${EVENT} < ${p.to}::timestamptz) x
      where term is not null group by term order by items desc, term limit ${limit}`),
  );
  return rows.map((r) => ({ term: r.term, items: Number(r.items), negative: Number(r.negative) }));
}

/** Latest verdicts given in the period, per verdict. */
export async function verdictCounts(db: Executor, p: Period): Promise<{ verdict: string; n: number }[]> {
  const rows = rowsOf<{ verdict: string; n: number }>(
    await db.execute(sql`select verdict, count(*)::int as n from (
        select distinct on (r.item_id) r.verdict, r.reviewed_at from monitoring_reviews r order by r.item_id, r.reviewed_at desc, r.id desc) x
      where reviewed_at >= ${p.from}::timestamptz and reviewed_at < ${p.to}::timestamptz group by verdict order by verdict`),
  );
  return rows.map((r) => ({ verdict: r.verdict, n: Number(r.n) }));
}

/** Items collected and relevant ones, with the negative among them, in the period (by ingestion). */
export async function itemTotals(db: Executor, p: Period): Promise<{ collected: number; relevant: number; negative: number }> {
  const r = rowsOf<{ collected: number; relevant: number; negative: number }>(
    await db.execute(sql`select count(*)::int as collected, count(*) filter (where relevant)::int as relevant, count(*) filter (where relevant and sentiment = 'negative')::int as negative
      from monitoring_items where ingested_at >= ${p.from}::timestamptz and ingested_at < ${p.to}::timestamptz`),
  )[0];
  return { collected: Number(r?.collected ?? 0), relevant: Number(r?.relevant ?? 0), negative: Number(r?.negative ?? 0) };
}

/** Takedown requests made in the period: how many, removed within their deadline, overdue now. */
export async function takedownTotals(db: Executor, p: Period, now: Date): Promise<{ requested: number; decided: number; removed: number; removedInTime: number; overdue: number }> {
  const r = rowsOf<{ requested: number; decided: number; removed: number; in_time: number; overdue: number }>(
    await db.execute(sql`select count(*)::int as requested,
        count(*) filter (where outcome <> 'pending' or deadline_at < ${now.toISOString()}::timestamptz)::int as decided,
        count(*) filter (where outcome = 'removed')::int as removed,
        count(*) filter (where outcome = 'removed' and outcome_at <= deadline_at)::int as in_time,
        count(*) filter (where outcome = 'pending' and deadline_at < ${now.toISOString()}::timestamptz)::int as overdue
      from monitoring_takedowns where requested_at >= ${p.from}::timestamptz and requested_at < ${p.to}::timestamptz`),
  )[0];
  return { requested: Number(r?.requested ?? 0), decided: Number(r?.decided ?? 0), removed: Number(r?.removed ?? 0), removedInTime: Number(r?.in_time ?? 0), overdue: Number(r?.overdue ?? 0) };
}

/** Items found false, misleading or hostile (latest verdict) reviewed in the period. */
export async function referableCount(db: Executor, p: Period): Promise<number> {
  const r = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from (
        select distinct on (r.item_id) r.verdict, r.reviewed_at from monitoring_reviews r order by r.item_id, r.reviewed_at desc, r.id desc) x
      where verdict in ('false', 'misleading', 'hostile') and reviewed_at >= ${p.from}::timestamptz and reviewed_at < ${p.to}::timestamptz`),
  )[0];
  return Number(r?.n ?? 0);
}
