/** The tunable parameters of near-duplicate detection (the tuned defaults and why are in the module door). */
export interface NearDupParams {
  /** MinHash signature length K (standard error of the similarity ≈ 1/√K). */
  hashes: number;
  /** LSH bands b and rows per band r (b·r ≤ K): a pair of similarity s becomes a candidate with 1-(1-s^r)^b. */
  bands: number;
  rows: number;
  /** Syllables per shingle. */
  shingle: number;
  /** Seed of every hash: signatures are comparable only when computed with the same seed, hashes and shingle. */
  seed: number;
  /** Estimated Jaccard similarity from which two texts are near-duplicates. */
  threshold: number;
}

export const DEFAULT_PARAMS: NearDupParams = Object.freeze({
  hashes: 128,
  bands: 32,
  rows: 4,
  shingle: 2,
  seed: 0x0d0e7a11,
  threshold: 0.47,
});
