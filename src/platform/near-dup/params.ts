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

/**
 * Tuned on the benchmark corpus (bench/near-dup.ts: 1,000,000 Vietnamese comments, 25,000 planted campaigns of
 * 2 … 50,000 members, each member 5–30 % of its template's syllables edited, plus accent/tone/case/punctuation
 * changes; 476,275 independent comments):
 * - shingle 2: with 30 % of the syllables edited a 3-syllable shingle rarely survives (two members of one
 *   campaign share a median Jaccard of 0.36 with k = 3, 0.50 with k = 2) while single syllables are shared by any
 *   two comments on the same topic (0.21 between independent comments); k = 2 separates the two best.
 * - threshold 0.47: an independent comment shares a median 0.22 (0.36 at the 99th percentile) with its nearest
 *   neighbour among 2,000 others, more among a million (stock phrases of the draft's subject); two members of
 *   one campaign share 0.50 in the median, and a new member usually finds an earlier one above that.
 *   Measured B-cubed precision / recall at a million: 0.957 / 0.985 at 0.45, 0.977 / 0.976 at 0.47 and
 *   0.989 / 0.961 at 0.50 on an earlier, less varied corpus; 0.991 / 0.969 at 0.47 on the current one.
 * - 32 bands × 4 rows: a pair at 0.47 becomes a candidate with probability 1-(1-0.47^4)^32 = 0.80, at 0.6 with
 *   0.98; a campaign member meets many earlier members, so single link recovers the pairs LSH misses. More rows
 *   lose pairs near the threshold, more bands grow the band table (4 bytes × 32 bands × 2 per comment).
 * - hashes 128: the similarity's standard error is about 0.044 at 0.47 (1/√K), small beside the gap above.
 */
export const DEFAULT_PARAMS: NearDupParams = Object.freeze({
  hashes: 128,
  bands: 32,
  rows: 4,
  shingle: 2,
  seed: 0x0d0e7a11,
  threshold: 0.47,
});
