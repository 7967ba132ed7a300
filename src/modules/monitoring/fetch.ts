/**
 * Polling: the `monitoring-fetch` job takes the enabled sources that are due, fetches each through one
 * PoliteFetcher (conditional requests, per-host politeness, size and time limits), parses the feed, extracts the
 * article of items that bring only a summary (a few per poll), and hands the items to the pipeline. Failures are
 * counted per source with their Vietnamese reason; the next poll backs off, and a source is disabled after
 * MAX_ERROR_STREAK failures in a row, or at once when the address is gone (410) or may not be fetched.
 */
import { sql } from 'drizzle-orm';
import { rowsOf, type DB } from '../../platform/db';
import { extractArticle, normaliseUrl, parseFeed, type FeedItem, type ParsedFeed } from '../../platform/feeds';
import { backoffMs, PoliteFetcher, type FetchOutcome } from '../../platform/fetcher';
import { ingestItems, knownKeys, type IncomingItem, type IngestCounts } from './pipeline';

/** Failures in a row after which a source is disabled (Media Cloud disables feeds that keep failing, anchors §4.4). */
export const MAX_ERROR_STREAK = 10;
/** Sources taken per job run (the fetcher's per-host queue keeps each host polite). */
const SOURCES_PER_RUN = 8;
/** Articles fetched per poll for feed items that carry only a summary (bounded, polite). */
const EXTRACTIONS_PER_POLL = 5;
/** A feed item whose text is shorter than this is worth fetching its article for. */
const SHORT_SUMMARY = 400;
/** While a poll runs its source is leased this long (another worker does not take it). */
const LEASE_MINUTES = 5;
const ARTICLE_MAX_BYTES = 3 * 1024 * 1024;

/** Whether the fetcher may reach loopback and private addresses (tests, the journey); off in production. */
export function allowPrivateHosts(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.MONITORING_ALLOW_PRIVATE_HOSTS === 'true' || env.MONITORING_ALLOW_PRIVATE_HOSTS === '1';
}

let shared: { fetcher: PoliteFetcher; allowPrivate: boolean } | null = null;
/**
 * One fetcher per process, so per-host limits hold across every source on that host. A change of
 * MONITORING_ALLOW_PRIVATE_HOSTS (tests sharing one process) gives a new one rather than the old answer.
 */
export function monitoringFetcher(): PoliteFetcher {
  const allowPrivate = allowPrivateHosts();
  if (shared?.allowPrivate !== allowPrivate) shared = { fetcher: new PoliteFetcher({ allowPrivateHosts: allowPrivate, userAgent: 'DongThuan-Monitor/1.0 (+theo doi du luan)' }), allowPrivate };
  return shared.fetcher;
}

export interface SourceRow {
  id: string;
  name: string;
  kind: string;
  url: string | null;
  etag: string | null;
  last_modified: string | null;
  error_streak: number;
  poll_minutes: number;
}

export interface PollResult {
  sources: number;
  ok: number;
  notModified: number;
  failed: number;
  disabled: number;
  inserted: number;
}

/** Polls the sources that are due (at most a few per run). Never throws for a source's own failure. */
export async function pollDueSources(db: DB, fetcher: PoliteFetcher = monitoringFetcher(), opts: { limit?: number } = {}): Promise<PollResult> {
  const due = rowsOf<SourceRow>(
    await db.execute(sql`update monitoring_sources s set next_fetch_at = now() + make_interval(mins => ${LEASE_MINUTES})
      where s.id in (select id from monitoring_sources where enabled and kind in ('feed', 'sitemap', 'page') and url is not null and next_fetch_at <= now()
                     order by next_fetch_at limit ${opts.limit ?? SOURCES_PER_RUN} for update skip locked)
      returning s.id, s.name, s.kind, s.url, s.etag, s.last_modified, s.error_streak, s.poll_minutes`),
  );
  const result: PollResult = { sources: due.length, ok: 0, notModified: 0, failed: 0, disabled: 0, inserted: 0 };
  await Promise.all(
    due.map(async (source) => {
      let r: SourcePoll;
      try {
        r = await pollSource(db, fetcher, source);
      } catch {
        // the database refused a write (the source's own failures are values): the lease lets a later run retry it
        result.failed++;
        return;
      }
      if (r.outcome === 'ok') result.ok++;
      else if (r.outcome === 'not-modified') result.notModified++;
      else result.failed++;
      if (r.disabled) result.disabled++;
      result.inserted += r.counts?.inserted ?? 0;
    }),
  );
  return result;
}

export interface SourcePoll {
  outcome: 'ok' | 'not-modified' | 'failed';
  reason?: string;
  disabled: boolean;
  counts?: IngestCounts;
}

/** Polls one source now and records its health. */
export async function pollSource(db: DB, fetcher: PoliteFetcher, source: SourceRow): Promise<SourcePoll> {
  let res: FetchOutcome;
  try {
    res = await fetcher.fetch({ url: source.url!, etag: source.etag, lastModified: source.last_modified });
  } catch {
    // the fetcher answers failures as values; anything thrown is our bug, recorded as a failure of this poll
    return recordFailure(db, source, { reason: 'Lỗi không mong đợi khi tải nguồn.', status: null, disableNow: false, retryAfterMs: null });
  }
  if (res.kind === 'not-modified') {
    await db.execute(sql`update monitoring_sources set last_fetched_at = now(), last_success_at = now(), error_streak = 0, last_error = null, last_status = 304,
      next_fetch_at = now() + make_interval(mins => poll_minutes), updated_at = now() where id = ${source.id}`);
    return { outcome: 'not-modified', disabled: false };
  }
  if (res.kind === 'failed') {
    const disableNow = res.failure === 'gone' || res.failure === 'forbidden-host' || res.failure === 'bad-url' || res.failure === 'robots';
    return recordFailure(db, source, { reason: res.reason, status: res.status, disableNow, retryAfterMs: res.retryAfterMs });
  }
  let items: IncomingItem[];
  let format: string;
  try {
    const parsed = source.kind === 'page' ? null : parseFeed(res.text, res.url);
    if (parsed && parsed.kind === 'invalid') return recordFailure(db, source, { reason: parsed.reason, status: res.status, disableNow: false, retryAfterMs: null });
    if (parsed && parsed.kind === 'html') {
      const reason = parsed.feedLinks.length
        ? `Địa chỉ này là một trang web, không phải kênh tin. Trang có kênh tin: ${parsed.feedLinks.slice(0, 3).join(', ')}.`
        : 'Địa chỉ này là một trang web, không phải kênh tin.';
      return recordFailure(db, source, { reason, status: res.status, disableNow: false, retryAfterMs: null });
    }
    if (!parsed) {
      const article = extractArticle(res.text, res.url);
      if (!article) return recordFailure(db, source, { reason: 'Không tìm thấy nội dung bài viết trên trang.', status: res.status, disableNow: false, retryAfterMs: null });
      items = [{ kind: 'article', platform: 'news', url: res.url, guid: normaliseUrl(res.url), title: article.title, body: article.text, author: article.author, publishedAt: article.publishedAt }];
      format = 'page';
    } else {
      format = parsed.kind;
      items = await itemsOfFeed(db, fetcher, source, await withChildSitemaps(fetcher, parsed));
    }
  } catch {
    return recordFailure(db, source, { reason: 'Không đọc được nội dung nguồn.', status: res.status, disableNow: false, retryAfterMs: null });
  }
  const counts = await ingestItems(db, source.id, items);
  await db.execute(sql`update monitoring_sources set last_fetched_at = now(), last_success_at = now(), error_streak = 0, last_error = null, last_status = ${res.status},
    etag = ${res.etag}, last_modified = ${res.lastModified}, feed_format = ${format}, next_fetch_at = now() + make_interval(mins => poll_minutes), updated_at = now() where id = ${source.id}`);
  return { outcome: 'ok', disabled: false, counts };
}

/** Child sitemaps read per poll when a sitemap index lists no URL of its own (the newest first, as indexes list them). */
const CHILD_SITEMAPS_PER_POLL = 3;

/** A sitemap index brings its first child sitemaps' entries; anything else is returned as parsed. */
async function withChildSitemaps(fetcher: PoliteFetcher, feed: Extract<ParsedFeed, { items: FeedItem[] }>): Promise<Extract<ParsedFeed, { items: FeedItem[] }>> {
  if (feed.kind !== 'sitemap' || feed.items.length > 0 || feed.childSitemaps.length === 0) return feed;
  const items: FeedItem[] = [];
  for (const url of feed.childSitemaps.slice(0, CHILD_SITEMAPS_PER_POLL)) {
    const res = await fetcher.fetch({ url });
    if (res.kind !== 'ok') continue;
    const child = parseFeed(res.text, res.url);
    if (child.kind === 'sitemap') items.push(...child.items);
  }
  return { ...feed, items };
}

/** The items of a parsed feed: new ones whose text is only a short summary get their article fetched (a few per poll). */
async function itemsOfFeed(db: DB, fetcher: PoliteFetcher, source: SourceRow, feed: Extract<ParsedFeed, { items: FeedItem[] }>): Promise<IncomingItem[]> {
  const keyOf = (i: FeedItem) => (i.url ? normaliseUrl(i.url) : null);
  const known = await knownKeys(
    db,
    source.id,
    feed.items.flatMap((i) => (keyOf(i) ? [keyOf(i)!] : [])),
    feed.items.flatMap((i) => (i.guid ? [i.guid] : [])),
  );
  const fresh = feed.items.filter((i) => !(i.guid && known.has(`g:${i.guid}`)) && !(keyOf(i) && known.has(`u:${keyOf(i)}`)));
  let extractions = 0;
  const out: IncomingItem[] = [];
  for (const i of fresh) {
    let body = i.contentHtml ? (extractArticle(`<html><body><article>${i.contentHtml}</article></body></html>`, i.url ?? source.url!)?.text ?? i.summary) : i.summary;
    let author = i.author;
    let publishedAt = i.publishedAt;
    if (body.length < SHORT_SUMMARY && i.url && extractions < EXTRACTIONS_PER_POLL) {
      extractions++;
      const page = await fetcher.fetch({ url: i.url, maxBytes: ARTICLE_MAX_BYTES, accept: 'text/html' });
      const article = page.kind === 'ok' ? extractArticle(page.text, page.url) : null;
      if (article && article.text.length > body.length) {
        body = article.text;
        author ??= article.author;
        publishedAt ??= article.publishedAt;
      }
    }
    out.push({ kind: 'article', platform: 'news', url: i.url, guid: i.guid, title: i.title, body, author, publishedAt });
  }
  return out;
}

async function recordFailure(db: DB, source: SourceRow, f: { reason: string; status: number | null; disableNow: boolean; retryAfterMs: number | null }): Promise<SourcePoll> {
  const streak = source.error_streak + 1;
  const disable = f.disableNow || streak >= MAX_ERROR_STREAK;
  const disabledReason = !disable ? null : f.disableNow ? f.reason : `Tự động tạm dừng sau ${streak} lần tải lỗi liên tiếp. Lỗi gần nhất: ${f.reason}`;
  const nextMs = backoffMs(streak, f.retryAfterMs);
  await db.execute(sql`update monitoring_sources set last_fetched_at = now(), error_streak = ${streak}, last_error = ${f.reason}, last_status = ${f.status},
    enabled = ${!disable}, disabled_reason = ${disabledReason}, next_fetch_at = now() + make_interval(secs => ${Math.max(60, Math.round(nextMs / 1000))}), updated_at = now()
    where id = ${source.id}`);
  return { outcome: 'failed', reason: f.reason, disabled: disable };
}

/** What an address holds, for the office's "add a source" form: a feed, a web page with feed links, or a refusal. */
export type Probe =
  | { kind: 'feed'; format: string; title: string | null; items: number; url: string }
  | { kind: 'page'; title: string | null; feedLinks: string[]; hasArticle: boolean; url: string }
  | { kind: 'refused'; reason: string };

/** Fetches `url` once to tell what it is (the add form probes at once, so a broken address is refused with its reason). */
export async function probeUrl(url: string, fetcher: PoliteFetcher = monitoringFetcher()): Promise<Probe> {
  const res = await fetcher.fetch({ url });
  if (res.kind === 'failed') return { kind: 'refused', reason: res.reason };
  if (res.kind === 'not-modified') return { kind: 'refused', reason: 'Máy chủ trả lời không đúng (304 khi chưa hỏi).' };
  const parsed = parseFeed(res.text, res.url);
  if (parsed.kind === 'invalid') return { kind: 'refused', reason: parsed.reason };
  if (parsed.kind === 'html') return { kind: 'page', title: parsed.title, feedLinks: parsed.feedLinks, hasArticle: extractArticle(res.text, res.url) !== null, url: res.url };
  return { kind: 'feed', format: parsed.kind, title: parsed.title, items: parsed.items.length + parsed.childSitemaps.length, url: res.url };
}
