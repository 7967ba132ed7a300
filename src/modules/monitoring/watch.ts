import { asc } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { indexText, matchQuery, parseQuery, Watchlist, type IndexedText, type QueryNode } from '../../platform/text-query';
import { monitoringWatchlists, monitoringWatchTerms, type ItemMatch } from './tables';

/** A watchlist ready to match: its terms compiled once (a trie of first syllables), or its saved query parsed. */
export interface CompiledList {
  id: string;
  name: string;
  kind: string;
  watch: Watchlist | null;
  query: QueryNode | null;
}

/** What one text matched, per field, with the watchlists that matched (relevant when any did). */
export interface Relevance {
  relevant: boolean;
  matches: ItemMatch[];
  watchlistIds: string[];
}

/** Reads and compiles the enabled watchlists. A saved query that no longer parses is left out (the office shows its error). */
export async function loadWatchlists(db: Executor): Promise<CompiledList[]> {
  const lists = await db.select().from(monitoringWatchlists).orderBy(asc(monitoringWatchlists.createdAt));
  const terms = await db.select().from(monitoringWatchTerms).orderBy(asc(monitoringWatchTerms.position));
  const out: CompiledList[] = [];
  for (const list of lists) {
    if (!list.enabled) continue;
    if (list.kind === 'query') {
      const parsed = parseQuery(list.query ?? '');
      if (parsed.ok) out.push({ id: list.id, name: list.name, kind: list.kind, watch: null, query: parsed.query });
      continue;
    }
    const own = terms.filter((t) => t.watchlistId === list.id && t.names.length > 0);
    if (!own.length) continue;
    out.push({ id: list.id, name: list.name, kind: list.kind, query: null, watch: new Watchlist(own.map((t) => ({ id: t.id, label: t.label, names: t.names, validFrom: t.validFrom, validTo: t.validTo }))) });
  }
  return out;
}

const cache = new WeakMap<object, { at: number; lists: Promise<CompiledList[]> }>();
/** Compiled watchlists are reused this long by the pipeline (an edit in the office also drops the cache). */
const WATCH_TTL_MS = 10_000;

/** The compiled watchlists of `db`, cached for a few seconds (compiling a thousand terms per batch would dominate). */
export function watchlistsOf(db: Executor): Promise<CompiledList[]> {
  const hit = cache.get(db);
  if (hit && Date.now() - hit.at < WATCH_TTL_MS) return hit.lists;
  const lists = loadWatchlists(db);
  cache.set(db, { at: Date.now(), lists });
  lists.catch(() => cache.delete(db));
  return lists;
}

/** Called after a watchlist changes, so the next batch matches with it. */
export function forgetWatchlists(db: Executor): void {
  cache.delete(db);
}

/** Matches a title and body against the watchlists; `at` (ISO date) says which names were official then. */
export function relevanceOf(lists: CompiledList[], title: string, body: string, at: string | null): Relevance {
  const docs: [ItemMatch['field'], IndexedText][] = [
    ['title', indexText(title)],
    ['body', indexText(body)],
  ];
  const matches: ItemMatch[] = [];
  const ids = new Set<string>();
  for (const list of lists) {
    for (const [field, doc] of docs) {
      if (list.watch) {
        for (const hit of list.watch.find(doc, at ?? undefined)) {
          for (const h of hit.hits) matches.push({ watchlistId: list.id, termId: hit.termId, label: hit.label, field, start: h.start, end: h.end, current: hit.current });
          if (hit.hits.length) ids.add(list.id);
        }
      } else if (list.query) {
        const r = matchQuery(list.query, doc);
        if (r.matched) {
          ids.add(list.id);
          for (const h of r.hits) matches.push({ watchlistId: list.id, termId: null, label: list.name, field, start: h.start, end: h.end });
        }
      }
    }
  }
  // a query may need its terms across title and body (AND): try the two together when neither matched alone
  for (const list of lists) {
    if (!list.query || ids.has(list.id)) continue;
    const joined = `${title}\n${body}`;
    const r = matchQuery(list.query, indexText(joined));
    if (!r.matched) continue;
    ids.add(list.id);
    for (const h of r.hits) {
      const inTitle = h.end <= title.length;
      const offset = inTitle ? 0 : title.length + 1;
      if (!inTitle && h.start < offset) continue;
      matches.push({ watchlistId: list.id, termId: null, label: list.name, field: inTitle ? 'title' : 'body', start: h.start - offset, end: h.end - offset });
    }
  }
  return { relevant: ids.size > 0, matches, watchlistIds: [...ids] };
}
