import autocannon from 'autocannon';
import type { LoadSettings } from './types';

/** One HTTP target to load: a path on the app under test plus the headers to send. */
export interface Target {
  label: string;
  path: string;
  headers?: Record<string, string>;
}

/** Figures of one bounded autocannon run (warm-up excluded from the figures, included in the error counts). */
export interface LoadResult {
  label: string;
  path: string;
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  completed: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
}

function statusCounts(result: autocannon.Result): Record<string, number> {
  return Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
}

/** Loads one target on 127.0.0.1 with autocannon: a warm-up, then the measured run. */
export async function measure(baseUrl: string, target: Target, load: LoadSettings): Promise<LoadResult> {
  const url = new URL(target.path, baseUrl);
  if (url.hostname !== '127.0.0.1') throw new Error(`refusing to load a non-local address: ${url.host}`);
  const result = await autocannon({
    url: url.toString(),
    connections: load.connections,
    duration: load.durationSec,
    headers: target.headers,
    warmup: { connections: load.connections, duration: load.warmupSec },
    ...(load.workers > 0 ? { workers: load.workers } : {}),
  });
  const warm = result.warmup;
  return {
    label: target.label,
    path: target.path,
    requestsPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    completed: result.latency.totalCount,
    errors: result.errors + (warm?.errors ?? 0),
    timeouts: result.timeouts + (warm?.timeouts ?? 0),
    non2xx: result.non2xx + (warm?.non2xx ?? 0),
    statusCodes: statusCounts(result),
  };
}

/** Describes what went wrong in a run, or returns null when every request succeeded with a 2xx. */
export function loadProblem(r: LoadResult): string | null {
  if (r.errors === 0 && r.timeouts === 0 && r.non2xx === 0 && r.completed > 0) return null;
  const codes = Object.entries(r.statusCodes).map(([c, n]) => `${c}×${n}`).join(', ') || 'none';
  return `${r.label} (${r.path}): ${r.errors} connection errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx answers (warm-up included); status codes of the measured run: ${codes}`;
}
