import { and, asc, eq, isNull, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../platform/db';
import { commentFingerprints } from '../campaigns/tables';
import { NOT_ANSWERED_REASONS } from '../repo-answers';
import { comments } from '../tables';

// The topics repository: the round's comments to answer read article by article, a page at a time, with a
// campaign counted once per article (its earliest member there stands for it). Comments not yet fingerprinted by
// the campaigns job (a few seconds) count as their own argument.

/** A comment analysed for topics: the text the office reads, its receipt code and its campaign. */
export interface TopicCommentRow {
  id: string;
  receiptCode: string;
  text: string;
  createdAt: string;
  campaignId: string | null;
}

/** Comments and arguments (a campaign once) to answer per article of a round. */
export interface ArticleCount {
  articleAnchor: string | null;
  comments: number;
  arguments: number;
}

/** The answer list's rule (isAnswerable in repo-answers) for any alias of the comments table. */
function answerable(c: { state: AnyPgColumn; withheldReason: AnyPgColumn }): SQL {
  return or(eq(c.state, 'published'), and(eq(c.state, 'withheld'), or(isNull(c.withheldReason), notInArray(c.withheldReason, NOT_ANSWERED_REASONS))))!;
}

const ofArticle = (anchor: string | null) => (anchor === null ? isNull(comments.articleAnchor) : eq(comments.articleAnchor, anchor));

/** Per article of a round: comments to answer, and arguments when each campaign counts once. */
export async function argumentCountsByArticle(db: Executor, roundId: string): Promise<ArticleCount[]> {
  const rows = await db
    .select({
      articleAnchor: comments.articleAnchor,
      comments: sql<number>`count(*)::int`,
      arguments: sql<number>`count(distinct coalesce(${commentFingerprints.campaignId}, ${comments.id}))::int`,
    })
    .from(comments)
    .leftJoin(commentFingerprints, eq(commentFingerprints.commentId, comments.id))
    // served by comments_round_article_idx (round_id, article_anchor, …)
    .where(and(eq(comments.roundId, roundId), answerable(comments)))
    .groupBy(comments.articleAnchor);
  return rows.map((r) => ({ articleAnchor: r.articleAnchor, comments: Number(r.comments), arguments: Number(r.arguments) }));
}

/** Members to answer of each campaign of a round, per article (key: `${anchor ?? ''}|${campaignId}`). */
export async function campaignSizesByArticle(db: Executor, roundId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ articleAnchor: comments.articleAnchor, campaignId: commentFingerprints.campaignId, n: sql<number>`count(*)::int` })
    .from(commentFingerprints)
    .innerJoin(comments, eq(comments.id, commentFingerprints.commentId))
    .where(and(eq(commentFingerprints.roundId, roundId), sql`${commentFingerprints.campaignId} is not null`, answerable(comments)))
    .groupBy(comments.articleAnchor, commentFingerprints.campaignId);
  return new Map(rows.map((r) => [`${r.articleAnchor ?? ''}|${r.campaignId}`, Number(r.n)]));
}

/**
 * One page of an article's arguments in arrival order after `after` (keyset): comments to answer outside any
 * campaign, and the earliest member in this article of each campaign.
 */
export async function argumentsOfArticle(db: Executor, roundId: string, anchor: string | null, after: { createdAt: string; id: string } | null, limit: number): Promise<TopicCommentRow[]> {
  const f2 = alias(commentFingerprints, 'f2');
  const c2 = alias(comments, 'c2');
  // drizzle renders an alias in a template by its name alone: the FROM clause names the tables itself
  const earlierMember = sql`exists (select 1 from comment_fingerprints f2 inner join comments c2 on ${c2.id} = ${f2.commentId}
    where ${f2.campaignId} = ${commentFingerprints.campaignId}
      and (${f2.commentCreatedAt}, ${f2.commentId}) < (${commentFingerprints.commentCreatedAt}, ${commentFingerprints.commentId})
      and ${c2.articleAnchor} is not distinct from ${comments.articleAnchor} and ${answerable(c2)})`;
  const rows = await db
    .select({ id: comments.id, receiptCode: comments.receiptCode, body: comments.body, publicBody: comments.publicBody, createdAt: comments.createdAt, campaignId: commentFingerprints.campaignId })
    .from(comments)
    .leftJoin(commentFingerprints, eq(commentFingerprints.commentId, comments.id))
    // served by comments_round_article_idx (round_id, article_anchor, created_at, id); the earlier member by
    // comment_fingerprints_campaign_idx (campaign_id, comment_created_at, comment_id)
    .where(and(
      eq(comments.roundId, roundId),
      ofArticle(anchor),
      answerable(comments),
      after ? sql`(${comments.createdAt}, ${comments.id}) > (${after.createdAt}::timestamptz, ${after.id})` : undefined,
      sql`(${commentFingerprints.campaignId} is null or not ${earlierMember})`,
    ))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .limit(limit);
  return rows.map((r) => ({ id: r.id, receiptCode: r.receiptCode, text: r.publicBody ?? r.body, createdAt: r.createdAt, campaignId: r.campaignId }));
}
