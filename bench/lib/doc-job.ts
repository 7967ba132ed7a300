/**
 * Child process of the consultation benchmark (started through runChild, never by hand): opens the database, then
 * produces one document of a round to a file — the synthesis report (buildSynthesis + writeOfficialDocx), the
 * XLSX export or the CSV export — while sampling its own RSS every 100 ms. Prints the timing and memory figures.
 */
import fs from 'node:fs';
import { finished } from 'node:stream/promises';
import { wantsPgliteThread } from '../../src/platform/config';
import { getDirectory } from '../../src/modules/organisations';
import { findDraft, findVersion, type DraftDocument } from '../../src/modules/policies';
import { writeCommentsCsv, writeCommentsXlsx } from '../../src/modules/consultation/exports';
import { consulteesOf, findRound } from '../../src/modules/consultation/repo';
import { buildSynthesis } from '../../src/modules/consultation/synthesis';
import { writeOfficialDocx } from '../../src/platform/documents';
import { openDatabase } from '../../src/platform/db';
import { todayVn } from '../../src/platform/text';
import { peakRssOf, printResult, readJob } from './child';
import { sampleRss } from './stats';

export type DocJobKind = 'synthesis' | 'xlsx' | 'csv';

/** What the parent asks for. */
export interface DocJob {
  kind: DocJobKind;
  databaseUrl: string;
  roundId: string;
  outFile: string;
}

/** What the child reports: the timed part, the file written and the process's memory. */
export interface DocJobResult {
  kind: DocJobKind;
  /** Milliseconds of the timed part (synthesis: buildSynthesis + writeOfficialDocx; exports: the whole write). */
  ms: number;
  /** Synthesis only: buildSynthesis alone and writeOfficialDocx alone. */
  buildMs: number | null;
  renderMs: number | null;
  bytes: number;
  /** RSS once the database was open, before the timed part. */
  readyRssBytes: number;
  /**
   * Peak RSS of the whole child (module loading, database, timed part): the highest of the 100 ms samples of
   * process.memoryUsage().rss and the kernel's high-water mark (VmHWM), which also sees the peaks of synchronous
   * work that blocks the sampling timer.
   */
  peakRssBytes: number;
  /** The highest of the 100 ms samples alone. */
  sampledPeakRssBytes: number;
  /** Highest V8 heap used, sampled with RSS. */
  peakHeapBytes: number;
  /** How many RSS samples were taken (few samples over a long run: the event loop was blocked). */
  samples: number;
}

async function main(): Promise<void> {
  const job = readJob<DocJob>();
  if (!['synthesis', 'xlsx', 'csv'].includes(job.kind) || !job.databaseUrl || !job.roundId || !job.outFile) throw new Error(`bad job: ${JSON.stringify({ ...job, databaseUrl: '…' })}`);
  const rss = sampleRss(100);
  let peakHeap = 0;
  const heapTimer = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 100);
  heapTimer.unref();
  // the server's worker exports with the server's database handle: on PGlite, in its own thread by default
  const database = await openDatabase(job.databaseUrl, { thread: wantsPgliteThread() });
  try {
    const db = database.db;
    const round = await findRound(db, job.roundId);
    if (!round) throw new Error(`round ${job.roundId} not found`);
    const version = await findVersion(db, round.versionId);
    const structure = (version?.structure ?? null) as DraftDocument | null;
    const readyRssBytes = process.memoryUsage().rss;
    let buildMs: number | null = null;
    let renderMs: number | null = null;
    const start = performance.now();
    if (job.kind === 'synthesis') {
      const draft = await findDraft(db, round.draftId);
      if (!draft || !structure) throw new Error('the round has no draft or no parsed version');
      const [consultees, dir] = await Promise.all([consulteesOf(db, [round.id]), getDirectory(db)]);
      const t0 = performance.now();
      const doc = await buildSynthesis(db, { draft, round, structure, consultees, dir, date: todayVn(), signer: { name: 'Nguyễn Văn Thắng', title: 'Phó Giám đốc' } });
      const t1 = performance.now();
      // the synthesis streams its article tables while the file is written
      await writeOfficialDocx(doc, fs.createWriteStream(job.outFile));
      const t2 = performance.now();
      buildMs = t1 - t0;
      renderMs = t2 - t1;
    } else {
      const out = fs.createWriteStream(job.outFile);
      if (job.kind === 'xlsx') await writeCommentsXlsx(db, round.id, structure, out);
      else await writeCommentsCsv(db, round.id, structure, out);
      await finished(out);
    }
    const ms = job.kind === 'synthesis' ? (buildMs ?? 0) + (renderMs ?? 0) : performance.now() - start;
    const mem = rss.stop();
    clearInterval(heapTimer);
    const result: DocJobResult = {
      kind: job.kind,
      ms,
      buildMs,
      renderMs,
      bytes: fs.statSync(job.outFile).size,
      readyRssBytes,
      peakRssBytes: Math.max(mem.peakBytes, peakRssOf('self') ?? 0),
      sampledPeakRssBytes: mem.peakBytes,
      peakHeapBytes: Math.max(peakHeap, process.memoryUsage().heapUsed),
      samples: mem.samples,
    };
    printResult(result);
  } finally {
    await database.close();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exit(1);
  },
);
