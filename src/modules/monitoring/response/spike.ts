/** Counts of one window against the same windows before it: the spike test of negative-spike and volume rules. */
export interface SpikeTest {
  current: number;
  mean: number;
  sd: number;
  /** max(minCount, mean + k·sd): the count the current window must reach. */
  threshold: number;
  fires: boolean;
}

/**
 * `baseline` holds one count per earlier window, zeros included (an hour without items is part of the normal);
 * the standard deviation is the population one, since the baseline is every window of the period, not a sample.
 */
export function spikeTest(current: number, baseline: readonly number[], opts: { k: number; minCount: number }): SpikeTest {
  const n = baseline.length;
  const mean = n ? baseline.reduce((a, b) => a + b, 0) / n : 0;
  const sd = n ? Math.sqrt(baseline.reduce((a, b) => a + (b - mean) ** 2, 0) / n) : 0;
  const threshold = Math.max(opts.minCount, mean + opts.k * sd);
  return { current, mean, sd, threshold, fires: current >= threshold && current > mean };
}

/** Fills the counts of windows 1..windows (window 0 is the current one) from sparse (window → count) rows. */
export function baselineCounts(rows: readonly { window: number; n: number }[], windows: number): { current: number; baseline: number[] } {
  const baseline = new Array<number>(windows).fill(0);
  let current = 0;
  for (const r of rows) {
    if (r.window === 0) current += r.n;
    else if (r.window >= 1 && r.window <= windows) baseline[r.window - 1]! += r.n;
  }
  return { current, baseline };
}
