/** Shared shapes of the benchmark runner: what a benchmark module exports and what it reports. */

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Load-generator settings shared by every benchmark of one run. */
export interface LoadSettings {
  connections: number;
  durationSec: number;
  warmupSec: number;
  /** autocannon worker threads generating the load (0 = on the main thread, next to the server). */
  workers: number;
}

/** The machine and moment of a run, printed in the summary. */
export interface RunContext {
  date: string;
  machine: { cpus: number; cpuModel: string; node: string; platform: string; memoryGb: number; nodeFlags?: string[] };
  /** 1-minute load average when the run started and when it ended (other work on the machine skews the figures). */
  loadAverage: { start: number; end: number | null };
  load: LoadSettings;
  /** PostgreSQL admin URL (BENCH_DATABASE_URL or TEST_DATABASE_URL), or null when only PGlite runs. */
  postgresUrl: string | null;
}

/** One table of a report (typically one per driver); `skipped` sections carry the reason instead of rows. */
export interface Section {
  heading: string;
  status: 'ok' | 'skipped' | 'failed';
  reason?: string;
  /** Remarks printed under the table (e.g. a noisy baseline). */
  notes?: string[];
  columns: string[];
  rows: string[][];
  /** Machine-readable figures behind the table, written to the JSON file. */
  data: Json;
}

/** What a benchmark returns; `failures` non-empty makes the run exit non-zero. */
export interface BenchReport {
  name: string;
  title: string;
  /** Bullet lines under the tables explaining how to read them. */
  howToRead: string[];
  sections: Section[];
  failures: string[];
}

/** A benchmark module: listed in bench/run.ts and run in order. */
export interface Benchmark {
  name: string;
  title: string;
  run(ctx: RunContext): Promise<BenchReport>;
}
