import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db';
import type { AnswerRow, CommentRow } from '../repo';
import { isAnswerable } from '../repo-answers';
import { commentAnswers, comments } from '../tables';
import { representativesOf } from './repo-read';
import { commentFingerprints } from './tables';

// The synthesis report counts published comments (as it always has); a campaign is one argument whatever the
// number of its signers, and its comments are printed once per article and answer with "1 ý kiến × N người ký".

const published = (roundId: string) => and(eq(commentFingerprints.roundId, roundId), isNotNull(commentFingerprints.campaignId), eq(comments.state, 'published'));

/** Published comments of a round as arguments: signers (every comment), arguments (a campaign counts one), campaigns. */
export async function argumentCounts(db: Executor, roundId: string): Promise<{ signers: number; arguments: number; campaigns: number; campaignSigners: number; largest: number }> {
  const sizes = db
    .select({ n: sql<number>`count(*)::int`.as('n') })
    .from(commentFingerprints)
    .innerJoin(comments, eq(comments.id, commentFingerprints.commentId))
    .where(published(roundId))
    .groupBy(commentFingerprints.campaignId)
    .having(sql`count(*) >= 2`)
    .as('sizes');
  const [campaignRows, signerRows] = await Promise.all([
    db.select({ campaigns: sql<number>`count(*)::int`, campaignSigners: sql<number>`coalesce(sum(${sizes.n}), 0)::int`, largest: sql<number>`coalesce(max(${sizes.n}), 0)::int` }).from(sizes),
    db.select({ n: sql<number>`count(*)::int` }).from(comments).where(and(eq(comments.roundId, roundId), eq(comments.state, 'published'))),
  ]);
  const c = campaignRows[0] ?? { campaigns: 0, campaignSigners: 0, largest: 0 };
  const signers = Number(signerRows[0]?.n ?? 0);
  return { signers, arguments: signers - Number(c.campaignSigners) + Number(c.campaigns), campaigns: Number(c.campaigns), campaignSigners: Number(c.campaignSigners), largest: Number(c.largest) };
}

/** What makes comments of a campaign one row of an article's table: the campaign, the article and the answer. */
const groupKey = (campaignId: string, anchor: string | null, disposition: string | null, explanation: string | null) => JSON.stringify([campaignId, anchor, disposition, explanation]);

/** How many published comments each (campaign, article, answer) group has, for the groups of two or more. */
async function groupSizes(db: Executor, roundId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ campaignId: commentFingerprints.campaignId, anchor: comments.articleAnchor, disposition: commentAnswers.disposition, explanation: commentAnswers.explanation, n: sql<number>`count(*)::int` })
    .from(commentFingerprints)
    .innerJoin(comments, eq(comments.id, commentFingerprints.commentId))
    .leftJoin(commentAnswers, eq(commentAnswers.commentId, commentFingerprints.commentId))
    .where(published(roundId))
    .groupBy(commentFingerprints.campaignId, comments.articleAnchor, commentAnswers.disposition, commentAnswers.explanation)
    .having(sql`count(*) >= 2`);
  return new Map(rows.map((r) => [groupKey(r.campaignId!, r.anchor, r.disposition, r.explanation), Number(r.n)]));
}

const CHUNK = 250;

/**
 * Collapses the campaigns in a stream of a round's comments: the first comment of each group (same campaign, same
 * article, same answer) comes out with the number of its signers, the rest of the group is skipped; every other
 * comment comes out with 1. A member whose answer was corrected alone stays its own row. Campaign ids are read a
 * chunk at a time, so the stream stays a stream.
 */
export async function* collapseCampaigns<T extends { comment: CommentRow; answer: AnswerRow | null }>(db: Executor, roundId: string, rows: AsyncIterable<T>): AsyncGenerator<T & { signers: number }> {
  const sizes = await groupSizes(db, roundId);
  const seen = new Set<string>();
  let chunk: T[] = [];
  async function* flush(): AsyncGenerator<T & { signers: number }> {
    const ids = chunk.map((r) => r.comment.id);
    const campaignOf = new Map(
      sizes.size === 0 || ids.length === 0
        ? []
        : (await db.select({ commentId: commentFingerprints.commentId, campaignId: commentFingerprints.campaignId }).from(commentFingerprints).where(and(inArray(commentFingerprints.commentId, ids), isNotNull(commentFingerprints.campaignId)))).map((r) => [r.commentId, r.campaignId!]),
    );
    for (const row of chunk) {
      const campaignId = campaignOf.get(row.comment.id);
      const key = campaignId ? groupKey(campaignId, row.comment.articleAnchor, row.answer?.disposition ?? null, row.answer?.explanation ?? null) : null;
      const n = key ? sizes.get(key) : undefined;
      if (!key || !n) {
        yield { ...row, signers: 1 };
        continue;
      }
      if (seen.has(key)) continue;
      seen.add(key);
      yield { ...row, signers: n };
    }
    chunk = [];
  }
  for await (const row of rows) {
    chunk.push(row);
    if (chunk.length >= CHUNK) yield* flush();
  }
  yield* flush();
}

/** How a comment's campaign is named in an export: its representative's receipt code and its size. */
export interface CampaignLabel {
  representative: string;
  members: number;
}

/**
 * Adds to a stream of a round's comments the campaign each belongs to (as the office counts it: comments to
 * answer, two at least), for the exports. Read a chunk at a time; each campaign is looked up once.
 */
export async function* withCampaigns<T extends { comment: CommentRow }>(db: Executor, rows: AsyncIterable<T>): AsyncGenerator<T & { campaign: CampaignLabel | null }> {
  const known = new Map<string, CampaignLabel | null>();
  let chunk: T[] = [];
  async function* flush(): AsyncGenerator<T & { campaign: CampaignLabel | null }> {
    const ids = chunk.map((r) => r.comment.id);
    const campaignOf = new Map(
      ids.length === 0
        ? []
        : (await db.select({ commentId: commentFingerprints.commentId, campaignId: commentFingerprints.campaignId }).from(commentFingerprints).where(and(inArray(commentFingerprints.commentId, ids), isNotNull(commentFingerprints.campaignId)))).map((r) => [r.commentId, r.campaignId!]),
    );
    const unknown = [...new Set(campaignOf.values())].filter((id) => !known.has(id));
    if (unknown.length) {
      const [sizes, representatives] = await Promise.all([
        db.select({ campaignId: commentFingerprints.campaignId, n: sql<number>`count(*)::int` }).from(commentFingerprints).innerJoin(comments, eq(comments.id, commentFingerprints.commentId)).where(and(inArray(commentFingerprints.campaignId, unknown), isAnswerable)).groupBy(commentFingerprints.campaignId),
        representativesOf(db, unknown),
      ]);
      const sizeOf = new Map(sizes.map((s) => [s.campaignId!, Number(s.n)]));
      for (const id of unknown) {
        const members = sizeOf.get(id) ?? 0;
        const first = representatives.get(id);
        known.set(id, members >= 2 && first ? { representative: first.receiptCode, members } : null);
      }
    }
    for (const row of chunk) {
      const campaignId = campaignOf.get(row.comment.id);
      yield { ...row, campaign: campaignId ? (known.get(campaignId) ?? null) : null };
    }
    chunk = [];
  }
  for await (const row of rows) {
    chunk.push(row);
    if (chunk.length >= CHUNK) yield* flush();
  }
  yield* flush();
}
