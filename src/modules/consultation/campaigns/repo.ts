import { and, asc, eq, gte, inArray, isNull, notExists, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db';
import { comments, consultationRounds } from '../tables';
import { commentCampaigns, commentFingerprintBands, commentFingerprints } from './tables';

// The assignment job's part of the campaigns repository: the queue of comments to fingerprint, the candidates of a
// near-duplicate, and the writes that put a comment into a campaign. The office's reads are in repo-read.ts.

export type CampaignRow = typeof commentCampaigns.$inferSelect;

/** A comment waiting for its fingerprint. */
export interface QueuedComment {
  id: string;
  roundId: string;
  body: string;
  createdAt: string;
}

/** An already fingerprinted comment of the round that may be a near-duplicate of a new one. */
export interface Candidate {
  commentId: string;
  commentCreatedAt: string;
  exactKey: string;
  signature: Uint8Array | null;
  campaignId: string | null;
}

/** Rounds whose comments may still need a fingerprint: every round until its synthesis report is published. */
export async function roundsToFingerprint(db: Executor): Promise<string[]> {
  const rows = await db.select({ id: consultationRounds.id }).from(consultationRounds).where(isNull(consultationRounds.synthesisPublishedAt)).orderBy(asc(consultationRounds.id));
  return rows.map((r) => r.id);
}

/**
 * The next comments of a round without a fingerprint, oldest first, arrived since `since` (null: any time), locked
 * for this transaction; rows another worker holds are skipped (FOR UPDATE SKIP LOCKED), so two workers take
 * different comments. A comment is waiting as long as it has no fingerprint row: the comments table is not written.
 */
export async function claimUnfingerprinted(tx: Executor, roundId: string, since: string | null, limit: number): Promise<QueuedComment[]> {
  // served by comments_round_created_idx (round_id, created_at, id), probing the fingerprints' primary key
  return tx
    .select({ id: comments.id, roundId: comments.roundId, body: comments.body, createdAt: comments.createdAt })
    .from(comments)
    .where(and(eq(comments.roundId, roundId), since ? gte(comments.createdAt, since) : undefined, notExists(tx.select({ one: sql`1` }).from(commentFingerprints).where(eq(commentFingerprints.commentId, comments.id)))))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .limit(limit)
    .for('update', { of: comments, skipLocked: true });
}

/**
 * Serialises assignment within one round until the transaction ends: two workers placing near-duplicates of the
 * same round at once would not see each other's uncommitted fingerprints. It is taken before any row lock.
 */
export async function lockRoundForAssignment(tx: Executor, roundId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('comment-campaigns'), hashtext(${roundId}))`);
}

const candidateColumns = {
  commentId: commentFingerprints.commentId,
  commentCreatedAt: commentFingerprints.commentCreatedAt,
  exactKey: commentFingerprints.exactKey,
  signature: commentFingerprints.signature,
  campaignId: commentFingerprints.campaignId,
};

/** The earliest comment of the round with the same exact key, preferring one already in a campaign. */
export async function exactMatchInRound(tx: Executor, roundId: string, exactKey: string): Promise<Candidate | null> {
  // served by comment_fingerprints_exact_idx (round_id, exact_key)
  const rows = await tx
    .select(candidateColumns)
    .from(commentFingerprints)
    .where(and(eq(commentFingerprints.roundId, roundId), eq(commentFingerprints.exactKey, exactKey)))
    .orderBy(sql`${commentFingerprints.campaignId} is null`, asc(commentFingerprints.commentCreatedAt), asc(commentFingerprints.commentId))
    .limit(1);
  return rows[0] ?? null;
}

/**
 * Comments of the round sharing at least one band hash with `bands` (band i at index i), at most `perBand` per band:
 * a campaign of 50,000 shares every band, and a few of its members stand for it as well as all of them.
 */
export async function bandCandidates(tx: Executor, roundId: string, bands: readonly number[], perBand: number): Promise<Candidate[]> {
  if (bands.length === 0) return [];
  const wanted = sql.join(
    bands.map((h, i) => sql`(${i}::smallint, ${h | 0}::int)`),
    sql`, `,
  );
  // served by comment_fingerprint_bands_lookup_idx (round_id, band_no, band_hash), one short range per band
  const result = await tx.execute(sql`
    select f.comment_id as "commentId", f.comment_created_at::text as "commentCreatedAt", f.exact_key as "exactKey", f.signature, f.campaign_id as "campaignId"
    from comment_fingerprints f
    where f.comment_id in (
      select m.comment_id from (values ${wanted}) as q(band_no, band_hash)
      cross join lateral (
        select b.comment_id from comment_fingerprint_bands b
        where b.round_id = ${roundId} and b.band_no = q.band_no and b.band_hash = q.band_hash
        limit ${perBand}
      ) m
    )`);
  return (result as unknown as { rows: Candidate[] }).rows.map((r) => ({ ...r, signature: r.signature ? new Uint8Array(r.signature) : null }));
}

/** Stores a comment's fingerprint and its band hashes (each band hash as a signed 32-bit integer). */
export async function insertFingerprint(tx: Executor, row: { commentId: string; roundId: string; commentCreatedAt: string; exactKey: string; signature: Uint8Array | null; campaignId: string | null }, bands: readonly number[]): Promise<void> {
  await tx.insert(commentFingerprints).values(row);
  if (bands.length) await tx.insert(commentFingerprintBands).values(bands.map((h, bandNo) => ({ commentId: row.commentId, roundId: row.roundId, bandNo, bandHash: h | 0 })));
}

export async function insertCampaign(tx: Executor, row: { id: string; roundId: string; firstCommentId: string }): Promise<void> {
  await tx.insert(commentCampaigns).values(row);
}

/** Puts fingerprinted comments into a campaign. */
export async function setCampaignOf(tx: Executor, commentIds: string[], campaignId: string): Promise<void> {
  if (commentIds.length === 0) return;
  await tx.update(commentFingerprints).set({ campaignId }).where(inArray(commentFingerprints.commentId, commentIds));
}
