import { describe, expect, it } from 'vitest';
import { TtlCache } from './ttl-cache';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('TtlCache', () => {
  it('loads a key once for all callers waiting at the same moment', async () => {
    let loads = 0;
    const cache = new TtlCache(1000, async (k: string) => {
      loads++;
      await tick(5);
      return `${k}-${loads}`;
    });
    expect(await Promise.all(Array.from({ length: 50 }, () => cache.get('a')))).toEqual(Array(50).fill('a-1'));
    expect(loads).toBe(1);
  });

  it('serves the stale value while one refresh runs, then the fresh one', async () => {
    let loads = 0;
    const cache = new TtlCache(10, async () => {
      loads++;
      await tick(5);
      return loads;
    });
    expect(await cache.get('k')).toBe(1);
    await tick(15);
    expect(await Promise.all(Array.from({ length: 20 }, () => cache.get('k')))).toEqual(Array(20).fill(1));
    await tick(10);
    expect(await cache.get('k')).toBe(2);
    expect(loads).toBe(2);
  });

  it('lets a failed load fail its callers without caching, and keeps the old value when a refresh fails', async () => {
    let fail = true;
    const cache = new TtlCache(10, async () => {
      if (fail) throw new Error('down');
      return 'ok';
    });
    await expect(cache.get('k')).rejects.toThrow('down');
    fail = false;
    expect(await cache.get('k')).toBe('ok');
    fail = true;
    await tick(15);
    expect(await cache.get('k')).toBe('ok');
    await tick(5);
    expect(await cache.get('k')).toBe('ok');
    cache.delete('k');
    await expect(cache.get('k')).rejects.toThrow('down');
  });
});
