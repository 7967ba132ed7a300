/** Small numeric helpers shared by the benchmarks: percentiles, rounding, timing, memory sampling, targets. */

/** Nearest-rank percentile (0–100) of a list of numbers; 0 for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

/** Rounds to `digits` decimals (default 1). */
export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Milliseconds spent in `fn`, with its result. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** Bytes → MB (10^6 bytes, as the issues' memory targets are written), one decimal. */
export function mb(bytes: number): number {
  return round(bytes / 1e6);
}

/**
 * Samples `process.memoryUsage().rss` every `everyMs` while running; `stop()` returns the peak and the first sample.
 * The timer is unref'd so it never keeps the process alive.
 */
export function sampleRss(everyMs = 100): { stop: () => { peakBytes: number; startBytes: number; samples: number } } {
  const startBytes = process.memoryUsage().rss;
  let peakBytes = startBytes;
  let samples = 1;
  const timer = setInterval(() => {
    const rss = process.memoryUsage().rss;
    if (rss > peakBytes) peakBytes = rss;
    samples++;
  }, everyMs);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      peakBytes = Math.max(peakBytes, process.memoryUsage().rss);
      return { peakBytes, startBytes, samples: samples + 1 };
    },
  };
}

/** A target from the project's issues: the figure must stay below (`<`), reach (`≥`) or equal (`=`) the limit. */
export interface TargetCheck {
  label: string;
  value: number;
  unit: string;
  op: '<' | '≥' | '=';
  limit: number;
}

/** True when the figure meets its target. */
export function meets(t: TargetCheck): boolean {
  if (t.op === '=') return t.value === t.limit;
  return t.op === '<' ? t.value < t.limit : t.value >= t.limit;
}

/** "PASS" or "FAIL". */
export function verdict(t: TargetCheck): 'PASS' | 'FAIL' {
  return meets(t) ? 'PASS' : 'FAIL';
}

/** One table row for a target: measure, figure, target, PASS/FAIL. */
export function targetRow(t: TargetCheck): string[] {
  return [t.label, `${t.value} ${t.unit}`.trim(), `${t.op} ${t.limit} ${t.unit}`.trim(), verdict(t)];
}

/** One table row for a figure recorded without a target. */
export function infoRow(label: string, figure: string): string[] {
  return [label, figure, '—', 'info'];
}

/** The failure line for a missed target, or null when it is met. */
export function targetFailure(scope: string, t: TargetCheck): string | null {
  return meets(t) ? null : `[${scope}] target missed: ${t.label} = ${t.value} ${t.unit} (target ${t.op} ${t.limit} ${t.unit})`.replace(/ +\)/g, ')');
}
