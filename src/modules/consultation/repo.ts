import { and, asc, count, desc, eq, gt, inArray, isNull, lte, gte, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { storedFiles } from '../../platform/files';
import { orgTables } from '../organisations';
import { commentAnswers, commentFlags, comments, consultationRounds, mandatedConsultees } from './tables';

export type RoundRow = typeof consultationRounds.$inferSelect;
export type CommentRow = typeof comments.$inferSelect;
export type AnswerRow = typeof commentAnswers.$inferSelect;
export type ConsulteeRow = typeof mandatedConsultees.$inferSelect;

// answering in volume (answer list, assignments, templates) lives in its own file of the repository
export * from './repo-answers';

export async function insertRound(db: Executor, row: typeof consultationRounds.$inferInsert, consultees: (typeof mandatedConsultees.$inferInsert)[]): Promise<void> {
  await db.insert(consultationRounds).values(row);
  if (consultees.length) await db.insert(mandatedConsultees).values(consultees);
}

export async function findRound(db: Executor, id: string): Promise<RoundRow | null> {
  const rows = await db.select().from(consultationRounds).where(eq(consultationRounds.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function roundsOfDraft(db: Executor, draftId: string): Promise<RoundRow[]> {
  return db.select().from(consultationRounds).where(eq(consultationRounds.draftId, draftId)).orderBy(asc(consultationRounds.opensOn));
}

/** Rounds that have opened (open now or closed), newest first, for the portal's list. */
export async function publicRounds(db: Executor, today: string): Promise<RoundRow[]> {
  return db.select().from(consultationRounds).where(lte(consultationRounds.opensOn, today)).orderBy(desc(consultationRounds.opensOn)).limit(500);
}

export async function overlappingRound(db: Executor, draftId: string, opensOn: string, closesOn: string): Promise<RoundRow | null> {
  const rows = await db
    .select()
    .from(consultationRounds)
    .where(and(eq(consultationRounds.draftId, draftId), lte(consultationRounds.opensOn, closesOn), gte(consultationRounds.closesOn, opensOn)))
    .limit(1);
  return rows[0] ?? null;
}

export async function consulteesOf(db: Executor, roundIds: string[]): Promise<ConsulteeRow[]> {
  if (roundIds.length === 0) return [];
  return db.select().from(mandatedConsultees).where(inArray(mandatedConsultees.roundId, roundIds));
}

export async function findConsultee(db: Executor, id: string): Promise<ConsulteeRow | null> {
  const rows = await db.select().from(mandatedConsultees).where(eq(mandatedConsultees.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function updateConsultee(db: Executor, id: string, patch: { answeredOn: string; answerRef: string | null }): Promise<void> {
  await db.update(mandatedConsultees).set(patch).where(eq(mandatedConsultees.id, id));
}

export async function insertComment(db: Executor, row: typeof comments.$inferInsert): Promise<void> {
  await db.insert(comments).values(row);
}

export async function findCommentByReceipt(db: Executor, code: string): Promise<CommentRow | null> {
  const rows = await db.select().from(comments).where(eq(comments.receiptCode, code)).limit(1);
  return rows[0] ?? null;
}

export async function findComment(db: Executor, id: string): Promise<CommentRow | null> {
  const rows = await db.select().from(comments).where(eq(comments.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function findCommentByVerifyToken(db: Executor, tokenHash: string): Promise<CommentRow | null> {
  const rows = await db.select().from(comments).where(eq(comments.verifyTokenHash, tokenHash)).limit(1);
  return rows[0] ?? null;
}

export async function updateComment(db: Executor, id: string, patch: Partial<CommentRow>): Promise<void> {
  await db.update(comments).set(patch).where(eq(comments.id, id));
}

export async function commentsOfRound(db: Executor, roundId: string, opts: { state?: string; article?: string; q?: string; limit: number; offset: number }): Promise<{ items: CommentRow[]; total: number }> {
  const conditions = [eq(comments.roundId, roundId)];
  if (opts.state) conditions.push(eq(comments.state, opts.state));
  if (opts.article === 'general') conditions.push(isNull(comments.articleAnchor));
  else if (opts.article) conditions.push(eq(comments.articleAnchor, opts.article));
  if (opts.q) {
    const like = sql`'%' || f_unaccent(${opts.q}) || '%'`;
    conditions.push(or(sql`f_unaccent(${comments.body}) like ${like}`, sql`f_unaccent(${comments.name}) like ${like}`, sql`${comments.receiptCode} = upper(${opts.q})`)!);
  }
  const where = and(...conditions);
  const [items, totals] = await Promise.all([
    db.select().from(comments).where(where).orderBy(asc(comments.createdAt), asc(comments.id)).limit(opts.limit).offset(opts.offset),
    db.select({ n: count() }).from(comments).where(where),
  ]);
  return { items, total: Number(totals[0]?.n ?? 0) };
}

/**
 * Rows per page of a streamed round. Measured on PGlite (bench: consultation): with 1,000 rows per page the XLSX
 * export of 250,000 comments peaked near 500 MB (V8 heap 150 MB); with 250, under 400 MB (heap 60 MB), in the
 * same time — the smaller pages are garbage before they are promoted out of V8's young generation.
 */
const PAGE_ROWS = 250;

/**
 * Comments of a round with their answers in submission order, page by page by keyset (exports and the synthesis
 * report stream through it); optionally only one article's (null: the general ones) and only published ones.
 */
export async function* streamCommentsOfRound(
  db: Executor,
  roundId: string,
  opts: { article?: string | null; publishedOnly?: boolean; pageSize?: number } = {},
): AsyncGenerator<{ comment: CommentRow; answer: AnswerRow | null }> {
  let lastCreated = '';
  let lastId = '';
  const byArticle = opts.article === undefined ? undefined : opts.article === null ? isNull(comments.articleAnchor) : eq(comments.articleAnchor, opts.article);
  for (;;) {
    const page = await db
      .select({ comment: comments, answer: commentAnswers })
      .from(comments)
      .leftJoin(commentAnswers, eq(commentAnswers.commentId, comments.id))
      .where(
        and(
          eq(comments.roundId, roundId),
          byArticle,
          opts.publishedOnly ? eq(comments.state, 'published') : undefined,
          lastId ? sql`(${comments.createdAt}, ${comments.id}) > (${lastCreated}::timestamptz, ${lastId})` : undefined,
        ),
      )
      .orderBy(asc(comments.createdAt), asc(comments.id))
      .limit(opts.pageSize ?? PAGE_ROWS);
    if (page.length === 0) return;
    for (const row of page) yield row;
    const last = page[page.length - 1]!.comment;
    lastCreated = last.createdAt;
    lastId = last.id;
  }
}

export async function countsByState(db: Executor, roundIds: string[]): Promise<{ roundId: string; state: string; n: number }[]> {
  if (roundIds.length === 0) return [];
  const rows = await db.select({ roundId: comments.roundId, state: comments.state, n: count() }).from(comments).where(inArray(comments.roundId, roundIds)).groupBy(comments.roundId, comments.state);
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

export async function answerCounts(db: Executor, roundIds: string[]): Promise<{ roundId: string; state: string; n: number }[]> {
  if (roundIds.length === 0) return [];
  const rows = await db
    .select({ roundId: comments.roundId, state: commentAnswers.state, n: count() })
    .from(commentAnswers)
    .innerJoin(comments, eq(comments.id, commentAnswers.commentId))
    .where(inArray(comments.roundId, roundIds))
    .groupBy(comments.roundId, commentAnswers.state);
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

/** Comments that need an answer (not withheld as spam/abuse) but have no approved one. */
export async function countUnanswered(db: Executor, roundIds: string[]): Promise<number> {
  if (roundIds.length === 0) return 0;
  const rows = await db
    .select({ n: count() })
    .from(comments)
    .leftJoin(commentAnswers, eq(commentAnswers.commentId, comments.id))
    .where(and(inArray(comments.roundId, roundIds), inArray(comments.state, ['published', 'pending']), or(isNull(commentAnswers.commentId), sql`${commentAnswers.state} = 'draft'`)));
  return Number(rows[0]?.n ?? 0);
}

export async function answersOf(db: Executor, commentIds: string[]): Promise<AnswerRow[]> {
  if (commentIds.length === 0) return [];
  return db.select().from(commentAnswers).where(inArray(commentAnswers.commentId, commentIds));
}

export async function upsertAnswer(db: Executor, row: typeof commentAnswers.$inferInsert): Promise<void> {
  await db.insert(commentAnswers).values(row).onConflictDoUpdate({ target: commentAnswers.commentId, set: { ...row, updatedAt: sql`now()` } });
}

export async function updateAnswer(db: Executor, commentId: string, patch: Partial<AnswerRow>): Promise<void> {
  await db.update(commentAnswers).set({ ...patch, updatedAt: sql`now()` }).where(eq(commentAnswers.commentId, commentId));
}

/** Publishes every approved answer of a round; returns the comments concerned. */
export async function publishApprovedAnswers(db: Executor, roundId: string): Promise<string[]> {
  const rows = await db
    .select({ id: commentAnswers.commentId })
    .from(commentAnswers)
    .innerJoin(comments, eq(comments.id, commentAnswers.commentId))
    .where(and(eq(comments.roundId, roundId), eq(commentAnswers.state, 'approved')));
  const ids = rows.map((r) => r.id);
  if (ids.length) await db.update(commentAnswers).set({ state: 'published', publishedAt: sql`now()` }).where(inArray(commentAnswers.commentId, ids));
  return ids;
}

export async function updateRound(db: Executor, id: string, patch: Partial<RoundRow>): Promise<void> {
  await db.update(consultationRounds).set(patch).where(eq(consultationRounds.id, id));
}

export async function insertFlag(db: Executor, row: typeof commentFlags.$inferInsert): Promise<boolean> {
  const inserted = await db.insert(commentFlags).values(row).onConflictDoNothing().returning({ id: commentFlags.id });
  if (inserted.length) await db.update(comments).set({ reportsCount: sql`${comments.reportsCount} + 1` }).where(eq(comments.id, row.commentId));
  return inserted.length > 0;
}

/** Published comments with their published answers, for the portal and open data (no personal data selected). */
export async function publishedCommentsOfRounds(db: Executor, roundIds: string[], limit = 5000) {
  if (roundIds.length === 0) return [];
  return db
    .select({
      id: comments.id,
      roundId: comments.roundId,
      articleAnchor: comments.articleAnchor,
      commenterType: comments.commenterType,
      pseudonym: comments.pseudonym,
      stance: comments.stance,
      publicBody: comments.publicBody,
      publishedAt: comments.publishedAt,
      disposition: sql<string | null>`case when ${commentAnswers.state} = 'published' then ${commentAnswers.disposition} end`,
      explanation: sql<string | null>`case when ${commentAnswers.state} = 'published' then ${commentAnswers.explanation} end`,
      answeredAt: sql<string | null>`case when ${commentAnswers.state} = 'published' then ${commentAnswers.publishedAt} end`,
    })
    .from(comments)
    .leftJoin(commentAnswers, eq(commentAnswers.commentId, comments.id))
    .where(and(inArray(comments.roundId, roundIds), eq(comments.state, 'published')))
    .orderBy(asc(comments.publishedAt), asc(comments.id))
    .limit(limit);
}

export async function withheldCountsByReason(db: Executor, roundId: string): Promise<{ reason: string; n: number }[]> {
  const rows = await db.select({ reason: comments.withheldReason, n: count() }).from(comments).where(and(eq(comments.roundId, roundId), eq(comments.state, 'withheld'))).groupBy(comments.withheldReason);
  return rows.map((r) => ({ reason: r.reason ?? 'khac', n: Number(r.n) }));
}

/** Files attached to records of one kind (comments, rounds). */
export async function filesOfOwners(db: Executor, ownerType: string, ownerIds: string[]) {
  if (ownerIds.length === 0) return [];
  return db.select().from(storedFiles).where(and(eq(storedFiles.ownerType, ownerType), inArray(storedFiles.ownerId, ownerIds)));
}

export async function findStoredFile(db: Executor, id: string) {
  const rows = await db.select().from(storedFiles).where(eq(storedFiles.id, id)).limit(1);
  return rows[0] ?? null;
}

/** Per-article counts of published comments by stance, for the heat map. */
export async function stanceCountsByArticle(db: Executor, roundId: string): Promise<{ anchor: string | null; stance: string; n: number }[]> {
  const rows = await db
    .select({ anchor: comments.articleAnchor, stance: comments.stance, n: count() })
    .from(comments)
    .where(and(eq(comments.roundId, roundId), inArray(comments.state, ['published', 'pending'])))
    .groupBy(comments.articleAnchor, comments.stance);
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

/** Published comments of a round counted by commenter type, by stance and by article (the synthesis header). */
export async function publishedStats(db: Executor, roundId: string) {
  const where = and(eq(comments.roundId, roundId), eq(comments.state, 'published'));
  const [byType, byStance, byArticle] = await Promise.all([
    db.select({ key: comments.commenterType, n: count() }).from(comments).where(where).groupBy(comments.commenterType),
    db.select({ key: comments.stance, n: count() }).from(comments).where(where).groupBy(comments.stance),
    db.select({ key: comments.articleAnchor, n: count() }).from(comments).where(where).groupBy(comments.articleAnchor),
  ]);
  const toMap = (rows: { key: string | null; n: number }[]) => new Map(rows.map((r) => [r.key, Number(r.n)]));
  return { byType: toMap(byType), byStance: toMap(byStance), byArticle: toMap(byArticle) };
}

/** Comments of a round still waiting for their commenter's confirmation, oldest first (the officers' list). */
export async function unconfirmedCommentsOfRound(db: Executor, roundId: string, opts: { limit: number; offset: number }): Promise<{ items: CommentRow[]; total: number }> {
  // served by comments_round_state_idx (round_id, state, created_at)
  const where = and(eq(comments.roundId, roundId), eq(comments.state, 'pending_verification'));
  const [items, totals] = await Promise.all([
    db.select().from(comments).where(where).orderBy(asc(comments.createdAt), asc(comments.id)).limit(opts.limit).offset(opts.offset),
    db.select({ n: count() }).from(comments).where(where),
  ]);
  return { items, total: Number(totals[0]?.n ?? 0) };
}

/** How many comments of a round are in each state (and, withheld, for each reason): what the synthesis leaves out. */
export async function countsByStateAndReason(db: Executor, roundId: string): Promise<{ state: string; reason: string | null; n: number }[]> {
  const rows = await db
    .select({ state: comments.state, reason: comments.withheldReason, n: count() })
    .from(comments)
    .where(eq(comments.roundId, roundId))
    .groupBy(comments.state, comments.withheldReason);
  return rows.map((r) => ({ state: r.state, reason: r.state === 'withheld' ? r.reason : null, n: Number(r.n) }));
}

/** The comments of a round the synthesis leaves out (not published), oldest first, without their text or contact. */
export async function excludedCommentsOfRound(db: Executor, roundId: string, opts: { limit: number; offset: number }) {
  const where = and(eq(comments.roundId, roundId), inArray(comments.state, ['pending_verification', 'pending', 'withheld']));
  const [items, totals] = await Promise.all([
    db
      .select({
        id: comments.id,
        receiptCode: comments.receiptCode,
        articleAnchor: comments.articleAnchor,
        state: comments.state,
        withheldReason: comments.withheldReason,
        hasEmail: sql<boolean>`${comments.email} is not null`,
        hasPhone: sql<boolean>`${comments.phone} is not null`,
        createdAt: comments.createdAt,
      })
      .from(comments)
      .where(where)
      .orderBy(asc(comments.createdAt), asc(comments.id))
      .limit(opts.limit)
      .offset(opts.offset),
    db.select({ n: count() }).from(comments).where(where),
  ]);
  return { items, total: Number(totals[0]?.n ?? 0) };
}


/**
 * Published comments of a round counted by the disposition of their answer (null: not answered yet), the way the
 * synthesis report's table prints them (an answer in any state).
 */
export async function publishedCountsByDisposition(db: Executor, roundId: string): Promise<{ disposition: string | null; n: number }[]> {
  const rows = await db
    .select({ disposition: commentAnswers.disposition, n: count() })
    .from(comments)
    .leftJoin(commentAnswers, eq(commentAnswers.commentId, comments.id))
    .where(and(eq(comments.roundId, roundId), eq(comments.state, 'published')))
    .groupBy(commentAnswers.disposition);
  return rows.map((r) => ({ disposition: r.disposition, n: Number(r.n) }));
}

/** The people of a unit in the directory with their titles (to find who heads it), by name. */
export async function peopleOfUnit(db: Executor, unitId: string): Promise<{ fullName: string; title: string | null }[]> {
  const { people } = orgTables;
  // served by people_unit_idx
  return db.select({ fullName: people.fullName, title: people.title }).from(people).where(eq(people.unitId, unitId)).orderBy(asc(people.fullName));
}
