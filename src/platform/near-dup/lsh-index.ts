/**
 * In-memory LSH index over fingerprints: ids sharing an exact key or at least one band hash are candidates.
 * Sized for windows of some hundred thousand items (one Map per band); the clusterer keeps its own compact table.
 */
import { checkParams, type Fingerprint } from './fingerprint';
import { DEFAULT_PARAMS, type NearDupParams } from './params';

interface Entry {
  exact: string;
  bands: number[];
}

export class LshIndex {
  private readonly params: NearDupParams;
  private readonly byBand: Map<number, number[]>[];
  private readonly byExact = new Map<string, number[]>();
  private readonly entries = new Map<number, Entry>();

  constructor(params: NearDupParams = DEFAULT_PARAMS) {
    checkParams(params);
    this.params = params;
    this.byBand = Array.from({ length: params.bands }, () => new Map<number, number[]>());
  }

  /** How many ids are indexed. */
  get size(): number {
    return this.entries.size;
  }

  /** Indexes `fp` under `id` (an id inserted again is moved to its new fingerprint). */
  insert(id: number, fp: Fingerprint): void {
    if (this.entries.has(id)) this.remove(id);
    this.checkBands(fp);
    this.entries.set(id, { exact: fp.exact, bands: fp.bands });
    push(this.byExact, fp.exact, id);
    for (let b = 0; b < fp.bands.length; b++) push(this.byBand[b]!, fp.bands[b]!, id);
  }

  /** Ids sharing the exact key or a band with `fp`, each once, in order of discovery (verify them with `similarity`). */
  candidates(fp: Fingerprint): number[] {
    this.checkBands(fp);
    const seen = new Set<number>(this.byExact.get(fp.exact));
    for (let b = 0; b < fp.bands.length; b++) {
      const ids = this.byBand[b]!.get(fp.bands[b]!);
      if (ids) for (const id of ids) seen.add(id);
    }
    return [...seen];
  }

  /** Forgets `id` (nothing happens when it is not indexed). */
  remove(id: number): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    pull(this.byExact, entry.exact, id);
    for (let b = 0; b < entry.bands.length; b++) pull(this.byBand[b]!, entry.bands[b]!, id);
  }

  private checkBands(fp: Fingerprint): void {
    if (fp.bands.length !== 0 && fp.bands.length !== this.params.bands) {
      throw new Error(`near-dup: a fingerprint with ${fp.bands.length} bands does not fit an index of ${this.params.bands}`);
    }
  }
}

function push<K>(map: Map<K, number[]>, key: K, id: number): void {
  const ids = map.get(key);
  if (ids) ids.push(id);
  else map.set(key, [id]);
}

function pull<K>(map: Map<K, number[]>, key: K, id: number): void {
  const ids = map.get(key);
  if (!ids) return;
  const at = ids.indexOf(id);
  if (at >= 0) ids.splice(at, 1);
  if (ids.length === 0) map.delete(key);
}
