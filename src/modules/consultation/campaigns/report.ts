import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db';
import type { CommentRow } from '../repo';
import { isAnswerable } from '../repo-answers';
import { commentAnswers, comments } from '../tables';
import { campaignGroupFirsts, looseReportPage, representativesOf, type ReportRow } from './repo-read';
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

/** Comments per campaign look-up of the exports. */
const CHUNK = 250;
/**
 * Comments in no campaign read per page by publishedReportRows (and one page more is read ahead). Larger pages
 * were no faster on a 200,000-comment round and only raised the heap there (2,000: +33 MB, 5,000: +65 MB peak RSS).
 */
const REPORT_PAGE = 1_000;

/** What a comment needs to be collapsed into its campaign's row. */
type Collapsible = { comment: { id: string; articleAnchor: string | null }; answer: { disposition: string; explanation: string } | null };

/** The campaign groups of a round (read once per report) and the groups already printed. */
export interface CampaignGroups {
  sizes: Map<string, number>;
  seen: Set<string>;
}

/** Reads the round's campaign groups (same campaign, article and answer) of two or more published comments. */
export async function campaignGroups(db: Executor, roundId: string): Promise<CampaignGroups> {
  return { sizes: await groupSizes(db, roundId), seen: new Set() };
}

/** The signers a row stands for, or null when it is a later member of a group already printed. */
function signersOf(groups: CampaignGroups, row: Collapsible, campaignId: string | undefined | null): number | null {
  const key = campaignId ? groupKey(campaignId, row.comment.articleAnchor, row.answer?.disposition ?? null, row.answer?.explanation ?? null) : null;
  const n = key ? groups.sizes.get(key) : undefined;
  if (!key || !n) return 1;
  if (groups.seen.has(key)) return null;
  groups.seen.add(key);
  return n;
}

/** PostgreSQL's timestamptz text in one session sorts as its instant ('+' < '.' < digits); ties go by id. */
const arrivesBefore = (a: ReportRow['comment'], b: ReportRow['comment']) => (a.createdAt === b.createdAt ? a.id < b.id : a.createdAt < b.createdAt);

/**
 * The published comments of one article (null: general comments) as the report prints them, in arrival order with
 * answer and campaign: the comments in no campaign a page at a time, merged with the first member of each campaign
 * group (read once for the article); later members are never read. The next page is already asked for while the
 * current one is used, so the database and the document writer work at the same time.
 */
export async function* publishedReportRows(db: Executor, roundId: string, anchor: string | null, pageSize = REPORT_PAGE): AsyncGenerator<ReportRow> {
  const firsts = (await campaignGroupFirsts(db, roundId, anchor)).sort((a, b) => (arrivesBefore(a.comment, b.comment) ? -1 : arrivesBefore(b.comment, a.comment) ? 1 : 0));
  let f = 0;
  const fetchAfter = (after: { createdAt: string; id: string } | null) => {
    const page = looseReportPage(db, roundId, anchor, after, pageSize);
    // awaited below; this only keeps a failure of a page nobody waits for (the reader stopped) from going unhandled
    page.catch(() => undefined);
    return page;
  };
  let next = fetchAfter(null);
  for (;;) {
    const page = await next;
    const last = page[page.length - 1];
    if (!last) break;
    next = page.length < pageSize ? Promise.resolve([]) : fetchAfter(last.comment);
    for (const row of page) {
      while (f < firsts.length && arrivesBefore(firsts[f]!.comment, row.comment)) yield firsts[f++]!;
      yield row;
    }
  }
  while (f < firsts.length) yield firsts[f++]!;
}

/**
 * Collapses rows that carry their campaign (publishedReportRows): the first row of each group (same campaign, same
 * article, same answer) comes out with the number of its signers, a later member of a group is skipped (none is
 * read by publishedReportRows; the check stays for any other stream); every other row comes out with 1. A member
 * whose answer was corrected alone stays its own row.
 */
export async function* collapseReportRows<T extends Collapsible & { campaignId: string | null }>(groups: CampaignGroups, rows: AsyncIterable<T>): AsyncGenerator<T & { signers: number }> {
  for await (const row of rows) {
    const signers = signersOf(groups, row, row.campaignId);
    if (signers !== null) yield { ...row, signers };
  }
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
