/**
 * Monitoring ingestion benchmark (issue 14), on PGlite and PostgreSQL, end to end with the database writes: short
 * posts per second and articles per second through the pipeline (cleaning, duplicates, watchlist relevance with
 * ~140 terms and saved queries, sentiment, one statement per batch), then the stories job over what was stored;
 * and a generated 1,000,000-row CSV export imported as the office does it (upload, mapping, the import job) in a
 * child process whose peak RSS is measured. Targets: ≥ 1,000 posts/s, ≥ 200 articles/s, 1,000,000 rows < 20 min.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../src/platform/db';
import { systemActor } from '../src/platform/auth';
import { ingestItems, type IncomingItem } from '../src/modules/monitoring/pipeline';
import { assignStories } from '../src/modules/monitoring/stories';
import { watchlistsOf } from '../src/modules/monitoring/watch';
import { activeSentimentModel } from '../src/modules/monitoring/sentiment-model';
import type { Driver } from './lib/app';
import { runChild } from './lib/child';
import { driverHeading, forEachDriver } from './lib/drivers';
import { articleAt, postAt } from './lib/monitoring-corpus';
import type { ImportJob, ImportJobResult } from './lib/monitoring-import-job';
import { seedBenchWatchlists } from './lib/monitoring-watchlists';
import { infoRow, mb, round, targetFailure, targetRow, type TargetCheck } from './lib/stats';
import type { Benchmark, BenchReport, RunContext, Section } from './lib/types';

const COLUMNS = ['Measure', 'Figure', 'Target', 'Result'];
const num = (name: string, fallback: number) => {
  const n = Number(process.env[name] || fallback);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer`);
  return n;
};

async function freshDatabase(driver: Driver, postgresUrl: string | null): Promise<{ database: Database; url: string; drop: () => Promise<void> }> {
  if (driver === 'pglite') return { database: await openDatabase('memory:'), url: 'memory:', drop: async () => undefined };
  const { createTestDatabase } = await import('../test/db');
  const created = await createTestDatabase(postgresUrl!);
  return { database: await openDatabase(created.url), url: created.url, drop: created.drop };
}

/** Items per second through ingestItems in batches (lists and model read once, as an import does). */
async function throughput(database: Database, sourceId: string, items: IncomingItem[], batch: number): Promise<{ perSecond: number; inserted: number; relevant: number; ms: number }> {
  const [lists, model] = await Promise.all([watchlistsOf(database.db), activeSentimentModel(database.db)]);
  let inserted = 0;
  let relevant = 0;
  const t0 = performance.now();
  for (let i = 0; i < items.length; i += batch) {
    const c = await ingestItems(database.db, sourceId, items.slice(i, i + batch), { lists, model });
    inserted += c.inserted;
    relevant += c.relevant;
  }
  const ms = performance.now() - t0;
  return { perSecond: Math.round(items.length / (ms / 1000)), inserted, relevant, ms };
}

async function runDriver(driver: Driver, ctx: RunContext, failures: string[]): Promise<Section> {
  const posts = num('BENCH_MONITORING_POSTS', 20_000);
  const articles = num('BENCH_MONITORING_ARTICLES', 2_000);
  const rows = num('BENCH_MONITORING_ROWS', 1_000_000);
  const { database, drop } = await freshDatabase(driver, ctx.postgresUrl);
  const rowsOut: string[][] = [];
  const data: Record<string, unknown> = { status: 'ok', posts, articles, rows };
  const checks: TargetCheck[] = [];
  try {
    const actor = systemActor('đo hiệu năng');
    await seedBenchWatchlists({ db: database.db, actor });
    await database.query(`insert into monitoring_sources (id, name, kind) values ('bench-posts', 'Tệp xuất', 'import'), ('bench-news', 'Báo', 'feed')`, []);
    const postItems: IncomingItem[] = Array.from({ length: posts }, (_, i) => {
      const p = postAt(i);
      return { kind: 'post', platform: p.platform, url: p.url, author: p.author, body: p.text, publishedAt: p.publishedAt, reach: p.reach, engagement: p.engagement };
    });
    const p = await throughput(database, 'bench-posts', postItems, 1_000);
    const postCheck: TargetCheck = { label: `Short posts end to end (${posts.toLocaleString('en')}, batches of 1,000)`, value: p.perSecond, unit: 'posts/s', op: '≥', limit: 1000 };
    checks.push(postCheck);
    rowsOut.push(targetRow(postCheck), infoRow('… of which stored / relevant', `${p.inserted} / ${p.relevant}`));
    console.log(`  [${driver}] posts: ${p.perSecond}/s (${p.inserted} stored, ${p.relevant} relevant)`);

    const articleItems: IncomingItem[] = Array.from({ length: articles }, (_, i) => ({ kind: 'article', platform: 'news', ...articleAt(i) }));
    const meanChars = Math.round(articleItems.reduce((s, a) => s + (a.body?.length ?? 0), 0) / articles);
    const a = await throughput(database, 'bench-news', articleItems, 100);
    const articleCheck: TargetCheck = { label: `Articles end to end (${articles.toLocaleString('en')} of ~${meanChars.toLocaleString('en')} characters, batches of 100)`, value: a.perSecond, unit: 'articles/s', op: '≥', limit: 200 };
    checks.push(articleCheck);
    rowsOut.push(targetRow(articleCheck));
    console.log(`  [${driver}] articles: ${a.perSecond}/s`);

    const t0 = performance.now();
    const stories = await assignStories(database.db, { maxBatches: 1_000 });
    const storyMs = performance.now() - t0;
    const storiesPerSecond = Math.round(stories.items / (storyMs / 1000));
    rowsOut.push(infoRow(`Stories job over the ${stories.items.toLocaleString('en')} items stored (72 h window, near-dup)`, `${storiesPerSecond} items/s (${stories.newStories} stories, ${stories.joined} joined, ${stories.suggestions} merge suggestions)`));
    const postsWithStories = Math.round(1 / (1 / p.perSecond + 1 / storiesPerSecond));
    rowsOut.push(infoRow('Posts per second counting the stories job too (one after the other)', `${postsWithStories} posts/s`));
    console.log(`  [${driver}] stories: ${storiesPerSecond} items/s`);
    Object.assign(data, { postsPerSecond: p.perSecond, articlesPerSecond: a.perSecond, articleMeanChars: meanChars, storiesPerSecond, postsWithStories, stories });
  } finally {
    await database.close();
    await drop();
  }

  // the million-row import in its own process and its own database: its memory measured alone
  // PGlite in a data directory, as an installation runs it (an in-memory database would count the table in the RSS)
  const pgliteDir = driver === 'pglite' ? fs.mkdtempSync(path.join(os.tmpdir(), 'bench-monitoring-pglite-')) : null;
  const target = pgliteDir ? { url: `file:${pgliteDir}`, drop: async () => fs.rmSync(pgliteDir, { recursive: true, force: true }) } : await freshDatabase(driver, ctx.postgresUrl);
  if ('database' in target) await target.database.close();
  try {
    const job: ImportJob = { url: target.url, rows };
    console.log(`  [${driver}] importing ${rows.toLocaleString('en')} rows in a child process…`);
    const outcome = await runChild<ImportJobResult>('monitoring-import-job.ts', job, 30 * 60_000);
    if (!outcome.ok) throw new Error(outcome.reason);
    const r = outcome.result;
    const minutes = round(r.importMs / 60_000, 2);
    const timeCheck: TargetCheck = { label: `Import of a ${rows.toLocaleString('en')}-row CSV export (${round(r.fileBytes / 2 ** 20, 1)} MB): upload to last row`, value: minutes, unit: 'min', op: '<', limit: 20 };
    const memCheck: TargetCheck = { label: 'Peak RSS of the importing process (bounded memory)', value: round(mb(outcome.peakRssBytes ?? 0), 0), unit: 'MB', op: '<', limit: 1024 };
    checks.push(timeCheck, memCheck);
    rowsOut.push(
      targetRow(timeCheck),
      infoRow('… rows per second at each tenth of the file', r.ratesAtTenths.join(' · ')),
      infoRow('… imported / duplicates (reposts) / skipped / relevant', `${r.imported} / ${r.duplicates} / ${r.skipped} / ${r.relevant}`),
      targetRow(memCheck),
      infoRow('… RSS with the database open before the import / highest RSS sampled during it / peak V8 heap', `${round(mb(r.baselineRssBytes), 0)} / ${round(mb(r.peakSampledRssBytes), 0)} / ${round(mb(r.peakHeapBytes), 0)} MB`),
    );
    Object.assign(data, { import: { ...r, peakRssBytes: outcome.peakRssBytes } });
    console.log(`  [${driver}] import: ${minutes} min, peak RSS ${round(mb(outcome.peakRssBytes ?? 0), 0)} MB`);
  } finally {
    await target.drop();
  }
  for (const c of checks) {
    const f = targetFailure(`monitoring-ingest ${driver}`, c);
    if (f) failures.push(f);
  }
  return { heading: driverHeading(driver), status: 'ok', columns: COLUMNS, rows: rowsOut, data: data as never };
}

export const monitoringIngest: Benchmark = {
  name: 'monitoring-ingest',
  title: 'Monitoring ingestion: posts/s, articles/s, stories, a 1,000,000-row social export imported',
  async run(ctx: RunContext): Promise<BenchReport> {
    const failures: string[] = [];
    const sections = await forEachDriver(ctx, COLUMNS, failures, (driver) => runDriver(driver, ctx, failures));
    return {
      name: 'monitoring-ingest',
      title: this.title,
      howToRead: [
        'The corpus is generated with a fixed seed (bench/lib/monitoring-corpus.ts): Vietnamese posts of 10–40 syllables, a tenth of them reposts; articles of about 600 syllables; a third mention the province (new or old names), a commune or an agency.',
        'Watchlists as in the demo province: 2 province names with validity dates, 11 districts, 120 communes, 7 agencies, 3 saved queries.',
        'Throughput is ingestItems (clean, dedup, relevance, sentiment, one insert statement per batch) with the watchlists and model read once; the stories job runs after, on the same items.',
        'The import runs in a child process on a fresh database (PGlite in a data directory on disk): CSV written to disk first (not timed), then upload, mapping and runImport as the office and the import job do. BENCH_MONITORING_ROWS changes its size (default 1,000,000).',
      ],
      sections,
      failures,
    };
  },
};

// `npx tsx bench/monitoring-ingest.ts` runs it alone and prints the tables
if (process.argv[1] && /monitoring-ingest\.ts$/.test(process.argv[1])) {
  const ctx: RunContext = {
    date: new Date().toISOString(),
    machine: { cpus: 0, cpuModel: '', node: process.version, platform: process.platform, memoryGb: 0 },
    loadAverage: { start: 0, end: null },
    load: { connections: 0, durationSec: 0, warmupSec: 0, workers: 0 },
    postgresUrl: process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || null,
  };
  const report = await monitoringIngest.run(ctx);
  for (const s of report.sections) {
    console.log(`\n${s.heading} (${s.status}${s.reason ? `: ${s.reason}` : ''})`);
    for (const r of s.rows) console.log(`  ${r.join(' | ')}`);
  }
  if (report.failures.length) console.log(`\nFailures:\n${report.failures.join('\n')}`);
}
