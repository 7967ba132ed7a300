import { randomUUID } from 'node:crypto';
import type { DB, Executor } from '../../../platform/db';
import { decodeSignature, encodeSignature, fingerprint, NEAR_DUP_PARAMS, similarity, type Fingerprint } from '../../../platform/near-dup';
import { bandCandidates, bandKeyOf, claimUnfingerprinted, exactMatchesInRound, insertCampaigns, insertFingerprints, lockRoundForAssignment, roundsToFingerprint, setCampaignsOf, type BandKey, type Candidate, type QueuedComment } from './repo';

/** Comments fingerprinted per transaction: small enough that row locks and the round locks are held briefly. */
const BATCH = 200;
/** Candidates read per band hash (see bandCandidates). */
const PER_BAND = 8;

export interface AssignResult {
  fingerprinted: number;
  /** Comments put into a campaign (joining one, or forming one with their match). */
  joined: number;
  /** Campaigns formed. */
  created: number;
}

const at = (iso: string) => new Date(iso).getTime();

/** A fingerprinted comment of the round as the batch knows it: from the database, or placed earlier in the batch. */
interface Known {
  commentId: string;
  createdAt: number;
  fp: Fingerprint;
  campaignId: string | null;
  isNew: boolean;
}

/** The best near-duplicate of `fp` among `candidates` (highest similarity, then the earliest), or null. */
function bestMatch(fp: Fingerprint, candidates: Iterable<Known>): Known | null {
  let best: Known | null = null;
  let bestScore = -1;
  for (const c of candidates) {
    const score = similarity(fp, c.fp);
    if (score < NEAR_DUP_PARAMS.threshold) continue;
    if (score > bestScore || (score === bestScore && best && c.createdAt < best.createdAt)) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Fingerprints a batch of one round's comments and puts each into its best match's campaign (forming one when the
 * match had none): the database is read twice (exact keys, band candidates) and written four times whatever the
 * batch's size; comments of the same batch match each other in memory, in arrival order.
 */
async function assignBatch(tx: Executor, roundId: string, queued: QueuedComment[], result: AssignResult): Promise<void> {
  const items = queued.map((c) => ({ comment: c, fp: fingerprint(c.body) }));
  // one object per comment, so a campaign formed with a candidate is seen by the next comment matching it
  const known = new Map<string, Known>();
  const intern = (c: Candidate): Known => {
    let k = known.get(c.commentId);
    if (!k) known.set(c.commentId, (k = { commentId: c.commentId, createdAt: at(c.commentCreatedAt), fp: { exact: c.exactKey, signature: c.signature ? decodeSignature(c.signature) : null, bands: [] }, campaignId: c.campaignId, isNew: false }));
    return k;
  };
  // exact equality is the fast path; MinHash candidates only for texts with no identical one in the round yet
  const exact = new Map([...(await exactMatchesInRound(tx, roundId, [...new Set(items.map((i) => i.fp.exact))]))].map(([key, c]) => [key, intern(c)]));
  const wanted = new Map<string, BandKey>();
  for (const { fp } of items) if (!exact.has(fp.exact)) fp.bands.forEach((bandHash, bandNo) => wanted.set(bandKeyOf(bandNo, bandHash), { bandNo, bandHash }));
  const byBand = new Map<string, Known[]>();
  const addToBand = (key: string, k: Known) => {
    const list = byBand.get(key);
    if (!list) byBand.set(key, [k]);
    else if (list.length < PER_BAND) list.push(k);
  };
  for (const { key, candidate } of await bandCandidates(tx, roundId, [...wanted.values()], PER_BAND)) addToBand(key, intern(candidate));

  const campaigns: { id: string; roundId: string; firstCommentId: string }[] = [];
  const placedBefore = new Map<string, string>();
  const placed: { known: Known; bands: BandKey[] }[] = [];
  for (const { comment, fp } of items) {
    const me: Known = { commentId: comment.id, createdAt: at(comment.createdAt), fp, campaignId: null, isNew: true };
    let match = exact.get(fp.exact) ?? null;
    const isCopy = match !== null;
    if (!match && fp.signature) {
      const candidates = new Set<Known>();
      fp.bands.forEach((h, b) => byBand.get(bandKeyOf(b, h))?.forEach((k) => candidates.add(k)));
      match = bestMatch(fp, candidates);
    }
    if (match) {
      if (!match.campaignId) {
        match.campaignId = randomUUID();
        campaigns.push({ id: match.campaignId, roundId, firstCommentId: match.createdAt <= me.createdAt ? match.commentId : me.commentId });
        if (!match.isNew) placedBefore.set(match.commentId, match.campaignId);
        result.created++;
      }
      me.campaignId = match.campaignId;
      result.joined++;
    }
    // A band already held by a comment of the same campaign leads to that campaign anyway: only the bands a
    // comment adds are stored (none for an exact copy), so a campaign of 50,000 keeps a few rows per band.
    const bands: BandKey[] = [];
    if (!isCopy) {
      fp.bands.forEach((bandHash, bandNo) => {
        const key = bandKeyOf(bandNo, bandHash);
        if (!me.campaignId || !byBand.get(key)?.some((k) => k.campaignId === me.campaignId)) bands.push({ bandNo, bandHash });
        addToBand(key, me);
      });
    }
    // what this batch placed is a candidate for the rest of the batch
    if (!exact.has(fp.exact)) exact.set(fp.exact, me);
    placed.push({ known: me, bands });
  }
  await insertCampaigns(tx, campaigns);
  await insertFingerprints(tx, placed.map(({ known: k, bands }, i) => ({ commentId: k.commentId, roundId, commentCreatedAt: items[i]!.comment.createdAt, exactKey: k.fp.exact, signature: k.fp.signature ? encodeSignature(k.fp.signature) : null, campaignId: k.campaignId, bands })));
  await setCampaignsOf(tx, placedBefore);
  result.fingerprinted += placed.length;
}

/** Comments arrive with their arrival time set before they commit; a window this long covers any commit delay. */
const RECENT_MS = 10 * 60_000;
/** How often a run looks at every comment of the open rounds, not only recent ones (startup, anything missed). */
const SWEEP_MS = 5 * 60_000;
/** When the last sweep started, on the monotonic clock (performance.now()): a wall clock set back cannot put it off. */
let lastSweep = -Infinity;
/** A sweep stopped by its time budget (a backlog, e.g. the comments stored before this job existed) goes on next run. */
let isSweepUnfinished = false;

/**
 * The campaign job: fingerprints the comments that have none yet (every state: a comment waiting for its
 * confirmation or moderation already belongs where its text puts it, and the views count only the comments they
 * show), round by round and batch by batch until none is left or `budgetMs` has passed. Most runs look only at
 * comments of the last minutes; every few minutes (and on a process's first run) a sweep looks at all.
 * Safe when several workers run it: a batch holds its round's assignment lock (another worker waits, then sees the
 * fingerprints committed before it) and its comments' rows (FOR UPDATE SKIP LOCKED), so no comment is fingerprinted
 * twice and no near-duplicate pair is missed. Intake never waits for it.
 */
export async function assignCampaigns(db: DB, opts: { batch?: number; budgetMs?: number; sweep?: boolean } = {}): Promise<AssignResult> {
  const result: AssignResult = { fingerprinted: 0, joined: 0, created: 0 };
  const started = performance.now();
  const batch = opts.batch ?? BATCH;
  const isSweep = opts.sweep ?? (isSweepUnfinished || started - lastSweep > SWEEP_MS);
  if (isSweep) {
    lastSweep = started;
    isSweepUnfinished = false;
  }
  const since = isSweep ? null : new Date(Date.now() - RECENT_MS).toISOString();
  for (const roundId of await roundsToFingerprint(db)) {
    // within a run each batch starts after the last one; a comment skipped (locked by another worker, or committed
    // late with an earlier arrival time) is found by the next run, which starts again from `since`
    let after: { createdAt: string; id: string } | null = null;
    for (;;) {
      const queued = await db.transaction(async (tx) => {
        await lockRoundForAssignment(tx, roundId);
        const taken = await claimUnfingerprinted(tx, roundId, since, after, batch);
        if (taken.length) await assignBatch(tx, roundId, taken, result);
        return taken;
      });
      if (performance.now() - started > (opts.budgetMs ?? 4000)) {
        if (isSweep) isSweepUnfinished = true;
        return result;
      }
      if (queued.length < batch) break;
      const last = queued[queued.length - 1]!;
      after = { createdAt: last.createdAt, id: last.id };
    }
  }
  return result;
}
