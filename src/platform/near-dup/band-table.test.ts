import { describe, expect, it } from 'vitest';
import { BandTable } from './band-table';

describe('BandTable', () => {
  it('chains the rows of each bucket newest first across chunk boundaries and table growth', () => {
    const hashes = 8;
    const bands = 2;
    const t = new BandTable(hashes, bands);
    const rows = 40_000; // more than two chunks of 16,384 rows
    for (let r = 0; r < rows; r++) {
      const sig = new Uint32Array(hashes).map((_, i) => r * 31 + i);
      // band 0 groups rows by r % 1000, band 1 is unique per row (many distinct keys: the table grows)
      expect(t.add(sig, [r % 1000, 0x40000000 + r])).toBe(r);
    }
    const walk = (hash: number) => {
      const out: number[] = [];
      for (let node = t.firstNode(hash); node !== -1; node = t.nextNode(node)) out.push(t.rowOf(node));
      return out;
    };
    expect(walk(7)).toEqual(Array.from({ length: 40 }, (_, k) => 39_007 - 1000 * k));
    expect(walk(0x40000000 + 20_000)).toEqual([20_000]);
    expect(walk(123_456_789)).toEqual([]);
    const sig = new Uint32Array(hashes).map((_, i) => 20_000 * 31 + i);
    expect(t.similarityTo(sig, 20_000, hashes, 0, 0)).toBe(1);
    sig[0] = 1;
    expect(t.similarityTo(sig, 20_000, hashes, 0, 0)).toBe(7 / 8);
    // stops as soon as more slots differ than allowed
    expect(t.similarityTo(sig, 20_001, 2, 0, 0)).toBe(-1);
    // and when too few of the first slots are equal (slot 0 differs: 1 of the first 2 equal, 2 required)
    expect(t.similarityTo(sig, 20_000, hashes, 2, 2)).toBe(-1);
    expect(t.similarityTo(sig, 20_000, hashes, 2, 1)).toBe(7 / 8);
  });
});
