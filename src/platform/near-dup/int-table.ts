/**
 * Open-addressing hash tables from numbers to row numbers in typed arrays, for the clusterer's million entries:
 * a JS Map of a million keys (and a million exact-key strings) keeps the garbage collector busy walking them.
 */

const EMPTY = -1;

/** Maps a 64-bit key given as two int32 halves to a non-negative int32 value. */
export class Int64Table {
  private hi = new Int32Array(1 << 10);
  private lo = new Int32Array(1 << 10);
  private values = new Int32Array(1 << 10).fill(EMPTY);
  private used = 0;

  /** The value stored under (hi, lo), or -1. */
  get(hi: number, lo: number): number {
    return this.values[this.slotOf(hi | 0, lo | 0)]!;
  }

  /** Stores `value` (≥ 0) under (hi, lo), replacing any earlier one. */
  set(hi: number, lo: number, value: number): void {
    if ((this.used + 1) * 4 > this.values.length * 3) this.grow();
    const slot = this.slotOf(hi | 0, lo | 0);
    if (this.values[slot] === EMPTY) this.used++;
    this.hi[slot] = hi;
    this.lo[slot] = lo;
    this.values[slot] = value;
  }

  get size(): number {
    return this.used;
  }

  get bytes(): number {
    return this.values.length * 12;
  }

  private slotOf(hi: number, lo: number): number {
    const mask = this.values.length - 1;
    let slot = (Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> 7) & mask;
    while (this.values[slot] !== EMPTY && (this.hi[slot] !== hi || this.lo[slot] !== lo)) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { hi, lo, values } = this;
    this.hi = new Int32Array(values.length * 2);
    this.lo = new Int32Array(values.length * 2);
    this.values = new Int32Array(values.length * 2).fill(EMPTY);
    for (let i = 0; i < values.length; i++) {
      if (values[i] === EMPTY) continue;
      const slot = this.slotOf(hi[i]!, lo[i]!);
      this.hi[slot] = hi[i]!;
      this.lo[slot] = lo[i]!;
      this.values[slot] = values[i]!;
    }
  }
}

