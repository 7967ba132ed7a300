/**
 * Restart benchmark (issue 11, reliability 9): how long `npm start` takes to answer /api/health/ready when nothing
 * changed since the last start (the office and the server bundle already built, the data already set up), against
 * running the TypeScript sources through tsx the way the platform started before. PGlite, a file data directory.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { infoRow, round, targetFailure, targetRow, type TargetCheck } from './lib/stats';
import type { Benchmark, BenchReport, RunContext } from './lib/types';

const COLUMNS = ['Measure', 'Figure', 'Target', 'Result'];
const RUNS = 3;
const PORT = 3390;

async function readyAfter(command: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, command, { env, stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${command.join(' ')} exited with ${child.exitCode} before answering`);
      try {
        if ((await fetch(`http://127.0.0.1:${PORT}/api/health/ready`)).ok) return performance.now() - started;
      } catch {
        // not listening yet
      }
      if (performance.now() - started > 120_000) throw new Error(`${command.join(' ')} not ready after 120 s`);
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export const restart: Benchmark = {
  name: 'restart',
  title: 'Restart: ready after npm start when nothing changed',
  async run(_ctx: RunContext): Promise<BenchReport> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-restart-'));
    const env = { ...process.env, PORT: String(PORT), DATABASE_URL: `file:${dir}/pglite`, FILES_DIR: `${dir}/files`, AUDIT_CHECKPOINT_FILE: `${dir}/ckpt.jsonl`, ADMIN_PASSWORD: 'Quan-tri-restart-2026', LOG_LEVEL: 'warn' };
    const failures: string[] = [];
    try {
      process.stdout.write('  first start (builds what is missing, sets the data up; not measured) … ');
      console.log(`${round(await readyAfter(['scripts/start.mjs'], env))} ms`);
      const bundle: number[] = [];
      const sources: number[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        bundle.push(await readyAfter(['scripts/start.mjs'], env));
        sources.push(await readyAfter(['--import', 'tsx', 'src/main.ts'], env));
      }
      console.log(`  npm start ${bundle.map((v) => round(v)).join(' / ')} ms; sources through tsx ${sources.map((v) => round(v)).join(' / ')} ms`);
      const check: TargetCheck = { label: 'npm start, ready after a restart (median of 3)', value: round(median(bundle) / 1000, 2), unit: 's', op: '<', limit: 3 };
      const failure = targetFailure('pglite', check);
      if (failure) failures.push(failure);
      return {
        name: 'restart',
        title: this.title,
        howToRead: [
          '“Ready” is the first 200 of /api/health/ready (database writable, disk space, job queue), timed from the spawn of the process.',
          '`npm start` runs the server bundle dist/server/main.js (esbuild, rebuilt only when src/ or the lock file changed) and builds the office only when its sources changed; the sources through tsx are how the platform started before.',
        ],
        sections: [
          {
            heading: 'PGlite, file data directory',
            status: 'ok',
            columns: COLUMNS,
            rows: [
              targetRow(check),
              infoRow('Sources through tsx (node --import tsx src/main.ts), median of 3', `${round(median(sources) / 1000, 2)} s`),
              infoRow('Ratio tsx / bundle', `${round(median(sources) / median(bundle), 1)}×`),
            ],
            data: { bundleMs: bundle.map((v) => round(v)), sourcesMs: sources.map((v) => round(v)) },
          },
        ],
        failures,
      };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
