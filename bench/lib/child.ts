/**
 * Child processes of the benchmarks: a job runs in its own Node process, so its memory is measured alone and its CPU
 * work does not share the event loop of the server under test. The job description travels in the BENCH_CHILD_JOB
 * environment variable (not argv, which `ps` shows: it may hold a database password); the child prints one JSON line
 * starting with RESULT_PREFIX as its result.
 *
 * A child runs from a bundle of its script built by esbuild as the platform's own (scripts/build-server.mjs: one
 * file, npm packages left as imports, the database and parser threads beside it), because the platform runs from
 * its bundle (`npm start`, the systemd units): through tsx the same job carried tsx's loader thread and its
 * compiled modules, about 65 MB of RSS that no deployment has, inside the exports' 500 MB limit.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const JOB_ENV = 'BENCH_CHILD_JOB';
export const RESULT_PREFIX = 'BENCH_RESULT ';
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/**
 * Where the children's bundles go: two levels below the repository like bench/lib/ (and dist/server/), so that the
 * paths a module finds from its own location (fixtures, the repository root) are the same bundled or not.
 */
const BUNDLE_DIR = path.join(REPO_ROOT, 'dist/bench');
const bundles = new Map<string, Promise<string>>();

/** Builds bench/lib/<script> into dist/bench/ once per run (with the worker threads it may start); returns the file. */
function bundleOf(script: string): Promise<string> {
  let built = bundles.get(script);
  if (!built) {
    const name = script.replace(/\.ts$/, '');
    built = (async () => {
      const { build } = await import('esbuild');
      await build({
        absWorkingDir: REPO_ROOT,
        entryPoints: {
          [name]: `bench/lib/${script}`,
          'pglite-worker': 'src/platform/db/pglite-worker.mjs',
          'isolated-worker': 'src/modules/plans/parser/isolated-worker.ts',
        },
        outdir: BUNDLE_DIR,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        packages: 'external',
        logLevel: 'warning',
      });
      return path.join(BUNDLE_DIR, `${name}.js`);
    })();
    bundles.set(script, built);
  }
  return built;
}

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
 * Runs `bench/lib/<script>` (bundled) with `job` and Node's `nodeFlags`, and returns its parsed result, or why it
 * failed (it could not be built, non-zero exit, no result line, killed after `timeoutMs`). Never throws for the
 * child's own failures. `timeoutMs` counts from the start of the process, not from the build.
 */
export async function runChild<T>(script: string, job: unknown, timeoutMs: number, nodeFlags: readonly string[] = []): Promise<ChildOutcome<T>> {
  let file: string;
  try {
    file = await bundleOf(script);
  } catch (e) {
    bundles.delete(script);
    return { ok: false, reason: `could not build ${script}: ${e instanceof Error ? e.message : String(e)}`, ms: 0, peakRssBytes: null };
  }
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...nodeFlags, file], {
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
