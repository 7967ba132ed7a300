/**
 * Vietnamese sentiment for monitoring (issue 14): a seed lexicon with rules (negation, intensifiers, contrast,
 * concession, questions, hedges; text typed without accents or in teen code is read too) feeding a small
 * multinomial logistic regression over lexicon features and syllable uni/bigrams, kept as JSON and retrained from
 * reviewers' corrections. Pure functions, no database. Import from 'src/platform/sentiment' only.
 */
import defaultModelJson from './default-model.json';
import { checkSentimentModel, scoreWith, type Sentiment, type SentimentModel, type SentimentResult } from './model';
import { evaluateWith, type Evaluation, type LabelledText } from './train';

export { SENTIMENTS, MODEL_VERSION, lexiconModel, checkSentimentModel, type Sentiment, type SentimentModel, type SentimentResult } from './model';
export { trainSentiment, type TrainOptions, type LabelledText, type Evaluation } from './train';
export { seedLexicon } from './lexicon';
export { loadSentimentCorpus, type CorpusText } from './corpus';

/**
 * The shipped model: the seed lexicon plus weights trained on the train split of the evaluation set
 * (regenerate with `npx tsx src/platform/sentiment/build-default-model.ts`; a test checks it is up to date).
 */
export const DEFAULT_MODEL: SentimentModel = checkSentimentModel(defaultModelJson);

/** Label, score (−1 … 1), confidence and the phrases that decided, for one text. */
export function scoreSentiment(text: string, model: SentimentModel = DEFAULT_MODEL): SentimentResult {
  return scoreWith(model, text);
}

/** Accuracy, macro-F1 and confusion matrix (truth → predicted) of `model` on labelled texts. */
export function evaluate(model: SentimentModel, examples: LabelledText[]): Evaluation {
  return evaluateWith((text) => scoreWith(model, text).label, examples);
}


