/**
 * Child process of the monitoring benchmark (started through runChild): writes the generated CSV export of
 * `rows` posts to a file, then imports it as the office does (upload, mapping, the import job's runImport) into a
 * fresh database with the demo-like watchlists, sampling memory. Peak RSS is read by the parent from /proc.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { openDatabase } from '../../src/platform/db';
import { systemActor } from '../../src/platform/auth';
import { runImport } from '../../src/modules/monitoring/imports/run';
import { startImport, uploadImport } from '../../src/modules/monitoring/actions/imports';
import { printResult, readJob } from './child';
import { csvChunks } from './monitoring-corpus';
import { seedBenchWatchlists } from './monitoring-watchlists';

export interface ImportJob {
  url: string;
  rows: number;
}

export interface ImportJobResult {
  rows: number;
  fileBytes: number;
  writeMs: number;
  importMs: number;
  imported: number;
  duplicates: number;
  skipped: number;
  relevant: number;
  /** Highest V8 heap seen during the import (sampled at each batch). */
  peakHeapBytes: number;
  /** Rows per second at each tenth of the file (steady, or slowing as the table grows). */
  ratesAtTenths: number[];
  /** RSS once the database is open and the watchlists seeded, before the import (PGlite's engine lives in the process). */
  baselineRssBytes: number;
  /** RSS sampled at each batch: its highest value during the import. */
  peakSampledRssBytes: number;
}

async function main(): Promise<void> {
  const job = readJob<ImportJob>();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-monitoring-'));
  process.env.FILES_DIR = dir;
  const database = await openDatabase(job.url);
  try {
    const ctx = { db: database.db, actor: systemActor('đo hiệu năng') };
    await seedBenchWatchlists(ctx);
    const baselineRssBytes = process.memoryUsage().rss;
    let peakSampled = baselineRssBytes;
    const file = path.join(dir, 'xuat.csv');
    const t0 = performance.now();
    const out = fs.createWriteStream(file);
    for (const chunk of csvChunks(job.rows)) if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
    await new Promise<void>((r) => out.end(r));
    const writeMs = performance.now() - t0;
    const fileBytes = fs.statSync(file).size;
    const { id, preview } = await uploadImport(ctx, { vendor: 'SocialHeat', fileName: 'xuat.csv', file: fs.createReadStream(file) as unknown as Readable });
    fs.rmSync(file);
    const started = await startImport(ctx, id, preview.mapping);
    if (started.status !== 'waiting') throw new Error(`import refused: ${started.reason}`);
    let peakHeap = 0;
    const rates: number[] = [];
    let nextTenth = job.rows / 10;
    const t1 = performance.now();
    const counts = await runImport(database.db, id, {
      onProgress: (c) => {
        const mem = process.memoryUsage();
        peakHeap = Math.max(peakHeap, mem.heapUsed);
        peakSampled = Math.max(peakSampled, mem.rss);
        if (c.rowsRead >= nextTenth) {
          rates.push(Math.round(c.rowsRead / ((performance.now() - t1) / 1000)));
          nextTenth += job.rows / 10;
        }
      },
    });
    const importMs = performance.now() - t1;
    const relevant = (await database.query<{ n: number }>('select count(*)::int as n from monitoring_items where relevant', [])).rows[0]!.n;
    const result: ImportJobResult = { rows: job.rows, fileBytes, writeMs, importMs, imported: counts.rowsImported, duplicates: counts.rowsDuplicate, skipped: counts.rowsSkipped, relevant, peakHeapBytes: peakHeap, ratesAtTenths: rates, baselineRssBytes, peakSampledRssBytes: peakSampled };
    printResult(result);
  } finally {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
