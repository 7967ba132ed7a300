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
export async function claimUnfingerprinted(tx: Executor, roundId: string, since: string | null, after: { createdAt: string; id: string } | null, limit: number): Promise<QueuedComment[]> {
  // served by comments_round_created_idx (round_id, created_at, id), probing the fingerprints' primary key
  return tx
    .select({ id: comments.id, roundId: comments.roundId, body: comments.body, createdAt: comments.createdAt })
    .from(comments)
    .where(and(
      eq(comments.roundId, roundId),
      since ? gte(comments.createdAt, since) : undefined,
      after ? sql`(${comments.createdAt}, ${comments.id}) > (${after.createdAt}::timestamptz, ${after.id})` : undefined,
      notExists(tx.select({ one: sql`1` }).from(commentFingerprints).where(eq(commentFingerprints.commentId, comments.id))),
    ))
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

/** For each exact key, the earliest comment of the round carrying it, preferring one already in a campaign. */
export async function exactMatchesInRound(tx: Executor, roundId: string, exactKeys: string[]): Promise<Map<string, Candidate>> {
  if (exactKeys.length === 0) return new Map();
  // served by comment_fingerprints_exact_idx (round_id, exact_key)
  const rows = await tx
    .selectDistinctOn([commentFingerprints.exactKey], candidateColumns)
    .from(commentFingerprints)
    .where(and(eq(commentFingerprints.roundId, roundId), inArray(commentFingerprints.exactKey, exactKeys)))
    .orderBy(commentFingerprints.exactKey, sql`${commentFingerprints.campaignId} is null`, asc(commentFingerprints.commentCreatedAt), asc(commentFingerprints.commentId));
  return new Map(rows.map((r) => [r.exactKey, r]));
}

/** A band hash of a band number, as the candidate look-up takes it. */
export interface BandKey {
  bandNo: number;
  bandHash: number;
}

/**
 * Comments of the round sharing one of `keys` (band number and hash), at most `perBand` per key — a campaign of
 * 50,000 shares every band, and a few of its members stand for it as well as all of them — with the keys they
 * share. Band hashes are compared as signed 32-bit integers, as they are stored.
 */
export async function bandCandidates(tx: Executor, roundId: string, keys: readonly BandKey[], perBand: number): Promise<{ key: string; candidate: Candidate }[]> {
  if (keys.length === 0) return [];
  const wanted = sql.join(
    keys.map((k) => sql`(${k.bandNo}::smallint, ${k.bandHash | 0}::int)`),
    sql`, `,
  );
  // served by comment_fingerprint_bands_lookup_idx (round_id, band_no, band_hash), one short range per key
  const result = await tx.execute(sql`
    select q.band_no as "bandNo", q.band_hash as "bandHash", f.comment_id as "commentId", f.comment_created_at::text as "commentCreatedAt",
      f.exact_key as "exactKey", f.signature, f.campaign_id as "campaignId"
    from (values ${wanted}) as q(band_no, band_hash)
    cross join lateral (
      select b.comment_id from comment_fingerprint_bands b
      where b.round_id = ${roundId} and b.band_no = q.band_no and b.band_hash = q.band_hash
      limit ${perBand}
    ) m
    join comment_fingerprints f on f.comment_id = m.comment_id`);
  type Row = Candidate & { bandNo: number; bandHash: number };
  return (result as unknown as { rows: Row[] }).rows.map(({ bandNo, bandHash, ...c }) => ({
    key: bandKeyOf(Number(bandNo), Number(bandHash)),
    candidate: { ...c, signature: c.signature ? new Uint8Array(c.signature) : null },
  }));
}

/** The one string a band number and hash are matched by, in the database's rows and in memory alike. */
export const bandKeyOf = (bandNo: number, bandHash: number) => `${bandNo}:${bandHash | 0}`;

/** Stores fingerprints with the band hashes each brings (each hash as a signed 32-bit integer). */
export async function insertFingerprints(tx: Executor, rows: { commentId: string; roundId: string; commentCreatedAt: string; exactKey: string; signature: Uint8Array | null; campaignId: string | null; bands: readonly BandKey[] }[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.insert(commentFingerprints).values(rows.map(({ bands: _bands, ...row }) => row));
  const bands = rows.flatMap((r) => r.bands.map((b) => ({ commentId: r.commentId, roundId: r.roundId, bandNo: b.bandNo, bandHash: b.bandHash | 0 })));
  // 4 parameters a row: chunks keep a statement well under PostgreSQL's 65,535 parameters
  for (let i = 0; i < bands.length; i += 4000) await tx.insert(commentFingerprintBands).values(bands.slice(i, i + 4000));
}

export async function insertCampaigns(tx: Executor, rows: { id: string; roundId: string; firstCommentId: string }[]): Promise<void> {
  if (rows.length) await tx.insert(commentCampaigns).values(rows);
}

/** Puts already fingerprinted comments into campaigns (comment id → campaign id). */
export async function setCampaignsOf(tx: Executor, placed: Map<string, string>): Promise<void> {
  if (placed.size === 0) return;
  const values = sql.join([...placed].map(([commentId, campaignId]) => sql`(${commentId}, ${campaignId})`), sql`, `);
  await tx.execute(sql`update comment_fingerprints set campaign_id = v.campaign_id from (values ${values}) as v(comment_id, campaign_id) where comment_fingerprints.comment_id = v.comment_id`);
}
