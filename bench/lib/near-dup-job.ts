/**
 * Child process of the near-duplicate benchmark (started through runChild, never by hand): generates the corpus
 * 5,000 texts at a time and adds each text to one NearDupClusterer, timing only the `add` calls (fingerprint +
 * exact path + LSH + verification + union), then times single `add`s of new comments into the full clusterer,
 * then scores the clusters against the planted truth. Memory is read before the scoring, which needs its own maps.
 */
import v8 from 'node:v8';
import { NEAR_DUP_PARAMS, NearDupClusterer } from '../../src/platform/near-dup';
import { peakRssOf, printResult, readJob } from './child';
import { clusterQuality, type ClusterQuality } from './cluster-quality';
import { commentAt, generateComments, planCorpus } from './comment-corpus';

const BATCH = 5_000;

export interface NearDupJob {
  size: number;
  /** New comments added one by one after the corpus, each timed. */
  newComments: number;
}

export interface NearDupJobResult {
  size: number;
  campaigns: number;
  campaignMembers: number;
  largestCampaign: number;
  meanSyllables: number;
  /** Milliseconds inside `add` for the whole corpus, and in generating the texts (not part of the figure). */
  clusterMs: number;
  /** CPU time of the process during those add() calls (user + system): what the work cost, whatever else ran. */
  clusterCpuMs: number;
  generateMs: number;
  /** Per-add latencies of the new comments, in ms. */
  newAddMs: number[];
  /** Kernel peak RSS (VmHWM) and V8 heap once clustering and the new comments are done, before scoring. */
  peakRssBytes: number | null;
  heapUsedBytes: number;
  /** Highest heap used, sampled every 50,000 adds. */
  peakHeapBytes: number;
  typedBytes: number;
  quality: ClusterQuality;
  clustersFound: number;
}

function main(): void {
  const job = readJob<NearDupJob>();
  if (!Number.isInteger(job.size) || job.size < 1 || !Number.isInteger(job.newComments)) throw new Error(`bad job: ${JSON.stringify(job)}`);
  const plan = planCorpus({ size: job.size });
  const clusterer = new NearDupClusterer(NEAR_DUP_PARAMS);
  let clusterMs = 0;
  let clusterCpuMs = 0;
  let syllables = 0;
  let peakHeap = 0;
  const started = performance.now();
  // Texts are generated a batch at a time, so generating does not evict the clusterer's data from the CPU caches
  // between every two adds (the generator is not part of the system measured).
  const batch: string[] = [];
  for (let from = 0; from < plan.size; from += BATCH) {
    batch.length = 0;
    for (const c of generateComments(plan, from, Math.min(plan.size, from + BATCH))) {
      syllables += c.text.split(/\s+/).length;
      batch.push(c.text);
    }
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (let k = 0; k < batch.length; k++) clusterer.add(from + k, batch[k]!);
    clusterMs += performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    clusterCpuMs += (cpu.user + cpu.system) / 1000;
    if (from % 50_000 === 0) peakHeap = Math.max(peakHeap, v8.getHeapStatistics().used_heap_size);
  }
  const generateMs = performance.now() - started - clusterMs;
  // new comments: half new members of existing campaigns (in proportion to their sizes), half distinct
  const newAddMs: number[] = [];
  const templates = new Map<number, string[]>();
  for (let k = 0; k < job.newComments; k++) {
    const c = commentAt(plan, plan.size + k, templates);
    const t0 = performance.now();
    clusterer.add(c.index, c.text);
    newAddMs.push(performance.now() - t0);
  }
  const heapUsedBytes = v8.getHeapStatistics().used_heap_size;
  const peakRssBytes = peakRssOf('self');
  const predicted = new Int32Array(plan.size);
  for (let i = 0; i < plan.size; i++) predicted[i] = clusterer.clusterOf(i);
  const quality = clusterQuality(predicted, plan.truth);
  const result: NearDupJobResult = {
    size: plan.size,
    campaigns: plan.campaignSizes.length,
    campaignMembers: plan.campaignSizes.reduce((a, b) => a + b, 0),
    largestCampaign: plan.campaignSizes[0] ?? 0,
    meanSyllables: syllables / plan.size,
    clusterMs,
    clusterCpuMs,
    generateMs,
    newAddMs,
    peakRssBytes,
    heapUsedBytes,
    peakHeapBytes: Math.max(peakHeap, heapUsedBytes),
    typedBytes: clusterer.typedBytes,
    quality,
    clustersFound: quality.predictedGroups,
  };
  printResult(result);
}

main();
