/**
 * The clusterer's compact LSH storage for a million signatures: an open-addressing table from band hash to the
 * newest row in that bucket, rows chained newest-first through typed arrays, and the signatures themselves kept as
 * 16-bit values in fixed-size chunks (growing never copies them, so one insert never stalls on a big copy).
 * Keeping 16 of the 32 bits ("b-bit MinHash", Li & König 2010) raises the chance that two different values look
 * equal to 1/65,536: the similarity estimate moves by at most 0.00002, while memory per signature halves.
 */

const CHUNK_BITS = 14;
const CHUNK_ROWS = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_ROWS - 1;
const EMPTY = -1;

export class BandTable {
  private readonly hashes: number;
  private readonly bands: number;
  private sigChunks: Uint16Array[] = [];
  private nextChunks: Int32Array[] = [];
  /** Slot i holds its band hash at 2i and the newest node of its bucket at 2i + 1 (one cache line for both). */
  private slots: Int32Array;
  private capacity: number;
  private used = 0;
  /** Rows stored so far; a row number is an index into the signatures. */
  rows = 0;

  constructor(hashes: number, bands: number) {
    this.hashes = hashes;
    this.bands = bands;
    this.capacity = 1 << 12;
    this.slots = emptySlots(this.capacity);
  }

  /** Stores a signature and its band hashes; returns its row number. */
  add(sig: Uint32Array, bandHashes: readonly number[]): number {
    const row = this.rows++;
    const chunk = row >>> CHUNK_BITS;
    if (chunk === this.sigChunks.length) {
      this.sigChunks.push(new Uint16Array(CHUNK_ROWS * this.hashes));
      this.nextChunks.push(new Int32Array(CHUNK_ROWS * this.bands));
    }
    const sigs = this.sigChunks[chunk]!;
    const base = (row & CHUNK_MASK) * this.hashes;
    for (let i = 0; i < this.hashes; i++) sigs[base + i] = sig[i]! & 0xffff;
    const next = this.nextChunks[chunk]!;
    const nodeBase = (row & CHUNK_MASK) * this.bands;
    // grown at two-thirds full: linear probing stays short, and the table (the largest structure) a third smaller
    if ((this.used + this.bands) * 3 > this.capacity * 2) this.grow();
    const slots = this.slots;
    for (let b = 0; b < this.bands; b++) {
      const hash = bandHashes[b]! | 0;
      const slot = this.slotOf(hash);
      const node = row * this.bands + b;
      if (slots[2 * slot + 1] === EMPTY) {
        slots[2 * slot] = hash;
        this.used++;
        next[nodeBase + b] = EMPTY;
      } else {
        next[nodeBase + b] = slots[2 * slot + 1]!;
      }
      slots[2 * slot + 1] = node;
    }
    return row;
  }

  /** The newest node of the bucket of `hash`, or -1; walk on with `nextNode`, read the row with `rowOf`. */
  firstNode(hash: number): number {
    return this.slots[2 * this.slotOf(hash | 0) + 1]!;
  }

  /** The node after `node` in its bucket (older), or -1. */
  nextNode(node: number): number {
    const row = (node / this.bands) | 0;
    const chunk = row >>> CHUNK_BITS;
    return this.nextChunks[chunk]![node - chunk * CHUNK_ROWS * this.bands]!;
  }

  /** The row a node belongs to. */
  rowOf(node: number): number {
    return (node / this.bands) | 0;
  }

  /**
   * Estimated Jaccard between a full signature and a stored row (16-bit comparison), or -1 once the row cannot
   * (more than `maxMismatches` slots differ) or almost surely does not (fewer than `minPrefixMatches` equal slots
   * among the first `prefix`) reach the threshold: most candidates are far below it, and a quarter of a row is
   * one cache line instead of four.
   */
  similarityTo(sig: Uint32Array, row: number, maxMismatches: number, prefix: number, minPrefixMatches: number): number {
    const sigs = this.sigChunks[row >>> CHUNK_BITS]!;
    const base = (row & CHUNK_MASK) * this.hashes;
    let mismatches = 0;
    for (let i = 0; i < this.hashes; i++) {
      if ((sig[i]! & 0xffff) !== sigs[base + i]) {
        if (++mismatches > maxMismatches) return -1;
      }
      if (i === prefix - 1 && prefix - mismatches < minPrefixMatches) return -1;
    }
    return (this.hashes - mismatches) / this.hashes;
  }

  /** Bytes held by the typed arrays (for the benchmark's memory breakdown). */
  get bytes(): number {
    const perChunk = CHUNK_ROWS * (this.hashes * 2 + this.bands * 4);
    return this.sigChunks.length * perChunk + this.slots.byteLength;
  }

  /** The slot holding `hash` (int32), or the empty slot where it would go (linear probing). */
  private slotOf(hash: number): number {
    const slots = this.slots;
    const mask = this.capacity - 1;
    let slot = hash & mask;
    while (slots[2 * slot + 1] !== EMPTY && slots[2 * slot] !== hash) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const old = this.slots;
    this.capacity *= 2;
    this.slots = emptySlots(this.capacity);
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] === EMPTY) continue;
      const slot = this.slotOf(old[i]!);
      this.slots[2 * slot] = old[i]!;
      this.slots[2 * slot + 1] = old[i + 1]!;
    }
  }
}

function emptySlots(capacity: number): Int32Array {
  const slots = new Int32Array(capacity * 2);
  for (let i = 1; i < slots.length; i += 2) slots[i] = EMPTY;
  return slots;
}
