/**
 * Consultation benchmark (issue 4), on PGlite and PostgreSQL: the raw single-row INSERT rate of the database, then
 * public comment submissions over HTTP at half that rate (with a lost/duplicated check in the database), the
 * public draft page against a static file, the synthesis report over 100,000 comments and the XLSX/CSV exports of
 * 250,000 comments, each document produced in a child process whose RSS is sampled every 100 ms.
 * The synthesis is produced as the office route produces it: buildSynthesis, then writeOfficialDocx.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { wantsPgliteThread } from '../src/platform/config';
import path from 'node:path';
import { openDatabase, type Database } from '../src/platform/db';
import { bumpPublicContent } from '../src/platform/page-cache';
import { submitComment } from '../src/modules/consultation/actions/submit-comment';
import { fetchOk, startBenchApp, type BenchApp, type Driver } from './lib/app';
import { WEB_NODE_FLAGS } from '../scripts/node-flags.mjs';
import { runChild } from './lib/child';
import { commentBody, commenterName, insertPublishedComments } from './lib/comment-data';
import type { CommentLoadJob, CommentLoadResult, Outcome } from './lib/comment-load';
import type { DocJob, DocJobKind, DocJobResult } from './lib/doc-job';
import { intEnv } from './lib/env';
import { loadProblem, measure, type LoadResult } from './lib/load';
import { infoRow, mb, percentile, round, targetFailure, targetRow, type TargetCheck } from './lib/stats';
import type { Benchmark, BenchReport, Json, RunContext, Section } from './lib/types';
import { forEachDriver } from './lib/drivers';

const COLUMNS = ['Measure', 'Figure', 'Target', 'Result'];
/** Concurrent loops of the raw INSERT measurement. */
const RAW_LOOPS = 10;
/** Outstanding submissions allowed before a due one is skipped (the server is not keeping up). */
const MAX_IN_FLIGHT = 256;
/** Every 50th submission re-sends an earlier form (same idempotency key). */
const REPLAY_EVERY = 50;
/**
 * New comments are offered at this multiple of the raw INSERT rate, re-sent forms on top. The target (issue 12) is
 * the raw rate itself, achieved; offering a little more leaves room for the edges of the measured window (answers to
 * requests due in its last milliseconds arrive after it), so a server that keeps up does not miss by a hair.
 */
const OFFERED_NEW_FACTOR = 1.05;
/** Achieved ÷ raw INSERT rate to reach, and the p99 at the offered rate (issue 12; issue 4 asked 0.5 × and 200 ms). */
const INTAKE_TARGET = 1.0;
const INTAKE_P99_MS = 100;
/** A submission not answered after this long is abandoned by the client (and reported). */
const REQUEST_TIMEOUT_MS = 30_000;
/** Issue 4's volumes: smaller BENCH_* sizes are allowed for quick runs but then do not check the targets as set. */
const ISSUE_SYNTHESIS_COMMENTS = 100_000;
const ISSUE_EXPORT_COMMENTS = 250_000;
/**
 * Wall-time limits of the document children. The synthesis child is stopped once it cannot meet its 60 s target
 * any more (plus 15 s for starting Node and opening the database): the target is missed by then, and the runaway
 * would only lengthen the run. The exports have no time target; their limit only bounds the run.
 */
const SYNTHESIS_CAP_MS = 75_000;
const EXPORT_CAP_MS = 240_000;

/** The demo draft created by bootstrapData, with its open round and the anchors of its articles. */
interface DemoRound {
  slug: string;
  roundId: string;
  anchors: string[];
}

interface Sizes {
  synthesisComments: number;
  exportComments: number;
  intakeSec: number;
  intakeWarmupSec: number;
}

function sizes(ctx: RunContext): Sizes {
  return {
    synthesisComments: intEnv('BENCH_SYNTHESIS_COMMENTS', 100_000, 1),
    exportComments: intEnv('BENCH_EXPORT_COMMENTS', 250_000, 1),
    intakeSec: intEnv('BENCH_INTAKE_DURATION', Math.round(2 * ctx.load.durationSec), 1),
    // the intake's first seconds after start run its path unoptimised, with batches still small: at a 1 s warm-up the
    // measured period began with that backlog (latency 40-100 ms for 2 s, then 20-25 ms); the target is the sustained rate
    intakeWarmupSec: intEnv('BENCH_INTAKE_WARMUP', 3 * ctx.load.warmupSec, 0),
  };
}

/** Finds the demo round through the database and checks (reporting through `problem`) that the portal lists it. */
async function demoRound(bench: BenchApp, problem: (text: string) => void): Promise<DemoRound> {
  const { rows } = await bench.database.query<{ slug: string; round_id: string; structure: { articles?: { anchor: string }[] } }>(
    `select d.slug, r.id as round_id, v.structure
     from consultation_rounds r join policy_drafts d on d.id = r.draft_id join draft_versions v on v.id = r.version_id
     order by r.created_at limit 1`,
  );
  const row = rows[0];
  if (!row) throw new Error('bootstrapData created no consultation round (the demo draft is missing)');
  const anchors = (row.structure.articles ?? []).map((a) => a.anchor);
  if (anchors.length === 0) throw new Error('the demo draft has no articles');
  try {
    const list = await fetchOk(bench.baseUrl, '/gop-y');
    if (!list.includes(`/gop-y/${row.slug}`)) problem(`GET /gop-y does not link the demo draft /gop-y/${row.slug}`);
  } catch (e) {
    problem(e instanceof Error ? e.message : String(e));
  }
  return { slug: row.slug, roundId: row.round_id, anchors };
}

/**
 * Inserts rows one by one (each its own autocommitted INSERT) into a scratch copy of `comments` (same columns,
 * defaults and indexes; `like … including all`) from RAW_LOOPS concurrent loops for `seconds`; drops it afterwards.
 */
async function rawInsertRate(database: Database, roundId: string, seconds: number, loops = RAW_LOOPS): Promise<{ rows: number; seconds: number; rowsPerSec: number }> {
  await database.query('drop table if exists bench_raw_comments');
  await database.query('create table bench_raw_comments (like comments including all)');
  try {
    let next = 0;
    const start = performance.now();
    const deadline = start + seconds * 1000;
    const loop = async () => {
      while (performance.now() < deadline) {
        const i = next++;
        await database.query(
          `insert into bench_raw_comments (id, round_id, receipt_code, idempotency_key, article_anchor, commenter_type, name, phone, consent, stance, body, state, client_key)
           values ($1, $2, $3, $4, $5, 'citizen', $6, $7, $8, 'agree', $9, 'pending', $10)`,
          [randomUUID(), roundId, `GY-RAW${String(i).padStart(10, '0')}`, `raw-${i}`, i % 7 === 6 ? null : `dieu-${(i % 7) + 1}`, commenterName(i), `09${String(i).padStart(8, '0')}`, JSON.stringify({ processing: true, contact: false, showName: false }), commentBody(i), `ip:raw-${i}`],
        );
      }
    };
    await Promise.all(Array.from({ length: loops }, loop));
    const elapsed = (performance.now() - start) / 1000;
    const { rows } = await database.query<{ n: number }>('select count(*)::int as n from bench_raw_comments');
    const count = Number(rows[0]?.n ?? 0);
    if (count !== next) throw new Error(`raw INSERT: ${next} statements succeeded but the table holds ${count} rows`);
    return { rows: count, seconds: round(elapsed, 2), rowsPerSec: Math.round(count / elapsed) };
  } finally {
    await database.query('drop table if exists bench_raw_comments');
  }
}

/**
 * The settings that decide what a commit costs. Run the benchmark on a durable configuration (the defaults):
 * with fsync or synchronous_commit off, raw single-row INSERTs skip the wait for the disk that every real
 * deployment pays, and the ratio no longer compares like with like.
 */
async function durabilitySettings(database: Database): Promise<string> {
  const names = ['fsync', 'synchronous_commit', 'full_page_writes', 'wal_sync_method'];
  const values: string[] = [];
  for (const name of names) {
    const { rows } = await database.query<{ setting: string }>('select setting from pg_settings where name = $1', [name]);
    values.push(`${name}=${rows[0]?.setting ?? '?'}`);
  }
  return values.join(', ');
}

/** What the database holds for the submissions of one run, compared with what the client was told. */
interface IntakeCheck {
  stored: number;
  distinctKeysAnswered303: number;
  /** Keys whose requests all ended without an answer (client timeout, connection error): outcome unknown. */
  keysWithoutAnswer: number;
  /** Of those, stored anyway: the server committed after the client gave up (neither lost nor duplicated). */
  storedWithoutAnswer: number;
  lost: number;
  duplicated: number;
  replays: number;
  replaysSameReceipt: number;
  statusCounts: Record<string, number>;
}

function statusKey(o: Outcome): string {
  return o.status === 0 ? `no answer (${o.error ?? '?'})` : String(o.status);
}

/**
 * Looks every key of the run up in `comments`. Lost: a 303 whose receipt is not stored under its key. Duplicated:
 * a key stored twice, a re-sent form answered with another receipt, or a row for a key that was refused (4xx/5xx).
 * Stored rows must number the keys answered 303, plus at most the keys whose outcome the client never learnt.
 */
async function checkIntake(database: Database, roundId: string, keyPrefix: string, outcomes: Outcome[]): Promise<IntakeCheck> {
  const { rows } = await database.query<{ key: string; receipt: string }>(
    'select idempotency_key as key, receipt_code as receipt from comments where round_id = $1 and idempotency_key like $2',
    [roundId, `${keyPrefix}-%`],
  );
  const stored = new Map<string, string[]>();
  for (const r of rows) stored.set(r.key, [...(stored.get(r.key) ?? []), r.receipt]);
  const ok = outcomes.filter((o) => !o.replay && o.status === 303 && o.receipt);
  const okKeys = new Set(ok.map((o) => o.key));
  const answered = new Set(outcomes.filter((o) => o.status !== 0).map((o) => o.key));
  const unanswered = new Set(outcomes.filter((o) => o.status === 0 && !answered.has(o.key)).map((o) => o.key));
  const refused = new Set(outcomes.filter((o) => o.status !== 0 && o.status !== 303).map((o) => o.key));
  const replays = outcomes.filter((o) => o.replay);
  const statusCounts: Record<string, number> = {};
  for (const o of outcomes) statusCounts[statusKey(o)] = (statusCounts[statusKey(o)] ?? 0) + 1;
  const storedKeys = [...stored.keys()];
  return {
    stored: rows.length,
    distinctKeysAnswered303: okKeys.size,
    keysWithoutAnswer: unanswered.size,
    storedWithoutAnswer: storedKeys.filter((k) => unanswered.has(k)).length,
    lost: ok.filter((o) => !stored.get(o.key)?.includes(o.receipt!)).length,
    duplicated:
      rows.length - stored.size +
      replays.filter((o) => o.status === 303 && o.receipt !== o.expectedReceipt).length +
      storedKeys.filter((k) => !okKeys.has(k) && !unanswered.has(k) && refused.has(k)).length,
    replays: replays.length,
    replaysSameReceipt: replays.filter((o) => o.status === 303 && o.receipt === o.expectedReceipt).length,
    statusCounts,
  };
}

/**
 * The intake without HTTP, for information: MAX_IN_FLIGHT submitters in the benchmark's process call submitComment
 * (what the route calls after reading the form) one comment after another for `seconds`, each comment with its own
 * address and phone number as over HTTP. Validation, batching with group commit, the audit entries and the answer
 * are all there; the HTTP server and the load generator are not. Read against the HTTP figures, it says how much of
 * the machine the database path needs and how much the web front does.
 */
async function intakeWithoutHttp(bench: BenchApp, demo: DemoRound, seconds: number): Promise<{ perSec: number; count: number }> {
  const run = randomUUID().slice(0, 8);
  let next = 0;
  let done = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: MAX_IN_FLIGHT }, async () => {
      while (performance.now() < end) {
        const i = next++;
        await submitComment(
          { db: bench.app.db, clientIp: `direct-${run}-${i}`, publicUrl: 'http://127.0.0.1' },
          {
            roundId: demo.roundId, articleAnchor: null, commenterType: 'citizen', name: commenterName(i), phone: `08${String(i).padStart(8, '0')}`, stance: 'agree',
            body: commentBody(i), consent: { processing: true, contact: false, showName: false }, idempotencyKey: `direct-${run}-${i}`,
          },
        );
        done++;
      }
    }),
  );
  return { perSec: round(done / ((performance.now() - started) / 1000)), count: done };
}

/** Submissions over HTTP at `rate` per second from a child process, then the database check. */
async function intake(bench: BenchApp, demo: DemoRound, rate: number, seconds: number, warmupSec: number, tmp: string) {
  const keyPrefix = `bench-${bench.driver}-${randomUUID().slice(0, 8)}`;
  const job: CommentLoadJob = {
    baseUrl: bench.baseUrl,
    slug: demo.slug,
    anchors: ['dieu-3', '', ...demo.anchors],
    ratePerSec: rate,
    warmupSec,
    durationSec: seconds,
    maxInFlight: MAX_IN_FLIGHT,
    replayEvery: REPLAY_EVERY,
    keyPrefix,
    timeoutMs: REQUEST_TIMEOUT_MS,
    outFile: path.join(tmp, `intake-${bench.driver}.json`),
  };
  const run = await runChild<CommentLoadResult>('comment-load.ts', job, (warmupSec + seconds) * 1000 + REQUEST_TIMEOUT_MS + 60_000);
  if (!run.ok) throw new Error(`comment submissions: ${run.reason}`);
  const outcomes = JSON.parse(fs.readFileSync(job.outFile, 'utf8')) as Outcome[];
  const { startMs, endMs } = run.result.measured;
  const windowSec = (endMs - startMs) / 1000;
  // Every request except those both due and answered within the warm-up: a request due in the warm-up but still
  // waiting when the measurement starts counts with its whole wait (under overload some requests wait far longer
  // than the rest), and one due near the end counts even if its answer comes after.
  const counted = outcomes.filter((o) => !o.replay && !(o.phase === 'warmup' && o.endMs < startMs));
  const latencies = counted.filter((o) => o.status === 303 && o.receipt).map((o) => o.latencyMs);
  // throughput: 303 answers (re-sent forms excluded) that arrived within the measured period
  const answeredInWindow = outcomes.filter((o) => !o.replay && o.status === 303 && o.receipt && o.endMs >= startMs && o.endMs <= endMs).length;
  const check = await checkIntake(bench.database, demo.roundId, keyPrefix, outcomes);
  return {
    offeredRate: rate,
    sent: run.result.measured.sent,
    skipped: run.result.measured.skipped,
    windowSec: round(windowSec, 2),
    answered303: answeredInWindow,
    achievedRate: round(answeredInWindow / windowSec, 1),
    latencyCount: latencies.length,
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    maxMs: round(percentile(latencies, 100)),
    drainSec: round((run.result.drainedMs - endMs) / 1000, 1),
    warmupSent: run.result.warmup.sent,
    check,
  };
}

/** The static file before and after, and the public draft page between them. */
async function pages(bench: BenchApp, demo: DemoRound, ctx: RunContext, failures: string[]): Promise<{ staticRps: number; drift: number; draft: LoadResult; runs: LoadResult[] }> {
  const draftPath = `/gop-y/${demo.slug}`;
  const body = await fetchOk(bench.baseUrl, draftPath);
  if (!body.startsWith('<!doctype html>')) throw new Error(`${draftPath} did not render an HTML page`);
  const runs: LoadResult[] = [];
  for (const t of [
    { label: 'static file (baseline)', path: '/static/robots.txt' },
    { label: 'public draft page', path: draftPath },
    { label: 'static file (again, at the end)', path: '/static/robots.txt' },
  ]) {
    process.stdout.write(`  [${bench.driver}] ${t.label} … `);
    const r = await measure(bench.baseUrl, t, ctx.load);
    console.log(`${r.requestsPerSec} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms`);
    const problem = loadProblem(r);
    if (problem) failures.push(`[${bench.driver}] ${problem}`);
    runs.push(r);
  }
  const staticRps = (runs[0]!.requestsPerSec + runs[2]!.requestsPerSec) / 2;
  const drift = staticRps > 0 ? Math.abs(runs[0]!.requestsPerSec - runs[2]!.requestsPerSec) / staticRps : 0;
  return { staticRps: Math.round(staticRps), drift: round(drift, 2), draft: runs[1]!, runs };
}

/** A document job's figures, or why it did not finish (with the child's peak RSS up to then). */
type DocOutcome = { ok: true; result: DocJobResult } | { ok: false; reason: string; ms: number; peakRssBytes: number | null };

/** Runs one document job in a child process (the parent's database must be closed for PGlite). */
async function documentJob(bench: BenchApp, demo: DemoRound, kind: DocJobKind, tmp: string): Promise<DocOutcome> {
  const job: DocJob = { kind, databaseUrl: bench.dataUrl, roundId: demo.roundId, outFile: path.join(tmp, `${bench.driver}-${kind}.${kind === 'synthesis' ? 'docx' : kind}`) };
  process.stdout.write(`  [${bench.driver}] ${kind} in a child process … `);
  const run = await runChild<DocJobResult>('doc-job.ts', job, kind === 'synthesis' ? SYNTHESIS_CAP_MS : EXPORT_CAP_MS, WEB_NODE_FLAGS);
  if (!run.ok) {
    console.log(`did not finish after ${round(run.ms / 1000, 1)} s (peak RSS ${run.peakRssBytes === null ? '?' : mb(run.peakRssBytes)} MB): ${run.reason}`);
    return { ok: false, reason: run.reason, ms: run.ms, peakRssBytes: run.peakRssBytes };
  }
  // the parent's polling of the child's VmHWM can only raise the child's own figure
  const result = { ...run.result, peakRssBytes: Math.max(run.result.peakRssBytes, run.peakRssBytes ?? 0) };
  console.log(`${round(result.ms / 1000, 2)} s, peak RSS ${mb(result.peakRssBytes)} MB, ${mb(result.bytes)} MB written`);
  return { ok: true, result };
}

/** The figure cell of a document job that did not finish: why in a few words, how long, how much memory. */
function unfinished(o: { reason: string; ms: number; peakRssBytes: number | null }): string {
  const why = /heap out of memory|Reached heap limit/i.test(o.reason)
    ? 'ran out of memory (V8 heap limit)'
    : /did not finish within/.test(o.reason)
      ? 'stopped at its time limit'
      : o.reason;
  return `did not finish: ${why} after ${round(o.ms / 1000, 1)} s (child wall time), peak RSS ${o.peakRssBytes === null ? '?' : `${mb(o.peakRssBytes)} MB`}`;
}

/** Counts the data lines of a CSV export (one per comment: bodies hold no line breaks) without loading it whole. */
async function csvDataLines(file: string): Promise<number> {
  let lines = 0;
  for await (const chunk of fs.createReadStream(file)) for (const byte of chunk as Buffer) if (byte === 10) lines++;
  return lines - 1;
}

async function countRound(database: Database, roundId: string): Promise<number> {
  const { rows } = await database.query<{ n: number }>('select count(*)::int as n from comments where round_id = $1', [roundId]);
  return Number(rows[0]?.n ?? 0);
}

/** Collects one driver's rows, target checks, notes and machine-readable figures. */
class DriverTable {
  readonly rows: string[][] = [];
  readonly notes: string[] = [];
  readonly checks: TargetCheck[] = [];
  readonly data: Record<string, Json> = {};
  constructor(
    private readonly driver: Driver,
    private readonly failures: string[],
  ) {}

  /** A figure with its target: a row, and a problem when it is missed. */
  target(t: TargetCheck): void {
    this.checks.push(t);
    this.rows.push(targetRow(t));
    const f = targetFailure(this.driver, t);
    if (f) this.failures.push(f);
  }

  info(label: string, figure: string): void {
    this.rows.push(infoRow(label, figure));
  }

  /** A step that could not run: a FAILED row (with the target it would have been checked against) and a problem. */
  failed(label: string, target: string, reason: string): void {
    this.rows.push([label, `could not be measured: ${reason}`, target, 'FAIL']);
    this.failures.push(`[${this.driver}] ${label}: ${reason}`);
  }

  problem(text: string): void {
    this.failures.push(`[${this.driver}] ${text}`);
  }
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Runs the whole sequence on one driver and returns its table. Each step is guarded: a step that fails (a page
 * answering 500, a child running out of memory) is reported and the later steps still run when they can.
 */
async function runDriver(driver: Driver, ctx: RunContext, failures: string[]): Promise<Section> {
  const size = sizes(ctx);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-bench-consultation-'));
  const t = new DriverTable(driver, failures);
  let bench: BenchApp | null = null;
  try {
    bench = await startBenchApp(driver, ctx.postgresUrl);
    const demo = await demoRound(bench, (m) => t.problem(m));
    t.data.database = bench.where;

    // 1. raw INSERT rate of this database
    let raw: Awaited<ReturnType<typeof rawInsertRate>> | null = null;
    process.stdout.write(`  [${driver}] raw single-row INSERT, ${RAW_LOOPS} loops, ${ctx.load.durationSec} s … `);
    try {
      raw = await rawInsertRate(bench.database, demo.roundId, ctx.load.durationSec);
      console.log(`${raw.rowsPerSec} rows/s (${raw.rows} rows)`);
      t.info(`Raw single-row INSERT into a copy of comments (${RAW_LOOPS} loops, autocommit)`, `${raw.rowsPerSec} rows/s`);
      t.data.rawInsert = raw;
      // for information: one client inserting row after row, each commit waited for (no concurrency to share a
      // WAL flush); the target above is against the concurrent rate, the higher of the two
      const single = await rawInsertRate(bench.database, demo.roundId, Math.max(1, Math.round(ctx.load.durationSec / 2)), 1);
      t.info('Raw single-row INSERT, one loop (for information; the target uses the rate above)', `${single.rowsPerSec} rows/s`);
      t.data.rawInsertOneLoop = single;
      const settings = await durabilitySettings(bench.database);
      t.info('Database durability settings', settings);
      if (driver === 'pglite') t.info('Where PGlite runs', wantsPgliteThread() ? 'in a thread of its own beside the server’s (the default, ADR 010; the raw INSERT loops go through it too)' : 'in the server’s own thread (PGLITE_THREAD=false)');
      t.data.durability = settings;
      t.info('Server log', bench.logLevel === 'silent' ? 'none (LOG_LEVEL=silent)' : `level ${bench.logLevel}, one line per request, each written to a file as it comes (as production writes its standard output)`);
    } catch (e) {
      console.log('failed');
      t.failed('Raw single-row INSERT rate', '—', message(e));
    }

    // 3. the public draft page vs the static file (before the intake and the bulk comments add rows)
    try {
      const pg = await pages(bench, demo, ctx, failures);
      const ratio = pg.staticRps > 0 ? round(pg.draft.requestsPerSec / pg.staticRps, 2) : 0;
      t.info('Static file /static/robots.txt (mean of before and after)', `${pg.staticRps} req/s (runs differ by ${Math.round(pg.drift * 100)} %)`);
      t.info('Public draft page /gop-y/<slug>', `${pg.draft.requestsPerSec} req/s, p50 ${pg.draft.p50Ms} ms, p99 ${pg.draft.p99Ms} ms`);
      t.target({ label: 'Public draft page ÷ static file', value: ratio, unit: '×', op: '≥', limit: 0.3 });
      if (pg.drift > 0.2) t.notes.push('The two static-file runs differ by more than 20 %: the machine was not steady, so treat the page ratio as rough.');
      t.data.pages = { staticRequestsPerSec: pg.staticRps, drift: pg.drift, draftPage: { ...pg.draft }, ratio };
    } catch (e) {
      console.log(`  [${driver}] public draft page: failed`);
      t.failed('Public draft page ÷ static file', '≥ 0.3 ×', message(e));
    }

    // 2. sustained submissions at the raw rate
    if (raw) {
      const rate = Math.max(1, Math.round((raw.rowsPerSec * OFFERED_NEW_FACTOR) / (1 - 1 / REPLAY_EVERY)));
      process.stdout.write(`  [${driver}] comment submissions at ${rate}/s for ${size.intakeSec} s (after ${size.intakeWarmupSec} s warm-up) … `);
      try {
        const sub = await intake(bench, demo, rate, size.intakeSec, size.intakeWarmupSec, tmp);
        console.log(`${sub.achievedRate}/s achieved, p50 ${sub.p50Ms} ms, p99 ${sub.p99Ms} ms, ${sub.skipped} skipped; ${sub.check.stored} stored, ${sub.check.lost} lost, ${sub.check.duplicated} duplicated`);
        t.info(`Offered submission rate (new comments at ${OFFERED_NEW_FACTOR} × raw INSERT rate, re-sent forms on top)`, `${rate} req/s`);
        t.target({ label: 'Achieved submission rate ÷ raw INSERT rate', value: round(sub.achievedRate / raw.rowsPerSec, 3), unit: '×', op: '≥', limit: INTAKE_TARGET });
        t.info('Achieved submission rate (303 answers to new comments arriving in the measured period)', `${sub.achievedRate} req/s (${sub.answered303} in ${sub.windowSec} s; ${sub.skipped} of ${sub.sent + sub.skipped} due requests not sent because ${MAX_IN_FLIGHT} were outstanding)`);
        t.info('Submission latency p50 / max', `${sub.p50Ms} ms / ${sub.maxMs} ms (${sub.latencyCount} answers; last answer ${sub.drainSec} s after the period)`);
        t.target({ label: 'Submission latency p99 at the offered rate', value: sub.p99Ms, unit: 'ms', op: '<', limit: INTAKE_P99_MS });
        t.target({ label: 'Lost submissions (303 without its row)', value: sub.check.lost, unit: '', op: '=', limit: 0 });
        t.target({ label: 'Duplicated submissions (a key stored twice, a re-sent form given another receipt, a refused one stored)', value: sub.check.duplicated, unit: '', op: '=', limit: 0 });
        t.info('Comments stored for the run ÷ distinct keys answered 303', `${sub.check.stored} / ${sub.check.distinctKeysAnswered303}${sub.check.keysWithoutAnswer ? ` (+ ${sub.check.storedWithoutAnswer} stored of ${sub.check.keysWithoutAnswer} requests the client gave up on after ${REQUEST_TIMEOUT_MS / 1000} s)` : ''}`);
        t.info('Re-sent forms answered with the original receipt', `${sub.check.replaysSameReceipt} of ${sub.check.replays}`);
        if (sub.check.stored !== sub.check.distinctKeysAnswered303 + sub.check.storedWithoutAnswer) {
          t.problem(`${sub.check.stored} comments stored for ${sub.check.distinctKeysAnswered303} keys answered 303 and ${sub.check.storedWithoutAnswer} unanswered ones`);
        }
        const bad = Object.entries(sub.check.statusCounts).filter(([code]) => code !== '303');
        if (bad.length) t.problem(`comment submissions not answered 303: ${bad.map(([code, n]) => `${code}×${n}`).join(', ')}`);
        if (sub.maxMs > 10 * sub.p50Ms && sub.maxMs > 2000) {
          t.notes.push(`Some submissions waited far longer than the rest (max ${round(sub.maxMs / 1000, 1)} s against a p50 of ${sub.p50Ms} ms): under overload this server does not answer submissions in arrival order, so the oldest ones starve while newer ones go through.`);
        }
        t.notes.push(`Submission statuses (warm-up and re-sent forms included): ${Object.entries(sub.check.statusCounts).map(([code, n]) => `${code}×${n}`).join(', ')}.`);
        t.notes.push('Each submission came from its own X-Forwarded-For address in 198.18.0.0/15 with its own phone number, so the per-address (10 per 10 min, 30 per min on the route) and per-identity (20 per day) limits did not apply: the figures measure the intake itself, not the limits.');
        t.data.intake = { ...sub, check: { ...sub.check } };
      } catch (e) {
        console.log('failed');
        t.failed('Comment submissions at the raw INSERT rate', `achieved ≥ ${INTAKE_TARGET} × raw, p99 < ${INTAKE_P99_MS} ms`, message(e));
      }
      process.stdout.write(`  [${driver}] the same intake without HTTP, ${ctx.load.durationSec} s … `);
      try {
        const direct = await intakeWithoutHttp(bench, demo, ctx.load.durationSec);
        console.log(`${direct.perSec}/s (${round(direct.perSec / raw.rowsPerSec, 2)} × raw)`);
        t.info(
          `The intake without HTTP (for information: submitComment called by ${MAX_IN_FLIGHT} submitters in the server’s process; its batching, group commit and audit, no web front)`,
          `${direct.perSec} comments/s (${direct.count} in ${ctx.load.durationSec} s), ${round(direct.perSec / raw.rowsPerSec, 2)} × the raw INSERT rate`,
        );
        t.data.intakeWithoutHttp = direct;
      } catch (e) {
        console.log('failed');
        t.failed('The intake without HTTP', '—', message(e));
      }
    }

    // 4. synthesis over N published comments with answers, in a child process
    process.stdout.write(`  [${driver}] inserting ${size.synthesisComments} published comments with answers … `);
    let started = performance.now();
    await insertPublishedComments(bench.database, { roundId: demo.roundId, anchors: [...demo.anchors, null], from: 1, count: size.synthesisComments });
    const insertSec = round((performance.now() - started) / 1000, 1);
    console.log(`${insertSec} s`);
    t.notes.push(`Bulk SQL insert of ${size.synthesisComments} published comments with answers took ${insertSec} s (not a target).`);
    // the same page once the round has many published comments (no target: the issue's ratio is for the page above);
    // the comments went in by SQL, so the portal's page cache is told, as every publishing action tells it
    try {
      const draftPath = `/gop-y/${demo.slug}`;
      bumpPublicContent();
      const first = performance.now();
      await fetchOk(bench.baseUrl, draftPath);
      const firstMs = round(performance.now() - first);
      process.stdout.write(`  [${driver}] public draft page with ${size.synthesisComments} published comments … `);
      const busy = await measure(bench.baseUrl, { label: 'public draft page, many comments', path: draftPath }, ctx.load);
      // autocannon's per-second average rounds to 0 when fewer than one request a second completes
      const rps = round(busy.completed / ctx.load.durationSec, 1);
      console.log(`${rps} req/s (${busy.completed} answered in ${ctx.load.durationSec} s), p50 ${busy.p50Ms} ms, p99 ${busy.p99Ms} ms`);
      const problem = loadProblem(busy);
      if (problem) t.problem(problem);
      const base = (t.data.pages as { staticRequestsPerSec?: number } | undefined)?.staticRequestsPerSec;
      t.info(`Public draft page once the round has ${size.synthesisComments} published comments (no target)`, `first request after the change ${firstMs} ms; then ${rps} req/s (${busy.completed} answered in ${ctx.load.durationSec} s), p50 ${busy.p50Ms} ms, p99 ${busy.p99Ms} ms${base ? ` (${round(rps / base, 3)} × static)` : ''}`);
      t.data.draftPageManyComments = { firstMs, ...busy };
    } catch (e) {
      console.log(`  [${driver}] public draft page with many comments: failed`);
      t.problem(`public draft page with ${size.synthesisComments} published comments: ${message(e)}`);
    }
    await bench.stop();
    const synthesis = await documentJob(bench, demo, 'synthesis', tmp);
    const synthesisLabel = `Synthesis report, ${size.synthesisComments} comments (buildSynthesis + writeOfficialDocx)`;
    if (synthesis.ok) {
      const r = synthesis.result;
      t.target({ label: synthesisLabel, value: round(r.ms / 1000, 1), unit: 's', op: '<', limit: 60 });
      t.info('… of which buildSynthesis / writeOfficialDocx (which streams the comments)', `${round((r.buildMs ?? 0) / 1000, 1)} s / ${round((r.renderMs ?? 0) / 1000, 1)} s; DOCX ${mb(r.bytes)} MB`);
      t.info('Synthesis child process peak RSS (recorded, no target)', `${mb(r.peakRssBytes)} MB (${mb(r.readyRssBytes)} MB once the database was open; V8 heap peak ${mb(r.peakHeapBytes)} MB; ${r.samples} samples)`);
      t.data.synthesis = { comments: size.synthesisComments, insertSec, ok: true, ...r };
    } else {
      t.rows.push([synthesisLabel, unfinished(synthesis), '< 60 s', 'FAIL']);
      t.problem(`target missed: ${synthesisLabel}: ${unfinished(synthesis)} — ${synthesis.reason}`);
      t.data.synthesis = { comments: size.synthesisComments, insertSec, ok: false, reason: synthesis.reason, ms: synthesis.ms, peakRssBytes: synthesis.peakRssBytes };
    }

    // 5. exports of M comments, each in its own child process
    const reopened = await openDatabase(bench.dataUrl);
    let total: number;
    try {
      const have = await countRound(reopened, demo.roundId);
      if (size.exportComments > have) {
        process.stdout.write(`  [${driver}] topping the round up to ${size.exportComments} comments … `);
        started = performance.now();
        await insertPublishedComments(reopened, { roundId: demo.roundId, anchors: [...demo.anchors, null], from: size.synthesisComments + 1, count: size.exportComments - have });
        console.log(`${round((performance.now() - started) / 1000, 1)} s`);
      }
      total = await countRound(reopened, demo.roundId);
    } finally {
      await reopened.close();
    }
    t.data.exportComments = total;
    for (const kind of ['xlsx', 'csv'] as const) {
      const r = await documentJob(bench, demo, kind, tmp);
      const label = `${kind.toUpperCase()} export of ${total} comments: child peak RSS`;
      if (!r.ok) {
        t.rows.push([label, unfinished(r), '< 500 MB', 'FAIL']);
        t.problem(`${kind} export: ${unfinished(r)} — ${r.reason}`);
        t.data[kind] = { ok: false, reason: r.reason, ms: r.ms, peakRssBytes: r.peakRssBytes };
        continue;
      }
      t.target({ label, value: mb(r.result.peakRssBytes), unit: 'MB', op: '<', limit: 500 });
      t.info(`… ${kind.toUpperCase()} time, size, RSS before`, `${round(r.result.ms / 1000, 1)} s, ${mb(r.result.bytes)} MB, ${mb(r.result.readyRssBytes)} MB once the database was open (V8 heap peak ${mb(r.result.peakHeapBytes)} MB)`);
      t.data[kind] = { ok: true, ...r.result };
      if (kind === 'csv') {
        const lines = await csvDataLines(path.join(tmp, `${driver}-csv.csv`));
        if (lines !== total) t.problem(`the CSV export holds ${lines} data lines for ${total} comments`);
      }
    }
    if (size.synthesisComments < ISSUE_SYNTHESIS_COMMENTS || size.exportComments < ISSUE_EXPORT_COMMENTS) {
      t.notes.push(`Sizes below issue 4's volumes (${ISSUE_SYNTHESIS_COMMENTS} comments for the synthesis, ${ISSUE_EXPORT_COMMENTS} for the exports): a PASS here does not show that the target is met.`);
    }
    const data: Json = { status: 'ok', ...t.data, targets: t.checks.map((c) => ({ ...c, pass: targetFailure(driver, c) === null })) };
    return { heading: driver === 'pglite' ? 'PGlite' : 'PostgreSQL', status: 'ok', notes: t.notes, columns: COLUMNS, rows: t.rows, data };
  } finally {
    await bench?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function run(ctx: RunContext): Promise<BenchReport> {
  const failures: string[] = [];
  const sections = await forEachDriver(ctx, COLUMNS, failures, (driver) => runDriver(driver, ctx, failures));
  const size = sizes(ctx);
  return {
    name: 'consultation',
    title: 'Consultation (issue 4): comment intake, draft page, synthesis report, exports',
    howToRead: [
      `Targets (issue 4, intake raised by issue 12): submissions sustained at ≥ ${INTAKE_TARGET} × the raw single-row INSERT rate of the same database with p99 < ${INTAKE_P99_MS} ms at that offered rate, none lost or duplicated; the public draft page ≥ 0.30 × the static file; the synthesis report over 100,000 comments < 60 s; XLSX and CSV exports of 250,000 comments < 500 MB peak RSS each. A missed target is listed under Problems and makes \`npm run bench\` exit non-zero.`,
      `Raw INSERT rate: ${RAW_LOOPS} concurrent loops each inserting one row per statement (autocommit) into \`bench_raw_comments\`, a scratch copy of \`comments\` with the same columns, defaults and indexes, for BENCH_DURATION seconds; on PGlite the loops take turns on its single connection. A one-loop rate is shown for information. The durability settings row shows what a commit waits for: run the benchmark on a durable configuration (fsync and synchronous_commit on, the defaults), as the intake's commits are durable before the receipt.`,
      `Submissions: a separate process POSTs the public comment form (urlencoded: idempotency key, article, citizen, name, phone, agree, ~300-character body, consent) to /gop-y/<slug>/y-kien at a fixed offered rate — new comments at ${OFFERED_NEW_FACTOR} × the raw INSERT rate just measured, a little above the target so that the edges of the window cannot decide it, plus one re-sent form in ${REPLAY_EVERY} — for BENCH_INTAKE_DURATION seconds (default 2 × BENCH_DURATION) after a BENCH_INTAKE_WARMUP warm-up (default 3 × BENCH_WARMUP) whose rate rises evenly from 0 to the offered rate. The target is the sustained rate: the server starts with its code not yet optimised, and a warm-up at the full rate would leave the measured period a backlog from its first second; with a 1 s warm-up the first two measured seconds still carried the start (latency 40–100 ms, then 20–25 ms), which decided the p99. The load is open-loop: a request is due at a fixed time whether or not the earlier ones have answered, its latency counts from that time, and a due request finding ${MAX_IN_FLIGHT} requests outstanding is skipped, so a server that cannot keep up shows a lower achieved rate and a higher p99 instead of a slower offered rate. Achieved rate = 303 answers to new comments (re-sent forms excluded: they store nothing) arriving during the measured period ÷ its length. Latency percentiles cover every answered submission except those both due and answered during the warm-up: a request due in the warm-up and still waiting counts with its whole wait.`,
      `The intake without HTTP (information, after the submissions): ${MAX_IN_FLIGHT} submitters in the benchmark's process call submitComment, the function the route calls once it has read the form, one comment after another for BENCH_DURATION seconds, each with its own address and phone number. Everything behind the form is in it (validation, batching with group commit, the audit entries); the HTTP server, the form parsing and the load generator are not, so the gap between the two rates is what the web front costs on the same CPUs.`,
      'Every submission uses its own X-Forwarded-For address from 198.18.0.0/15 (TEST-NET, RFC 2544; the app believes X-Forwarded-For from a proxy on its own host, TRUST_PROXY=loopback by default, and the load comes from 127.0.0.1) and its own phone number (no email, so no verification mail): the intake limits are per client (10 per address per 10 minutes, 20 per email/phone per day, 30 per minute per address on the route), so a benchmark from one address would only measure the limits. The load still goes to 127.0.0.1 only.',
      `Lost / duplicated: after the run every key is looked up in \`comments\`. Lost: a 303 whose receipt code is not stored under its key. Duplicated: a key stored twice, a re-sent form (every ${REPLAY_EVERY}th request repeats an earlier key from another address) answered with a different receipt, or a row for a refused request. The rows stored must number the distinct keys answered 303, plus at most those of requests the client abandoned after ${REQUEST_TIMEOUT_MS / 1000} s (their outcome is unknown to the client; each abandoned request is listed as a problem).`,
      'Draft page ratio: autocannon (BENCH_CONNECTIONS connections) on /gop-y/<slug> divided by the mean of two runs on /static/robots.txt (before and after), in the same run, before the bulk comments are inserted (the round then holds no published comment). The same page is measured again, for information, once the synthesis volume of published comments is in: the first request after the portal page cache is told of the change (as publishing actions tell it), then under load (the app may serve it from its cache).',
      `Synthesis: ${size.synthesisComments} published comments with published answers (about 300 characters each, spread over the draft's articles and general comments; BENCH_SYNTHESIS_COMMENTS) are inserted with bulk SQL, the server and database are closed, and a child process opens the database and times buildSynthesis + writeOfficialDocx to a file, as the office route does (writeOfficialDocx reads the article tables from the database while it writes). The child is stopped after ${SYNTHESIS_CAP_MS / 1000} s of wall time (the 60 s target plus start-up): by then the target is missed, and the figure shows how far it got.`,
      'Peak RSS of a child is the highest of its own samples of process.memoryUsage().rss every 100 ms and the kernel\'s high-water mark (VmHWM in /proc, also polled by the parent), which catches the peaks of synchronous work that blocks the sampling timer and is known even when the child runs out of memory.',
      `Exports: the round is topped up to ${size.exportComments} comments (BENCH_EXPORT_COMMENTS) and each export (writeCommentsXlsx, writeCommentsCsv) writes a file from its own child process, so one cannot inflate the other. Peak RSS is the whole child process, database driver included (limit ${EXPORT_CAP_MS / 1000} s each, to bound the run): on PGlite the database itself lives in that process (as in a PGlite deployment), on PostgreSQL only the client does. Every child runs as the platform runs: from an esbuild bundle of its job (bench/lib/child.ts; tsx would add about 65 MB of its own), the document children with the web process's Node flags (${WEB_NODE_FLAGS.join(' ')}), as the office routes that write these documents run in a web process.`,
      'Child processes and the load generator share the machine\'s CPUs with the server (and PostgreSQL): compare ratios and PASS/FAIL within one run rather than absolute rates across machines.',
    ],
    sections,
    failures,
  };
}

export const consultation: Benchmark = { name: 'consultation', title: 'Consultation', run };
