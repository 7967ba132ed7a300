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

describe('TtlCache limits', () => {
  it('never serves a value older than maxStale: after a quiet spell the caller waits for the fresh one', async () => {
    let loads = 0;
    const cache = new TtlCache(5, async () => ++loads, 20);
    expect(await cache.get('k')).toBe(1);
    await tick(30);
    expect(await cache.get('k')).toBe(2);
  });

  it('does not store a refresh that was running when the key was forgotten', async () => {
    let loads = 0;
    let release = () => undefined as void;
    const cache = new TtlCache(5, async () => {
      const n = ++loads;
      if (n === 2) await new Promise<void>((r) => (release = r));
      return n;
    });
    expect(await cache.get('k')).toBe(1);
    await tick(10);
    expect(await cache.get('k')).toBe(1); // stale; refresh 2 starts and hangs
    cache.delete('k');
    expect(await cache.get('k')).toBe(3); // a new load, not the hanging one
    release();
    await tick(1);
    expect(await cache.get('k')).toBe(3);
  });
});
