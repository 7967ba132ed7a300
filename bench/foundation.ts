import { fetchOk, signIn, startBenchApp, type BenchApp, type Driver } from './lib/app';
import { loadProblem, measure, type LoadResult, type Target } from './lib/load';
import type { Benchmark, BenchReport, Json, RunContext, Section } from './lib/types';
import { forEachDriver } from './lib/drivers';

const PEOPLE = 2000;
const COLUMNS = ['Target', 'Path', 'req/s', 'p50 ms', 'p99 ms', '× static'];

/** Inserts `count` people in one SQL statement, spread over the demo tree's provincial departments. */
async function insertPeople(bench: BenchApp, count: number): Promise<void> {
  await bench.database.query(
    `with u as (
       select id, (row_number() over (order by id) - 1)::int as i, (count(*) over ())::int as n
       from org_units where valid_to is null and level = 'province'
     )
     insert into people (id, full_name, title, unit_id, email, phone)
     select 'bench-' || g, 'Nguyễn Văn Bench ' || lpad(g::text, 5, '0'), 'Chuyên viên', u.id,
            'nv' || g || '@bench.example.vn', '0912' || lpad(g::text, 6, '0')
     from generate_series(1, $1::int) g join u on u.i = g % u.n`,
    [count],
  );
  await bench.database.query('analyze people');
  const { rows } = await bench.database.query<{ n: number }>('select count(*)::int as n from people');
  if (Number(rows[0]?.n) < count) throw new Error(`expected ${count} people after the insert, found ${rows[0]?.n}`);
}

/** The four targets, each checked once (status 200 and a plausible body) before it is loaded. */
async function prepareTargets(bench: BenchApp): Promise<Target[]> {
  const cookie = await signIn(bench.baseUrl);
  const targets: Target[] = [
    { label: 'static file (baseline)', path: '/static/robots.txt' },
    { label: 'public page: home', path: '/' },
    { label: 'public page: org chart', path: '/co-cau-to-chuc?ngay=2024-06-01' },
    { label: 'JSON list (signed in)', path: '/api/v1/people?limit=50', headers: { cookie } },
  ];
  for (const t of targets) {
    const body = await fetchOk(bench.baseUrl, t.path, t.headers);
    if (t.path.startsWith('/api/v1/people')) {
      const page = JSON.parse(body) as { items: unknown[]; total: number };
      if (page.items.length !== 50 || page.total < PEOPLE) throw new Error(`people list returned ${page.items.length} items of ${page.total}`);
    } else if (t.path !== '/static/robots.txt' && !body.startsWith('<!doctype html>')) {
      throw new Error(`${t.path} did not render an HTML page`);
    }
  }
  return targets;
}

/** Runs one target under load, prints its figures and records any non-2xx or error. */
async function loadOne(bench: BenchApp, t: Target, ctx: RunContext, failures: string[]): Promise<LoadResult> {
  process.stdout.write(`  [${bench.driver}] ${t.label} … `);
  const r = await measure(bench.baseUrl, t, ctx.load);
  console.log(`${r.requestsPerSec} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms`);
  const problem = loadProblem(r);
  if (problem) failures.push(`[${bench.driver}] ${problem}`);
  return r;
}

/** Starts the app on one driver, seeds it, loads each target in turn and returns the driver's table. */
async function runDriver(driver: Driver, ctx: RunContext, failures: string[]): Promise<Section> {
  const bench = await startBenchApp(driver, ctx.postgresUrl);
  try {
    await insertPeople(bench, PEOPLE);
    const [staticTarget, ...others] = await prepareTargets(bench);
    const results: LoadResult[] = [];
    for (const t of [staticTarget!, ...others]) results.push(await loadOne(bench, t, ctx, failures));
    // The static file again at the end: a drift between the two shows how steady the machine was during the run.
    results.push(await loadOne(bench, { ...staticTarget!, label: 'static file (again, at the end)' }, ctx, failures));
    const first = results[0]!;
    const last = results.at(-1)!;
    const baselineRps = Math.round((first.requestsPerSec + last.requestsPerSec) / 2);
    const drift = baselineRps > 0 ? Math.abs(first.requestsPerSec - last.requestsPerSec) / baselineRps : 0;
    const ratio = (r: LoadResult) => (baselineRps > 0 ? Math.round((r.requestsPerSec / baselineRps) * 100) / 100 : 0);
    const rows = results.map((r) => [r.label, r.path, String(r.requestsPerSec), String(r.p50Ms), String(r.p99Ms), `${ratio(r).toFixed(2)} ×`]);
    const notes = [`Baseline = mean of the two static-file runs = ${baselineRps} req/s (they differ by ${Math.round(drift * 100)} %).`];
    if (drift > 0.2) notes.push('The two static-file runs differ by more than 20 %: the machine was not steady during this run, so treat the ratios as rough.');
    const data: Json = {
      status: 'ok',
      database: bench.where,
      people: PEOPLE,
      baselineRequestsPerSec: baselineRps,
      baselineDrift: Math.round(drift * 100) / 100,
      targets: results.map((r) => ({ ...r, ratioToStatic: ratio(r) })),
    };
    return { heading: driver === 'pglite' ? 'PGlite' : 'PostgreSQL', status: 'ok', notes, columns: COLUMNS, rows, data };
  } finally {
    await bench.close();
  }
}

/** Foundation benchmark: static file vs server-rendered pages vs an authenticated JSON list, on PGlite and PostgreSQL. */
async function run(ctx: RunContext): Promise<BenchReport> {
  const failures: string[] = [];
  const sections = await forEachDriver(ctx, COLUMNS, failures, (driver) => runDriver(driver, ctx, failures));
  return {
    name: 'foundation',
    title: 'Foundation: static file vs public pages vs authenticated JSON',
    howToRead: [
      '`× static` is the target\'s requests/s divided by the static-file requests/s measured on the same driver in the same run (the mean of a run before and a run after the other targets): `0.31 ×` means that route serves 31 % of the static-file rate. The static file does no database work, but @fastify/static stats, opens and streams the file on every request, so a page rendered from memory can beat it (ratio above 1).',
      'Both public pages read the organisation tree from the in-memory directory cache (reloaded from the database at most once per cache period), so they mostly measure React server rendering: the home page is small, the org chart renders the whole tree.',
      'PGlite runs in a thread of its own beside the server\'s (the default since session 11; PGLITE_THREAD=false keeps it in the server\'s thread, ADR 010) with a single connection, so its queries take turns; PostgreSQL runs in its own processes behind a pool of up to 10 connections. Database-bound routes (the JSON list) show the difference most.',
      'Compare ratios, not absolute requests/s: the load generator (autocannon) runs on the same CPUs as the server, so absolute figures depend on the machine and on what else runs on it.',
      `The JSON list pages through ${PEOPLE} people seeded by SQL, which each process keeps in memory (organisations/people-list.ts: its change counter, bumped by a trigger on every write, is read at most every 250 ms); every request also checks the session (cached 5 s). The org chart is rendered for 2024-06-01.`,
      `p50/p99 are latencies per request in milliseconds with ${ctx.load.connections} connections kept busy; a high p99 with a good p50 points at pauses (GC, a slow query) rather than steady cost.`,
    ],
    sections,
    failures,
  };
}

export const foundation: Benchmark = { name: 'foundation', title: 'Foundation', run };
