/**
 * Regenerates default-model.json: the lexicon-only model of the seed lexicon trained on the TRAIN split of the
 * evaluation set with the default options (never on the held-out split). Run: npx tsx src/platform/sentiment/build-default-model.ts
 */
import fs from 'node:fs';
import { loadSentimentCorpus } from './corpus';
import { lexiconModel } from './model';
import { trainSentiment } from './train';

/** The shipped model, rebuilt from the sources (the test compares it with the JSON file). */
export function buildDefaultModel() {
  return trainSentiment(loadSentimentCorpus('train'), lexiconModel());
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '\0')) {
  const model = buildDefaultModel();
  fs.writeFileSync(new URL('./default-model.json', import.meta.url), `${JSON.stringify(model)}\n`);
  console.log(`default-model.json: ${Object.keys(model.weights).length} weights, ${Object.keys(model.lexicon).length} lexicon phrases`);
}
