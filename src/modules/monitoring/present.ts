import type { Static } from 'typebox';
import { highlight, parseQuery } from '../../platform/text-query';
import type { ItemListRow, SourceRow, StoryRow } from './repo-read';
import type { ImportView, ItemDetail, ItemSummary, SourceView, StoryView, WatchlistView } from './schemas';
import type { listImports, listWatchlists } from './repo-read';
import type { ItemMatch } from './tables';

type Segment = { text: string; hit: boolean };
const EXCERPT = 320;

/** Highlighted pieces of `text` for the matches of one field. */
export function segmentsOf(text: string, matches: ItemMatch[], field: ItemMatch['field']): Segment[] {
  return highlight(text, matches.filter((m) => m.field === field).map((m) => ({ start: m.start, end: m.end, term: m.label })));
}

/** An excerpt of the body around its first match (or its beginning), highlighted, about EXCERPT characters. */
export function excerptOf(body: string, matches: ItemMatch[]): Segment[] {
  const inBody = matches.filter((m) => m.field === 'body' && m.end <= body.length);
  const first = inBody.length ? Math.min(...inBody.map((m) => m.start)) : 0;
  let start = Math.max(0, first - 100);
  if (start > 0) {
    const space = body.indexOf(' ', start);
    if (space !== -1 && space < first) start = space + 1;
  }
  let end = Math.min(body.length, start + EXCERPT);
  if (end < body.length) {
    const space = body.lastIndexOf(' ', end);
    if (space > start + EXCERPT / 2) end = space;
  }
  const cut = body.slice(start, end).replace(/\s+/g, ' ');
  // offsets stay valid only when whitespace runs were single characters: recompute on the raw slice then collapse
  const raw = body.slice(start, end);
  const segs = highlight(raw, inBody.map((m) => ({ start: m.start - start, end: m.end - start, term: m.label })));
  const out: Segment[] = segs.map((s) => ({ text: s.text.replace(/\s+/g, ' '), hit: s.hit }));
  if (start > 0) out.unshift({ text: '… ', hit: false });
  if (end < body.length) out.push({ text: ' …', hit: false });
  return cut ? out : [];
}

const uniq = (xs: string[]) => [...new Set(xs)];

export function presentItem(r: ItemListRow): Static<typeof ItemSummary> {
  const matches = (r.matches ?? []) as ItemMatch[];
  return {
    id: r.id,
    kind: r.kind === 'post' ? 'post' : 'article',
    platform: r.platform,
    url: r.url,
    title: segmentsOf(r.title, matches, 'title'),
    excerpt: excerptOf(r.body, matches),
    author: r.author,
    publishedAt: r.published_at,
    ingestedAt: r.ingested_at,
    sourceId: r.source_id,
    sourceName: r.source_name,
    sentiment: r.sentiment as 'positive' | 'neutral' | 'negative',
    sentimentScore: Number(r.sentiment_score),
    sentimentCorrected: r.sentiment_by !== null,
    relevant: r.relevant,
    matched: uniq(matches.map((m) => m.label)).slice(0, 20),
    storyId: r.story_id,
    storySize: r.story_size ?? 1,
    reach: r.reach,
    engagement: r.engagement,
  };
}

export function presentStory(s: StoryRow, merge: StoryRow | null): Static<typeof StoryView> {
  return {
    id: s.id,
    title: s.title,
    firstSeenAt: s.firstSeenAt,
    lastSeenAt: s.lastSeenAt,
    itemCount: s.itemCount,
    negativeCount: s.negativeCount,
    suggestedMerge: merge ? { id: merge.id, title: merge.title, itemCount: merge.itemCount, similarity: Number(s.suggestedSimilarity ?? 0) } : null,
  };
}

export function presentItemDetail(
  r: ItemListRow,
  story: Static<typeof StoryView> | null,
  members: { id: string; title: string; body: string; sourceName: string; publishedAt: string | null; sentiment: string }[],
): Static<typeof ItemDetail> {
  const matches = (r.matches ?? []) as ItemMatch[];
  return {
    ...presentItem(r),
    body: segmentsOf(r.body, matches, 'body'),
    sentimentCues: (r.sentiment_cues ?? []).map((c) => ({ text: String(c.text), weight: Number(c.weight) })),
    story,
    storyMembers: members
      .filter((m) => m.id !== r.id)
      .map((m) => ({ id: m.id, title: m.title || m.body.slice(0, 120), sourceName: m.sourceName, publishedAt: m.publishedAt, sentiment: m.sentiment as 'positive' | 'neutral' | 'negative' })),
  };
}

export function presentSource(s: SourceRow, perDay: { day: string; count: number }[]): Static<typeof SourceView> {
  return {
    id: s.id,
    name: s.name,
    kind: s.kind as Static<typeof SourceView>['kind'],
    url: s.url,
    feedFormat: s.feedFormat,
    vendor: s.vendor,
    enabled: s.enabled,
    disabledReason: s.disabledReason,
    pollMinutes: s.pollMinutes,
    lastFetchedAt: s.lastFetchedAt,
    lastSuccessAt: s.lastSuccessAt,
    nextFetchAt: s.enabled && s.kind !== 'import' ? s.nextFetchAt : null,
    errorStreak: s.errorStreak,
    lastError: s.lastError,
    itemsTotal: s.itemsTotal,
    volumeDropped: s.volumeAlertedAt !== null,
    perDay,
  };
}

export function presentWatchlist(l: Awaited<ReturnType<typeof listWatchlists>>[number]): Static<typeof WatchlistView> {
  const parsed = l.kind === 'query' ? parseQuery(l.query ?? '') : null;
  return {
    id: l.id,
    name: l.name,
    kind: l.kind as Static<typeof WatchlistView>['kind'],
    query: l.query,
    queryError: parsed && !parsed.ok ? { message: parsed.message, at: parsed.at } : null,
    enabled: l.enabled,
    terms: l.terms.map((t) => ({ label: t.label, names: t.names, validFrom: t.validFrom, validTo: t.validTo, note: t.note })),
    matchedLastWeek: l.matchedLastWeek,
  };
}

export function presentImport(i: Awaited<ReturnType<typeof listImports>>[number]): Static<typeof ImportView> {
  return {
    id: i.id,
    vendor: i.vendor,
    fileName: i.fileName,
    status: i.status as Static<typeof ImportView>['status'],
    bytesTotal: i.bytesTotal,
    bytesRead: i.bytesRead,
    rowsRead: i.rowsRead,
    rowsImported: i.rowsImported,
    rowsDuplicate: i.rowsDuplicate,
    rowsSkipped: i.rowsSkipped,
    errors: i.errors,
    failureReason: i.failureReason,
    createdAt: i.createdAt,
    finishedAt: i.status === 'running' ? null : i.finishedAt,
  };
}
