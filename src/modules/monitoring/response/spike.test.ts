import { describe, expect, it } from 'vitest';
import { baselineCounts, spikeTest } from './spike';

describe('the spike test', () => {
  it('needs the minimum count when there is no baseline yet', () => {
    expect(spikeTest(4, [], { k: 2, minCount: 5 }).fires).toBe(false);
    expect(spikeTest(5, [], { k: 2, minCount: 5 })).toMatchObject({ fires: true, threshold: 5, mean: 0, sd: 0 });
  });

  it('compares with mean + k·σ of the earlier windows, zeros included', () => {
    // a week of hours with 2 to 4 negative items: mean 3, σ = √(2/3)
    const week = Array.from({ length: 168 }, (_, i) => [2, 3, 4][i % 3]!);
    const t = spikeTest(5, week, { k: 2, minCount: 3 });
    expect(t.mean).toBeCloseTo(3);
    expect(t.sd).toBeCloseTo(Math.sqrt(2 / 3));
    expect(t.threshold).toBeCloseTo(3 + 2 * Math.sqrt(2 / 3));
    expect(t.fires).toBe(true);
    expect(spikeTest(4, week, { k: 2, minCount: 3 }).fires).toBe(false);
    // a busy but steady source does not alert on its usual volume
    expect(spikeTest(40, Array.from({ length: 168 }, () => 40), { k: 2, minCount: 5 }).fires).toBe(false);
  });

  it('reads sparse window counts into the current window and a zero-filled baseline', () => {
    expect(baselineCounts([{ window: 0, n: 7 }, { window: 2, n: 1 }, { window: 9, n: 5 }], 3)).toEqual({ current: 7, baseline: [0, 1, 0] });
  });
});
