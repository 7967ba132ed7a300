/**
 * Comparing two versions of a draft article by article: articles are matched by number first; an article
 * whose content reappears (similarity ≥ 0.9) under another number while its own number now holds something
 * else is reported as renumbered (e.g. a new Điều 2 shifts the old 2 to 3).
 */
import { articleBody, articleText } from './article-text';
import { bagSimilarity, lengthBound, similarity, Vocabulary, type WordSeq } from './similarity';
import type { ArticleDiff, DraftDocument, DraftNode } from './types';
import { diffWords } from './word-diff';

/** Minimum similarity for matching an article to one with another number. */
export const RENUMBER_THRESHOLD = 0.9;
/** Head start of a same-number pair over pairs with other numbers ("match by number first"). */
const SAME_NUMBER_BONUS = 0.1;

interface Prepared {
  node: DraftNode;
  index: number;
  text: string;
  body: string;
  words: WordSeq;
}

interface Pair {
  before: number;
  after: number;
  similarity: number;
  score: number;
  sameNumber: boolean;
}

/** Article-level differences from `before` to `after`, in the order of the newer version (removed ones at their old place). */
export function diffDrafts(before: DraftDocument, after: DraftDocument): ArticleDiff[] {
  const vocab = new Vocabulary();
  const prepare = (node: DraftNode, index: number): Prepared => {
    const body = articleBody(node);
    return { node, index, text: articleText(node), body, words: vocab.seq(body) };
  };
  const olds = before.articles.map(prepare);
  const news = after.articles.map(prepare);
  const oldMatch = new Map<number, Pair>();
  const newMatch = new Map<number, Pair>();
  const take = (p: Pair): void => {
    oldMatch.set(p.before, p);
    newMatch.set(p.after, p);
  };
  for (const p of identicalPairs(olds, news)) take(p);
  const pairs = candidatePairs(
    olds.filter((o) => !oldMatch.has(o.index)),
    news.filter((n) => !newMatch.has(n.index)),
  );
  pairs.sort((p, q) => q.score - p.score || Number(q.sameNumber) - Number(p.sameNumber) || Math.abs(p.before - p.after) - Math.abs(q.before - q.after));
  for (const p of pairs) if (!oldMatch.has(p.before) && !newMatch.has(p.after)) take(p);
  const out: ArticleDiff[] = [];
  const removedAfter = placeRemoved(olds.length, oldMatch);
  const emitRemoved = (key: number): void => {
    for (const i of removedAfter.get(key) ?? []) {
      const o = olds[i];
      if (o !== undefined) out.push(removed(o));
    }
  };
  emitRemoved(-1);
  for (const n of news) {
    const p = newMatch.get(n.index);
    const o = p === undefined ? undefined : olds[p.before];
    if (p === undefined || o === undefined) out.push(added(n));
    else {
      out.push(matched(o, n, p));
      emitRemoved(p.before);
    }
  }
  return out;
}

/**
 * Articles whose body (title and content) is identical in both versions: same number first, then in document
 * order. An article moved verbatim is recognised even when its old number now holds a similar article.
 */
function identicalPairs(olds: readonly Prepared[], news: readonly Prepared[]): Pair[] {
  const newsByBody = new Map<string, Prepared[]>();
  for (const n of news) newsByBody.set(n.body, [...(newsByBody.get(n.body) ?? []), n]);
  const pairs: Pair[] = [];
  const used = new Set<number>();
  const rest: Prepared[] = [];
  for (const o of olds) {
    const same = newsByBody.get(o.body)?.find((n) => n.node.anchor === o.node.anchor);
    if (same === undefined) rest.push(o);
    else {
      used.add(same.index);
      pairs.push({ before: o.index, after: same.index, similarity: 1, score: 1 + SAME_NUMBER_BONUS, sameNumber: true });
    }
  }
  for (const o of rest) {
    const n = newsByBody.get(o.body)?.find((c) => !used.has(c.index));
    if (n === undefined) continue;
    used.add(n.index);
    pairs.push({ before: o.index, after: n.index, similarity: 1, score: 1, sameNumber: false });
  }
  return pairs;
}

/**
 * Same-number pairs always; pairs across numbers only between articles whose own number now holds something
 * else (similarity below the threshold, or no article with that number) and when similar enough.
 */
function candidatePairs(olds: readonly Prepared[], news: readonly Prepared[]): Pair[] {
  const pairs: Pair[] = [];
  const newByAnchor = new Map(news.map((n) => [n.node.anchor, n]));
  const settledOld = new Set<number>();
  const settledNew = new Set<number>();
  for (const o of olds) {
    const n = newByAnchor.get(o.node.anchor);
    if (n === undefined) continue;
    const sim = similarity(o.words, n.words);
    pairs.push({ before: o.index, after: n.index, similarity: sim, score: sim + SAME_NUMBER_BONUS, sameNumber: true });
    if (sim >= RENUMBER_THRESHOLD) {
      settledOld.add(o.index);
      settledNew.add(n.index);
    }
  }
  for (const o of olds) {
    if (settledOld.has(o.index)) continue;
    for (const n of news) {
      if (settledNew.has(n.index) || o.node.anchor === n.node.anchor || lengthBound(o.words, n.words) < RENUMBER_THRESHOLD) continue;
      if (bagSimilarity(o.words, n.words) < RENUMBER_THRESHOLD) continue;
      const sim = similarity(o.words, n.words);
      if (sim >= RENUMBER_THRESHOLD) pairs.push({ before: o.index, after: n.index, similarity: sim, score: sim, sameNumber: false });
    }
  }
  return pairs;
}

/** For every unmatched old article, the old index of the nearest matched article before it (-1: at the start). */
function placeRemoved(count: number, oldMatch: ReadonlyMap<number, Pair>): Map<number, number[]> {
  const out = new Map<number, number[]>();
  let lastMatched = -1;
  for (let i = 0; i < count; i++) {
    if (oldMatch.has(i)) {
      lastMatched = i;
      continue;
    }
    const list = out.get(lastMatched) ?? [];
    list.push(i);
    out.set(lastMatched, list);
  }
  return out;
}

function matched(o: Prepared, n: Prepared, p: Pair): ArticleDiff {
  const change = !p.sameNumber ? 'renumbered' : o.text === n.text ? 'unchanged' : 'modified';
  return {
    anchor: n.node.anchor,
    previousAnchor: o.node.anchor,
    label: n.node.label,
    change,
    before: o.text,
    after: n.text,
    ops: o.text === n.text ? [{ op: 'equal', text: o.text }] : diffWords(o.text, n.text),
    similarity: p.similarity,
  };
}

function added(n: Prepared): ArticleDiff {
  return { anchor: n.node.anchor, previousAnchor: null, label: n.node.label, change: 'added', before: null, after: n.text, ops: [{ op: 'insert', text: n.text }], similarity: 0 };
}

function removed(o: Prepared): ArticleDiff {
  return { anchor: o.node.anchor, previousAnchor: o.node.anchor, label: o.node.label, change: 'removed', before: o.text, after: null, ops: [{ op: 'delete', text: o.text }], similarity: 0 };
}
