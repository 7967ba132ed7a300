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
  private keys: Uint32Array;
  private heads: Int32Array;
  private used = 0;
  /** Rows stored so far; a row number is an index into the signatures. */
  rows = 0;

  constructor(hashes: number, bands: number) {
    this.hashes = hashes;
    this.bands = bands;
    this.keys = new Uint32Array(1 << 12);
    this.heads = new Int32Array(1 << 12).fill(EMPTY);
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
    if ((this.used + this.bands) * 3 > this.keys.length * 2) this.grow();
    for (let b = 0; b < this.bands; b++) {
      const slot = this.slotOf(bandHashes[b]!);
      const node = row * this.bands + b;
      if (this.heads[slot] === EMPTY) {
        this.keys[slot] = bandHashes[b]!;
        this.used++;
        next[nodeBase + b] = EMPTY;
      } else {
        next[nodeBase + b] = this.heads[slot]!;
      }
      this.heads[slot] = node;
    }
    return row;
  }

  /** The newest node of the bucket of `hash`, or -1; walk on with `nextNode`, read the row with `rowOf`. */
  firstNode(hash: number): number {
    return this.heads[this.slotOf(hash)]!;
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
   * Estimated Jaccard between a full signature and a stored row (16-bit comparison), or -1 as soon as more than
   * `maxMismatches` slots differ: most candidates are far below the threshold and stop early.
   */
  similarityTo(sig: Uint32Array, row: number, maxMismatches: number): number {
    const sigs = this.sigChunks[row >>> CHUNK_BITS]!;
    const base = (row & CHUNK_MASK) * this.hashes;
    let mismatches = 0;
    for (let i = 0; i < this.hashes; i++) {
      if ((sig[i]! & 0xffff) !== sigs[base + i]) {
        if (++mismatches > maxMismatches) return -1;
      }
    }
    return (this.hashes - mismatches) / this.hashes;
  }

  /** Bytes held by the typed arrays (for the benchmark's memory breakdown). */
  get bytes(): number {
    const perChunk = CHUNK_ROWS * (this.hashes * 2 + this.bands * 4);
    return this.sigChunks.length * perChunk + this.keys.byteLength + this.heads.byteLength;
  }

  /** The slot holding `hash`, or the empty slot where it would go (linear probing). */
  private slotOf(hash: number): number {
    const mask = this.keys.length - 1;
    let slot = hash & mask;
    while (this.heads[slot] !== EMPTY && this.keys[slot] !== hash) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldHeads = this.heads;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.heads = new Int32Array(oldKeys.length * 2).fill(EMPTY);
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldHeads[i] === EMPTY) continue;
      const slot = this.slotOf(oldKeys[i]!);
      this.keys[slot] = oldKeys[i]!;
      this.heads[slot] = oldHeads[i]!;
    }
  }
}
