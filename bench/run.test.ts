import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../test/temp-dirs';

const tempDir = tempDirs('all');

/** Runs `npm run bench -- <args>` as the README writes it, with `env` on top of this process's; resolves with its exit and output. */
function npmBench(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const base = { ...process.env };
    // PGlite only: the PostgreSQL half of the same code runs in `npm run bench` on a quiet machine, not in the suite
    delete base.BENCH_DATABASE_URL;
    delete base.TEST_DATABASE_URL;
    const child = spawn('npm', ['run', 'bench', '--', ...args], { cwd: process.cwd(), env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (out += s));
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('npm run bench, as the README runs it', () => {
  // The consultation benchmark at toy sizes: the runner (its restart with the web's Node flags, the results and the
  // summary), a server on PGlite, and its children built as bundles (the load generator, the synthesis and both
  // exports, each in its own process). The figures of toy sizes mean nothing; that every step ran and reported does.
  it('runs the consultation benchmark end to end and writes its results where it is told', async () => {
    const dir = tempDir('dt-bench-results-');
    const committed = fs.readFileSync('bench/results/consultation.json', 'utf8');
    const { code, out } = await npmBench(['consultation'], {
      BENCH_RESULTS_DIR: dir, BENCH_DURATION: '1', BENCH_WARMUP: '0', BENCH_INTAKE_DURATION: '1', BENCH_SYNTHESIS_COMMENTS: '300', BENCH_EXPORT_COMMENTS: '600',
    });
    // a missed target exits 1 (toy sizes on a busy machine miss some); anything else is a broken run
    expect([0, 1], out.slice(-3000)).toContain(code);
    expect(out).not.toMatch(/could not build|failed \(exit code|did not finish/);
    const result = JSON.parse(fs.readFileSync(path.join(dir, 'consultation.json'), 'utf8')) as { sections: { heading: string; status: string; rows: string[][] }[] };
    const pglite = result.sections.find((s) => s.heading === 'PGlite');
    expect(pglite?.status).toBe('ok');
    const row = (label: RegExp) => pglite!.rows.find((r) => label.test(r[0]!));
    expect(row(/^Lost submissions/)?.[1]).toBe('0');
    expect(row(/^Duplicated submissions/)?.[1]).toBe('0');
    expect(row(/^The intake without HTTP/)?.[1]).toMatch(/^\d+(\.\d+)? comments\/s .* × the raw INSERT rate$/);
    // the round's comments by then: the submissions' and the synthesis's are already more than the 600 asked
    for (const kind of ['XLSX', 'CSV']) expect(row(new RegExp(`^${kind} export of \\d+ comments: child peak RSS`))?.[1], kind).toMatch(/^\d+(\.\d+)? MB$/);
    expect(row(/^Synthesis report, 300 comments/)?.[1]).toMatch(/ s$/);
    expect(fs.readFileSync(path.join(dir, 'SUMMARY.md'), 'utf8')).toContain('## Consultation');
    // the committed results are not touched
    expect(fs.readFileSync('bench/results/consultation.json', 'utf8')).toBe(committed);
  }, 240_000);
});
