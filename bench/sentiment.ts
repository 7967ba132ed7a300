/**
 * Monitoring text benchmark (issue 14, no database): the sentiment model's accuracy and macro-F1 on the held-out
 * split of its evaluation set (with the lexicon-only baseline), its speed on short posts and articles on one core,
 * and the relevance side: a 1,000-term watchlist and saved queries against 1,000-syllable articles.
 */
import { DEFAULT_MODEL, evaluate, lexiconModel, loadSentimentCorpus, scoreSentiment, SENTIMENTS, type CorpusText, type Evaluation } from '../src/platform/sentiment';
import { indexText, matchQuery, parseQuery, Watchlist, type QueryNode, type WatchTerm } from '../src/platform/text-query';
import { runPart } from './lib/drivers';
import { infoRow, round, targetFailure, targetRow, type TargetCheck } from './lib/stats';
import type { Benchmark, BenchReport, Json, RunContext, Section } from './lib/types';

const COLUMNS = ['Measure', 'Figure', 'Target', 'Result'];
const SPEED_PASSES = 3;
const ARTICLES = 200;
const WATCH_TERMS = 1000;

/** Best of SPEED_PASSES passes of `work` over `items`, in items per second (the first pass warms the code up). */
function ratePerSecond<T>(items: readonly T[], work: (item: T) => unknown, repeat = 1): number {
  let best = 0;
  for (let pass = 0; pass < SPEED_PASSES; pass++) {
    const t0 = performance.now();
    for (let r = 0; r < repeat; r++) for (const item of items) work(item);
    best = Math.max(best, (items.length * repeat) / ((performance.now() - t0) / 1000));
  }
  return best;
}

function pct(x: number): string {
  return `${round(x * 100, 1)} %`;
}

function confusionRows(e: Evaluation): string[][] {
  return SENTIMENTS.map((truth) => [`… truth ${truth}: predicted positive / neutral / negative`, SENTIMENTS.map((p) => String(e.confusion[truth][p])).join(' / '), '—', 'info']);
}

function qualitySection(): Section {
  const heldout = loadSentimentCorpus('heldout');
  const train = loadSentimentCorpus('train');
  const shipped = evaluate(DEFAULT_MODEL, heldout);
  const baseline = evaluate(lexiconModel(), heldout);
  const byKind = (kind: CorpusText['kind']) => evaluate(DEFAULT_MODEL, heldout.filter((t) => t.kind === kind));
  const original = byKind('original');
  const variant = byKind('variant');
  const inSample = evaluate(DEFAULT_MODEL, train);
  const count = (label: string) => heldout.filter((t) => t.label === label).length;
  console.log(`  [quality] held-out ${heldout.length} texts: shipped accuracy ${pct(shipped.accuracy)}, macro-F1 ${round(shipped.macroF1, 3)}; lexicon only ${pct(baseline.accuracy)}, ${round(baseline.macroF1, 3)}`);
  const rows = [
    infoRow('Shipped model (lexicon + rules + logistic regression): accuracy / macro-F1 on the held-out split', `${pct(shipped.accuracy)} / ${round(shipped.macroF1, 3)}`),
    infoRow('Lexicon-only baseline (same lexicon and rules, nothing learnt): accuracy / macro-F1', `${pct(baseline.accuracy)} / ${round(baseline.macroF1, 3)}`),
    infoRow(`… shipped on the held-out originals (${heldout.filter((t) => t.kind === 'original').length}) / on their accent-less and teen-code variants (${heldout.filter((t) => t.kind === 'variant').length})`, `${pct(original.accuracy)} / ${pct(variant.accuracy)}`),
    ...confusionRows(shipped),
    infoRow('Held-out split: positive / neutral / negative', `${count('positive')} / ${count('neutral')} / ${count('negative')}`),
    infoRow(`For reference, in-sample (the ${train.length} training texts): accuracy / macro-F1`, `${pct(inSample.accuracy)} / ${round(inSample.macroF1, 3)}`),
  ];
  const data: Json = {
    status: 'ok',
    heldout: heldout.length,
    train: train.length,
    shipped: { accuracy: round(shipped.accuracy, 4), macroF1: round(shipped.macroF1, 4), confusion: shipped.confusion },
    lexiconOnly: { accuracy: round(baseline.accuracy, 4), macroF1: round(baseline.macroF1, 4), confusion: baseline.confusion },
    originals: { accuracy: round(original.accuracy, 4), macroF1: round(original.macroF1, 4) },
    variants: { accuracy: round(variant.accuracy, 4), macroF1: round(variant.macroF1, 4) },
    inSample: { accuracy: round(inSample.accuracy, 4), macroF1: round(inSample.macroF1, 4) },
  };
  return { heading: 'Sentiment quality (held-out split, never trained on)', status: 'ok', columns: COLUMNS, rows, data };
}

function speedSection(failures: string[]): Section {
  const texts = [...loadSentimentCorpus('train'), ...loadSentimentCorpus('heldout')].map((t) => t.text);
  const articles: string[] = [];
  for (let i = 0; i < ARTICLES; i++) articles.push(Array.from({ length: 30 }, (_, k) => texts[(i * 31 + k * 7) % texts.length]).join(' '));
  const syllables = (s: string) => s.split(/\s+/).length;
  const meanPost = texts.reduce((n, t) => n + syllables(t), 0) / texts.length;
  const meanArticle = articles.reduce((n, t) => n + syllables(t), 0) / articles.length;
  process.stdout.write(`  [speed] scoreSentiment on ${texts.length} posts × 10 and ${articles.length} articles … `);
  const posts = ratePerSecond(texts, (t) => scoreSentiment(t), 10);
  const perArticle = ratePerSecond(articles, (t) => scoreSentiment(t));
  console.log(`${Math.round(posts)} posts/s, ${Math.round(perArticle)} articles/s`);
  const checks: TargetCheck[] = [
    { label: `Sentiment of short posts (${round(meanPost, 1)} words on average), one core`, value: Math.round(posts), unit: 'posts/s', op: '≥', limit: 10_000 },
    { label: `Sentiment of articles (${Math.round(meanArticle)} words on average), one core`, value: Math.round(perArticle), unit: 'articles/s', op: '≥', limit: 200 },
  ];
  for (const c of checks) {
    const f = targetFailure('sentiment speed', c);
    if (f) failures.push(f);
  }
  return {
    heading: 'Sentiment speed (one core, benchmark process)',
    status: 'ok',
    columns: COLUMNS,
    rows: checks.map(targetRow),
    data: { status: 'ok', postsPerSecond: Math.round(posts), articlesPerSecond: Math.round(perArticle), meanPostWords: round(meanPost, 1), meanArticleWords: Math.round(meanArticle), targets: checks.map((c) => ({ ...c, pass: targetFailure('sentiment speed', c) === null })) },
  };
}

const GIVEN = ['Phúc', 'Lợi', 'An', 'Bình', 'Minh', 'Hưng', 'Thịnh', 'Tân', 'Hòa', 'Yên', 'Khánh', 'Sơn', 'Thượng', 'Hạ', 'Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Tiến'];

/** A fictional watchlist: communes, agencies and people, three names each (2–4 syllables). */
function watchTerms(): WatchTerm[] {
  return Array.from({ length: WATCH_TERMS }, (_, i) => {
    const a = GIVEN[i % 20]!;
    const b = GIVEN[Math.floor(i / 20) % 20]!;
    const c = GIVEN[Math.floor(i / 400) % 20]!;
    return { id: `t${i}`, label: `${a} ${b} ${c}`, names: [`xã ${a} ${b} ${c}`, `${a} ${b} ${c}`, `thôn ${a} ${b}`], validFrom: null, validTo: i % 3 === 0 ? '2025-07-01' : null };
  });
}

function relevanceSection(failures: string[]): Section {
  const texts = [...loadSentimentCorpus('train'), ...loadSentimentCorpus('heldout')].map((t) => t.text);
  const terms = watchTerms();
  const articleTexts: string[] = [];
  for (let i = 0; i < 100; i++) {
    const parts: string[] = [];
    for (let k = 0; parts.join(' ').split(/\s+/).length < 960; k++) parts.push(k % 6 === 5 ? `tại ${terms[(i * 37 + k) % WATCH_TERMS]!.names[k % 3]}` : texts[(i * 13 + k * 5) % texts.length]!);
    articleTexts.push(parts.join(' '));
  }
  const tBuild = performance.now();
  const list = new Watchlist(terms);
  const buildMs = performance.now() - tBuild;
  const docs = articleTexts.map(indexText);
  const meanSyllables = docs.reduce((n, d) => n + d.keys.length, 0) / docs.length;
  process.stdout.write(`  [relevance] ${WATCH_TERMS} terms × ${docs.length} articles of ${Math.round(meanSyllables)} syllables … `);
  const indexRate = ratePerSecond(articleTexts, indexText, 3);
  const findRate = ratePerSecond(docs, (d) => list.find(d, '2025-08-01'), 5);
  const found = docs.reduce((n, d) => n + list.find(d, '2025-08-01').length, 0);
  const queries: QueryNode[] = [
    '"Yên Bái" OR "Lào Cai"', 'sạt* NEAR/5 (đường OR nhà)', '(lũ OR "sạt lở") -"diễn tập"', '"hỗ trợ hộ nghèo"~3', 'tham nhũng OR hối lộ OR "nhận tiền"',
    '(bệnh viện OR "trạm y tế") (quá tải OR thiếu)', 'giá* AND (tăng OR giảm)', '"cổng dịch vụ công" lỗi', 'học sinh NEAR/3 suối', '(điện OR nước) "mất" -"lịch cắt"',
  ].map((q) => {
    const p = parseQuery(q);
    if (!p.ok) throw new Error(`${q}: ${p.message}`);
    return p.query;
  });
  const queryRate = ratePerSecond(docs, (d) => queries.forEach((q) => matchQuery(q, d)), 5) * queries.length;
  console.log(`${Math.round(findRate)} articles/s for the whole watchlist (${Math.round(findRate * WATCH_TERMS).toLocaleString('en')} terms×docs/s); indexText ${Math.round(indexRate)} articles/s; queries ${Math.round(queryRate)} query×docs/s`);
  const checks: TargetCheck[] = [
    { label: `Watchlist of ${WATCH_TERMS} terms (3 names each) on an indexed article of ${Math.round(meanSyllables)} syllables, one core`, value: Math.round(findRate), unit: 'articles/s', op: '≥', limit: 1000 },
    { label: `indexText of those articles (syllables, folded keys, offsets), one core`, value: Math.round(indexRate), unit: 'articles/s', op: '≥', limit: 200 },
  ];
  for (const c of checks) {
    const f = targetFailure('relevance', c);
    if (f) failures.push(f);
  }
  const rows = [
    ...checks.map(targetRow),
    infoRow('… watchlist terms × articles per second', Math.round(findRate * WATCH_TERMS).toLocaleString('en')),
    infoRow(`Saved queries (${queries.length}: phrases, OR, NOT, NEAR, slop, prefixes) × indexed articles per second`, Math.round(queryRate).toLocaleString('en')),
    infoRow('Building the watchlist (3,000 names) / names found per article', `${round(buildMs, 1)} ms / ${round(found / docs.length, 1)}`),
  ];
  return {
    heading: 'Relevance: watchlist and saved queries (one core, benchmark process)',
    status: 'ok',
    columns: COLUMNS,
    rows,
    data: { status: 'ok', terms: WATCH_TERMS, articles: docs.length, meanSyllables: Math.round(meanSyllables), findPerSecond: Math.round(findRate), termsTimesDocsPerSecond: Math.round(findRate * WATCH_TERMS), indexPerSecond: Math.round(indexRate), queryTimesDocsPerSecond: Math.round(queryRate), buildMs: round(buildMs, 1), namesFoundPerArticle: round(found / docs.length, 1), targets: checks.map((c) => ({ ...c, pass: targetFailure('relevance', c) === null })) },
  };
}

async function run(_ctx: RunContext): Promise<BenchReport> {
  const failures: string[] = [];
  const sections: Section[] = [
    await runPart('quality', 'Sentiment quality (held-out split, never trained on)', COLUMNS, failures, async () => qualitySection()),
    await runPart('sentiment speed', 'Sentiment speed (one core, benchmark process)', COLUMNS, failures, async () => speedSection(failures)),
    await runPart('relevance', 'Relevance: watchlist and saved queries (one core, benchmark process)', COLUMNS, failures, async () => relevanceSection(failures)),
  ];
  const heldout = loadSentimentCorpus('heldout').length;
  const train = loadSentimentCorpus('train').length;
  return {
    name: 'sentiment',
    title: 'Monitoring text (issue 14): sentiment accuracy and speed, watchlist and query matching',
    howToRead: [
      `Evaluation set (src/platform/sentiment/data/*.tsv, ${train + heldout} texts written for this project): headlines, lead sentences, posts and comments on a province's administration, policies, roads, power and water, disasters, health, schools, officials, prices, land, environment, economy, the 2025 merger and public order, balanced over positive / neutral / negative; about one in ten is an accent-less or teen-code variant of another and stays in its split. The held-out split (${heldout} texts, every fourth original with its variants) is fixed; the shipped model (default-model.json) is trained on the ${train} others only and no setting was chosen by looking at the held-out split.`,
      'Caveat: the lexicon and the texts were written by the same author, and lexicon entries were added while reading the errors on the TRAIN split, so the lexicon-only baseline is not independent of the training texts; the held-out figures are the honest ones, expect lower on real press and social posts until reviewers\' corrections retrain the model.',
      'Macro-F1 is the mean of the three per-class F1 scores. The confusion rows read truth → predicted.',
      'Speed: scoreSentiment (tokenising, teen code, lexicon scan with rules, features, the linear model, cues) on every text of the set 10 times, and on 200 articles made of 30 texts each; best of 3 passes. Issue 14 asks 1,000 short posts/s and 200 articles/s end to end with the database: the targets here are what this step may take of that budget.',
      `Relevance: a fictional watchlist of ${WATCH_TERMS.toLocaleString('en')} terms × 3 names (a hash of first syllables, one pass over the article) on 100 articles of about 1,000 syllables with names planted; indexText is timed separately (done once per article and shared by the watchlist and every saved query).`,
    ],
    sections,
    failures,
  };
}

export const sentiment: Benchmark = { name: 'sentiment', title: 'Monitoring text: sentiment and relevance', run };

// `npx tsx bench/sentiment.ts` runs it alone and prints the tables (bench/run.ts writes the results file).
if (process.argv[1]?.endsWith('sentiment.ts')) {
  run({} as RunContext).then((r) => {
    for (const s of r.sections) {
      console.log(`\n${s.heading}`);
      for (const row of s.rows) console.log(`  ${row.join(' | ')}`);
    }
    if (r.failures.length) console.log(`\nProblems:\n${r.failures.join('\n')}`);
  });
}
