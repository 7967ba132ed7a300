import { asc } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { indexText, matchQuery, parseQuery, Watchlist, type QueryNode } from '../../platform/text-query';
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
  if (hit && performance.now() - hit.at < WATCH_TTL_MS) return hit.lists;
  const lists = loadWatchlists(db);
  cache.set(db, { at: performance.now(), lists });
  lists.catch(() => cache.delete(db));
  return lists;
}

/** Called after a watchlist changes, so the next batch matches with it. */
export function forgetWatchlists(db: Executor): void {
  cache.delete(db);
}

/** Title and body are indexed as one text, separated by a blank line so that no phrase runs from one into the other. */
const SEPARATOR = '\n\n';

/** Matches a title and body against the watchlists; `at` (ISO date) says which names were official then. */
export function relevanceOf(lists: CompiledList[], title: string, body: string, at: string | null): Relevance {
  // one index of the whole text (indexing is most of the cost of an article), hits mapped back to their field
  const doc = indexText(`${title}${SEPARATOR}${body}`);
  const bodyStart = title.length + SEPARATOR.length;
  const matches: ItemMatch[] = [];
  const ids = new Set<string>();
  const place = (start: number, end: number): Pick<ItemMatch, 'field' | 'start' | 'end'> | null =>
    end <= title.length ? { field: 'title', start, end } : start >= bodyStart ? { field: 'body', start: start - bodyStart, end: end - bodyStart } : null;
  for (const list of lists) {
    if (list.watch) {
      const hits: TermHit[] = [];
      let isFound = false;
      for (const hit of list.watch.find(doc, at ?? undefined)) {
        if (hit.hits.length) isFound = true;
        for (const h of hit.hits) {
          const where = place(h.start, h.end);
          if (where) hits.push({ match: { watchlistId: list.id, termId: hit.termId, label: hit.label, ...where, current: hit.current }, start: h.start, end: h.end });
        }
      }
      const kept = hits.length > 1 ? ownHits(hits) : hits;
      for (const h of kept) matches.push(h.match);
      if (isFound) ids.add(list.id);
    } else if (list.query) {
      const r = matchQuery(list.query, doc);
      if (!r.matched) continue;
      ids.add(list.id);
      for (const h of r.hits) {
        const where = place(h.start, h.end);
        if (where) matches.push({ watchlistId: list.id, termId: null, label: list.name, ...where });
      }
    }
  }
  return { relevant: ids.size > 0, matches, watchlistIds: [...ids] };
}

/** A term's hit with its offsets in the indexed text (title, separator, body). */
interface TermHit {
  match: ItemMatch;
  start: number;
  end: number;
}

/**
 * The hits of one list that keep their words. Words two names of the list share belong to one of them: the longer
 * name ("UBND tỉnh Yên Bái" over the "UBND tỉnh" inside it) and, for the very same words ("UBND tỉnh", of Yên Bái
 * until 2025 and of Lào Cai since), the name in force on the article's day. Other lists keep their own hits: a place
 * list still counts "Lào Cai" inside an agency list's longer name. One sort and one sweep: a feed of thousands of
 * repeated names stays n log n, not quadratic.
 */
function ownHits(hits: TermHit[]): TermHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const covered = new Set<TermHit>();
  let maxEndBefore = -1; // the furthest end of the hits starting before the current one
  let groupStart = -1;
  let groupMaxEnd = -1; // the furthest end of the hits starting where the current one does, seen so far
  for (const h of sorted) {
    if (h.start !== groupStart) {
      maxEndBefore = Math.max(maxEndBefore, groupMaxEnd);
      groupStart = h.start;
      groupMaxEnd = -1;
    }
    if (maxEndBefore >= h.end || groupMaxEnd > h.end) covered.add(h);
    groupMaxEnd = Math.max(groupMaxEnd, h.end);
  }
  const inForce = new Set(hits.filter((h) => h.match.current !== false).map((h) => `${h.start}:${h.end}`));
  return hits.filter((h) => !covered.has(h) && !(h.match.current === false && inForce.has(`${h.start}:${h.end}`)));
}
