/**
 * Child processes of the benchmarks: a job runs in its own `node --import tsx` process, so its memory is measured
 * alone and its CPU work does not share the event loop of the server under test. The job description travels in
 * the BENCH_CHILD_JOB environment variable (not argv, which `ps` shows: it may hold a database password); the
 * child prints one JSON line starting with RESULT_PREFIX as its result.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export const JOB_ENV = 'BENCH_CHILD_JOB';
export const RESULT_PREFIX = 'BENCH_RESULT ';
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * How a child job ended, with its wall time and the kernel's peak-RSS mark of the child (VmHWM, polled every
 * 100 ms from /proc; null where there is no /proc): known even when the child crashed or was stopped.
 */
export type ChildOutcome<T> = ({ ok: true; result: T } | { ok: false; reason: string }) & { ms: number; peakRssBytes: number | null };

/** The kernel's high-water mark of resident memory of a process (VmHWM), in bytes, or null when unreadable. */
export function peakRssOf(pid: number | 'self'): number | null {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Runs `bench/lib/<script>` with `job` and returns its parsed result, or why it failed (non-zero exit, no result
 * line, killed after `timeoutMs`). Never throws for the child's own failures.
 */
export function runChild<T>(script: string, job: unknown, timeoutMs: number): Promise<ChildOutcome<T>> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(`./${script}`, import.meta.url))], {
      cwd: REPO_ROOT,
      env: { ...process.env, [JOB_ENV]: JSON.stringify(job) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr = (stderr + s).slice(-16_000)));
    let timedOut = false;
    let peak: number | null = null;
    const poll = setInterval(() => {
      const hwm = child.pid === undefined ? null : peakRssOf(child.pid);
      if (hwm !== null) peak = Math.max(peak ?? 0, hwm);
    }, 100);
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    const end = () => {
      clearTimeout(timer);
      clearInterval(poll);
      return { ms: performance.now() - started, peakRssBytes: peak };
    };
    child.on('error', (e) => resolve({ ok: false, reason: `could not start ${script}: ${e.message}`, ...end() }));
    child.on('close', (code, signal) => {
      const done = end();
      if (timedOut) return resolve({ ok: false, reason: `${script} did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped`, ...done });
      const line = stdout.split('\n').reverse().find((l) => l.startsWith(RESULT_PREFIX));
      if (code !== 0 || !line) {
        const why = signal ? `killed by ${signal}` : `exit code ${code}`;
        // a V8 out-of-memory abort prints "FATAL ERROR: … heap out of memory" before its native stack
        const lines = stderr.trim().split('\n').filter((l) => l.trim());
        const fatal = lines.find((l) => /FATAL ERROR|heap out of memory|^\w*Error\b/.test(l));
        const tail = (fatal ?? lines.slice(-4).join(' | ')).trim().slice(0, 600);
        return resolve({ ok: false, reason: `${script} failed (${why})${line ? '' : ', no result'}${tail ? `: ${tail}` : ''}`, ...done });
      }
      resolve({ ok: true, result: JSON.parse(line.slice(RESULT_PREFIX.length)) as T, ...done });
    });
  });
}

/** In a child: reads the job from the environment (the caller validates its shape). */
export function readJob<T>(): T {
  const raw = process.env[JOB_ENV];
  if (!raw) throw new Error(`${JOB_ENV} is not set: this script is started by the benchmark runner`);
  return JSON.parse(raw) as T;
}

/** In a child: prints the result line the parent looks for. */
export function printResult(result: unknown): void {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}
