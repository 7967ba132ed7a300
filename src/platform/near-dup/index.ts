/**
 * Near-duplicate detection for Vietnamese comments and articles (issue 13): an exact-key fast path, then MinHash
 * over syllable shingles with LSH banding. Used by the consultation campaigns and the monitoring module; import
 * from 'src/platform/near-dup' only.
 *
 * Stored fingerprints: a signature is only comparable with signatures computed with the same `seed`, `hashes`
 * and `shingle` (and band hashes also with the same `bands` × `rows`). Changing any of them invalidates every
 * stored signature and band hash: recompute them all. The exact key depends on none of the params.
 *
 * Tuned defaults (why, with the figures measured by bench/near-dup.ts, in params.ts): 2-syllable shingles,
 * 128 one-permutation MinHash values, 32 bands × 4 rows, near-duplicate from an estimated Jaccard of 0.47. On a
 * generated million comments with planted campaigns edited by 5–30 %: B-cubed precision 0.991, recall 0.969;
 * fingerprint() about 57,000 comments/s on one core (23 × the npm `minhash` package); clustering the million in
 * 73 s inside add() (52 s of CPU on 2 shared cores), 900 MB peak RSS; one more comment p99 1.9 ms.
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
