import { fetchOk, signIn, startBenchApp, type BenchApp, type Driver } from './lib/app';
import { loadProblem, measure, type LoadResult, type Target } from './lib/load';
import type { Benchmark, BenchReport, Json, RunContext, Section } from './lib/types';

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

function ratio(r: LoadResult, baseline: LoadResult): number {
  return baseline.requestsPerSec > 0 ? Math.round((r.requestsPerSec / baseline.requestsPerSec) * 100) / 100 : 0;
}

function skipped(driver: Driver, reason: string, status: 'skipped' | 'failed'): Section {
  return { heading: driver === 'pglite' ? 'PGlite' : 'PostgreSQL', status, reason, columns: COLUMNS, rows: [], data: { status, reason } };
}

/** Starts the app on one driver, seeds it, loads each target in turn and returns the driver's table. */
async function runDriver(driver: Driver, ctx: RunContext, failures: string[]): Promise<Section> {
  const bench = await startBenchApp(driver, ctx.postgresUrl);
  try {
    await insertPeople(bench, PEOPLE);
    const targets = await prepareTargets(bench);
    const results: LoadResult[] = [];
    for (const t of targets) {
      process.stdout.write(`  [${driver}] ${t.label} … `);
      const r = await measure(bench.baseUrl, t, ctx.load);
      results.push(r);
      console.log(`${r.requestsPerSec} req/s, p99 ${r.p99Ms} ms`);
      const problem = loadProblem(r);
      if (problem) failures.push(`[${driver}] ${problem}`);
    }
    const baseline = results[0]!;
    const rows = results.map((r) => [r.label, r.path, String(r.requestsPerSec), String(r.p50Ms), String(r.p99Ms), `${ratio(r, baseline).toFixed(2)} ×`]);
    const data: Json = {
      status: 'ok',
      database: bench.where,
      people: PEOPLE,
      targets: results.map((r) => ({ ...r, ratioToStatic: ratio(r, baseline) })),
    };
    return { heading: driver === 'pglite' ? 'PGlite' : 'PostgreSQL', status: 'ok', columns: COLUMNS, rows, data };
  } finally {
    await bench.close();
  }
}

/** Foundation benchmark: static file vs server-rendered pages vs an authenticated JSON list, on PGlite and PostgreSQL. */
async function run(ctx: RunContext): Promise<BenchReport> {
  const failures: string[] = [];
  const sections: Section[] = [];
  for (const driver of ['pglite', 'postgres'] as const) {
    if (driver === 'postgres' && !ctx.postgresUrl) {
      console.log('  [postgres] SKIPPED: set BENCH_DATABASE_URL or TEST_DATABASE_URL to measure PostgreSQL too.');
      sections.push(skipped(driver, 'no BENCH_DATABASE_URL or TEST_DATABASE_URL set', 'skipped'));
      continue;
    }
    try {
      sections.push(await runDriver(driver, ctx, failures));
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      failures.push(`[${driver}] ${message}`);
      sections.push(skipped(driver, message, 'failed'));
    }
  }
  return {
    name: 'foundation',
    title: 'Foundation: static file vs public pages vs authenticated JSON',
    howToRead: [
      '`× static` is the target\'s requests/s divided by the static-file requests/s measured on the same driver in the same run: `0.31 ×` means that route serves 31 % of the static-file rate. The static file does no database work, so it is the ceiling of this process on this machine.',
      'Compare ratios, not absolute requests/s: the load generator (autocannon) runs on the same CPUs as the server, so absolute figures depend on the machine and on what else runs on it.',
      `The JSON list reads ${PEOPLE} people seeded by SQL; every request also looks up the session. The org chart is rendered for 2024-06-01.`,
      `p50/p99 are latencies per request in milliseconds with ${ctx.load.connections} connections kept busy; a high p99 with a good p50 points at pauses (GC, a slow query) rather than steady cost.`,
    ],
    sections,
    failures,
  };
}

export const foundation: Benchmark = { name: 'foundation', title: 'Foundation', run };
