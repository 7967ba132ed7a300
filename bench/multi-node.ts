/**
 * Multi-node benchmark (issue 12, "Speed on one machine and on several"): the deployment of docs/operations.md on
 * PostgreSQL — the server bundle as web processes (`--web --no-demo`) and one worker, behind nginx with the site of
 * deploy/nginx/ — measured with one web process behind nginx, with two, and with one answering directly (no nginx).
 * For each: the public draft page and a static file (autocannon), then comment intake at full speed from a
 * separate process (every post its own idempotency key, phone and X-Forwarded-For address), with a check that
 * every acknowledged comment is stored once. The processes are started by deploy/harness.ts, as the multi-node
 * test starts them.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../src/platform/db';
import { ensureOfficeBuild } from '../scripts/build-office.mjs';
import { ensureServerBundle } from '../scripts/build-server.mjs';
import { Child, freePort, serverProcess, startNginx, webProcess } from '../deploy/harness';
import { findNginx } from '../deploy/nginx-config';
import { freshDatabase } from './lib/app';
import { runChild } from './lib/child';
import type { CommentLoadJob, CommentLoadResult, Outcome } from './lib/comment-load';
import { runPart, skippedSection } from './lib/drivers';
import { loadProblem, measure, type LoadResult } from './lib/load';
import { percentile, round } from './lib/stats';
import type { Benchmark, BenchReport, Json, RunContext, Section } from './lib/types';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ADMIN_PASSWORD = 'Quan-tri-multi-node-2026';
/**
 * "Full speed": posts are offered far faster than any of these setups answers, and at most BENCH_CONNECTIONS are
 * outstanding, so a new post goes out as soon as an answer frees a slot (a closed loop of that many clients).
 */
const OFFERED_RATE = 20_000;
const REQUEST_TIMEOUT_MS = 30_000;
const STATIC_PATH = '/static/robots.txt';

const HEADINGS = { rates: 'PostgreSQL: rates per setup', ratios: 'PostgreSQL: ratios (same run)' };
const SETUP_COLUMNS = ['Measure', 'Direct, 1 web process', 'nginx, 1 web process', 'nginx, 2 web processes'];
const RATIO_COLUMNS = ['Ratio', 'Figure'];

type SetupKey = 'direct' | 'nginx1' | 'nginx2';
const SETUPS: { key: SetupKey; label: string }[] = [
  { key: 'direct', label: 'direct, 1 web process' },
  { key: 'nginx1', label: 'nginx, 1 web process' },
  { key: 'nginx2', label: 'nginx, 2 web processes' },
];

interface Intake {
  sent: number;
  windowSec: number;
  /** 303 answers with a receipt arriving within the measured period. */
  accepted: number;
  acceptedPerSec: number;
  p50Ms: number;
  p99Ms: number;
  statusCounts: Record<string, number>;
  /** The database check over every post of the run (warm-up included). */
  keysAnswered303: number;
  rowsStored: number;
  /** Answered 303 but not stored under its key with that receipt. */
  lost: number;
  /** A key stored more than once, or stored though it was refused. */
  duplicated: number;
  /** Keys the client never got an answer for, and of those how many are stored (neither lost nor doubled). */
  unanswered: number;
  storedUnanswered: number;
}

interface SetupResult {
  static: LoadResult;
  page: LoadResult;
  intake: Intake;
  /** Cores used on average by the web process(es) and by nginx during the page runs and during the intake. */
  cores: { pages: { web: number; nginx: number }; intake: { web: number; nginx: number } };
  /** Transactions rolled back and committed in the database during the intake (a moved audit head is refused). */
  intakeTransactions: { commits: number; rollbacks: number };
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The demo draft's slug and open round, as the worker's demo data created them. */
async function demoRound(database: Database): Promise<{ slug: string; roundId: string }> {
  const { rows } = await database.query<{ slug: string; round_id: string }>(
    `select d.slug, r.id as round_id from consultation_rounds r join policy_drafts d on d.id = r.draft_id order by r.created_at limit 1`,
  );
  if (!rows[0]) throw new Error('the worker created no consultation round (the demo draft is missing)');
  return { slug: rows[0].slug, roundId: rows[0].round_id };
}

/** Comment posts at full speed from a child process, then every key of the run looked up in `comments`. */
async function intake(database: Database, base: string, demo: { slug: string; roundId: string }, ctx: RunContext, tmp: string, key: SetupKey): Promise<Intake> {
  const keyPrefix = `mn-${key}-${randomUUID().slice(0, 8)}`;
  const job: CommentLoadJob = {
    baseUrl: base,
    slug: demo.slug,
    anchors: [''],
    ratePerSec: OFFERED_RATE,
    warmupSec: ctx.load.warmupSec,
    durationSec: ctx.load.durationSec,
    maxInFlight: ctx.load.connections,
    replayEvery: 0,
    keyPrefix,
    timeoutMs: REQUEST_TIMEOUT_MS,
    outFile: path.join(tmp, `intake-${key}.json`),
  };
  const run = await runChild<CommentLoadResult>('comment-load.ts', job, (ctx.load.warmupSec + ctx.load.durationSec) * 1000 + REQUEST_TIMEOUT_MS + 60_000);
  if (!run.ok) throw new Error(`comment posts: ${run.reason}`);
  const outcomes = JSON.parse(fs.readFileSync(job.outFile, 'utf8')) as Outcome[];
  const { startMs, endMs } = run.result.measured;
  const windowSec = (endMs - startMs) / 1000;
  const ok = (o: Outcome) => o.status === 303 && o.receipt !== null;
  const accepted = outcomes.filter((o) => ok(o) && o.endMs >= startMs && o.endMs <= endMs).length;
  const latencies = outcomes.filter((o) => ok(o) && o.phase === 'measured').map((o) => o.latencyMs);
  const statusCounts: Record<string, number> = {};
  for (const o of outcomes) {
    const s = o.status === 0 ? `no answer (${o.error ?? '?'})` : String(o.status);
    statusCounts[s] = (statusCounts[s] ?? 0) + 1;
  }

  const { rows } = await database.query<{ key: string; receipt: string }>(
    'select idempotency_key as key, receipt_code as receipt from comments where round_id = $1 and idempotency_key like $2',
    [demo.roundId, `${keyPrefix}-%`],
  );
  const stored = new Map<string, string[]>();
  for (const r of rows) stored.set(r.key, [...(stored.get(r.key) ?? []), r.receipt]);
  const acknowledged = outcomes.filter(ok);
  const answered = new Set(outcomes.filter((o) => o.status !== 0).map((o) => o.key));
  const unanswered = new Set(outcomes.filter((o) => o.status === 0 && !answered.has(o.key)).map((o) => o.key));
  const refused = new Set(outcomes.filter((o) => o.status !== 0 && o.status !== 303).map((o) => o.key));
  return {
    sent: run.result.measured.sent,
    windowSec: round(windowSec, 2),
    accepted,
    acceptedPerSec: round(accepted / windowSec, 1),
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    statusCounts,
    keysAnswered303: acknowledged.length,
    rowsStored: rows.length,
    lost: acknowledged.filter((o) => { const codes = stored.get(o.key) ?? []; return codes.length !== 1 || codes[0] !== o.receipt; }).length,
    duplicated: [...stored.values()].filter((codes) => codes.length > 1).length + [...stored.keys()].filter((k) => refused.has(k) && !acknowledged.some((o) => o.key === k)).length,
    unanswered: unanswered.size,
    storedUnanswered: [...unanswered].filter((k) => stored.has(k)).length,
  };
}

/** The static file, the draft page, then the intake, against one setup. */
async function measureSetup(database: Database, base: string, demo: { slug: string; roundId: string }, ctx: RunContext, tmp: string, setup: (typeof SETUPS)[number], pids: { web: number[]; nginx: number[] }, failures: string[], notes: string[]): Promise<SetupResult> {
  const pageRuns = await coresDuring(pids, async () => {
    const pages: LoadResult[] = [];
    for (const target of [{ label: 'static file', path: STATIC_PATH }, { label: 'public draft page', path: `/gop-y/${demo.slug}` }]) {
      process.stdout.write(`  [${setup.label}] ${target.label} … `);
      const r = await measure(base, target, ctx.load);
      console.log(`${r.requestsPerSec} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms`);
      // a page not answered 2xx is no speed figure; a rare dropped connection of the load generator is only noted
      if (r.non2xx || r.timeouts || !r.completed) failures.push(`[${setup.label}] ${loadProblem(r)}`);
      else if (r.errors) notes.push(`${setup.label}, ${target.label}: ${r.errors} connection error${r.errors === 1 ? '' : 's'} of autocannon among ${r.completed} answers (warm-up included), every answer 200.`);
      pages.push(r);
    }
    return pages;
  });
  const pages = pageRuns.value;
  process.stdout.write(`  [${setup.label}] comment intake at full speed (${ctx.load.connections} outstanding) … `);
  const txBefore = await transactions(database);
  const intakeRun = await coresDuring(pids, () => intake(database, base, demo, ctx, tmp, setup.key));
  const posts = intakeRun.value;
  const txAfter = await transactions(database);
  console.log(`${posts.acceptedPerSec}/s accepted, p50 ${posts.p50Ms} ms, p99 ${posts.p99Ms} ms; ${posts.rowsStored} stored for ${posts.keysAnswered303} acknowledged, ${posts.lost} lost, ${posts.duplicated} duplicated`);
  if (posts.lost || posts.duplicated) failures.push(`[${setup.label}] acknowledged comments not stored exactly once: ${posts.lost} lost, ${posts.duplicated} duplicated (${posts.rowsStored} rows for ${posts.keysAnswered303} acknowledged)`);
  if (posts.rowsStored !== posts.keysAnswered303 + posts.storedUnanswered) failures.push(`[${setup.label}] ${posts.rowsStored} comments stored for ${posts.keysAnswered303} acknowledged and ${posts.storedUnanswered} unanswered posts`);
  if (posts.unanswered) failures.push(`[${setup.label}] ${posts.unanswered} posts got no answer within ${REQUEST_TIMEOUT_MS / 1000} s`);
  return {
    static: pages[0]!,
    page: pages[1]!,
    intake: posts,
    cores: { pages: { web: pageRuns.web, nginx: pageRuns.nginx }, intake: { web: intakeRun.web, nginx: intakeRun.nginx } },
    intakeTransactions: { commits: txAfter.commits - txBefore.commits, rollbacks: txAfter.rollbacks - txBefore.rollbacks },
  };
}

/** How many requests nginx sent to each web process, from its access log (`upstream=ADDRESS`). */
function upstreamShares(accessLog: string, ports: number[]): number[] {
  const lines = fs.existsSync(accessLog) ? fs.readFileSync(accessLog, 'utf8').split('\n') : [];
  return ports.map((p) => lines.filter((l) => l.includes(`upstream=127.0.0.1:${p} `)).length);
}

/** CPU seconds (user + system) used so far by `pids` and their direct children (nginx's worker), from /proc. */
function cpuSeconds(pids: number[]): number {
  const ticks = 100; // USER_HZ: 100 on Linux
  const stat = (pid: string) => {
    try {
      // the fields after the command name, which may hold spaces: state is field 3, ppid 4, utime 14, stime 15
      const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').pop()!.split(' ');
      return { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) / ticks };
    } catch {
      return null;
    }
  };
  let total = 0;
  for (const entry of fs.existsSync('/proc') ? fs.readdirSync('/proc') : []) {
    if (!/^\d+$/.test(entry)) continue;
    const st = stat(entry);
    if (st && (pids.includes(Number(entry)) || pids.includes(st.ppid))) total += st.cpu;
  }
  return total;
}

/** Cores used on average by each group of processes while `work` ran. */
async function coresDuring<T>(groups: { web: number[]; nginx: number[] }, work: () => Promise<T>): Promise<{ value: T; web: number; nginx: number }> {
  const before = { web: cpuSeconds(groups.web), nginx: cpuSeconds(groups.nginx), at: performance.now() };
  const value = await work();
  const wall = (performance.now() - before.at) / 1000;
  return { value, web: round((cpuSeconds(groups.web) - before.web) / wall, 2), nginx: round((cpuSeconds(groups.nginx) - before.nginx) / wall, 2) };
}

/** Transactions committed and rolled back in the current database so far (PostgreSQL's statistics). */
async function transactions(database: Database): Promise<{ commits: number; rollbacks: number }> {
  // other backends report their counts at most once a second; a fresh snapshot then sees them
  await new Promise((r) => setTimeout(r, 1500));
  await database.query('select pg_stat_clear_snapshot()');
  const { rows } = await database.query<{ c: string; r: string }>('select xact_commit as c, xact_rollback as r from pg_stat_database where datname = current_database()');
  return { commits: Number(rows[0]?.c ?? 0), rollbacks: Number(rows[0]?.r ?? 0) };
}

const perSec = (r: LoadResult) => `${r.requestsPerSec} req/s (p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms)`;
const ratio = (a: number, b: number) => (b > 0 ? `${round(a / b, 2)} ×` : '—');

async function measureAll(ctx: RunContext, nginx: string, failures: string[]): Promise<Section[]> {
  const loadBefore = os.loadavg().map((l) => round(l, 2));
  await ensureServerBundle(ROOT);
  ensureOfficeBuild(ROOT);
  const serverMain = path.join(ROOT, 'dist/server/main.js');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-bench-multi-node-'));
  const children: Child[] = [];
  const keep = (c: Child) => (children.push(c), c);
  const { database, where, url, drop } = await freshDatabase('postgres', ctx.postgresUrl);
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: url,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ADMIN_PASSWORD,
      FILES_DIR: path.join(tmp, 'files'),
      AUDIT_CHECKPOINT_FILE: path.join(tmp, 'audit-checkpoints.jsonl'),
      WEB_PROCESSES: '1',
      TRUST_PROXY: 'loopback',
    };
    // the worker migrates and loads the demo data (the open consultation) before the web processes start
    console.log('  starting the worker, two web processes and two nginx instances …');
    await keep(serverProcess(serverMain, 'worker', ['--worker'], env)).ready();
    const ports = [await freePort(), await freePort()];
    const webs = ports.map((port, i) => keep(webProcess(serverMain, `web-${i + 1}`, env, port)));
    await Promise.all(webs.map((w) => w.ready()));
    // one nginx per setup, each under its own prefix, the same generated site in front of one or both processes
    const prefixes = [path.join(tmp, 'nginx-1'), path.join(tmp, 'nginx-2')];
    for (const p of prefixes) fs.mkdirSync(p);
    const one = await startNginx(nginx, prefixes[0]!, [ports[0]!], 'nginx-1');
    keep(one.proxy);
    const two = await startNginx(nginx, prefixes[1]!, ports, 'nginx-2');
    keep(two.proxy);
    const demo = await demoRound(database);
    const bases: Record<SetupKey, string> = { direct: `http://127.0.0.1:${ports[0]}`, nginx1: one.base, nginx2: two.base };

    const pid = (c: Child) => c.proc.pid ?? -1;
    const pids: Record<SetupKey, { web: number[]; nginx: number[] }> = {
      direct: { web: [pid(webs[0]!)], nginx: [] },
      nginx1: { web: [pid(webs[0]!)], nginx: [pid(one.proxy)] },
      nginx2: { web: webs.map(pid), nginx: [pid(two.proxy)] },
    };
    const notes: string[] = [];
    const results = {} as Record<SetupKey, SetupResult>;
    for (const setup of SETUPS) results[setup.key] = await measureSetup(database, bases[setup.key], demo, ctx, tmp, setup, pids[setup.key], failures, notes);
    const shares = upstreamShares(path.join(prefixes[1]!, 'access.log'), ports);
    const loadAfter = os.loadavg().map((l) => round(l, 2));

    const { direct, nginx1, nginx2 } = results;
    const cells = (f: (r: SetupResult) => string) => SETUPS.map((s) => f(results[s.key]));
    const storedCell = (i: Intake) =>
      `${i.rowsStored} rows for ${i.keysAnswered303} acknowledged: ${i.lost === 0 && i.duplicated === 0 && i.rowsStored === i.keysAnswered303 + i.storedUnanswered ? 'each stored once' : `${i.lost} lost, ${i.duplicated} duplicated — FAIL`}`;
    const rates: Section = {
      heading: HEADINGS.rates,
      status: 'ok',
      columns: SETUP_COLUMNS,
      rows: [
        ['Static file /static/robots.txt', ...cells((r) => perSec(r.static))],
        ['Public draft page /gop-y/<slug>', ...cells((r) => perSec(r.page))],
        ['Comment intake: accepted (303 with a receipt) per second', ...cells((r) => `${r.intake.acceptedPerSec}/s (${r.intake.accepted} in ${r.intake.windowSec} s)`)],
        ['Comment intake latency p50 / p99', ...cells((r) => `${r.intake.p50Ms} ms / ${r.intake.p99Ms} ms`)],
        ['Acknowledged comments in the database (warm-up included)', ...cells((r) => storedCell(r.intake))],
        ['Database transactions during the intake: committed / rolled back', ...cells((r) => `${r.intakeTransactions.commits} / ${r.intakeTransactions.rollbacks}`)],
        ['Cores used during the page runs: web process(es) / nginx', ...cells((r) => `${r.cores.pages.web} / ${r.cores.pages.nginx}`)],
        ['Cores used during the intake: web process(es) / nginx', ...cells((r) => `${r.cores.intake.web} / ${r.cores.intake.nginx}`)],
      ],
      notes: [
        `The machine has ${os.cpus().length} CPU core${os.cpus().length === 1 ? '' : 's'} (${os.cpus()[0]?.model.trim() ?? '?'}), shared by nginx, PostgreSQL, the web processes, the worker and the load generator (autocannon in this process, the comment posts in a child process): the gain of a second web process is bounded by that, and a second process mostly competes for the same cores. Load average (1, 5, 15 min): ${loadBefore.join(', ')} before, ${loadAfter.join(', ')} after.`,
        `nginx with two web processes sent them ${shares[0]} and ${shares[1]} requests over the whole run (its access log), so both served.`,
        ...notes,
        `Comment statuses (warm-up included): ${SETUPS.map((s) => `${s.label}: ${Object.entries(results[s.key].intake.statusCounts).map(([c, n]) => `${c}×${n}`).join(', ')}`).join('; ')}.`,
      ],
      data: {
        database: where,
        cpus: os.cpus().length,
        loadAverageBefore: loadBefore,
        loadAverageAfter: loadAfter,
        upstreamShares: shares,
        ...(Object.fromEntries(SETUPS.map((s) => { const r = results[s.key]; return [s.key, { static: { ...r.static }, page: { ...r.page }, intake: { ...r.intake }, cores: { pages: { ...r.cores.pages }, intake: { ...r.cores.intake } }, intakeTransactions: { ...r.intakeTransactions } }]; })) as Record<string, Json>),
      },
    };
    if (shares.some((n) => n === 0)) failures.push(`nginx with two web processes sent one of them nothing (${shares.join(' / ')} requests)`);
    const ratios: Section = {
      heading: HEADINGS.ratios,
      status: 'ok',
      columns: RATIO_COLUMNS,
      rows: [
        ['Two processes ÷ one (both behind nginx): draft page', ratio(nginx2.page.requestsPerSec, nginx1.page.requestsPerSec)],
        ['Two processes ÷ one (both behind nginx): static file', ratio(nginx2.static.requestsPerSec, nginx1.static.requestsPerSec)],
        ['Two processes ÷ one (both behind nginx): comments accepted', ratio(nginx2.intake.acceptedPerSec, nginx1.intake.acceptedPerSec)],
        ['nginx ÷ direct (one process): draft page', ratio(nginx1.page.requestsPerSec, direct.page.requestsPerSec)],
        ['nginx ÷ direct (one process): static file', ratio(nginx1.static.requestsPerSec, direct.static.requestsPerSec)],
        ['nginx ÷ direct (one process): comments accepted', ratio(nginx1.intake.acceptedPerSec, direct.intake.acceptedPerSec)],
      ],
      notes: [`Measured in one run on ${os.cpus().length} shared cores: a ratio near 1 for two processes says the cores, not the number of processes, were the limit.`],
      data: {
        twoOverOne: { page: round(nginx2.page.requestsPerSec / nginx1.page.requestsPerSec, 2), static: round(nginx2.static.requestsPerSec / nginx1.static.requestsPerSec, 2), intake: round(nginx2.intake.acceptedPerSec / nginx1.intake.acceptedPerSec, 2) },
        nginxOverDirect: { page: round(nginx1.page.requestsPerSec / direct.page.requestsPerSec, 2), static: round(nginx1.static.requestsPerSec / direct.static.requestsPerSec, 2), intake: round(nginx1.intake.acceptedPerSec / direct.intake.acceptedPerSec, 2) },
      },
    };
    return [rates, ratios];
  } finally {
    await Promise.all(children.map((c) => c.stop()));
    await database.close().catch(() => undefined);
    await drop().catch((e: unknown) => failures.push(`could not drop the benchmark database: ${message(e)}`));
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function run(ctx: RunContext): Promise<BenchReport> {
  const failures: string[] = [];
  const nginx = findNginx();
  const skipReason = !ctx.postgresUrl ? 'no BENCH_DATABASE_URL or TEST_DATABASE_URL set (several web processes need PostgreSQL)' : !nginx ? 'nginx is not installed (apt-get install nginx-light)' : null;
  let sections: Section[];
  if (skipReason) {
    console.log(`  SKIPPED: ${skipReason}`);
    sections = [skippedSection(HEADINGS.rates, SETUP_COLUMNS, skipReason, 'skipped')];
  } else {
    let parts: Section[] = [];
    const first = await runPart('multi-node', HEADINGS.rates, SETUP_COLUMNS, failures, async () => {
      parts = await measureAll(ctx, nginx!, failures);
      return parts[0]!;
    });
    sections = first.status === 'ok' ? parts : [first];
  }
  return {
    name: 'multi-node',
    title: 'Multi-node (issue 12): one and two web processes behind nginx, on PostgreSQL',
    howToRead: [
      'Setups, all on one fresh PostgreSQL database with the worker running (it loads the demo draft): one web process answering directly (no nginx, for reference), the same process behind nginx, and two web processes behind nginx. nginx runs the site of deploy/nginx/ (dong-thuan-locations.conf and the upstream parameters of dong-thuan.conf, generated by deploy/nginx-config.ts as the multi-node test generates it), plain HTTP on 127.0.0.1, one nginx worker. The processes are the server bundle (`node dist/server/main.js --web --no-demo` / `--worker`), started by deploy/harness.ts.',
      'Pages: autocannon (BENCH_CONNECTIONS connections, BENCH_WARMUP then BENCH_DURATION seconds) on /static/robots.txt and on the demo draft\'s public page /gop-y/<slug>.',
      `Comment intake: a child process posts the portal\'s comment form at full speed — at most BENCH_CONNECTIONS posts outstanding, a new one sent as soon as one is answered — for the same warm-up and duration. Each post has its own idempotency key, phone number and X-Forwarded-For address (198.18.0.0/15; the application trusts X-Forwarded-For from a loopback proxy, and nginx passes it on), so the per-address and per-identity limits do not refuse. Accepted per second = 303 answers with a receipt arriving in the measured period ÷ its length; latency p50/p99 over the measured posts answered 303.`,
      'The only pass/fail: after each intake every key of the run is looked up in `comments` — each acknowledged (303) post stored once under its receipt, no key stored twice, nothing stored for a refused post. A post with no answer within 30 s is also listed as a problem, and so is a page request not answered 2xx (it would make the figures meaningless).',
      'Everything shares the same CPU cores (see the notes under the first table): compare the ratios of one run, not absolute rates across runs.',
    ],
    sections,
    failures,
  };
}

export const multiNode: Benchmark = { name: 'multi-node', title: 'Multi-node', run };
