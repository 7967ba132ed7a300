/**
 * A comment's terms: syllable n-grams (1 to 4 syllables) that never cross punctuation or a sentence boundary and
 * never start or end with a sure stopword (nor a syllable of a stop phrase or of a reference like "Điều 3").
 *
 * Key of a term: its lowercase syllables, with the tone at one place (toneKey: "hoà" and "hòa" meet). A syllable
 * written without any accent keys as itself ("ho tro"): folding every syllable would count "hồ" (lake, of "hồ sơ")
 * and "hỗ" (of "hỗ trợ") as one, so accent-less terms are merged into their most used accented term per article
 * instead (mergeAccentless).
 */
import { fold, tokenize, toneKey } from '../text';
import { isReferenceTarget, isSureStop, markStopPhrases, REFERENCE_WORDS } from './stopwords';

/**
 * A term of one comment: how often it occurs, how the comment wrote it (its first writing), and whether it once
 * stood between natural edges (a stopword, punctuation or the segment's end on both sides), as a whole expression
 * does, where a cut of a longer one ("hòa giải ở cơ" of "hòa giải ở cơ sở") never does.
 */
export interface TermUse {
  count: number;
  form: string;
  bounded: boolean;
}

/** Longest phrase, in syllables. */
export const MAX_PHRASE_SYLLABLES = 4;

// A sentence or clause ends at . ! ? … ; : , followed by a space (so "1.000" and "1,5" stay whole), at brackets,
// quotes, bullets, line breaks and a dash set off by spaces.
const BOUNDARY = /[.!?…;:,]+(?=\s|$)|[()[\]{}"“”‘’«»<>|\n\r•]+|\s[-–—]+\s?/u;

/** The folded terms of `text` (1 to `maxN` syllables) with their counts and first writing, in order of appearance. */
export function extractTerms(text: string, maxN: number = MAX_PHRASE_SYLLABLES): Map<string, TermUse> {
  const terms = new Map<string, TermUse>();
  for (const segment of text.normalize('NFC').split(BOUNDARY)) {
    const written = tokenize(segment);
    const n = written.length;
    if (n === 0) continue;
    const lower = written.map((w) => w.toLowerCase());
    const folded = lower.map(fold);
    const keys = lower.map((w, k) => (folded[k] === w ? w : toneKey(w)));
    const stop = lower.map(isSureStop);
    markStopPhrases(folded, stop);
    for (let i = 0; i + 1 < n; i++) {
      // "Điều 3", "khoản 2", "điểm a": a reference to the draft, not an argument
      if (REFERENCE_WORDS.has(lower[i]!) && isReferenceTarget(lower[i + 1]!)) stop[i] = stop[i + 1] = true;
    }
    for (let i = 0; i < n; i++) {
      if (stop[i]) continue;
      let key = '';
      let form = '';
      for (let len = 1; len <= maxN && i + len <= n; len++) {
        const j = i + len - 1;
        key = len === 1 ? keys[i]! : `${key} ${keys[j]}`;
        form = len === 1 ? written[i]! : `${form} ${written[j]}`;
        if (stop[j]) continue;
        const bounded = (i === 0 || stop[i - 1]!) && (j === n - 1 || stop[j + 1]!);
        const use = terms.get(key);
        if (use) {
          use.count++;
          use.bounded ||= bounded;
        } else terms.set(key, { count: 1, form, bounded });
      }
    }
  }
  return terms;
}

/** Number of syllables of a folded term. */
export function syllablesOf(key: string): number {
  let n = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) n++;
  return n;
}

/**
 * Counts each accent-less term ("ho tro hoc nghe") as the accented term of the same letters used by the most
 * comments ("hỗ trợ học nghề"), in place; an accent-less term with no accented match stays as it is.
 */
export function mergeAccentless(comments: Map<string, TermUse>[]): void {
  const use = new Map<string, number>();
  for (const terms of comments) for (const key of terms.keys()) use.set(key, (use.get(key) ?? 0) + 1);
  const accentedOf = new Map<string, string>();
  for (const [key, n] of use) {
    const folded = fold(key);
    if (folded === key) continue;
    const best = accentedOf.get(folded);
    if (best === undefined || n > use.get(best)! || (n === use.get(best)! && key < best)) accentedOf.set(folded, key);
  }
  if (accentedOf.size === 0) return;
  for (const terms of comments) {
    for (const [key, term] of terms) {
      const target = accentedOf.get(key);
      if (target === undefined) continue;
      terms.delete(key);
      const existing = terms.get(target);
      if (existing) {
        existing.count += term.count;
        existing.bounded ||= term.bounded;
      }
      else terms.set(target, term);
    }
  }
}
