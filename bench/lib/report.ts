import fs from 'node:fs';
import path from 'node:path';
import type { BenchReport, Json, RunContext } from './types';

/** A report as stored in bench/results/<name>.json: the run context plus the benchmark's sections. */
export interface StoredReport {
  name: string;
  title: string;
  date: string;
  machine: RunContext['machine'];
  loadAverage: RunContext['loadAverage'];
  load: RunContext['load'];
  howToRead: string[];
  sections: { heading: string; status: string; reason?: string; notes?: string[]; columns: string[]; rows: string[][]; data: Json }[];
  failures: string[];
}

/** Writes bench/results/<name>.json and returns what was written. */
export function writeReport(dir: string, ctx: RunContext, report: BenchReport): StoredReport {
  const stored: StoredReport = {
    name: report.name,
    title: report.title,
    date: ctx.date,
    machine: ctx.machine,
    loadAverage: ctx.loadAverage,
    load: ctx.load,
    howToRead: report.howToRead,
    sections: report.sections,
    failures: report.failures,
  };
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${report.name}.json`), JSON.stringify(stored, null, 2) + '\n');
  return stored;
}

/** Reads an earlier bench/results/<name>.json, or null when there is none or it cannot be parsed. */
export function readReport(dir: string, name: string): StoredReport | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8')) as StoredReport;
  } catch {
    return null;
  }
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function table(columns: string[], rows: string[][]): string[] {
  const numeric = (i: number) => rows.length > 0 && rows.every((r) => /^[\d.]+( ×)?$/.test(r[i] ?? ''));
  return [
    `| ${columns.map(cell).join(' | ')} |`,
    `| ${columns.map((_, i) => (numeric(i) ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

function reportMarkdown(report: StoredReport, fromThisRun: boolean): string[] {
  const lines = [`## ${report.title}`, '', `\`bench/results/${report.name}.json\` — ${fromThisRun ? 'this run' : `from an earlier run (${report.date})`}.`, ''];
  for (const s of report.sections) {
    lines.push(`### ${s.heading}`, '');
    if (s.status === 'ok') lines.push(...table(s.columns, s.rows), '');
    else lines.push(`**${s.status.toUpperCase()}**: ${s.reason ?? ''}`, '');
    if (s.notes?.length) lines.push(...s.notes.map((n) => `> ${n}`), '');
  }
  if (report.failures.length) lines.push('**Problems:**', '', ...report.failures.map((f) => `- ${f}`), '');
  lines.push('How to read it:', '', ...report.howToRead.map((h) => `- ${h}`), '');
  return lines;
}

/** Renders SUMMARY.md: the machine and date, then every report's tables and reading notes. */
export function renderSummary(ctx: RunContext, reports: { report: StoredReport; fromThisRun: boolean }[]): string {
  const m = ctx.machine;
  const lines = [
    '# Benchmark summary',
    '',
    `- Date: ${ctx.date}`,
    `- Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB RAM, ${m.platform}, Node ${m.node}${m.nodeFlags?.length ? ` (servers in the benchmark's process run with ${m.nodeFlags.join(' ')}, as a web process does)` : ''}`,
    `- Load: autocannon, ${ctx.load.connections} connections, ${ctx.load.warmupSec} s warm-up then ${ctx.load.durationSec} s measured per target, against 127.0.0.1`,
    `- Load average (1 min): ${ctx.loadAverage.start} at the start, ${ctx.loadAverage.end ?? '?'} at the end${ctx.loadAverage.start >= 1 ? ' — something else was using the CPU when the run started, so absolute figures are noisier than usual' : ''} (the end figure includes the benchmark's own load)`,
    `- PostgreSQL: ${ctx.postgresUrl ? 'measured (throwaway database on the server given by BENCH_DATABASE_URL / TEST_DATABASE_URL)' : 'skipped (no BENCH_DATABASE_URL or TEST_DATABASE_URL)'}`,
    '',
    `The load generator (autocannon, ${ctx.load.workers > 0 ? `${ctx.load.workers} worker thread${ctx.load.workers === 1 ? '' : 's'}` : 'on the main thread'} of the same Node process) shares the machine's ${m.cpus} CPU core${m.cpus === 1 ? '' : 's'} with the server${ctx.postgresUrl ? ' and the PostgreSQL server' : ''}, so absolute requests/s understate what the server alone would do and move with whatever else runs on the machine; the ratios between targets measured in the same run are the figures to compare across runs and machines.`,
    '',
    'Regenerate with `npm run bench` (optionally `BENCH_DURATION=10`, `BENCH_CONNECTIONS=10`, `BENCH_WARMUP=1`, `BENCH_WORKERS=1`, `BENCH_DATABASE_URL=postgres://…`; `npm run bench -- foundation` runs one benchmark).',
    '',
  ];
  for (const r of reports) lines.push(...reportMarkdown(r.report, r.fromThisRun));
  return lines.join('\n');
}
