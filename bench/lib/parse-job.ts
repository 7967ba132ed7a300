/**
 * Child process of the plans benchmark (started through runChild): in a fresh process, so the first call is
 * really cold (parser code not yet optimised), parses a plan text file once, then `warmups` more times untimed,
 * then `runs` timed times. Reading the file and loading the modules are not timed.
 */
import fs from 'node:fs';
import { parsePlanText } from '../../src/modules/plans/parser';
import { printResult, readJob } from './child';

export interface ParseJob {
  file: string;
  warmups: number;
  runs: number;
}

export interface ParseJobResult {
  coldMs: number;
  /** Every timed run, in milliseconds. */
  runsMs: number[];
  tasks: number;
}

function main(): void {
  const job = readJob<ParseJob>();
  const text = fs.readFileSync(job.file, 'utf8');
  let start = performance.now();
  const first = parsePlanText(text);
  const coldMs = performance.now() - start;
  for (let i = 0; i < job.warmups; i++) parsePlanText(text);
  const runsMs: number[] = [];
  for (let i = 0; i < job.runs; i++) {
    start = performance.now();
    parsePlanText(text);
    runsMs.push(performance.now() - start);
  }
  const result: ParseJobResult = { coldMs, runsMs, tasks: first.tasks.length };
  printResult(result);
}

try {
  main();
  process.exit(0);
} catch (e) {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
}
