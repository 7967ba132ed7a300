/**
 * Training (from the seed data or from reviewers' corrections) and evaluation of the linear model.
 */
import { analyse } from './analyse';
import { lexiconModel, probabilities, SENTIMENTS, type Sentiment, type SentimentModel } from './model';

export interface LabelledText {
  text: string;
  label: Sentiment;
}

export interface TrainOptions {
  /** Passes over the examples (default 30). */
  epochs?: number;
  /** Learning rate of the first pass (default 0.2; it decays as 1 / (1 + 0.1 × pass)). */
  rate?: number;
  /** Pull of every weight back towards the base model's (L2; default 0.01). */
  l2?: number;
  /** Seed of the example order (default 1): the same inputs always give the same model. */
  seed?: number;
}

/** Weights smaller than this after training are dropped from the JSON. */
const PRUNE_BELOW = 0.02;

/**
 * Trains from `base` (default: the lexicon-only model of the seed lexicon) on `examples` by stochastic gradient
 * descent on the log loss, with an L2 pull towards `base`'s weights: a handful of reviewers' corrections move the
 * model where they disagree with it without undoing the rest. Deterministic for the same inputs and options.
 * The result keeps `base`'s lexicon: a lexicon changed in code reaches a stored model only by training from
 * `lexiconModel()` (or DEFAULT_MODEL) again.
 */
export function trainSentiment(examples: LabelledText[], base?: SentimentModel, options: TrainOptions = {}): SentimentModel {
  const start = base ?? lexiconModel();
  const epochs = options.epochs ?? 30;
  const rate = options.rate ?? 0.2;
  const l2 = options.l2 ?? 0.01;
  const model: SentimentModel = {
    version: start.version,
    lexicon: start.lexicon,
    bias: [...start.bias],
    weights: Object.fromEntries(Object.entries(start.weights).map(([k, w]) => [k, [...w]])),
  };
  const anchor = start.weights;
  const prepared = examples.map((e) => {
    const a = analyse(e.text, start.lexicon);
    const features: [string, number][] = [...Object.entries(a.dense).filter(([, v]) => v !== 0), ...[...new Set(a.grams)].map((g): [string, number] => [g, 1])];
    return { a, features, y: SENTIMENTS.indexOf(e.label) };
  });
  const order = prepared.map((_, i) => i);
  const random = mulberry32(options.seed ?? 1);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    const lr = rate / (1 + 0.1 * epoch);
    for (const i of order) {
      const ex = prepared[i]!;
      const p = probabilities(model, ex.a);
      const g = p.map((pc, c) => pc - (c === ex.y ? 1 : 0));
      for (let c = 0; c < 3; c++) model.bias[c]! -= lr * g[c]!;
      for (const [name, value] of ex.features) {
        const w = (model.weights[name] ??= [0, 0, 0]);
        const a0 = anchor[name];
        for (let c = 0; c < 3; c++) w[c]! -= lr * (g[c]! * value + l2 * (w[c]! - (a0?.[c] ?? 0)));
      }
    }
  }
  const weights: SentimentModel['weights'] = {};
  for (const [name, w] of Object.entries(model.weights)) {
    if (anchor[name] || Math.max(...w.map(Math.abs)) >= PRUNE_BELOW) weights[name] = [round(w[0]!), round(w[1]!), round(w[2]!)];
  }
  return { version: model.version, lexicon: model.lexicon, bias: [round(model.bias[0]), round(model.bias[1]), round(model.bias[2])], weights };
}

export interface Evaluation {
  accuracy: number;
  macroF1: number;
  /** confusion[truth][predicted] = count. */
  confusion: Record<Sentiment, Record<Sentiment, number>>;
}

/** Accuracy, macro-averaged F1 and the confusion matrix of `model` on `examples`. */
export function evaluateWith(score: (text: string) => Sentiment, examples: LabelledText[]): Evaluation {
  const confusion = Object.fromEntries(SENTIMENTS.map((t) => [t, Object.fromEntries(SENTIMENTS.map((p) => [p, 0]))])) as Record<Sentiment, Record<Sentiment, number>>;
  let correct = 0;
  for (const e of examples) {
    const predicted = score(e.text);
    confusion[e.label][predicted]++;
    if (predicted === e.label) correct++;
  }
  const f1s = SENTIMENTS.map((c) => {
    const tp = confusion[c][c];
    const predicted = SENTIMENTS.reduce((n, t) => n + confusion[t][c], 0);
    const actual = SENTIMENTS.reduce((n, p) => n + confusion[c][p], 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = actual ? tp / actual : 0;
    return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  });
  return { accuracy: examples.length ? correct / examples.length : 0, macroF1: f1s.reduce((a, b) => a + b, 0) / 3, confusion };
}

/** Three decimals; -0 becomes 0 so the model equals its JSON copy. */
function round(x: number): number {
  return Math.round(x * 1000) / 1000 || 0;
}

function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(a: number[], random: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
}
