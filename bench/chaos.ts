/**
 * `npm run chaos [-- --rounds 8 --clients 6 --seed 1 --driver pglite|postgres]`: kill -9 under comment load.
 *
 * Each round starts the real server as child processes, from the bundle `npm start` runs (PGlite: one process on a file data dir; PostgreSQL, when
 * CHAOS_DATABASE_URL is set: the worker plus two web processes on two ports, one database), posts the public comment
 * form from concurrent clients (each post with its own marker, idempotency key, address and phone), kills a server
 * process with SIGKILL at a random moment, restarts it, lets the clients re-send every unanswered post with the same
 * idempotency key, stops the processes and counts from the database: lost (acknowledged, not stored), duplicated
 * (one marker stored twice), stored-unacknowledged; then `npm run cli -- audit verify` on the data. Writes
 * bench/results/chaos-<driver>.json and the "Chaos (kill -9)" section of bench/results/SUMMARY.md. Not part of
 * `npm test`: it takes minutes and uses fixed ports 3301–3303.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../src/platform/db';

type Driver = 'pglite' | 'postgres';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS_DIR = path.join(ROOT, 'bench/results');
const PORTS = { pglite: [3301], postgres: [3302, 3303] } as const;
/** The server as `npm start` runs it (scripts/start.mjs): the esbuild bundle of src/, built once before the rounds. */
const SERVER_BUNDLE = path.join(ROOT, 'dist/server/main.js');
const READY_LINE = 'Đồng Thuận đang chạy';
const RECEIPT = /\/gop-y\/bien-nhan\/(GY-[0-9A-Z]{8})/;
/** The load runs this long after the restarted process is ready, so the new process takes posts too. */
const AFTER_RESTART_MS = 1000;
/** Kill moment: uniformly drawn in this window after the load starts. */
const KILL_WINDOW_MS = [500, 3000] as const;
const RETRY_DEADLINE_MS = 30_000;
const REQUEST_TIMEOUT_MS = 15_000;

/** One comment a client wants stored: its marker is also its idempotency key and the start of its text. */
interface Post {
  marker: string;
  index: number;
  attempts: number;
  receipts: Set<string>;
  /** An attempt reached a server but brought no receipt back (connection cut by the kill, timeout, non-303 answer). */
  hasLostAnswer: boolean;
}

/** What a round counts, and what the totals add up. */
interface Counts {
  requests: number;
  posts: number;
  acknowledged: number;
  lost: number;
  duplicated: number;
  storedUnacknowledged: number;
  receiptMismatch: number;
  answeredOnRetry: number;
  /** Of those, the posts stored by an attempt made before the kill (their created_at precedes it). */
  storedBeforeKillUnanswered: number;
}

interface RoundFigures extends Counts {
  round: number;
  killed: string;
  killedAtMs: number;
  inFlightAtKill: number;
  statuses: Record<string, number>;
  startMs: number;
  restartMs: number;
  auditVerified: boolean;
  auditOutput: string;
}

/** mulberry32: a small seeded generator, so a run's kill moments can be drawn again with the same --seed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Every server process started and not yet ended, ended on the way out whatever happens. */
const live = new Set<ServerProcess>();
const temps = new Set<string>();

/** A server child process with the tail of its output (for the error message when it fails to start). */
class ServerProcess {
  readonly child: ChildProcess;
  private output = '';
  private readonly ready: Promise<number>;

  constructor(readonly name: string, readonly args: string[], readonly env: NodeJS.ProcessEnv) {
    live.add(this);
    const began = performance.now();
    this.child = spawn(process.execPath, ['--enable-source-maps', SERVER_BUNDLE, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.ready = new Promise<number>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        this.output = (this.output + chunk.toString()).slice(-4000);
        if (this.output.includes(READY_LINE)) resolve(performance.now() - began);
      };
      this.child.stdout!.on('data', onData);
      this.child.stderr!.on('data', onData);
      this.child.once('exit', (code, signal) => {
        live.delete(this);
        reject(new Error(`${this.name} exited (${code ?? signal}) before it was ready:\n${this.output}`));
      });
    });
    this.ready.catch(() => undefined);
  }

  /** Milliseconds from spawn to the "running" line; rejects when the process ends first or takes over 120 s. */
  async whenReady(): Promise<number> {
    const timeout = sleep(120_000).then(() => Promise.reject(new Error(`${this.name} not ready after 120 s:\n${this.output}`)));
    return Promise.race([this.ready, timeout]);
  }

  get isRunning(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** SIGKILL; resolves once the process has ended. */
  async kill9(): Promise<void> {
    if (!this.isRunning) return;
    const ended = new Promise<void>((r) => this.child.once('exit', () => r()));
    this.child.kill('SIGKILL');
    await ended;
  }

  /** The same process started again (same arguments, environment and port). */
  again(): ServerProcess {
    return new ServerProcess(this.name, this.args, this.env);
  }

  /** SIGTERM, then SIGKILL after 20 s; resolves once the process has ended. */
  async stop(): Promise<void> {
    if (!this.isRunning) return;
    const ended = new Promise<void>((r) => this.child.once('exit', () => r()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 20_000);
    await ended;
    clearTimeout(timer);
  }
}

/** Where a driver's data lives and how its processes are started. */
interface Target {
  driver: Driver;
  url: string;
  env: NodeJS.ProcessEnv;
  dispose: () => Promise<void>;
}

async function prepareTarget(driver: Driver, adminUrl: string | null, tmp: string): Promise<Target> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    ADMIN_PASSWORD: 'Quan-tri-chaos-2024',
    FILES_DIR: path.join(tmp, 'files'),
    AUDIT_CHECKPOINT_FILE: path.join(tmp, 'audit-checkpoints.jsonl'),
    DATABASE_POOL_MAX: '5',
    WEB_PROCESSES: '1',
  };
  if (driver === 'pglite') {
    const url = `file:${path.join(tmp, 'pglite')}`;
    return { driver, url, env: { ...env, DATABASE_URL: url }, dispose: async () => undefined };
  }
  if (!adminUrl) throw new Error('CHAOS_DATABASE_URL is not set');
  const name = `chaos_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const dispose = async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  };
  return { driver, url: url.toString(), env: { ...env, DATABASE_URL: url.toString() }, dispose };
}

/** The open round's comment form path, found as a visitor finds it: the portal's list, then each draft's form. */
async function findCommentPath(port: number): Promise<string> {
  const list = await (await fetch(`http://127.0.0.1:${port}/gop-y`)).text();
  const slugs = [...new Set([...list.matchAll(/href="\/gop-y\/([a-z0-9-]+)"/g)].map((m) => m[1]!))].filter((s) => s !== 'tra-cuu' && s !== 'gui-lai-xac-nhan');
  for (const slug of slugs) {
    const form = await fetch(`http://127.0.0.1:${port}/gop-y/${slug}/y-kien`);
    if (form.status === 200 && (await form.text()).includes('name="idempotencyKey"')) return `/gop-y/${slug}/y-kien`;
  }
  throw new Error(`no open comment form among the drafts listed on /gop-y (${slugs.join(', ') || 'none'})`);
}

/** Address in 198.18.0.0/15 (TEST-NET) and phone of post `i`: the per-client intake limits never apply. */
function identityOf(i: number): { address: string; phone: string } {
  const n = 1 + (i % 131_000);
  return { address: `198.${18 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`, phone: `09${String(i % 100_000_000).padStart(8, '0')}` };
}

/** The comment load of one round: clients, their posts and every request's outcome. */
class Load {
  readonly posts: Post[] = [];
  readonly statuses: Record<string, number> = {};
  requests = 0;
  inFlight = 0;
  private isStopping = false;
  private next = 0;

  constructor(private readonly commentPath: string, private readonly prefix: string, private readonly firstIndex: number, private readonly ports: () => number[]) {}

  /** Sends one attempt of `post` to `port`; true when it was answered with a receipt. */
  private async attempt(post: Post, port: number): Promise<boolean | 'down'> {
    const { address, phone } = identityOf(post.index);
    const form = new URLSearchParams({ idempotencyKey: post.marker, commenterType: 'citizen', name: `Người thử ${post.index}`, phone, stance: 'propose', body: `${post.marker} — góp ý thử nghiệm chịu lỗi (kill -9).`, consentProcessing: '1' });
    this.requests++;
    post.attempts++;
    this.inFlight++;
    try {
      const res = await fetch(`http://127.0.0.1:${port}${this.commentPath}`, { method: 'POST', body: form, redirect: 'manual', headers: { 'x-forwarded-for': address }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      await res.arrayBuffer();
      this.count(String(res.status));
      const receipt = res.status === 303 ? RECEIPT.exec(res.headers.get('location') ?? '')?.[1] : undefined;
      if (!receipt) {
        post.hasLostAnswer = true;
        return false;
      }
      post.receipts.add(receipt);
      return true;
    } catch (e) {
      const cause = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).name;
      this.count(cause);
      // a refused connection never reached a server; any other failure may have been the kill cutting a request
      if (cause !== 'ECONNREFUSED') post.hasLostAnswer = true;
      return 'down';
    } finally {
      this.inFlight--;
    }
  }

  private count(key: string): void {
    this.statuses[key] = (this.statuses[key] ?? 0) + 1;
  }

  /** Tries each port once, the next one when a process does not answer, as a client behind two addresses would. */
  private async deliver(post: Post, turn: number): Promise<boolean | 'down'> {
    const ports = this.ports();
    let last: boolean | 'down' = 'down';
    for (let k = 0; k < ports.length; k++) {
      last = await this.attempt(post, ports[(turn + k) % ports.length]!);
      if (last !== 'down') return last;
    }
    return last;
  }

  /**
   * One client: new posts until stopped. When no server answers, the client sends the same form again every 250 ms
   * (as a person pressing "Gửi" again would, the form keeping its idempotency key); a post answered without a
   * receipt, or still unanswered when the load stops, is kept for the retry phase.
   */
  async client(c: number): Promise<void> {
    for (let turn = c; !this.isStopping; turn++) {
      const index = this.firstIndex + this.next++;
      const post: Post = { marker: `${this.prefix}-${index}`, index, attempts: 0, receipts: new Set(), hasLostAnswer: false };
      this.posts.push(post);
      let outcome = await this.deliver(post, turn);
      while (outcome === 'down' && !this.isStopping) {
        await sleep(250);
        outcome = await this.deliver(post, ++turn);
      }
    }
  }

  stop(): void {
    this.isStopping = true;
  }

  /** Re-sends every unanswered post (same idempotency key) until it is answered or the deadline passes. */
  async retryUnanswered(clients: number): Promise<void> {
    const queue = this.posts.filter((p) => p.receipts.size === 0);
    const deadline = performance.now() + RETRY_DEADLINE_MS;
    await Promise.all(
      Array.from({ length: clients }, async (_, c) => {
        for (let turn = c; ; turn++) {
          const post = queue.shift();
          if (!post) return;
          if ((await this.deliver(post, turn)) !== true) {
            if (performance.now() > deadline) continue; // given up: counted as unacknowledged
            queue.push(post);
            await sleep(200);
          }
        }
      }),
    );
  }
}

/** Reads what the database stored for the round's markers: marker → receipt codes and creation times (ms). */
async function storedByMarker(url: string, prefix: string): Promise<Map<string, { code: string; createdAt: number }[]>> {
  const database = await openDatabase(url, { migrate: false });
  try {
    const { rows } = await database.query<{ body: string; receipt_code: string; created_at: string | Date }>(`select body, receipt_code, created_at from comments where body like $1`, [`${prefix}-%`]);
    const out = new Map<string, { code: string; createdAt: number }[]>();
    for (const r of rows) {
      const marker = r.body.split(' ')[0]!;
      out.set(marker, [...(out.get(marker) ?? []), { code: r.receipt_code, createdAt: new Date(r.created_at).getTime() }]);
    }
    return out;
  } finally {
    await database.close();
  }
}

/** `npm run cli -- audit verify` on the data: verified when it exits 0. */
async function auditVerify(env: NodeJS.ProcessEnv): Promise<{ isVerified: boolean; output: string }> {
  const child = spawn('npm', ['run', '--silent', 'cli', '--', 'audit', 'verify'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
  return { isVerified: code === 0, output: output.trim().split('\n').slice(-3).join(' ').slice(0, 400) };
}

interface Settings {
  rounds: number;
  clients: number;
  seed: number;
}

/** Starts the driver's processes; returns them, the web ports and the ms until all were ready. */
async function startServers(target: Target): Promise<{ procs: ServerProcess[]; webs: ServerProcess[]; ports: number[]; startMs: number }> {
  const began = performance.now();
  if (target.driver === 'pglite') {
    const server = new ServerProcess('server', [], { ...target.env, PORT: String(PORTS.pglite[0]) });
    await server.whenReady();
    return { procs: [server], webs: [server], ports: [...PORTS.pglite], startMs: performance.now() - began };
  }
  // the worker migrates and loads the demo data first; the web processes then only open the database
  const worker = new ServerProcess('worker', ['--worker'], target.env);
  await worker.whenReady();
  const webs = PORTS.postgres.map((port, i) => new ServerProcess(`web-${i + 1}`, ['--web', '--no-demo'], { ...target.env, PORT: String(port) }));
  await Promise.all(webs.map((w) => w.whenReady()));
  return { procs: [...webs, worker], webs, ports: [...PORTS.postgres], startMs: performance.now() - began };
}

/** One round: start, load, kill -9 at a random moment, restart, retry, stop, count, verify the audit chain. */
async function runRound(target: Target, round: number, settings: Settings, rng: () => number, runId: string): Promise<RoundFigures> {
  const { procs, webs, ports, startMs } = await startServers(target);
  const commentPath = await findCommentPath(ports[0]!);
  const prefix = `chaos-${runId}-r${round}`;
  const load = new Load(commentPath, prefix, round * 1_000_000, () => ports);
  const clients = Promise.all(Array.from({ length: settings.clients }, (_, c) => load.client(c)));
  const killedAtMs = Math.round(KILL_WINDOW_MS[0] + rng() * (KILL_WINDOW_MS[1] - KILL_WINDOW_MS[0]));
  await sleep(killedAtMs);
  const victim = webs[Math.floor(rng() * webs.length)]!;
  const inFlightAtKill = load.inFlight;
  const killedAt = Date.now();
  await victim.kill9();
  const replacement = victim.again();
  procs[procs.indexOf(victim)] = replacement;
  const restartMs = await replacement.whenReady();
  await sleep(AFTER_RESTART_MS);
  load.stop();
  await clients;
  await load.retryUnanswered(settings.clients);
  for (const p of procs) await p.stop();

  const stored = await storedByMarker(target.url, prefix);
  const audit = await auditVerify(target.env);
  const acked = load.posts.filter((p) => p.receipts.size > 0);
  return {
    round,
    killed: victim.name,
    killedAtMs,
    inFlightAtKill,
    requests: load.requests,
    posts: load.posts.length,
    acknowledged: acked.length,
    lost: acked.filter((p) => !stored.has(p.marker)).length,
    duplicated: [...stored.values()].filter((codes) => codes.length > 1).length,
    storedUnacknowledged: load.posts.filter((p) => p.receipts.size === 0 && stored.has(p.marker)).length,
    receiptMismatch: acked.filter((p) => p.receipts.size > 1 || (stored.get(p.marker) ?? []).some((s) => !p.receipts.has(s.code))).length,
    answeredOnRetry: acked.filter((p) => p.hasLostAnswer).length,
    storedBeforeKillUnanswered: acked.filter((p) => p.hasLostAnswer && (stored.get(p.marker) ?? []).some((s) => s.createdAt <= killedAt)).length,
    statuses: load.statuses,
    startMs: Math.round(startMs),
    restartMs: Math.round(restartMs),
    auditVerified: audit.isVerified,
    auditOutput: audit.output,
  };
}

const sum = (rows: RoundFigures[], key: keyof Counts) => rows.reduce((n, r) => n + r[key], 0);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : 0;
}

interface ChaosReport {
  name: 'chaos';
  driver: Driver;
  date: string;
  machine: { cpus: number; node: string; loadAverageStart: number; loadAverageEnd: number };
  settings: Settings & { killWindowMs: readonly number[]; afterRestartMs: number; topology: string };
  totals: Counts & {
    rounds: number;
    auditVerifiedRounds: number;
    coldStartMs: number;
    restartMedianMs: number;
    restartMaxMs: number;
    restartToColdStart: number;
  };
  isGoalMet: boolean;
  error: string | null;
  rounds: RoundFigures[];
}

function topologyOf(driver: Driver): string {
  return driver === 'pglite'
    ? `one process (web + jobs) on a PGlite file data dir, port ${PORTS.pglite[0]}; the kill -9 hits it and the clients wait for its restart`
    : `one worker (--worker: migrations, demo data, jobs) and two web processes (--web --no-demo) on ports ${PORTS.postgres.join(' and ')}, one PostgreSQL database; the kill -9 hits one web process and the clients re-send to the other`;
}

async function runDriver(driver: Driver, settings: Settings, adminUrl: string | null): Promise<ChaosReport> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-chaos-'));
  temps.add(tmp);
  const rng = seeded(settings.seed);
  const runId = randomBytes(3).toString('hex');
  const loadStart = os.loadavg()[0] ?? 0;
  const rows: RoundFigures[] = [];
  let error: string | null = null;
  let target: Target | null = null;
  try {
    target = await prepareTarget(driver, adminUrl, tmp);
    for (let round = 1; round <= settings.rounds; round++) {
      const r = await runRound(target, round, settings, rng, runId);
      rows.push(r);
      console.log(
        `  [${driver}] round ${r.round}: kill -9 ${r.killed} at ${r.killedAtMs} ms (${r.inFlightAtKill} in flight); ${r.requests} requests, ${r.posts} posts, ${r.acknowledged} acknowledged, ` +
          `lost ${r.lost}, duplicated ${r.duplicated}, stored-unacknowledged ${r.storedUnacknowledged}, receipt mismatch ${r.receiptMismatch}, answered on retry ${r.answeredOnRetry} (stored before the kill ${r.storedBeforeKillUnanswered}); restart ${r.restartMs} ms; audit ${r.auditVerified ? 'verified' : `NOT verified: ${r.auditOutput}`}`,
      );
    }
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
    console.error(`  [${driver}] stopped: ${error}`);
  } finally {
    for (const p of [...live]) await p.stop();
    await target?.dispose().catch((e: unknown) => console.error(`  [${driver}] could not drop the database: ${String(e)}`));
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const restarts = rows.map((r) => r.restartMs);
  const coldStartMs = rows[0]?.startMs ?? 0;
  const totals = {
    rounds: rows.length,
    requests: sum(rows, 'requests'),
    posts: sum(rows, 'posts'),
    acknowledged: sum(rows, 'acknowledged'),
    lost: sum(rows, 'lost'),
    duplicated: sum(rows, 'duplicated'),
    storedUnacknowledged: sum(rows, 'storedUnacknowledged'),
    receiptMismatch: sum(rows, 'receiptMismatch'),
    answeredOnRetry: sum(rows, 'answeredOnRetry'),
    storedBeforeKillUnanswered: sum(rows, 'storedBeforeKillUnanswered'),
    auditVerifiedRounds: rows.filter((r) => r.auditVerified).length,
    coldStartMs,
    restartMedianMs: median(restarts),
    restartMaxMs: Math.max(0, ...restarts),
    restartToColdStart: coldStartMs ? Math.round((median(restarts) / coldStartMs) * 100) / 100 : 0,
  };
  // a round where nothing was acknowledged measured nothing (the form refused, say): it cannot meet the goal
  const isGoalMet = !error && rows.length === settings.rounds && rows.every((r) => r.acknowledged > 0) && totals.lost === 0 && totals.duplicated === 0 && totals.receiptMismatch === 0 && totals.auditVerifiedRounds === rows.length;
  return {
    name: 'chaos',
    driver,
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version, loadAverageStart: Math.round(loadStart * 10) / 10, loadAverageEnd: Math.round((os.loadavg()[0] ?? 0) * 10) / 10 },
    settings: { ...settings, killWindowMs: KILL_WINDOW_MS, afterRestartMs: AFTER_RESTART_MS, topology: topologyOf(driver) },
    totals,
    isGoalMet,
    error,
    rounds: rows,
  };
}

const SECTION = '## Chaos (kill -9)';

function readChaos(driver: Driver): ChaosReport | null {
  const file = path.join(RESULTS_DIR, `chaos-${driver}.json`);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as ChaosReport) : null;
}

/** The summary's chaos section, from the stored results of both drivers (one not run this time keeps its date). */
function renderSection(ran: Set<Driver>): string {
  const lines = [SECTION, '', '`npm run chaos` (bench/chaos.ts; not part of `npm run bench`, which rewrites this file: run it again after a bench run). Goal: 0 lost, 0 duplicated, audit chain verified, every round.', ''];
  lines.push('| Driver | Rounds | Requests | Posts | Acknowledged | Lost | Duplicated | Stored-unacknowledged | Receipt mismatch | Answered on retry (stored before the kill) | Audit verified | Restart (median / max) | Restart ÷ cold start | Goal |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  const notes: string[] = [];
  for (const driver of ['pglite', 'postgres'] as const) {
    const r = readChaos(driver);
    const label = driver === 'pglite' ? 'PGlite' : 'PostgreSQL';
    if (!r) {
      lines.push(`| ${label} | — | | | | | | | | | | | | not run (${driver === 'postgres' ? 'set CHAOS_DATABASE_URL' : 'no result stored'}) |`);
      continue;
    }
    const t = r.totals;
    lines.push(`| ${label} | ${t.rounds} | ${t.requests} | ${t.posts} | ${t.acknowledged} | ${t.lost} | ${t.duplicated} | ${t.storedUnacknowledged} | ${t.receiptMismatch} | ${t.answeredOnRetry} (${t.storedBeforeKillUnanswered ?? '—'}) | ${t.auditVerifiedRounds} / ${t.rounds} | ${(t.restartMedianMs / 1000).toFixed(1)} s / ${(t.restartMaxMs / 1000).toFixed(1)} s | ${t.restartToColdStart} × | ${r.isGoalMet ? 'PASS' : 'FAIL'} |`);
    notes.push(`- ${label}: \`bench/results/chaos-${driver}.json\`, ${ran.has(driver) ? 'this run' : 'an earlier run'} (${r.date}); ${r.settings.rounds} rounds × ${r.settings.clients} clients, seed ${r.settings.seed}; ${r.settings.topology}; load average ${r.machine.loadAverageStart} → ${r.machine.loadAverageEnd}.${r.error ? ` Stopped early: ${r.error.split('\n')[0]}` : ''}`);
  }
  lines.push('', ...notes, '', 'How to read it:', '');
  lines.push(
    '- Each round starts the server as child processes (the bundle `npm start` runs, dist/server/main.js) on the same data (a fresh data dir or database for round 1), finds the open round\'s comment form through `/gop-y`, and posts the form from concurrent clients: every post has its own marker (also its idempotency key and the start of its text), `X-Forwarded-For` address in 198.18.0.0/15 and phone number, so the intake limits never refuse one. At a random moment 0.5–3 s into the load a server process gets SIGKILL; it is started again at once, the load goes on 1 s after it is ready, then every post without a receipt is re-sent with the same idempotency key (for up to 30 s), the processes are stopped (SIGTERM) and the comments are counted in the database; then `npm run cli -- audit verify` runs on the data.',
    '- Requests = HTTP attempts (first sends and re-sends, including those refused while a process was down); posts = distinct markers; acknowledged = posts answered 303 with a receipt code. Lost = acknowledged but not stored; duplicated = a marker stored more than once; stored-unacknowledged = stored though the client never got a receipt (allowed; after the re-sends it should be 0); receipt mismatch = a post given two receipt codes, or stored under another code than the one acknowledged; answered on retry = posts one attempt of which reached a server and brought no receipt back (the connection cut by the kill, a timeout or a non-303 answer; a refused connection does not count) while a re-send did: the same receipt when the first had been stored; in brackets, those whose comment the database holds with a creation time before the kill: the killed process stored them but died before answering, and the re-send got the stored receipt back (the app\'s own clock, same machine).',
    '- Restart = from the new process\'s spawn to its "running" line; ÷ cold start compares it with round 1\'s start (migrations and demo data on an empty database) in the same run, since absolute times depend on the machine and its load (2 CPUs shared with the load generator).',
  );
  return lines.join('\n') + '\n';
}

/** Replaces the chaos section of SUMMARY.md (up to the next `## ` heading), or appends it. */
function writeSection(ran: Set<Driver>): void {
  const file = path.join(RESULTS_DIR, 'SUMMARY.md');
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmark summary\n';
  const section = renderSection(ran);
  const at = text.indexOf(`${SECTION}\n`);
  if (at < 0) {
    fs.writeFileSync(file, `${text.trimEnd()}\n\n${section}`);
    return;
  }
  const next = text.indexOf('\n## ', at + SECTION.length);
  fs.writeFileSync(file, text.slice(0, at) + section + (next < 0 ? '' : text.slice(next)));
}

function settingsFromArgs(): { settings: Settings; drivers: Driver[]; adminUrl: string | null } {
  const { values } = parseArgs({ options: { rounds: { type: 'string' }, clients: { type: 'string' }, seed: { type: 'string' }, driver: { type: 'string' } } });
  const whole = (name: string, raw: string | undefined, fallback: number, min: number) => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}, got "${raw}"`);
    return n;
  };
  const adminUrl = process.env.CHAOS_DATABASE_URL || null;
  if (values.driver && values.driver !== 'pglite' && values.driver !== 'postgres') throw new Error(`--driver must be pglite or postgres, got "${values.driver}"`);
  if (values.driver === 'postgres' && !adminUrl) throw new Error('--driver postgres needs CHAOS_DATABASE_URL=postgres://…');
  const drivers: Driver[] = values.driver ? [values.driver as Driver] : adminUrl ? ['pglite', 'postgres'] : ['pglite'];
  return { settings: { rounds: whole('rounds', values.rounds, 8, 1), clients: whole('clients', values.clients, 6, 1), seed: whole('seed', values.seed, Date.now() % 100_000, 0) }, drivers, adminUrl };
}

/** Builds dist/server/ when src/ changed since, as `npm start` does (a child process: scripts/ is plain JavaScript). */
function ensureServerBundle(): void {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', `const m = await import('./scripts/build-server.mjs'); await m.ensureServerBundle(process.cwd());`], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('could not build the server bundle (scripts/build-server.mjs)');
}

async function main(): Promise<number> {
  const { settings, drivers, adminUrl } = settingsFromArgs();
  ensureServerBundle();
  console.log(`Chaos: ${settings.rounds} rounds × ${settings.clients} clients on ${drivers.join(' and ')}, seed ${settings.seed} (--seed ${settings.seed} draws the same kill moments and victims again).`);
  const ran = new Set<Driver>();
  let isOk = true;
  for (const driver of drivers) {
    const report = await runDriver(driver, settings, adminUrl);
    fs.writeFileSync(path.join(RESULTS_DIR, `chaos-${driver}.json`), `${JSON.stringify(report, null, 2)}\n`);
    ran.add(driver);
    const t = report.totals;
    console.log(`[${driver}] ${t.rounds} rounds, ${t.requests} requests, ${t.posts} posts, ${t.acknowledged} acknowledged, lost ${t.lost}, duplicated ${t.duplicated}, stored-unacknowledged ${t.storedUnacknowledged}, receipt mismatch ${t.receiptMismatch}, audit verified ${t.auditVerifiedRounds}/${t.rounds} — ${report.isGoalMet ? 'PASS' : 'FAIL'}`);
    isOk &&= report.isGoalMet;
  }
  writeSection(ran);
  console.log(`Wrote ${[...ran].map((d) => `bench/results/chaos-${d}.json`).join(', ')} and the "Chaos (kill -9)" section of bench/results/SUMMARY.md`);
  return isOk ? 0 : 1;
}

/** On Ctrl+C or a crash: the server processes and temp dirs go (a throwaway PostgreSQL database may stay). */
const endAll = () => {
  for (const p of live) p.child.kill('SIGKILL');
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  endAll();
  process.exit(130);
});
main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    endAll();
    process.exit(1);
  },
);
