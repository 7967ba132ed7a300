import { and, asc, count, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db';
import { articleOfComment, assigneeSql, isAnswerable } from '../repo-answers';
import { articleAssignments, commentAnswers, commentAssignments, comments } from '../tables';
import type { AnswerRow, CommentRow } from '../repo';
import { commentCampaigns, commentFingerprints } from './tables';
import type { CampaignRow } from './repo';

// The campaigns repository as the office and the synthesis report read it. The comments a campaign counts are
// those the answers tab lists (isAnswerable, one definition for both); the report counts published ones, as it
// does for every comment.

export interface CampaignTally {
  id: string;
  members: number;
  answered: number;
  approved: number;
}

const memberOf = eq(comments.id, commentFingerprints.commentId);

/** Campaigns of a round with at least two comments to answer, largest first, with their answer progress. */
export async function campaignsOfRound(db: Executor, roundId: string, page: { limit: number; offset: number }): Promise<{ items: CampaignTally[]; total: number; signers: number }> {
  const members = sql<number>`count(*)::int`;
  const tallies = db
    .select({
      id: sql<string>`${commentFingerprints.campaignId}`.as('id'),
      members: members.as('members'),
      answered: sql<number>`count(${commentAnswers.commentId})::int`.as('answered'),
      approved: sql<number>`(count(*) filter (where ${commentAnswers.state} in ('approved', 'published')))::int`.as('approved'),
      firstAt: sql<string>`min(${commentFingerprints.commentCreatedAt})`.as('first_at'),
    })
    .from(commentFingerprints)
    .innerJoin(comments, memberOf)
    .leftJoin(commentAnswers, eq(commentAnswers.commentId, commentFingerprints.commentId))
    // served by comment_fingerprints_campaign_idx through the campaigns of the round (comment_campaigns_round_idx)
    .where(and(eq(commentFingerprints.roundId, roundId), isNotNull(commentFingerprints.campaignId), isAnswerable))
    .groupBy(commentFingerprints.campaignId)
    .having(sql`count(*) >= 2`)
    .as('t');
  const [items, totals] = await Promise.all([
    db.select({ id: tallies.id, members: tallies.members, answered: tallies.answered, approved: tallies.approved }).from(tallies).orderBy(desc(tallies.members), asc(tallies.firstAt), asc(tallies.id)).limit(page.limit).offset(page.offset),
    db.select({ n: count(), signers: sql<number>`coalesce(sum(${tallies.members}), 0)::int` }).from(tallies),
  ]);
  return { items, total: Number(totals[0]?.n ?? 0), signers: Number(totals[0]?.signers ?? 0) };
}

/** A published comment as the synthesis report prints it, with its answer and its campaign. */
export interface ReportRow {
  comment: { id: string; articleAnchor: string | null; commenterType: string; stance: string; publicBody: string | null; createdAt: string };
  answer: { disposition: string; explanation: string } | null;
  campaignId: string | null;
}

const reportColumns = {
  id: comments.id,
  articleAnchor: comments.articleAnchor,
  commenterType: comments.commenterType,
  stance: comments.stance,
  publicBody: comments.publicBody,
  createdAt: comments.createdAt,
  disposition: commentAnswers.disposition,
  explanation: commentAnswers.explanation,
  campaignId: commentFingerprints.campaignId,
};

function reportRow({ disposition, explanation, campaignId, ...comment }: { id: string; articleAnchor: string | null; commenterType: string; stance: string; publicBody: string | null; createdAt: string; disposition: string | null; explanation: string | null; campaignId: string | null }): ReportRow {
  return { comment, answer: disposition === null || explanation === null ? null : { disposition, explanation }, campaignId };
}

const ofArticle = (anchor: string | null) => (anchor === null ? isNull(comments.articleAnchor) : eq(comments.articleAnchor, anchor));

/**
 * One page of the published comments of one article (null: the general comments) that are in no campaign, after
 * `after`, in arrival order, with their answers. Only the printed columns are read. Campaign members are read by
 * campaignGroupFirsts instead: at a million comments half of them are members the report prints once per group,
 * and reading every member only to skip it was most of the report's time. Served by comments_round_article_idx,
 * then the primary keys of comment_answers and comment_fingerprints.
 */
export async function looseReportPage(db: Executor, roundId: string, anchor: string | null, after: { createdAt: string; id: string } | null, limit: number): Promise<ReportRow[]> {
  const rows = await db
    .select(reportColumns)
    .from(comments)
    .leftJoin(commentAnswers, eq(commentAnswers.commentId, comments.id))
    .leftJoin(commentFingerprints, eq(commentFingerprints.commentId, comments.id))
    .where(
      and(
        eq(comments.roundId, roundId),
        ofArticle(anchor),
        eq(comments.state, 'published'),
        isNull(commentFingerprints.campaignId),
        after ? sql`(${comments.createdAt}, ${comments.id}) > (${after.createdAt}::timestamptz, ${after.id})` : undefined,
      ),
    )
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .limit(limit);
  return rows.map(reportRow);
}

/**
 * The earliest published comment of each campaign group (same campaign, same answer) of one article, in no set
 * order: one row per group however many members it has. Served by comments_round_article_idx and the
 * comment_fingerprints primary key (members of the article), sorted by PostgreSQL.
 */
export async function campaignGroupFirsts(db: Executor, roundId: string, anchor: string | null): Promise<ReportRow[]> {
  // the groups' first members are found on narrow rows (the sort then stays in memory), their columns read after
  const firsts = db
    .selectDistinctOn([commentFingerprints.campaignId, commentAnswers.disposition, commentAnswers.explanation], { id: comments.id })
    .from(comments)
    .innerJoin(commentFingerprints, eq(commentFingerprints.commentId, comments.id))
    .leftJoin(commentAnswers, eq(commentAnswers.commentId, comments.id))
    .where(and(eq(comments.roundId, roundId), ofArticle(anchor), eq(comments.state, 'published'), isNotNull(commentFingerprints.campaignId)))
    .orderBy(commentFingerprints.campaignId, commentAnswers.disposition, commentAnswers.explanation, asc(comments.createdAt), asc(comments.id));
  const rows = await db
    .select(reportColumns)
    .from(comments)
    .leftJoin(commentAnswers, eq(commentAnswers.commentId, comments.id))
    .leftJoin(commentFingerprints, eq(commentFingerprints.commentId, comments.id))
    .where(inArray(comments.id, firsts));
  return rows.map(reportRow);
}

/** The earliest comment to answer of each campaign: the text that stands for it. */
export async function representativesOf(db: Executor, campaignIds: string[]): Promise<Map<string, CommentRow>> {
  if (campaignIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([commentFingerprints.campaignId], { campaignId: commentFingerprints.campaignId, comment: comments })
    .from(commentFingerprints)
    .innerJoin(comments, memberOf)
    .where(and(inArray(commentFingerprints.campaignId, campaignIds), isAnswerable))
    .orderBy(commentFingerprints.campaignId, asc(commentFingerprints.commentCreatedAt), asc(commentFingerprints.commentId));
  return new Map(rows.map((r) => [r.campaignId!, r.comment]));
}

export async function campaignsByIds(db: Executor, ids: string[]): Promise<Map<string, CampaignRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(commentCampaigns).where(inArray(commentCampaigns.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function findCampaign(db: Executor, id: string, opts: { forUpdate?: boolean } = {}): Promise<CampaignRow | null> {
  const q = db.select().from(commentCampaigns).where(eq(commentCampaigns.id, id)).limit(1);
  const rows = opts.forUpdate ? await q.for('update') : await q;
  return rows[0] ?? null;
}

/** One page of a campaign's comments to answer, in arrival order, with their answers and who answers each. */
export async function membersOfCampaign(db: Executor, campaignId: string, page: { limit: number; offset: number }): Promise<{ items: { comment: CommentRow; answer: AnswerRow | null; assignee: string | null }[]; total: number }> {
  const where = and(eq(commentFingerprints.campaignId, campaignId), isAnswerable);
  const [items, totals] = await Promise.all([
    db
      .select({ comment: comments, answer: commentAnswers, assignee: assigneeSql })
      .from(commentFingerprints)
      .innerJoin(comments, memberOf)
      .leftJoin(commentAnswers, eq(commentAnswers.commentId, commentFingerprints.commentId))
      .leftJoin(commentAssignments, eq(commentAssignments.commentId, commentFingerprints.commentId))
      .leftJoin(articleAssignments, articleOfComment)
      .where(where)
      .orderBy(asc(commentFingerprints.commentCreatedAt), asc(commentFingerprints.commentId))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(commentFingerprints).innerJoin(comments, memberOf).where(where),
  ]);
  return { items, total: Number(totals[0]?.n ?? 0) };
}

/** A comment of the campaign whose answer was published with the synthesis report (it can no longer change). */
export async function publishedMemberOf(db: Executor, campaignId: string): Promise<{ receiptCode: string } | null> {
  const rows = await db
    .select({ receiptCode: comments.receiptCode })
    .from(commentFingerprints)
    .innerJoin(comments, memberOf)
    .innerJoin(commentAnswers, eq(commentAnswers.commentId, commentFingerprints.commentId))
    .where(and(eq(commentFingerprints.campaignId, campaignId), isAnswerable, eq(commentAnswers.state, 'published')))
    .limit(1);
  return rows[0] ?? null;
}

/**
 * Writes one answer (a draft) to the campaign's comments to answer — all of them, or only those without an answer —
 * in one statement, however many there are; returns how many were written.
 */
export async function answerMembers(tx: Executor, campaignId: string, a: { disposition: string; explanation: string; answeredBy: string | null; onlyUnanswered: boolean }): Promise<number> {
  const result = await tx.execute(sql`
    with written as (
      insert into comment_answers (comment_id, disposition, explanation, state, answered_by, updated_at)
      select comment_fingerprints.comment_id, ${a.disposition}, ${a.explanation}, 'draft', ${a.answeredBy}, now()
      from comment_fingerprints
      join comments on ${memberOf}
      left join comment_answers on comment_answers.comment_id = comment_fingerprints.comment_id
      where comment_fingerprints.campaign_id = ${campaignId} and ${isAnswerable}
        and ${a.onlyUnanswered ? sql`comment_answers.comment_id is null` : sql`true`}
      on conflict (comment_id) do update set disposition = excluded.disposition, explanation = excluded.explanation, state = 'draft',
        answered_by = excluded.answered_by, approved_by = null, approved_at = null, published_at = null, updated_at = now()
      returning 1
    )
    select count(*)::int as n from written`);
  return Number((result as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
}

/** Approves the draft answers of the campaign's comments to answer in one statement; returns how many. */
export async function approveMembers(tx: Executor, campaignId: string, approvedBy: string): Promise<number> {
  const result = await tx.execute(sql`
    with approved as (
      update comment_answers set state = 'approved', approved_by = ${approvedBy}, approved_at = now(), updated_at = now()
      where comment_answers.state = 'draft' and comment_answers.comment_id in (
        select comment_fingerprints.comment_id from comment_fingerprints join comments on ${memberOf}
        where comment_fingerprints.campaign_id = ${campaignId} and ${isAnswerable})
      returning 1
    )
    select count(*)::int as n from approved`);
  return Number((result as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
}

/** Records the campaign's own answer, applied again to comments that join it later. */
export async function setCampaignAnswer(tx: Executor, campaignId: string, a: { disposition: string; explanation: string; answeredBy: string | null }): Promise<void> {
  await tx.update(commentCampaigns).set({ ...a, answeredAt: sql`now()` }).where(eq(commentCampaigns.id, campaignId));
}
