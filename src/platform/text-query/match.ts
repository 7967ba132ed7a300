/**
 * Evaluating a parsed query against an indexed text. Terms and NEAR groups produce occurrences (syllable spans);
 * AND, OR and NOT decide at document level. NOT contributes no hits.
 */
import { phraseStarts, positionsOf, type IndexedText } from './indexed-text';
import type { QueryNode, TermNode } from './parse';

/** A highlighted stretch of the original (NFC) text and the query or watchlist term that produced it. */
export interface Hit {
  start: number;
  end: number;
  term: string;
}

/** Where a term or NEAR group occurs: its first and last syllable and the stretches to highlight. */
interface Occurrence {
  first: number;
  last: number;
  hits: Hit[];
}

/** Stops pathological NEAR pairs ("của NEAR/50 và" on a long article) from growing without bound. */
const MAX_OCCURRENCES = 5000;

/** Whether `doc` satisfies `q`, with the hits of every positive term that took part (ordered by position). */
export function matchQuery(q: QueryNode, doc: IndexedText): { matched: boolean; hits: Hit[] } {
  const result = evaluate(q, doc);
  return { matched: result.matched, hits: result.matched ? result.hits.sort((a, b) => a.start - b.start || a.end - b.end) : [] };
}

function evaluate(node: QueryNode, doc: IndexedText): { matched: boolean; hits: Hit[] } {
  switch (node.kind) {
    case 'and': {
      const hits: Hit[] = [];
      for (const child of node.children) {
        const r = evaluate(child, doc);
        if (!r.matched) return { matched: false, hits: [] };
        hits.push(...r.hits);
      }
      return { matched: true, hits };
    }
    case 'or': {
      const results = node.children.map((c) => evaluate(c, doc)).filter((r) => r.matched);
      return { matched: results.length > 0, hits: results.flatMap((r) => r.hits) };
    }
    case 'not':
      return { matched: !evaluate(node.child, doc).matched, hits: [] };
    default: {
      const found = occurrences(node, doc);
      return { matched: found.length > 0, hits: found.flatMap((o) => o.hits) };
    }
  }
}

/** Occurrences of a span node (term, NEAR, or an OR of those); the parser allows nothing else under NEAR. */
function occurrences(node: QueryNode, doc: IndexedText): Occurrence[] {
  if (node.kind === 'term') return node.slop === null ? phraseOccurrences(node, doc) : slopOccurrences(node, doc, node.slop);
  if (node.kind === 'or') return node.children.flatMap((c) => occurrences(c, doc));
  if (node.kind === 'near') return nearOccurrences(occurrences(node.left, doc), occurrences(node.right, doc), node.distance);
  return [];
}

function phraseOccurrences(term: TermNode, doc: IndexedText): Occurrence[] {
  const n = term.parts.length;
  return phraseStarts(doc, term.parts).map((i) => ({ first: i, last: i + n - 1, hits: [{ start: doc.starts[i]!, end: doc.ends[i + n - 1]!, term: term.text }] }));
}

/**
 * `"a b c"~s`: every syllable present, in any order, inside a window of at most (syllables + s) syllables. A
 * sliding window over the merged positions finds, for each right end, the shortest window holding them all.
 */
function slopOccurrences(term: TermNode, doc: IndexedText, slop: number): Occurrence[] {
  const parts = term.parts;
  const events: { pos: number; part: number }[] = [];
  parts.forEach((p, k) => {
    for (const pos of positionsOf(doc, p.key, p.prefix)) events.push({ pos, part: k });
  });
  events.sort((a, b) => a.pos - b.pos || a.part - b.part);
  const width = parts.length + slop;
  const counts = new Array<number>(parts.length).fill(0);
  const out: Occurrence[] = [];
  let covered = 0;
  let left = 0;
  let lastUsedEnd = -1;
  for (let right = 0; right < events.length; right++) {
    if (counts[events[right]!.part]!++ === 0) covered++;
    while (covered === parts.length) {
      const first = events[left]!.pos;
      const last = events[right]!.pos;
      if (last - first + 1 <= width && needsDistinctSlots(events, left, right, parts.length) && first > lastUsedEnd) {
        const used = pickOnePerPart(events, left, right, parts.length);
        out.push({ first, last, hits: used.map((e) => ({ start: doc.starts[e.pos]!, end: doc.ends[e.pos]!, term: parts[e.part]!.text })) });
        lastUsedEnd = last;
        if (out.length >= MAX_OCCURRENCES) return out;
      }
      if (--counts[events[left]!.part]! === 0) covered--;
      left++;
    }
  }
  return out;
}

/** The window must hold as many distinct syllable positions as there are parts ("lũ lũ"~2 needs two). */
function needsDistinctSlots(events: { pos: number }[], left: number, right: number, parts: number): boolean {
  const seen = new Set<number>();
  for (let k = left; k <= right; k++) seen.add(events[k]!.pos);
  return seen.size >= parts;
}

/** One event per part inside the window, each at a different syllable, first come first served. */
function pickOnePerPart(events: { pos: number; part: number }[], left: number, right: number, parts: number): { pos: number; part: number }[] {
  const byPart = new Map<number, { pos: number; part: number }>();
  const taken = new Set<number>();
  for (let k = left; k <= right; k++) {
    const e = events[k]!;
    if (!byPart.has(e.part) && !taken.has(e.pos)) {
      byPart.set(e.part, e);
      taken.add(e.pos);
    }
  }
  return byPart.size === parts ? [...byPart.values()] : [...new Map(events.slice(left, right + 1).map((e) => [e.part, e])).values()];
}

/** Pairs of non-overlapping occurrences at most `distance` syllables apart (either order). */
function nearOccurrences(left: Occurrence[], right: Occurrence[], distance: number): Occurrence[] {
  const out: Occurrence[] = [];
  const sortedRight = [...right].sort((a, b) => a.first - b.first);
  for (const l of left) {
    for (const r of sortedRight) {
      if (r.first > l.last + distance + 1) break;
      const gap = r.first > l.last ? r.first - l.last - 1 : l.first > r.last ? l.first - r.last - 1 : -1;
      if (gap < 0 || gap > distance) continue;
      out.push({ first: Math.min(l.first, r.first), last: Math.max(l.last, r.last), hits: [...l.hits, ...r.hits] });
      if (out.length >= MAX_OCCURRENCES) return out;
    }
  }
  return out;
}
