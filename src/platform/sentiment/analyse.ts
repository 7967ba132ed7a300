/**
 * From text to features: syllables (teen code expanded), the lexicon scan with its rules (negation, intensifiers,
 * contrast and concession, questions, hedges), and the syllable uni/bigrams the linear model reads.
 */
import { fold, nfc, toneKey } from '../text';
import { CONCESSIVE, LOOSE_SINGLES, CONTRAST, HEDGES, INTENSIFIERS_AFTER, INTENSIFIERS_BEFORE, NEGATORS, QUESTION_WORDS, TEEN_CODE } from './lexicon';

interface Token {
  /** Tone-placement-free key of the standard form (accents kept). */
  tone: string;
  /** The same without accents. */
  fold: string;
  /** The whole text was typed without accents: a syllable may stand for any accented one sharing its letters. */
  isLoose: boolean;
  start: number;
  end: number;
  clause: number;
  /** How many contrast words ("nhưng", "tuy nhiên") came before it. */
  contrast: number;
}

/** A lexicon phrase found in the text, with its weight after the rules and the stretch that decided it. */
export interface LexiconHit {
  start: number;
  end: number;
  weight: number;
}

export interface Analysis {
  hits: LexiconHit[];
  /** Dense features (lexicon sums squashed to ±3, rule flags) then sparse n-gram features, all of value 1. */
  dense: Record<string, number>;
  grams: string[];
  /** Offsets of each n-gram feature's first occurrence (for cues). */
  gramSpans: Map<string, [number, number]>;
}

/** Negation reaches this many syllables ahead, inside its clause. */
const NEGATION_WINDOW = 3;
const NEGATED_FACTOR = -0.7;
/** "không quá tệ": a negated intensifier softens instead of flipping hard. */
const NEGATED_INTENSIFIER_FACTOR = -0.35;
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
const CONCESSIVE_FACTOR = 0.5;
const QUESTION_FACTOR = 0.7;
const HEDGE_FACTOR = 0.7;
const MAX_PHRASE = 5;

const WORD_OR_BREAK = /[\p{L}\p{M}\p{N}]+|[.;:!?…\n]+|,/gu;
const IS_WORD = /^[\p{L}\p{M}\p{N}]/u;
/** Rule words whose unaccented spelling is a different common word ("cha" father, "song" river, "a", "ha"). */
const AMBIGUOUS_PLAIN = new Set(['cha', 'cho', 'dung', 'song', 'du', 'tuy', 'a', 'ha', 'nghi', 'cuc', 'hon', 'dau', 'that', 'nhat', 'ghe', 'han', 'lam', 'qua']);

type Phrase = { tone: string[]; fold: string[] };
const phrases = (list: readonly string[]): Phrase[] =>
  list.map((p) => ({ tone: p.split(' ').map((s) => toneKey(s)), fold: p.split(' ').map((s) => fold(s)) })).sort((a, b) => b.tone.length - a.tone.length);
const NEGATOR_PHRASES = phrases(NEGATORS);
const CONTRAST_PHRASES = phrases(CONTRAST);
const CONCESSIVE_PHRASES = phrases(CONCESSIVE);
const HEDGE_PHRASES = phrases(HEDGES);
const QUESTION_PHRASES = phrases(QUESTION_WORDS);
const BEFORE = Object.entries(INTENSIFIERS_BEFORE).map(([p, f]) => ({ ...phrases([p])[0]!, factor: f })).sort((a, b) => b.tone.length - a.tone.length);
const AFTER = Object.entries(INTENSIFIERS_AFTER).map(([p, f]) => ({ ...phrases([p])[0]!, factor: f })).sort((a, b) => b.tone.length - a.tone.length);
const TEEN: Map<string, string[]> = new Map(Object.entries(TEEN_CODE).map(([k, v]) => [k, v.split(' ')]));

/** Lexicon lookup tables derived once per lexicon object. */
export interface LexiconIndex {
  byTone: Map<string, number>;
  byFold: Map<string, number>;
}

const indexes = new WeakMap<Record<string, number>, LexiconIndex>();

/** The lookup tables of a lexicon (accented keys, and unaccented keys for text typed without accents). */
export function lexiconIndex(lexicon: Record<string, number>): LexiconIndex {
  let index = indexes.get(lexicon);
  if (index) return index;
  const byTone = new Map<string, number>();
  const folded = new Map<string, number[]>();
  for (const [phrase, weight] of Object.entries(lexicon)) {
    const syllables = nfc(phrase).toLowerCase().split(/\s+/).filter(Boolean);
    if (syllables.length === 0 || syllables.length > MAX_PHRASE) continue;
    byTone.set(syllables.map((s) => toneKey(s)).join(' '), weight);
    const key = syllables.map(fold).join(' ');
    folded.set(key, [...(folded.get(key) ?? []), weight]);
  }
  // an unaccented spelling shared by phrases of opposite sign says nothing; otherwise the mean
  const byFold = new Map<string, number>();
  for (const [key, weights] of folded) {
    if (weights.some((w) => w > 0) && weights.some((w) => w < 0)) continue;
    byFold.set(key, weights.reduce((a, b) => a + b, 0) / weights.length);
  }
  index = { byTone, byFold };
  indexes.set(lexicon, index);
  return index;
}

/** Below this share of syllables carrying a diacritic, a text is taken as typed without accents. */
const ACCENTED_SHARE = 0.15;

function tokensOf(text: string): { tokens: Token[]; questionClauses: Set<number>; exclaims: boolean; isFolded: boolean } {
  const tokens: Token[] = [];
  // the last token before each "?" (its clause is known only once contrast words have shifted the clauses)
  const askedAfter: number[] = [];
  let clause = 0;
  let exclaims = false;
  let accented = 0;
  let words = 0;
  for (const m of text.matchAll(WORD_OR_BREAK)) {
    const s = m[0];
    if (!IS_WORD.test(s)) {
      if (s.includes('?') && tokens.length > 0) askedAfter.push(tokens.length - 1);
      if (s.includes('!')) exclaims = true;
      clause++;
      continue;
    }
    const lower = s.toLowerCase();
    words++;
    if (fold(lower) !== lower) accented++;
    const standard = TEEN.get(lower) ?? [lower];
    for (const syllable of standard) {
      const tone = toneKey(syllable);
      const folded = fold(syllable);
      tokens.push({ tone, fold: folded, isLoose: false, start: m.index, end: m.index + s.length, clause, contrast: 0 });
    }
  }
  // A contrast word opens a new clause that outweighs what came before. Detection reads the clauses of the tokens
  // from i on before any of them is shifted, so its same-clause test stays consistent.
  let shift = 0;
  let contrast = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (phraseAt(tokens, i, CONTRAST_PHRASES) > 0) {
      shift++;
      contrast++;
    }
    tokens[i]!.clause += shift;
    tokens[i]!.contrast = contrast;
  }
  const questionClauses = new Set(askedAfter.map((k) => tokens[k]!.clause));
  const isFolded = words > 0 && accented / words < ACCENTED_SHARE;
  if (isFolded) for (const t of tokens) t.isLoose = true;
  return { tokens, questionClauses, exclaims, isFolded };
}

function sameSyllable(t: Token, tone: string, folded: string): boolean {
  return t.tone === tone || (t.isLoose && t.fold === folded && !AMBIGUOUS_PLAIN.has(folded));
}

/** Length of the longest phrase of `list` starting at token i, 0 if none. */
function phraseAt(tokens: Token[], i: number, list: readonly Phrase[]): number {
  for (const p of list) {
    if (i + p.tone.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < p.tone.length && ok; k++) ok = sameSyllable(tokens[i + k]!, p.tone[k]!, p.fold[k]!) && tokens[i + k]!.clause === tokens[i]!.clause;
    if (ok) return p.tone.length;
  }
  return 0;
}

/** The first phrase of `list` starting at token i (same clause), with its factor. */
function phraseFactorAt(tokens: Token[], i: number, list: readonly (Phrase & { factor: number })[]): { length: number; factor: number } | null {
  if (i >= tokens.length) return null;
  for (const p of list) if (phraseAt(tokens, i, [p]) === p.tone.length) return { length: p.tone.length, factor: p.factor };
  return null;
}

/** Length of a phrase of `list` ending just before token `end` (same clause), with its factor. */
function phraseBefore(tokens: Token[], end: number, list: readonly (Phrase & { factor: number })[]): { length: number; factor: number } | null {
  for (const p of list) {
    const i = end - p.tone.length;
    if (i < 0 || tokens[i]!.clause !== tokens[end]?.clause) continue;
    if (phraseAt(tokens, i, [p]) === p.tone.length) return { length: p.tone.length, factor: p.factor };
  }
  return null;
}

/** Longest lexicon phrase at token i: its length and weight. */
function lexiconAt(tokens: Token[], i: number, index: LexiconIndex): { length: number; weight: number } | null {
  const limit = Math.min(MAX_PHRASE, tokens.length - i);
  let toneKeyStr = '';
  let foldKey = '';
  let best: { length: number; weight: number } | null = null;
  for (let n = 1; n <= limit; n++) {
    const t = tokens[i + n - 1]!;
    if (t.clause !== tokens[i]!.clause) break;
    toneKeyStr += (n > 1 ? ' ' : '') + t.tone;
    foldKey += (n > 1 ? ' ' : '') + t.fold;
    // unaccented single syllables are too ambiguous ("ban" = ban, bạn, bán, bẩn) unless listed as safe
    const weight = index.byTone.get(toneKeyStr) ?? (t.isLoose && (n > 1 || LOOSE_SINGLES.has(foldKey)) ? index.byFold.get(foldKey) : undefined);
    if (weight !== undefined) best = { length: n, weight };
  }
  return best;
}

/** Squashes a sum of lexicon weights into ±3 so a long article does not dwarf the other features. */
function squash(x: number): number {
  return 3 * Math.tanh(x / 3);
}

/** Analyses `text` against `lexicon`. */
export function analyse(text: string, lexicon: Record<string, number>): Analysis {
  const normal = nfc(text);
  const index = lexiconIndex(lexicon);
  const { tokens, questionClauses, exclaims } = tokensOf(normal);
  const maxContrast = tokens.length ? tokens[tokens.length - 1]!.contrast : 0;
  const hedgedClauses = new Set<number>();
  const concessiveClauses = new Set<number>();
  let hasNegation = false;
  for (let i = 0; i < tokens.length; i++) {
    if (phraseAt(tokens, i, HEDGE_PHRASES)) hedgedClauses.add(tokens[i]!.clause);
    if (phraseAt(tokens, i, QUESTION_PHRASES)) questionClauses.add(tokens[i]!.clause);
    if (phraseAt(tokens, i, CONCESSIVE_PHRASES) && (i === 0 || tokens[i - 1]!.clause !== tokens[i]!.clause)) concessiveClauses.add(tokens[i]!.clause);
  }
  const hits: LexiconHit[] = [];
  const grams: string[] = [];
  const gramSpans = new Map<string, [number, number]>();
  let negationEnd = -1;
  let negationClause = -1;
  let negatorFirst = 0;
  let negatorLast = -1;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const inScope = i <= negationEnd && t.clause === negationClause;
    const found = lexiconAt(tokens, i, index);
    if (found) {
      let weight = found.weight;
      let start = t.start;
      let end = tokens[i + found.length - 1]!.end;
      const before = phraseBefore(tokens, i, BEFORE);
      // "không quá tệ": the negator sits right before the intensifier, which then softens instead of strengthening
      const isNegatedIntensifier = inScope && before !== null && negatorLast === i - before.length - 1;
      if (before) {
        weight *= isNegatedIntensifier ? 1 : before.factor;
        start = tokens[i - before.length]!.start;
      }
      const after = before ? null : phraseFactorAt(tokens, i + found.length, AFTER);
      if (after) {
        weight *= after.factor;
        end = tokens[i + found.length + after.length - 1]!.end;
      }
      if (inScope) {
        weight *= isNegatedIntensifier ? NEGATED_INTENSIFIER_FACTOR : NEGATED_FACTOR;
        start = Math.min(start, tokens[negatorFirst]!.start);
      }
      if (maxContrast > 0) weight *= t.contrast === maxContrast ? AFTER_CONTRAST : BEFORE_CONTRAST;
      if (concessiveClauses.has(t.clause)) weight *= CONCESSIVE_FACTOR;
      if (questionClauses.has(t.clause)) weight *= QUESTION_FACTOR;
      if (hedgedClauses.has(t.clause)) weight *= HEDGE_FACTOR;
      if (weight !== 0) hits.push({ start, end, weight });
      for (let k = 0; k < found.length; k++) pushGrams(tokens, i + k, inScope, grams, gramSpans);
      i += found.length;
      continue;
    }
    const negator = phraseAt(tokens, i, NEGATOR_PHRASES);
    if (negator) {
      hasNegation = true;
      negatorFirst = i;
      negatorLast = i + negator - 1;
      negationEnd = negatorLast + NEGATION_WINDOW;
      negationClause = t.clause;
      for (let k = 0; k < negator; k++) pushGrams(tokens, i + k, false, grams, gramSpans);
      i += negator;
      continue;
    }
    pushGrams(tokens, i, inScope, grams, gramSpans);
    i++;
  }
  let positive = 0;
  let negative = 0;
  for (const h of hits) {
    if (h.weight > 0) positive += h.weight;
    else negative -= h.weight;
  }
  const dense: Record<string, number> = {
    'lex+': squash(positive),
    'lex-': squash(negative),
    'lex0': hits.length === 0 ? 1 : 0,
    'neg': hasNegation ? 1 : 0,
    'question': questionClauses.size > 0 ? 1 : 0,
    'hedge': hedgedClauses.size > 0 ? 1 : 0,
    'contrast': maxContrast > 0 ? 1 : 0,
    'exclaim': exclaims ? 1 : 0,
  };
  return { hits, dense, grams, gramSpans };
}

/** The unigram of token i (marked "!" inside a negation) and the bigram it starts within its clause. */
function pushGrams(tokens: Token[], i: number, isNegated: boolean, grams: string[], spans: Map<string, [number, number]>): void {
  const t = tokens[i]!;
  const key = /^\d/.test(t.fold) ? '#' : t.fold;
  const uni = `u:${isNegated ? '!' : ''}${key}`;
  grams.push(uni);
  if (!spans.has(uni)) spans.set(uni, [t.start, t.end]);
  const next = tokens[i + 1];
  if (next && next.clause === t.clause) {
    const bi = `b:${key}_${/^\d/.test(next.fold) ? '#' : next.fold}`;
    grams.push(bi);
    if (!spans.has(bi)) spans.set(bi, [t.start, next.end]);
  }
}
