/**
 * The ingestion pipeline, one function for polled feeds and file imports: clean the text, drop duplicates, decide
 * relevance with the watchlists, score sentiment, and write a batch in one statement. Stories are assigned after,
 * by the stories job reading `seq` (so ingestion never waits for clustering, as intake never waits for campaigns).
 */
import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { jsonParam, rowsOf, type Executor } from '../../platform/db';
import { normaliseUrl } from '../../platform/feeds';
import { scoreSentiment } from '../../platform/sentiment';
import { cleanText, fold } from '../../platform/text';
import { activeSentimentModel, type ActiveModel } from './sentiment-model';
import { relevanceOf, watchlistsOf, type CompiledList } from './watch';

/** An item as a feed or an import row brings it, before cleaning. */
export interface IncomingItem {
  kind: 'article' | 'post';
  platform?: string | null;
  url?: string | null;
  guid?: string | null;
  title?: string | null;
  body?: string | null;
  author?: string | null;
  /** ISO date-time; null when the source gave none or an unreadable one (never invented). */
  publishedAt?: string | null;
  reach?: number | null;
  engagement?: number | null;
}

/** Longest title and body kept: a pathological feed item must not fill the database. */
export const MAX_TITLE = 1_000;
export const MAX_BODY = 50_000;
/** The folded text kept for accent-insensitive search: the title and the beginning of the body. */
const SEARCH_KEY_BODY = 5_000;
/**
 * Sentiment reads the title and the lead (about the first 250 words): news states its tone there, and scoring is
 * the costliest step of an article (523 articles/s on whole 2,900-character texts, measured for the benchmark).
 */
const SENTIMENT_CHARS = 1_500;

export interface PreparedItem {
  id: string;
  kind: 'article' | 'post';
  platform: string | null;
  url: string | null;
  urlKey: string | null;
  guid: string | null;
  title: string;
  body: string;
  author: string | null;
  publishedAt: string | null;
  contentHash: string;
  reach: number | null;
  engagement: number | null;
}

/** Cleans one incoming item; a reason (Vietnamese) instead when it cannot be kept. */
export function prepareItem(raw: IncomingItem): PreparedItem | { reason: string } {
  const title = cleanText(raw.title ?? '').replace(/\s*\n\s*/g, ' ').slice(0, MAX_TITLE);
  const body = cleanText(raw.body ?? '').slice(0, MAX_BODY);
  if (!title && !body) return { reason: 'Không có nội dung.' };
  let url: string | null = null;
  let urlKey: string | null = null;
  if (raw.url && raw.url.trim()) {
    try {
      const parsed = new URL(raw.url.trim());
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
        url = parsed.toString().slice(0, 2_000);
        urlKey = normaliseUrl(url).slice(0, 2_000);
      }
    } catch {
      // an unreadable link is dropped, the text is still worth keeping
    }
  }
  let publishedAt: string | null = null;
  if (raw.publishedAt) {
    const t = Date.parse(raw.publishedAt);
    if (Number.isFinite(t) && t > Date.UTC(1990, 0, 1) && t < Date.now() + 2 * 86_400_000) publishedAt = new Date(t).toISOString();
  }
  const count = (n: number | null | undefined) => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.min(Math.round(n), 2_147_483_647) : null);
  const guid = raw.guid ? cleanText(raw.guid).slice(0, 1_000) || null : null;
  return {
    id: randomUUID(),
    kind: raw.kind,
    platform: raw.platform ? cleanText(raw.platform).toLowerCase().slice(0, 40) || null : null,
    url,
    urlKey,
    guid,
    title,
    body,
    author: raw.author ? cleanText(raw.author).slice(0, 300) || null : null,
    publishedAt,
    contentHash: contentHashOf(title, body),
    reach: count(raw.reach),
    engagement: count(raw.engagement),
  };
}

/** The exact-duplicate key across sources: folded title and text (accents, case, spacing and tone placement ignored). */
export function contentHashOf(title: string, body: string): string {
  return createHash('sha1').update(fold(title)).update('\n').update(fold(body)).digest('hex').slice(0, 32);
}

export interface IngestCounts {
  /** Items handed in. */
  read: number;
  /** Stored as new items. */
  inserted: number;
  /** Already stored (same link or guid in this source, or the same text anywhere), or repeated within the batch. */
  duplicate: number;
  /** Left out with a reason (no text). */
  skipped: number;
  /** Of the inserted, those a watchlist matched. */
  relevant: number;
}

export interface IngestOptions {
  importId?: string | null;
  /** Given by callers that ingest many batches (an import): read once instead of per batch. */
  lists?: CompiledList[];
  model?: ActiveModel;
  /** Receives the reason of each skipped item (an import keeps the first 100 with their row numbers). */
  onSkip?: (index: number, reason: string) => void;
}

/**
 * Ingests a batch of items of one source: prepared, deduplicated within the batch, matched, scored, and written in
 * one statement that also skips what is already stored and counts the source's items. Returns the counts.
 */
export async function ingestItems(db: Executor, sourceId: string, items: IncomingItem[], opts: IngestOptions = {}): Promise<IngestCounts> {
  const counts: IngestCounts = { read: items.length, inserted: 0, duplicate: 0, skipped: 0, relevant: 0 };
  if (!items.length) return counts;
  const [lists, model] = await Promise.all([opts.lists ?? watchlistsOf(db), opts.model ?? activeSentimentModel(db)]);
  const seen = new Set<string>();
  const rows: Record<string, unknown>[] = [];
  items.forEach((raw, index) => {
    const p = prepareItem(raw);
    if ('reason' in p) {
      counts.skipped++;
      opts.onSkip?.(index, p.reason);
      return;
    }
    const keys = [`h:${p.contentHash}`, ...(p.urlKey ? [`u:${p.urlKey}`] : []), ...(p.guid ? [`g:${p.guid}`] : [])];
    if (keys.some((k) => seen.has(k))) {
      counts.duplicate++;
      return;
    }
    for (const k of keys) seen.add(k);
    const at = (p.publishedAt ?? new Date().toISOString()).slice(0, 10);
    const rel = relevanceOf(lists, p.title, p.body, at);
    const s = scoreSentiment(`${p.title}\n${p.body.slice(0, SENTIMENT_CHARS)}`, model.model);
    rows.push({
      ord: rows.length,
      id: p.id,
      kind: p.kind,
      platform: p.platform,
      url: p.url,
      url_key: p.urlKey,
      guid: p.guid,
      title: p.title,
      body: p.body,
      author: p.author,
      published_at: p.publishedAt,
      content_hash: p.contentHash,
      search_key: fold(`${p.title} ${p.body.slice(0, SEARCH_KEY_BODY)}`),
      sentiment: s.label,
      sentiment_score: Number.isFinite(s.score) ? s.score : 0,
      sentiment_cues: s.cues.slice(0, 12),
      sentiment_model: model.name,
      relevant: rel.relevant,
      matches: rel.matches.slice(0, 200),
      watchlist_ids: rel.watchlistIds,
      reach: p.reach,
      engagement: p.engagement,
    });
  });
  if (!rows.length) return counts;
  const inserted = rowsOf<{ relevant: boolean }>(
    await db.execute(sql`
      with x as (
        select * from jsonb_to_recordset(${jsonParam(rows)}::jsonb) as x(ord int, id text, kind text, platform text, url text, url_key text, guid text, title text, body text, author text,
          published_at timestamptz, content_hash text, search_key text, sentiment text, sentiment_score real, sentiment_cues jsonb, sentiment_model text, relevant boolean, matches jsonb,
          watchlist_ids jsonb, reach integer, engagement integer)
      ), ins as (
        insert into monitoring_items (id, source_id, import_id, kind, platform, url, url_key, guid, title, body, author, published_at, content_hash, search_key,
          sentiment, sentiment_score, sentiment_cues, sentiment_model, relevant, matches, watchlist_ids, reach, engagement)
        select x.id, ${sourceId}, ${opts.importId ?? null}, x.kind, x.platform, x.url, x.url_key, x.guid, x.title, x.body, x.author, x.published_at, x.content_hash, x.search_key,
          x.sentiment, x.sentiment_score, x.sentiment_cues, x.sentiment_model, x.relevant, x.matches, array(select jsonb_array_elements_text(x.watchlist_ids)), x.reach, x.engagement
        from x
        where not exists (select 1 from monitoring_items m where m.content_hash = x.content_hash)
        order by x.ord
        on conflict do nothing
        returning relevant
      ), src as (
        update monitoring_sources set items_total = items_total + (select count(*) from ins) where id = ${sourceId}
      )
      select relevant from ins`),
  );
  counts.inserted = inserted.length;
  counts.relevant = inserted.filter((r) => r.relevant).length;
  counts.duplicate += rows.length - inserted.length;
  return counts;
}

/** Of these link keys and guids, the ones a source already holds (the fetch job skips extracting known articles). */
export async function knownKeys(db: Executor, sourceId: string, urlKeys: string[], guids: string[]): Promise<Set<string>> {
  if (!urlKeys.length && !guids.length) return new Set();
  const rows = rowsOf<{ url_key: string | null; guid: string | null }>(
    await db.execute(sql`select url_key, guid from monitoring_items where source_id = ${sourceId}
      and (url_key in (select jsonb_array_elements_text(${jsonParam(urlKeys)}::jsonb)) or guid in (select jsonb_array_elements_text(${jsonParam(guids)}::jsonb)))`),
  );
  const out = new Set<string>();
  for (const r of rows) {
    if (r.url_key) out.add(`u:${r.url_key}`);
    if (r.guid) out.add(`g:${r.guid}`);
  }
  return out;
}
