import { describe, expect, it } from 'vitest';
import { TtlCache } from './ttl-cache';

/** A cache on a clock the test moves, whose loads finish when the test says (no timing involved). */
function harness(ttl: number, maxStale?: number) {
  let clock = 0;
  let loads = 0;
  const waiting: (() => void)[] = [];
  const cache = new TtlCache<string, number>(
    ttl,
    () => {
      const n = ++loads;
      return new Promise<number>((resolve) => waiting.push(() => resolve(n)));
    },
    maxStale,
    1000,
    () => clock,
  );
  const settle = async () => {
    while (waiting.length) waiting.shift()!();
    await new Promise((r) => setImmediate(r));
  };
  return { cache, settle, advance: (ms: number) => (clock += ms), loads: () => loads };
}

describe('TtlCache', () => {
  it('loads a key once for all callers waiting at the same moment', async () => {
    const h = harness(1000);
    const all = Promise.all(Array.from({ length: 50 }, () => h.cache.get('a')));
    await h.settle();
    expect(await all).toEqual(Array(50).fill(1));
    expect(h.loads()).toBe(1);
  });

  it('serves the stale value while one refresh runs, then the fresh one', async () => {
    const h = harness(10, 50);
    const first = h.cache.get('k');
    await h.settle();
    expect(await first).toBe(1);
    h.advance(15);
    expect(await Promise.all(Array.from({ length: 20 }, () => h.cache.get('k')))).toEqual(Array(20).fill(1));
    expect(h.loads()).toBe(2); // one refresh for the twenty
    await h.settle();
    expect(await h.cache.get('k')).toBe(2);
  });

  it('never serves a value older than maxStale: after a quiet spell the caller waits for the fresh one', async () => {
    const h = harness(5, 20);
    const first = h.cache.get('k');
    await h.settle();
    expect(await first).toBe(1);
    h.advance(30);
    const later = h.cache.get('k');
    await h.settle();
    expect(await later).toBe(2);
  });

  it('does not store a refresh that was running when the key was forgotten', async () => {
    const h = harness(5);
    const first = h.cache.get('k');
    await h.settle();
    expect(await first).toBe(1);
    h.advance(10);
    expect(await h.cache.get('k')).toBe(1); // stale: refresh 2 starts
    h.cache.delete('k');
    const fresh = h.cache.get('k'); // a new load (3), not refresh 2
    await h.settle();
    expect(await fresh).toBe(3);
    expect(await h.cache.get('k')).toBe(3);
  });

  it('lets a failed load fail its callers without caching, and keeps the old value when a refresh fails', async () => {
    let clock = 0;
    let fail = true;
    const cache = new TtlCache<string, string>(10, async () => {
      if (fail) throw new Error('down');
      return 'ok';
    }, 50, 1000, () => clock);
    await expect(cache.get('k')).rejects.toThrow('down');
    fail = false;
    expect(await cache.get('k')).toBe('ok');
    fail = true;
    clock += 15;
    expect(await cache.get('k')).toBe('ok');
    expect(await cache.get('k')).toBe('ok');
    cache.delete('k');
    await expect(cache.get('k')).rejects.toThrow('down');
  });
});
