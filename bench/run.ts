/**
 * `npm run bench [-- name…]`: runs the benchmark modules listed below in order, writes bench/results/<name>.json for
 * each and overwrites bench/results/SUMMARY.md. Exits non-zero when any benchmark reports a failure.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { consultation } from './consultation';
import { foundation } from './foundation';
import { officeThreeG } from './office-3g';
import { orgImport } from './org-import';
import { plans } from './plans';
import { restart } from './restart';
import { multiNode } from './multi-node';
import { nearDup } from './near-dup';
import { campaignSynthesis } from './campaign-synthesis';
import { sentiment } from './sentiment';
import { monitoringIngest } from './monitoring-ingest';
import { monitoringAlerts } from './monitoring-alerts';
import { readReport, renderSummary, writeReport, type StoredReport } from './lib/report';
import type { Benchmark, LoadSettings, RunContext } from './lib/types';
import { WEB_NODE_FLAGS } from '../scripts/node-flags.mjs';

/** Every benchmark, in run order; add new modules (plan import, comment intake, …) here. */
const BENCHMARKS: Benchmark[] = [foundation, plans, consultation, orgImport, officeThreeG, restart, multiNode, nearDup, campaignSynthesis, sentiment, monitoringIngest, monitoringAlerts];

/** Where the results go: bench/results/, or BENCH_RESULTS_DIR (the runner's own test writes to a temporary folder). */
const RESULTS_DIR = process.env.BENCH_RESULTS_DIR ? path.resolve(process.env.BENCH_RESULTS_DIR) : fileURLToPath(new URL('./results', import.meta.url));
const SHOWN_DIR = path.relative(process.cwd(), RESULTS_DIR).startsWith('..') ? RESULTS_DIR : path.relative(process.cwd(), RESULTS_DIR) || '.';

function numberEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min) throw new Error(`${name} must be a number ≥ ${min}, got "${raw}"`);
  return n;
}

function settings(): LoadSettings {
  return {
    connections: Math.round(numberEnv('BENCH_CONNECTIONS', 10, 1)),
    durationSec: numberEnv('BENCH_DURATION', 5, 1),
    warmupSec: numberEnv('BENCH_WARMUP', 1, 0),
    workers: Math.round(numberEnv('BENCH_WORKERS', 1, 0)),
  };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function context(): RunContext {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? 'unknown',
      node: process.version,
      nodeFlags: [...WEB_NODE_FLAGS],
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
    },
    loadAverage: { start: round1(os.loadavg()[0] ?? 0), end: null },
    load: settings(),
    postgresUrl: process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || null,
  };
}

/** Runs the selected benchmarks, writes the results and returns the process exit code. */
async function main(): Promise<number> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !BENCHMARKS.some((b) => b.name === w));
  if (unknown.length) {
    console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
    return 2;
  }
  const ctx = context();
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  console.log(`Benchmarks on ${ctx.machine.cpus} CPU(s), Node ${ctx.machine.node}; ${ctx.load.connections} connections, ${ctx.load.warmupSec} s warm-up + ${ctx.load.durationSec} s per target.`);
  const failures: string[] = [];
  const ran = new Map<string, StoredReport>();
  for (const bench of BENCHMARKS.filter((b) => wanted.length === 0 || wanted.includes(b.name))) {
    console.log(`\n▶ ${bench.name}`);
    try {
      const report = await bench.run(ctx);
      ran.set(bench.name, writeReport(RESULTS_DIR, { ...ctx, loadAverage: { ...ctx.loadAverage, end: round1(os.loadavg()[0] ?? 0) } }, report));
      failures.push(...report.failures.map((f) => `${bench.name}: ${f}`));
    } catch (e) {
      failures.push(`${bench.name}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
  ctx.loadAverage.end = round1(os.loadavg()[0] ?? 0);
  // Benchmarks not run this time keep their last stored figures in the summary, marked with their date.
  const reports = BENCHMARKS.flatMap((b) => {
    const report = ran.get(b.name) ?? readReport(RESULTS_DIR, b.name);
    return report ? [{ report, fromThisRun: ran.has(b.name) }] : [];
  });
  // the chaos section is written by `npm run chaos` (bench/chaos.ts), not by this run: keep it as it stands
  const previous = fs.existsSync(`${RESULTS_DIR}/SUMMARY.md`) ? fs.readFileSync(`${RESULTS_DIR}/SUMMARY.md`, 'utf8') : '';
  const chaos = /\n## Chaos \(kill -9\)[\s\S]*?(?=\n## |$)/.exec(previous)?.[0] ?? '';
  fs.writeFileSync(`${RESULTS_DIR}/SUMMARY.md`, renderSummary(ctx, reports).trimEnd() + (chaos ? `\n${chaos.trimEnd()}\n` : '\n'));
  console.log(`\nWrote ${[...ran.keys()].map((n) => `${SHOWN_DIR}/${n}.json`).join(', ') || 'no results'} and ${SHOWN_DIR}/SUMMARY.md`);
  if (failures.length) {
    console.error(`\n✗ ${failures.length} problem(s):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    return 1;
  }
  console.log('✓ every request answered 2xx');
  return 0;
}

/**
 * The servers the benchmarks start in this process run with a production web process's Node flags (npm start and
 * dong-thuan-web@.service use the same list); V8 reads them only at start, so this process starts again with them.
 */
function withWebFlags(): Promise<number> | null {
  if (WEB_NODE_FLAGS.every((flag) => process.execArgv.includes(flag))) return null;
  const child = spawn(process.execPath, [...WEB_NODE_FLAGS, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

(withWebFlags() ?? main()).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
