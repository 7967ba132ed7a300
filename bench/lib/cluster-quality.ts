/**
 * Scores a clustering against the planted truth, both ways the literature does (Amigó et al. 2009):
 * B-cubed precision/recall (per comment: the share of its predicted cluster that truly belongs with it, and the
 * share of its true campaign found in its cluster, averaged over comments) and pairwise precision/recall (over
 * pairs of comments put together). Distinct comments are their own singleton truth. Pairwise figures are
 * dominated by the biggest campaigns (50,000 members make 1.25 billion pairs); B-cubed weighs every comment alike.
 */

export interface ClusterQuality {
  bcubedPrecision: number;
  bcubedRecall: number;
  pairPrecision: number;
  pairRecall: number;
  /** Distinct comments (no campaign) placed in a cluster with anything else. */
  distinctJoined: number;
  /** Predicted clusters holding members of two or more planted campaigns. */
  mergedCampaignClusters: number;
  predictedClusters: number;
  /** Predicted clusters of 2 or more comments (campaigns found). */
  predictedGroups: number;
}

/** `predicted[i]` is the cluster of comment i, `truth[i]` its campaign or -1. */
export function clusterQuality(predicted: Int32Array, truth: Int32Array): ClusterQuality {
  const n = truth.length;
  // distinct comments get their own truth label past the campaign ids, so cells can be keyed by two numbers
  const truthOf = (i: number) => (truth[i]! >= 0 ? truth[i]! : 0x40000000 + i);
  const cells = new Map<number, number>();
  const predSize = new Map<number, number>();
  const truthSize = new Map<number, number>();
  const cellKey = (i: number) => predicted[i]! * 2 ** 31 + truthOf(i);
  for (let i = 0; i < n; i++) {
    const k = cellKey(i);
    cells.set(k, (cells.get(k) ?? 0) + 1);
    predSize.set(predicted[i]!, (predSize.get(predicted[i]!) ?? 0) + 1);
    truthSize.set(truthOf(i), (truthSize.get(truthOf(i)) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  let distinctJoined = 0;
  for (let i = 0; i < n; i++) {
    const both = cells.get(cellKey(i))!;
    precision += both / predSize.get(predicted[i]!)!;
    recall += both / truthSize.get(truthOf(i))!;
    if (truth[i]! < 0 && predSize.get(predicted[i]!)! > 1) distinctJoined++;
  }
  const campaignsIn = new Map<number, Set<number>>();
  for (const key of cells.keys()) {
    const pred = Math.floor(key / 2 ** 31);
    const t = key - pred * 2 ** 31;
    if (t >= 0x40000000) continue;
    let set = campaignsIn.get(pred);
    if (!set) campaignsIn.set(pred, (set = new Set()));
    set.add(t);
  }
  const pairs = (sizes: Iterable<number>) => {
    let s = 0;
    for (const v of sizes) s += (v * (v - 1)) / 2;
    return s;
  };
  const together = pairs(cells.values());
  const predictedPairs = pairs(predSize.values());
  const truePairs = pairs(truthSize.values());
  return {
    bcubedPrecision: precision / n,
    bcubedRecall: recall / n,
    pairPrecision: predictedPairs === 0 ? 1 : together / predictedPairs,
    pairRecall: truePairs === 0 ? 1 : together / truePairs,
    distinctJoined,
    mergedCampaignClusters: [...campaignsIn.values()].filter((s) => s.size > 1).length,
    predictedClusters: predSize.size,
    predictedGroups: [...predSize.values()].filter((v) => v > 1).length,
  };
}
