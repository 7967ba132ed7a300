/**
 * Groups the comments of one article that argue the same point in different words: TF-IDF vectors over folded
 * syllable unigrams and bigrams, then one greedy pass in arrival order that puts each comment in the group whose
 * centroid is the most similar (cosine), or starts a new group below the threshold. Deterministic for one order.
 *
 * The cosine with every group's centroid is exact and costs O(comments) per comment: the dot products with earlier
 * comments come from an inverted index, a centroid's dot product is the sum over its members, and its squared norm
 * is kept as members join (|S + v|² = |S|² + 2·v·S + 1 for a unit v).
 */
import { syllablesOf, type TermUse } from './terms';

/** Options of {@link groupComments}. */
export interface GroupingOptions {
  /** Cosine with a group's centroid from which a comment joins it. */
  threshold: number;
  /** In a set of at least `commonFrom` comments, terms used by more than this share of them are left out: they are what the whole article is about, not a point. */
  commonShare: number;
  commonFrom: number;
}

/** The groups of a set of comments: member indices in order, and each comment's cosine with its group's centroid. */
export interface Grouping {
  groups: number[][];
  centrality: Float64Array;
}

interface Vector {
  ids: number[];
  weights: number[];
}

/** Groups `comments` (each its terms, as extractTerms returns them) by the point they make. */
export function groupComments(comments: ReadonlyArray<ReadonlyMap<string, TermUse>>, o: GroupingOptions): Grouping {
  const n = comments.length;
  const vectors = vectorsOf(comments, o);
  const postingsOf: { docs: number[]; weights: number[] }[] = [];
  const groupOf = new Int32Array(n);
  const groups: number[][] = [];
  const groupDot: number[] = [];
  const groupNorm2: number[] = [];
  const scores = new Float64Array(n);
  const touched: number[] = [];
  const touchedGroups: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = vectors[i]!;
    for (let k = 0; k < v.ids.length; k++) {
      const postings = postingsOf[v.ids[k]!];
      if (!postings) continue;
      const w = v.weights[k]!;
      for (let p = 0; p < postings.docs.length; p++) {
        const j = postings.docs[p]!;
        if (scores[j] === 0) touched.push(j);
        scores[j] += w * postings.weights[p]!;
      }
    }
    for (const j of touched) {
      const g = groupOf[j]!;
      if (groupDot[g] === 0) touchedGroups.push(g);
      groupDot[g]! += scores[j]!;
      scores[j] = 0;
    }
    touched.length = 0;
    let best = -1;
    let bestCos = o.threshold;
    for (const g of touchedGroups) {
      const cos = groupDot[g]! / Math.sqrt(groupNorm2[g]!);
      if (cos > bestCos || (cos === bestCos && (best < 0 || g < best))) {
        best = g;
        bestCos = cos;
      }
    }
    const dot = best >= 0 ? groupDot[best]! : 0;
    for (const g of touchedGroups) groupDot[g] = 0;
    touchedGroups.length = 0;
    if (best < 0 || v.ids.length === 0) {
      best = groups.length;
      groups.push([]);
      groupDot.push(0);
      groupNorm2.push(0);
    }
    groups[best]!.push(i);
    groupOf[i] = best;
    groupNorm2[best]! += 2 * dot + (v.ids.length > 0 ? 1 : 0);
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k]!;
      const postings = (postingsOf[id] ??= { docs: [], weights: [] });
      postings.docs.push(i);
      postings.weights.push(v.weights[k]!);
    }
  }
  return { groups, centrality: centralityOf(groups, vectors, n) };
}

/** Unit TF-IDF vectors ((1 + ln tf) × idf) over the unigrams and bigrams of each comment. */
function vectorsOf(comments: ReadonlyArray<ReadonlyMap<string, TermUse>>, o: GroupingOptions): Vector[] {
  const n = comments.length;
  const df = new Map<string, number>();
  for (const terms of comments) for (const key of terms.keys()) if (syllablesOf(key) <= 2) df.set(key, (df.get(key) ?? 0) + 1);
  const common = n >= o.commonFrom ? o.commonShare * n : Infinity;
  const idOf = new Map<string, number>();
  return comments.map((terms) => {
    const ids: number[] = [];
    const weights: number[] = [];
    let norm2 = 0;
    for (const [key, use] of terms) {
      const d = df.get(key);
      if (d === undefined || d > common) continue;
      let id = idOf.get(key);
      if (id === undefined) idOf.set(key, (id = idOf.size));
      const w = (1 + Math.log(use.count)) * (Math.log((1 + n) / (1 + d)) + 1);
      ids.push(id);
      weights.push(w);
      norm2 += w * w;
    }
    const norm = Math.sqrt(norm2) || 1;
    return { ids, weights: weights.map((w) => w / norm) };
  });
}

/** Each comment's cosine with its group's centroid (1 for a comment alone). */
function centralityOf(groups: number[][], vectors: Vector[], n: number): Float64Array {
  const centrality = new Float64Array(n).fill(1);
  for (const members of groups) {
    if (members.length < 2) continue;
    const sum = new Map<number, number>();
    for (const i of members) {
      const v = vectors[i]!;
      for (let k = 0; k < v.ids.length; k++) sum.set(v.ids[k]!, (sum.get(v.ids[k]!) ?? 0) + v.weights[k]!);
    }
    let norm2 = 0;
    for (const x of sum.values()) norm2 += x * x;
    const norm = Math.sqrt(norm2) || 1;
    for (const i of members) {
      const v = vectors[i]!;
      let dot = 0;
      for (let k = 0; k < v.ids.length; k++) dot += v.weights[k]! * sum.get(v.ids[k]!)!;
      centrality[i] = dot / norm;
    }
  }
  return centrality;
}
