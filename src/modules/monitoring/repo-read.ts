/** Reads for the office and the module door: sources with health, items with filters, stories, watchlists, imports. */
import { asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../platform/db';
import { escapeLike, fold } from '../../platform/text';
import { monitoringImports, monitoringItems, monitoringSources, monitoringStories, monitoringWatchlists, monitoringWatchTerms } from './tables';

export type SourceRow = typeof monitoringSources.$inferSelect;
export type ItemRow = typeof monitoringItems.$inferSelect;
export type StoryRow = typeof monitoringStories.$inferSelect;

export async function listSources(db: Executor): Promise<SourceRow[]> {
  return db.select().from(monitoringSources).orderBy(asc(monitoringSources.name));
}

export async function findSource(db: Executor, id: string): Promise<SourceRow | null> {
  return (await db.select().from(monitoringSources).where(eq(monitoringSources.id, id)))[0] ?? null;
}

/** Items per source and day (Vietnam time) over the last `days` days. */
export async function volumePerDay(db: Executor, days = 14): Promise<{ sourceId: string; day: string; count: number }[]> {
  return rowsOf<{ sourceId: string; day: string; count: number }>(
    await db.execute(sql`select source_id as "sourceId", to_char((ingested_at at time zone 'Asia/Ho_Chi_Minh')::date, 'YYYY-MM-DD') as day, count(*)::int as count
      from monitoring_items where ingested_at > now() - make_interval(days => ${days}) group by 1, 2 order by 2`),
  );
}

export interface ItemFilter {
  relevant?: boolean;
  sentiment?: string;
  sourceId?: string;
  platform?: string;
  from?: string;
  to?: string;
  watchlistId?: string;
  storyId?: string;
  q?: string;
}

/** The filter as SQL conditions; dates are days in Vietnam time on the item's time (published, else ingested). */
function conditions(f: ItemFilter): SQL[] {
  const c: SQL[] = [];
  if (f.relevant !== undefined) c.push(sql`i.relevant = ${f.relevant}`);
  if (f.sentiment) c.push(sql`i.sentiment = ${f.sentiment}`);
  if (f.sourceId) c.push(sql`i.source_id = ${f.sourceId}`);
  if (f.platform) c.push(sql`i.platform = ${f.platform}`);
  if (f.from) c.push(sql`coalesce(i.published_at, i.ingested_at) >= (${f.from}::date)::timestamp at time zone 'Asia/Ho_Chi_Minh'`);
  if (f.to) c.push(sql`coalesce(i.published_at, i.ingested_at) < (${f.to}::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'`);
  if (f.watchlistId) c.push(sql`${f.watchlistId} = any(i.watchlist_ids)`);
  if (f.storyId) c.push(sql`i.story_id = ${f.storyId}`);
  const q = f.q ? fold(f.q).trim() : '';
  if (q) c.push(sql`i.search_key like ${`%${escapeLike(q)}%`}`);
  return c;
}

export interface ItemListRow {
  id: string;
  kind: string;
  platform: string | null;
  url: string | null;
  title: string;
  body: string;
  author: string | null;
  published_at: string | null;
  ingested_at: string;
  source_id: string;
  source_name: string;
  sentiment: string;
  sentiment_score: number;
  sentiment_by: string | null;
  sentiment_cues: { text: string; weight: number }[];
  relevant: boolean;
  matches: ItemRow['matches'];
  story_id: string | null;
  story_size: number | null;
  reach: number | null;
  engagement: number | null;
}

const itemColumns = (bodyChars: number | null) => sql`i.id, i.kind, i.platform, i.url, i.title, ${bodyChars === null ? sql`i.body` : sql`substr(i.body, 1, ${bodyChars})`} as body, i.author,
  i.published_at::text as published_at, i.ingested_at::text as ingested_at, i.source_id, s.name as source_name, i.sentiment, i.sentiment_score, i.sentiment_by, i.sentiment_cues,
  i.relevant, i.matches, i.story_id, st.item_count as story_size, i.reach, i.engagement`;

/** A page of items, newest ingested first (seq order: the unique index serves it at any size). */
export async function listItems(db: Executor, f: ItemFilter, page: { limit: number; offset: number }, bodyChars = 2_000): Promise<{ items: ItemListRow[]; total: number }> {
  const c = conditions(f);
  const where = c.length ? sql`where ${sql.join(c, sql` and `)}` : sql``;
  const [items, total] = await Promise.all([
    db.execute(sql`select ${itemColumns(bodyChars)} from monitoring_items i join monitoring_sources s on s.id = i.source_id left join monitoring_stories st on st.id = i.story_id
      ${where} order by i.seq desc limit ${page.limit} offset ${page.offset}`),
    db.execute(sql`select count(*)::int as n from monitoring_items i ${where}`),
  ]);
  return { items: rowsOf<ItemListRow>(items), total: rowsOf<{ n: number }>(total)[0]!.n };
}

export async function findItem(db: Executor, id: string): Promise<ItemListRow | null> {
  return (
    rowsOf<ItemListRow>(
      await db.execute(sql`select ${itemColumns(null)} from monitoring_items i join monitoring_sources s on s.id = i.source_id left join monitoring_stories st on st.id = i.story_id where i.id = ${id}`),
    )[0] ?? null
  );
}

export async function findStory(db: Executor, id: string): Promise<StoryRow | null> {
  return (await db.select().from(monitoringStories).where(eq(monitoringStories.id, id)))[0] ?? null;
}

/** Items of a story, newest first. */
export async function storyMembers(db: Executor, storyId: string, limit = 20): Promise<{ id: string; title: string; body: string; sourceName: string; publishedAt: string | null; sentiment: string }[]> {
  return rowsOf(
    await db.execute(sql`select i.id, i.title, substr(i.body, 1, 200) as body, s.name as "sourceName", coalesce(i.published_at, i.ingested_at)::text as "publishedAt", i.sentiment
      from monitoring_items i join monitoring_sources s on s.id = i.source_id where i.story_id = ${storyId} order by i.seq desc limit ${limit}`),
  );
}

/** Stories seen since `since` (ISO), most items first. */
export async function topStories(db: Executor, since: string, limit = 10): Promise<StoryRow[]> {
  return db.select().from(monitoringStories).where(sql`${monitoringStories.lastSeenAt} >= ${since}`).orderBy(desc(monitoringStories.itemCount)).limit(limit);
}

export async function listWatchlists(db: Executor) {
  const lists = await db.select().from(monitoringWatchlists).orderBy(asc(monitoringWatchlists.kind), asc(monitoringWatchlists.name));
  const terms = lists.length ? await db.select().from(monitoringWatchTerms).where(inArray(monitoringWatchTerms.watchlistId, lists.map((l) => l.id))).orderBy(asc(monitoringWatchTerms.position)) : [];
  const counts = rowsOf<{ id: string; n: number }>(
    await db.execute(sql`select w as id, count(*)::int as n from monitoring_items, unnest(watchlist_ids) as w where relevant and ingested_at > now() - interval '7 days' group by w`),
  );
  return lists.map((l) => ({ ...l, terms: terms.filter((t) => t.watchlistId === l.id), matchedLastWeek: counts.find((c) => c.id === l.id)?.n ?? 0 }));
}

export async function listImports(db: Executor, limit = 50) {
  return db.select().from(monitoringImports).orderBy(desc(monitoringImports.createdAt)).limit(limit);
}

export async function findImport(db: Executor, id: string) {
  return (await db.select().from(monitoringImports).where(eq(monitoringImports.id, id)))[0] ?? null;
}
