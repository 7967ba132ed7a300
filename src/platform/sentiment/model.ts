/**
 * The linear model: a multinomial logistic regression over the lexicon features and syllable uni/bigrams, kept as
 * plain JSON (it is stored in the database when reviewers retrain it).
 */
import { analyse, type Analysis } from './analyse';
import { seedLexicon } from './lexicon';

export type Sentiment = 'positive' | 'neutral' | 'negative';

/** Class order of every weight triple. */
export const SENTIMENTS: readonly Sentiment[] = ['positive', 'neutral', 'negative'];

/** A JSON-serialisable model. Weight triples are in SENTIMENTS order. */
export interface SentimentModel {
  /** The owner's version number (MODEL_VERSION for a model built here; the store may renumber): not read by scoring. */
  version: number;
  /** Lexicon phrase (with accents) → weight (about −3 … 3). */
  lexicon: Record<string, number>;
  bias: [number, number, number];
  /** Feature → per-class weights: dense features ("lex+", "neg", …), "u:<syllable>", "b:<syllable>_<syllable>". */
  weights: Record<string, [number, number, number]>;
}

export interface SentimentResult {
  label: Sentiment;
  /** P(positive) − P(negative), −1 … 1. */
  score: number;
  /** Probability of the label, 0 … 1. */
  confidence: number;
  /** The phrases that decided, strongest first (lexicon hits after the rules, then the model's strongest syllables). */
  cues: { text: string; weight: number }[];
}

export const MODEL_VERSION = 1;

/**
 * The lexicon-only model: the dense lexicon sums decide, nothing learnt. It is the starting point of training and
 * the baseline the benchmark reports.
 */
export function lexiconModel(lexicon: Record<string, number> = seedLexicon()): SentimentModel {
  return {
    version: MODEL_VERSION,
    lexicon,
    bias: [0, 0.8, 0],
    weights: { 'lex+': [1.6, 0, -1], 'lex-': [-1, 0, 1.6] },
  };
}

/** Returns `value` typed as a model when it has a model's shape (a stored JSON), throws otherwise. */
export function checkSentimentModel(value: unknown): SentimentModel {
  const m = value as Partial<SentimentModel> | null;
  const isTriple = (w: unknown) => Array.isArray(w) && w.length === 3 && w.every((x) => typeof x === 'number' && Number.isFinite(x));
  const ok =
    m !== null &&
    typeof m === 'object' &&
    typeof m.version === 'number' &&
    typeof m.lexicon === 'object' &&
    m.lexicon !== null &&
    Object.values(m.lexicon).every((w) => typeof w === 'number' && Number.isFinite(w)) &&
    isTriple(m.bias) &&
    typeof m.weights === 'object' &&
    m.weights !== null &&
    Object.values(m.weights).every(isTriple);
  if (!ok) throw new Error('not a sentiment model: expected { version, lexicon, bias[3], weights{feature: [3 numbers]} }');
  return m as SentimentModel;
}

/** Class probabilities for an analysed text. */
export function probabilities(model: SentimentModel, a: Analysis): [number, number, number] {
  const z: [number, number, number] = [...model.bias];
  for (const [name, value] of Object.entries(a.dense)) {
    const w = model.weights[name];
    if (w && value !== 0) for (let c = 0; c < 3; c++) z[c]! += w[c]! * value;
  }
  for (const g of new Set(a.grams)) {
    const w = model.weights[g];
    if (w) for (let c = 0; c < 3; c++) z[c]! += w[c]!;
  }
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e[0]! + e[1]! + e[2]!;
  return [e[0]! / sum, e[1]! / sum, e[2]! / sum];
}

const MAX_CUES = 8;
/** An n-gram is named as a cue when it moves the positive-minus-negative logit at least this much. */
const GRAM_CUE_MIN = 0.4;

/** Scores one text. */
export function scoreWith(model: SentimentModel, text: string): SentimentResult {
  const a = analyse(text, model.lexicon);
  const p = probabilities(model, a);
  let best = 0;
  for (let c = 1; c < 3; c++) if (p[c]! > p[best]!) best = c;
  const normal = text.normalize('NFC');
  const cues: { text: string; weight: number; start: number; end: number }[] = a.hits.map((h) => ({ text: normal.slice(h.start, h.end), weight: round(h.weight), start: h.start, end: h.end }));
  const grams: { text: string; weight: number; start: number; end: number }[] = [];
  for (const [g, [start, end]] of a.gramSpans) {
    const w = model.weights[g];
    if (!w) continue;
    const push = w[0] - w[2];
    if (Math.abs(push) >= GRAM_CUE_MIN) grams.push({ text: normal.slice(start, end), weight: round(push), start, end });
  }
  grams.sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));
  for (const g of grams) {
    if (cues.length >= MAX_CUES) break;
    if (!cues.some((c) => c.start < g.end && g.start < c.end)) cues.push(g);
  }
  cues.sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));
  return {
    label: SENTIMENTS[best]!,
    score: round(p[0] - p[2], 4),
    confidence: round(p[best]!, 4),
    cues: cues.slice(0, MAX_CUES).map(({ text: t, weight }) => ({ text: t, weight })),
  };
}

function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
