/**
 * A text cut into syllables once, so that queries and watchlists compare folded keys instead of running regexes.
 */
import { fold, nfc } from '../text';

/**
 * The syllables of a text: folded keys (lowercase, no accents, đ → d, so tone placement cannot matter) and where
 * each syllable sits in `text`. Build it with `indexText`; treat it as read-only.
 */
export interface IndexedText {
  /** The text the offsets refer to: the input in NFC (store and show that form). */
  text: string;
  /** keys[i] = matching key of syllable i (`syllableKey`: "Hoà" → "hoa", "kỹ" and "kĩ" → "ki"). */
  keys: string[];
  /** starts[i] / ends[i]: syllable i is text.slice(starts[i], ends[i]). */
  starts: number[];
  ends: number[];
  /**
   * joined[i] is true when syllable i and i + 1 are separated only by spaces (at most one line break) or one
   * hyphen: a phrase may run across that gap, never across sentence punctuation, commas, brackets or a blank line.
   */
  joined: boolean[];
  /** Every position of each key, ascending (prefix terms scan the keys, phrases start from a first syllable). */
  positions: Map<string, number[]>;
}

/**
 * A syllable: letters with their marks and digits; digit groups written with "." or "," ("1.000", "3,5") stay
 * one syllable so a number is never split into pieces a query could match on their own.
 */
export const SYLLABLE = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+/gu;

// Spaces (incl. NBSP and zero-width ones) with at most one line break, or one hyphen directly between syllables.
const JOINING_GAP = /^(?:[^\S\n]|[\u200b-\u200d\u2060\ufeff])*\n?(?:[^\S\n]|[\u200b-\u200d\u2060\ufeff])*$|^[-\u2010\u2011]$/u;

/** Cuts `text` (any normalisation form; offsets refer to its NFC form) into indexed syllables. */
export function indexText(text: string): IndexedText {
  const normal = nfc(text);
  const keys: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const joined: boolean[] = [];
  const positions = new Map<string, number[]>();
  let previousEnd = -1;
  for (const m of normal.matchAll(SYLLABLE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (previousEnd !== -1) joined.push(JOINING_GAP.test(normal.slice(previousEnd, start)));
    const key = syllableKey(m[0]);
    const at = keys.length;
    keys.push(key);
    starts.push(start);
    ends.push(end);
    const list = positions.get(key);
    if (list) list.push(at);
    else positions.set(key, [at]);
    previousEnd = end;
  }
  if (keys.length > 0) joined.push(false);
  return { text: normal, keys, starts, ends, joined, positions };
}

const VOWEL_LETTERS = 'aeiouy';

/**
 * The key a syllable is matched on: folded (case, accents, tone placement and đ ignored), and a final "y" after a
 * consonant (or after the "u" of "qu") written "i", because both spellings are in use: kỹ/kĩ, lý/lí, công ty/ti,
 * quy/qui định. "thuỷ", "huy", "ý" keep their "y", which no one writes "i".
 */
export function syllableKey(syllable: string): string {
  const k = fold(syllable);
  const n = k.length;
  if (n < 2 || k.charCodeAt(n - 1) !== 0x79) return k;
  const previous = k[n - 2]!;
  const isConsonant = !VOWEL_LETTERS.includes(previous) || (previous === 'u' && k[n - 3] === 'q' && n === 3);
  return isConsonant ? `${k.slice(0, -1)}i` : k;
}

/** The matching keys of a piece of query or watchlist text ("Yên-Bái" → ["yen", "bai"]). */
export function syllableKeys(s: string): string[] {
  return (nfc(s).match(SYLLABLE) ?? []).map(syllableKey);
}

/** Positions i where keys[i..i+parts.length) equal `parts` (a part ending in a prefix flag matches by prefix) with joined gaps. */
export function phraseStarts(doc: IndexedText, parts: readonly { key: string; prefix: boolean }[]): number[] {
  const first = parts[0];
  if (!first) return [];
  const out: number[] = [];
  for (const i of positionsOf(doc, first.key, first.prefix)) {
    if (i + parts.length > doc.keys.length) continue;
    let ok = true;
    for (let k = 1; k < parts.length && ok; k++) {
      const part = parts[k]!;
      const key = doc.keys[i + k]!;
      ok = doc.joined[i + k - 1] === true && (part.prefix ? matchesPrefix(key, part.key) : key === part.key);
    }
    if (ok) out.push(i);
  }
  return out;
}

/** Ascending positions of a syllable key, or of every key starting with it when `prefix`. */
export function positionsOf(doc: IndexedText, key: string, prefix: boolean): number[] {
  if (!prefix) return doc.positions.get(key) ?? [];
  const out: number[] = [];
  for (const [k, list] of doc.positions) if (matchesPrefix(k, key)) out.push(...list);
  return out.sort((a, b) => a - b);
}

/** A syllable key starts with a typed prefix; "quy*" also finds "quy" itself, whose key is "qui". */
function matchesPrefix(key: string, prefix: string): boolean {
  return key.startsWith(prefix) || key === syllableKey(prefix);
}
