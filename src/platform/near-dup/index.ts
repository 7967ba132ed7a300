/**
 * Near-duplicate detection for Vietnamese comments and articles (issue 13): an exact-key fast path, then MinHash
 * over syllable shingles with LSH banding. Used by the consultation campaigns and the monitoring module; import
 * from 'src/platform/near-dup' only.
 *
 * Stored fingerprints: a signature is only comparable with signatures computed with the same `seed`, `hashes`
 * and `shingle` (and band hashes also with the same `bands` × `rows`). Changing any of them invalidates every
 * stored signature and band hash: recompute them all. The exact key depends on none of the params.
 *
 * Tuned defaults: see params.ts (figures measured by bench/near-dup.ts).
 */
import { computeFingerprint, similarity, type Fingerprint } from './fingerprint';
import { DEFAULT_PARAMS, type NearDupParams } from './params';

export type { NearDupParams } from './params';
export type { Fingerprint } from './fingerprint';
export { similarity, encodeSignature, decodeSignature, MIN_SHINGLES } from './fingerprint';
export { LshIndex } from './lsh-index';
export { NearDupClusterer } from './clusterer';

/** The tuned defaults (the reasons and measured figures are in params.ts). */
export const NEAR_DUP_PARAMS: NearDupParams = DEFAULT_PARAMS;

/** The exact key, MinHash signature (null for texts under MIN_SHINGLES shingles) and LSH band hashes of `text`. */
export function fingerprint(text: string, params: NearDupParams = NEAR_DUP_PARAMS): Fingerprint {
  return computeFingerprint(text, params);
}

/** True when `a` and `b` are near-duplicates: similarity at or above the threshold. */
export function isNearDuplicate(a: Fingerprint, b: Fingerprint, params: NearDupParams = NEAR_DUP_PARAMS): boolean {
  return similarity(a, b) >= params.threshold;
}
