/**
 * Incremental near-duplicate clustering: each added text joins every existing cluster holding a near-duplicate
 * (single link, so campaigns whose members drift apart through a chain of edits still come out as one).
 * The exact key is tried first (an exact copy costs one Map lookup and stores nothing more); otherwise LSH
 * candidates are verified by their estimated similarity before any join.
 */
import { computeFingerprint, type Fingerprint } from './fingerprint';
import { BandTable } from './band-table';
import { DEFAULT_PARAMS, type NearDupParams } from './params';

/** Members of one bucket looked at per band: bounds the work per text in a 50,000-member campaign. */
const BUCKET_LIMIT = 12;
const NONE = -1;

export class NearDupClusterer {
  private readonly params: NearDupParams;
  private readonly table: BandTable;
  private readonly internalOf = new Map<number, number>();
  private readonly firstByExact = new Map<string, number>();
  private externalIds = new Float64Array(1024);
  private parent = new Int32Array(1024);
  private setSize = new Int32Array(1024);
  /** For a root: the internal index of the set's first text, whose external id names the cluster. */
  private first = new Int32Array(1024);
  private rowDoc = new Int32Array(1024);
  private count = 0;

  constructor(params: NearDupParams = DEFAULT_PARAMS) {
    this.params = params;
    this.table = new BandTable(params.hashes, params.bands);
  }

  /** Fingerprints `text`, files it under `id` and returns its cluster (named by the id of the cluster's first text) and the best similarity that placed it there (0 when it starts a new one). */
  add(id: number, text: string): { cluster: number; similarity: number } {
    return this.addFingerprint(id, computeFingerprint(text, this.params));
  }

  /** As `add`, for a fingerprint computed elsewhere with the same params (e.g. read back from the database). */
  addFingerprint(id: number, fp: Fingerprint): { cluster: number; similarity: number } {
    if (this.internalOf.has(id)) throw new Error(`near-dup: id ${id} was already added`);
    const doc = this.newDoc(id);
    const copyOf = this.firstByExact.get(fp.exact);
    if (copyOf !== undefined) {
      this.union(doc, copyOf);
      return { cluster: this.clusterOfDoc(doc), similarity: 1 };
    }
    this.firstByExact.set(fp.exact, doc);
    if (!fp.signature) return { cluster: id, similarity: 0 };
    const best = this.joinCandidates(doc, fp);
    const row = this.table.add(fp.signature, fp.bands);
    if (row >= this.rowDoc.length) this.rowDoc = grown(this.rowDoc);
    this.rowDoc[row] = doc;
    return { cluster: this.clusterOfDoc(doc), similarity: best };
  }

  /** The cluster of an added id (it can change later, when a new text links its cluster to an older one). */
  clusterOf(id: number): number {
    const doc = this.internalOf.get(id);
    if (doc === undefined) throw new Error(`near-dup: id ${id} was never added`);
    return this.clusterOfDoc(doc);
  }

  /** Every cluster with its member ids, in the order they were added. */
  clusters(): Map<number, number[]> {
    const out = new Map<number, number[]>();
    for (let doc = 0; doc < this.count; doc++) {
      const cluster = this.clusterOfDoc(doc);
      const members = out.get(cluster);
      if (members) members.push(this.externalIds[doc]!);
      else out.set(cluster, [this.externalIds[doc]!]);
    }
    return out;
  }

  /** How many texts were added. */
  get size(): number {
    return this.count;
  }

  /** Bytes held in typed arrays (the Maps of ids and exact keys come on top). */
  get typedBytes(): number {
    return this.table.bytes + this.externalIds.byteLength + 4 * (this.parent.length * 3 + this.rowDoc.length);
  }

  private joinCandidates(doc: number, fp: Fingerprint): number {
    const sig = fp.signature!;
    const threshold = this.params.threshold;
    const checked = new Set<number>();
    let best = 0;
    for (let b = 0; b < fp.bands.length; b++) {
      this.table.forEachInBucket(fp.bands[b]!, BUCKET_LIMIT, (row) => {
        if (checked.has(row)) return;
        checked.add(row);
        const other = this.rowDoc[row]!;
        // already joined through an earlier candidate: no need to compare again
        if (this.find(other) === this.find(doc)) return;
        const s = this.table.similarityTo(sig, row);
        if (s < threshold) return;
        if (s > best) best = s;
        this.union(doc, other);
      });
    }
    return best;
  }

  private newDoc(id: number): number {
    const doc = this.count++;
    if (doc >= this.parent.length) {
      this.externalIds = grownF64(this.externalIds);
      this.parent = grown(this.parent);
      this.setSize = grown(this.setSize);
      this.first = grown(this.first);
    }
    this.internalOf.set(id, doc);
    this.externalIds[doc] = id;
    this.parent[doc] = doc;
    this.setSize[doc] = 1;
    this.first[doc] = doc;
    return doc;
  }

  private find(doc: number): number {
    const parent = this.parent;
    while (parent[doc] !== doc) {
      const up = parent[parent[doc]!]!;
      parent[doc] = up;
      doc = up;
    }
    return doc;
  }

  private union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if (this.setSize[ra]! < this.setSize[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.setSize[ra]! += this.setSize[rb]!;
    this.first[ra] = Math.min(this.first[ra]!, this.first[rb]!);
  }

  private clusterOfDoc(doc: number): number {
    return this.externalIds[this.first[this.find(doc)]!]!;
  }
}

function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const out = new Int32Array(a.length * 2).fill(NONE);
  out.set(a);
  return out;
}

function grownF64(a: Float64Array): Float64Array<ArrayBuffer> {
  const out = new Float64Array(a.length * 2);
  out.set(a);
  return out;
}
