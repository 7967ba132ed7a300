/**
 * Word similarity of two texts: 2·LCS / (|a| + |b|) over lower-cased word tokens, with cheap upper bounds
 * (length ratio, shared-word count) to skip hopeless pairs.
 */
import { tokenize } from '../../../platform/text';
import { editDistance } from './myers';

/** Work cap for one exact comparison: (N+M)·D steps. */
const MAX_WORK = 20_000_000;

/** A text prepared for comparisons: word ids in order and sorted. */
export interface WordSeq {
  ids: Int32Array;
  sorted: Int32Array;
}

/** Interns words to integers so that sequences compare quickly; one vocabulary per comparison session. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();

  /** Tokenises `text` (lower-cased Vietnamese syllables, numbers, codes) into a word sequence. */
  seq(text: string): WordSeq {
    const words = tokenize(text.toLowerCase());
    const ids = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const w = words[i] ?? '';
      let id = this.ids.get(w);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(w, id);
      }
      ids[i] = id;
    }
    return { ids, sorted: ids.slice().sort() };
  }
}

/** Upper bound of `similarity` from lengths alone. */
export function lengthBound(a: WordSeq, b: WordSeq): number {
  const total = a.ids.length + b.ids.length;
  return total === 0 ? 1 : (2 * Math.min(a.ids.length, b.ids.length)) / total;
}

/** Upper bound of `similarity` from the shared words regardless of order (bag-of-words Dice). */
export function bagSimilarity(a: WordSeq, b: WordSeq): number {
  const total = a.ids.length + b.ids.length;
  if (total === 0) return 1;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.sorted.length && j < b.sorted.length) {
    const x = a.sorted[i] ?? 0;
    const y = b.sorted[j] ?? 0;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * common) / total;
}

/** 2·LCS / (|a| + |b|) in 0..1 (1 for two empty texts); falls back to the bag-of-words bound when too costly. */
export function similarity(a: WordSeq, b: WordSeq): number {
  const total = a.ids.length + b.ids.length;
  if (total === 0) return 1;
  const maxD = Math.max(1, Math.floor(MAX_WORK / total));
  const d = editDistance(a.ids, b.ids, maxD);
  if (d === null) return Math.min(bagSimilarity(a, b), (total - maxD) / total);
  return (total - d) / total;
}
