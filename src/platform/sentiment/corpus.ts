/**
 * The evaluation set written for this project (data/*.tsv): short headlines, lead sentences, posts and comments
 * on a province's affairs, balanced over the three labels and fourteen topics, some typed without accents or in
 * teen code ("variant" rows, kept in the same split as the text they vary). The held-out split is fixed (every
 * fourth text of the original list, with its variants) and the shipped model is never trained on it.
 * Read from the source tree: for tests, the benchmark and build-default-model.ts, not for the server.
 *
 * How the texts were labelled (reviewers correcting the model should follow the same rules):
 * - negative: reports harm, damage, danger, failure, delay, wrongdoing or a complaint, or criticises (a rhetorical
 *   question included: "Bao giờ dân mới hết cảnh lội suối đi học?");
 * - positive: reports success, improvement, help or relief that arrived, praise or thanks, satisfaction;
 * - neutral: announces, schedules, states figures or asks for information without taking a side, even on a
 *   negative topic ("Tỉnh ban hành công điện về ứng phó với bão số 3").
 * Where both appear, the part the text ends on or stresses decides ("tuy hẹp nhưng sạch sẽ" is positive).
 */
import fs from 'node:fs';
import type { Sentiment } from './model';

export interface CorpusText {
  text: string;
  label: Sentiment;
  topic: string;
  /** 'original', or 'variant' for an accent-less / teen-code rewrite of the previous original. */
  kind: 'original' | 'variant';
}

const LABELS = new Set<Sentiment>(['positive', 'neutral', 'negative']);

/** The texts of one split of the evaluation set. */
export function loadSentimentCorpus(split: 'train' | 'heldout'): CorpusText[] {
  const raw = fs.readFileSync(new URL(`./data/${split}.tsv`, import.meta.url), 'utf8');
  return raw
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const [label, topic, kind, text] = line.split('\t');
      if (!LABELS.has(label as Sentiment) || !topic || (kind !== 'original' && kind !== 'variant') || !text) throw new Error(`data/${split}.tsv line ${i + 2} is malformed`);
      return { label: label as Sentiment, topic, kind, text };
    });
}
