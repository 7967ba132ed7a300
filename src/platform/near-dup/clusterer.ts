/**
 * Incremental near-duplicate clustering: each added text joins every existing cluster holding a near-duplicate
 * (single link, so campaigns whose members drift apart through a chain of edits still come out as one).
 * The exact key is tried first (an exact copy costs one table lookup and stores nothing more); otherwise LSH
 * candidates are verified by their estimated similarity before any join. Built for a million texts: everything
 * per text lives in typed arrays, so the garbage collector has almost nothing to walk.
 */
import { computeFingerprint, type Fingerprint } from './fingerprint';
import { BandTable } from './band-table';
import { Int64Table } from './int-table';
import { DEFAULT_PARAMS, type NearDupParams } from './params';

/** Members of one bucket looked at per band: bounds the work per text in a 50,000-member campaign. */
const BUCKET_LIMIT = 12;
/** Failed verifications against one cluster after which its other candidates are skipped for this text. */
const FAILS_PER_CLUSTER = 4;
const NONE = -1;
const idBits = new DataView(new ArrayBuffer(8));
const EXACT_KEY = /^[0-9a-f]{16}$/;

export class NearDupClusterer {
  private readonly params: NearDupParams;
  private readonly table: BandTable;
  private readonly maxMismatches: number;
  private readonly prefix: number;
  private readonly minPrefixMatches: number;
  private readonly docOfId = new Int64Table();
  private readonly firstByExact = new Int64Table();
  private externalIds = new Float64Array(1024);
  private parent = new Int32Array(1024);
  private setSize = new Int32Array(1024);
  /** For a root: the internal index of the set's first text, whose external id names the cluster. */
  private first = new Int32Array(1024);
  private rowDoc = new Int32Array(1024);
  /** The add() that last looked at a row, so a row found in several bands is verified once. */
  private rowSeenBy = new Int32Array(1024).fill(NONE);
  private count = 0;

  constructor(params: NearDupParams = DEFAULT_PARAMS) {
    this.params = params;
    this.table = new BandTable(params.hashes, params.bands);
    this.maxMismatches = Math.floor(params.hashes * (1 - params.threshold) + 1e-9);
    // Sequential test on the first quarter of the slots: a pair at the threshold matches there
    // Binomial(prefix, threshold) times, and fewer than its mean minus 3.5 standard deviations happens to
    // 2 pairs in 10,000 at the threshold and far fewer above it.
    this.prefix = Math.floor(params.hashes / 4);
    const t = params.threshold;
    this.minPrefixMatches = Math.floor(this.prefix * t - 3.5 * Math.sqrt(this.prefix * t * (1 - t)));
  }

  /** Fingerprints `text`, files it under `id` and returns its cluster (named by the id of the cluster's first text) and the best similarity that placed it there (0 when it starts a new one). */
  add(id: number, text: string): { cluster: number; similarity: number } {
    return this.addFingerprint(id, computeFingerprint(text, this.params));
  }

  /** As `add`, for a fingerprint computed elsewhere with the same params (e.g. read back from the database). */
  addFingerprint(id: number, fp: Fingerprint): { cluster: number; similarity: number } {
    const [idHi, idLo] = halvesOfId(id);
    if (this.docOfId.get(idHi, idLo) !== NONE) throw new Error(`near-dup: id ${id} was already added`);
    const doc = this.newDoc(id);
    this.docOfId.set(idHi, idLo, doc);
    if (!EXACT_KEY.test(fp.exact)) throw new Error('near-dup: not an exact key made by fingerprint()');
    const exactHi = parseInt(fp.exact.slice(0, 8), 16) | 0;
    const exactLo = parseInt(fp.exact.slice(8, 16), 16) | 0;
    const copyOf = this.firstByExact.get(exactHi, exactLo);
    if (copyOf !== NONE) {
      this.union(doc, copyOf);
      return { cluster: this.clusterOfDoc(doc), similarity: 1 };
    }
    this.firstByExact.set(exactHi, exactLo, doc);
    if (!fp.signature) return { cluster: id, similarity: 0 };
    const best = this.joinCandidates(doc, fp);
    const row = this.table.add(fp.signature, fp.bands);
    if (row >= this.rowDoc.length) {
      this.rowDoc = grown(this.rowDoc);
      this.rowSeenBy = grown(this.rowSeenBy);
    }
    this.rowDoc[row] = doc;
    return { cluster: this.clusterOfDoc(doc), similarity: best };
  }

  /** The cluster of an added id (it can change later, when a new text links its cluster to an older one). */
  clusterOf(id: number): number {
    const [hi, lo] = halvesOfId(id);
    const doc = this.docOfId.get(hi, lo);
    if (doc === NONE) throw new Error(`near-dup: id ${id} was never added`);
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

  /** Bytes held in typed arrays (nearly all of the clusterer's memory). */
  get typedBytes(): number {
    return this.table.bytes + this.docOfId.bytes + this.firstByExact.bytes + this.externalIds.byteLength + 4 * (this.parent.length * 3 + this.rowDoc.length * 2);
  }

  private joinCandidates(doc: number, fp: Fingerprint): number {
    const sig = fp.signature!;
    const table = this.table;
    const threshold = this.params.threshold;
    // clusters that failed verification, with their failure counts (a text meets only a handful of clusters)
    const failedRoots: number[] = [];
    const failures: number[] = [];
    let best = 0;
    for (let b = 0; b < fp.bands.length; b++) {
      let node = table.firstNode(fp.bands[b]!);
      for (let seen = 0; node !== NONE && seen < BUCKET_LIMIT; seen++, node = table.nextNode(node)) {
        const row = table.rowOf(node);
        if (this.rowSeenBy[row] === doc) continue;
        this.rowSeenBy[row] = doc;
        const root = this.find(this.rowDoc[row]!);
        // Already joined through an earlier candidate: the rest of this bucket is most likely the same campaign,
        // whose newest members fill it; walking on would cost a cache miss per member for nothing.
        if (root === this.find(doc)) break;
        const at = failedRoots.indexOf(root);
        // a cluster that failed often fills the rest of this bucket too
        if (at >= 0 && failures[at]! >= FAILS_PER_CLUSTER) break;
        const s = table.similarityTo(sig, row, this.maxMismatches, this.prefix, this.minPrefixMatches);
        if (s < threshold) {
          if (at >= 0) failures[at]!++;
          else {
            failedRoots.push(root);
            failures.push(1);
          }
          continue;
        }
        if (s > best) best = s;
        this.union(doc, root);
      }
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

/** The exact bits of an id as two int32 (0 and -0 are one id, as in a Map). */
function halvesOfId(id: number): [number, number] {
  idBits.setFloat64(0, id === 0 ? 0 : id);
  return [idBits.getInt32(0), idBits.getInt32(4)];
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
