/**
 * Key phrases of a set of comments: terms used by at least `minCount` comments, never edged by a stopword, scored by
 * how much more often the set uses them than a background (the article against the round, a group against its
 * article), with shorter phrases folded into a longer one of nearly the same count.
 */
import { fold } from '../text';
import { isStopSyllable } from './stopwords';
import { syllablesOf, type TermUse } from './terms';

/** What a set of comments says of one folded term: how many comments use it, and their writings. */
export interface TermStat {
  comments: number;
  /** Comments where it stands between natural edges at least once. */
  bounded: number;
  forms: Map<string, number>;
}

/** A key phrase: its most frequent accented writing and the number of comments using it. */
export interface KeyPhrase {
  key: string;
  text: string;
  count: number;
  score: number;
  /** Share of its comments where it stands between natural edges (a whole expression, not a cut of a longer one). */
  bounded: number;
}

/** A longer phrase replaces a shorter one inside it only when it stands between natural edges about as often. */
const BOUNDED_TOLERANCE = 0.25;

/** Counts, for a set of comments, the comments using each term (one per comment, however often it repeats). */
export class TermTally {
  readonly stats = new Map<string, TermStat>();
  comments = 0;

  /** Adds one comment's terms. */
  add(terms: ReadonlyMap<string, TermUse>): void {
    this.comments++;
    for (const [key, use] of terms) {
      const stat = this.stats.get(key);
      if (!stat) this.stats.set(key, { comments: 1, bounded: use.bounded ? 1 : 0, forms: new Map([[use.form, 1]]) });
      else {
        stat.comments++;
        if (use.bounded) stat.bounded++;
        stat.forms.set(use.form, (stat.forms.get(use.form) ?? 0) + 1);
      }
    }
  }

  /** Drops the terms fewer than `min` comments use (they can never be a key phrase; frees most of the memory). */
  prune(min: number): void {
    for (const [key, stat] of this.stats) if (stat.comments < min) this.stats.delete(key);
  }
}

const hasAccent = (s: string) => fold(s) !== s.toLowerCase();

/**
 * The writing to show: the most frequent accented one (an accent-less one only when no comment wrote accents),
 * in lowercase unless every comment capitalised it (a name: "Nhà nước", "UBND"), so a phrase that opens a sentence
 * in some comments is not split in two writings.
 */
export function displayForm(forms: ReadonlyMap<string, number>): string {
  const byLower = new Map<string, { n: number; asWritten: Map<string, number> }>();
  for (const [form, n] of forms) {
    const lower = form.toLowerCase();
    const entry = byLower.get(lower) ?? { n: 0, asWritten: new Map<string, number>() };
    entry.n += n;
    entry.asWritten.set(form, n);
    byLower.set(lower, entry);
  }
  let best: string | null = null;
  for (const [lower, entry] of byLower) {
    if (best === null) {
      best = lower;
      continue;
    }
    const current = byLower.get(best)!;
    const [a, b] = [hasAccent(lower) ? 1 : 0, hasAccent(best) ? 1 : 0];
    if (a > b || (a === b && (entry.n > current.n || (entry.n === current.n && lower < best)))) best = lower;
  }
  const chosen = byLower.get(best!)!;
  if (chosen.asWritten.has(best!)) return best!;
  return [...chosen.asWritten].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0];
}

/**
 * True when a term may be a key phrase: neither its first nor its last syllable (as written) is a stopword. The
 * extraction already left out the sure ones; this also decides the accent-less syllables by their folded form.
 */
export function isKeyPhrase(form: string): boolean {
  const syllables = form.toLowerCase().split(' ');
  return !isStopSyllable(syllables[0]!) && !isStopSyllable(syllables[syllables.length - 1]!);
}

/** True when one phrase ends with at least two syllables the other starts with ("mức hỗ trợ học" and "hỗ trợ học nghề"). */
function overlaps(a: readonly string[], b: readonly string[]): boolean {
  const tail = (x: readonly string[], y: readonly string[]) => {
    for (let len = Math.min(x.length, y.length) - 1; len >= 2; len--) {
      let same = true;
      for (let k = 0; k < len && same; k++) same = x[x.length - len + k] === y[k];
      if (same) return true;
    }
    return false;
  };
  return tail(a, b) || tail(b, a);
}

/** Options of {@link rankPhrases}. */
export interface RankOptions {
  /** Comments of the set ranked. */
  size: number;
  /** Comments using a term in the background, and the background's size (it contains the set). */
  background: (key: string) => number;
  backgroundSize: number;
  /** The writing of a term, and the share of its comments where it stands between natural edges. */
  formOf: (key: string) => string;
  boundedShare: (key: string) => number;
  minCount: number;
  top: number;
  /** A phrase inside a longer one used by at least this share of its comments is left out. */
  subsumeRatio: number;
  /** Leaves out any phrase inside a chosen one or around it (a group's label names different things). */
  distinct?: boolean;
}

/**
 * The top phrases of a set of comments from `counts` (term → comments using it). Score: count × ln(1 + lift),
 * lift being the set's rate of use over the background's, so a phrase frequent here and rare elsewhere ranks
 * first and, with no contrast (one article), the most used phrases do; weighted down for one syllable and for a
 * phrase that rarely stands between natural edges.
 */
export function rankPhrases(counts: Iterable<[string, number]>, o: RankOptions): KeyPhrase[] {
  const candidates = new Map<string, KeyPhrase>();
  for (const [key, count] of counts) {
    if (count < o.minCount) continue;
    const text = o.formOf(key);
    if (!isKeyPhrase(text)) continue;
    const rate = count / Math.max(1, o.size);
    const backgroundRate = Math.max(count, o.background(key)) / Math.max(1, o.backgroundSize);
    // one syllable is mostly half a word in Vietnamese ("hỗ", "trợ"): it ranks at half its weight
    // and a cut of a longer expression ranks below a whole one: ×0.5 when it never stands between natural edges
    const bounded = o.boundedShare(key);
    const weight = (syllablesOf(key) === 1 ? 0.5 : 1) * (0.5 + 0.5 * bounded);
    candidates.set(key, { key, text, count, bounded, score: weight * count * Math.log1p(rate / backgroundRate) });
  }
  const subsumed = new Set<string>();
  for (const longer of candidates.values()) {
    const syllables = longer.key.split(' ');
    for (let len = 1; len < syllables.length; len++) {
      for (let i = 0; i + len <= syllables.length; i++) {
        const inner = candidates.get(syllables.slice(i, i + len).join(' '));
        if (inner && longer.count >= o.subsumeRatio * inner.count && longer.bounded >= inner.bounded - BOUNDED_TOLERANCE) subsumed.add(inner.key);
      }
    }
  }
  const ranked = [...candidates.values()]
    .filter((p) => !subsumed.has(p.key))
    .sort((a, b) => b.score - a.score || b.count - a.count || syllablesOf(b.key) - syllablesOf(a.key) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // a phrase sharing two syllables with a better one at its edge is mostly a cut of a longer phrase (five
  // syllables and more are not counted): show the better one only
  const chosen: { phrase: KeyPhrase; syllables: string[] }[] = [];
  for (const phrase of ranked) {
    if (chosen.length >= o.top) break;
    const syllables = phrase.key.split(' ');
    const clashes = (c: { phrase: KeyPhrase; syllables: string[] }) => overlaps(c.syllables, syllables) || (o.distinct === true && (` ${c.phrase.key} `.includes(` ${phrase.key} `) || ` ${phrase.key} `.includes(` ${c.phrase.key} `)));
    if (!chosen.some(clashes)) chosen.push({ phrase, syllables });
  }
  return chosen.map((c) => c.phrase);
}
