import { describe, expect, it } from 'vitest';
import { Int64Table } from './int-table';

describe('Int64Table', () => {
  it('stores, finds and replaces values under 64-bit keys through many growths', () => {
    const t = new Int64Table();
    const n = 50_000;
    for (let i = 0; i < n; i++) t.set(i * 7919, -i, i);
    // keys differing in one half only are different keys
    t.set(0, 1, 123);
    expect(t.size).toBe(n + 1);
    for (let i = 0; i < n; i += 997) expect(t.get(i * 7919, -i)).toBe(i);
    expect(t.get(0, 0)).toBe(0);
    expect(t.get(0, 1)).toBe(123);
    expect(t.get(1, 0)).toBe(-1);
    t.set(7919, -1, 42);
    expect(t.get(7919, -1)).toBe(42);
    expect(t.size).toBe(n + 1);
  });
});
