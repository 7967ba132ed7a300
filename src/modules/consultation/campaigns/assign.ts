import { randomUUID } from 'node:crypto';
import type { DB, Executor } from '../../../platform/db';
import { decodeSignature, encodeSignature, fingerprint, NEAR_DUP_PARAMS, similarity, type Fingerprint } from '../../../platform/near-dup';
import { bandCandidates, claimUnfingerprinted, exactMatchInRound, insertCampaign, insertFingerprint, lockRoundForAssignment, roundsToFingerprint, setCampaignOf, type Candidate, type QueuedComment } from './repo';

/** Comments fingerprinted per transaction: small enough that row locks and the round locks are held briefly. */
const BATCH = 200;
/** Candidates read per band hash (see bandCandidates). */
const PER_BAND = 16;

export interface AssignResult {
  fingerprinted: number;
  /** Comments put into a campaign (joining one, or forming one with their match). */
  joined: number;
  /** Campaigns formed. */
  created: number;
}

const at = (iso: string) => new Date(iso).getTime();

/** The best near-duplicate of `fp` among `candidates` (highest similarity, then the earliest), or null. */
function bestMatch(fp: Fingerprint, candidates: Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  let bestScore = -1;
  for (const c of candidates) {
    const other: Fingerprint = { exact: c.exactKey, signature: c.signature ? decodeSignature(c.signature) : null, bands: [] };
    const score = similarity(fp, other);
    if (score < NEAR_DUP_PARAMS.threshold) continue;
    if (score > bestScore || (score === bestScore && best && at(c.commentCreatedAt) < at(best.commentCreatedAt))) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** Fingerprints one comment and puts it into its best match's campaign (forming one when the match had none). */
async function assignOne(tx: Executor, comment: QueuedComment, result: AssignResult): Promise<void> {
  const fp = fingerprint(comment.body);
  // exact equality is the fast path; MinHash candidates only when no identical text is in the round yet
  const match = (await exactMatchInRound(tx, comment.roundId, fp.exact)) ?? bestMatch(fp, await bandCandidates(tx, comment.roundId, fp.bands, PER_BAND));
  await insertFingerprint(tx, { commentId: comment.id, roundId: comment.roundId, commentCreatedAt: comment.createdAt, exactKey: fp.exact, signature: fp.signature ? encodeSignature(fp.signature) : null, campaignId: null }, fp.bands);
  result.fingerprinted++;
  if (!match) return;
  if (match.campaignId) {
    await setCampaignOf(tx, [comment.id], match.campaignId);
  } else {
    const id = randomUUID();
    const first = at(match.commentCreatedAt) <= at(comment.createdAt) ? match.commentId : comment.id;
    await insertCampaign(tx, { id, roundId: comment.roundId, firstCommentId: first });
    await setCampaignOf(tx, [match.commentId, comment.id], id);
    result.created++;
  }
  result.joined++;
}

/** Comments arrive with their arrival time set before they commit; a window this long covers any commit delay. */
const RECENT_MS = 10 * 60_000;
/** How often a run looks at every comment of the open rounds, not only recent ones (startup, anything missed). */
const SWEEP_MS = 5 * 60_000;
let lastSweep = 0;

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
  const started = Date.now();
  const batch = opts.batch ?? BATCH;
  const isSweep = opts.sweep ?? started - lastSweep > SWEEP_MS;
  if (isSweep) lastSweep = started;
  const since = isSweep ? null : new Date(started - RECENT_MS).toISOString();
  for (const roundId of await roundsToFingerprint(db)) {
    for (;;) {
      const taken = await db.transaction(async (tx) => {
        await lockRoundForAssignment(tx, roundId);
        const queued = await claimUnfingerprinted(tx, roundId, since, batch);
        for (const comment of queued) await assignOne(tx, comment, result);
        return queued.length;
      });
      if (Date.now() - started > (opts.budgetMs ?? 4000)) return result;
      if (taken < batch) break;
    }
  }
  return result;
}
