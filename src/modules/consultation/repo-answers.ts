import { and, asc, count, eq, gte, inArray, isNull, lte, ne, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { accountTables } from '../accounts';
import { answerTemplates, articleAssignments, commentAnswers, commentAssignments, comments, consultationRounds, mandatedConsultees } from './tables';
import type { AnswerRow, CommentRow, RoundRow } from './repo';

// Part of the module's repository (re-exported by repo.ts): the office's work on a round — the answer list,
// assignments, templates, the officers who may be assigned, and round control (extension).

export type TemplateRow = typeof answerTemplates.$inferSelect;

/** Withheld comments with these reasons have no content to answer; the others are answered like published ones. */
export const NOT_ANSWERED_REASONS = ['spam', 'off_topic'];

/** A comment needs an answer when it is published, or withheld for a reason that leaves its content relevant. */
export const isAnswerable = or(eq(comments.state, 'published'), and(eq(comments.state, 'withheld'), or(isNull(comments.withheldReason), notInArray(comments.withheldReason, NOT_ANSWERED_REASONS))))!;

/** The officer answering a comment: its own assignment, else its article's in the round. */
export const assigneeSql = sql<string | null>`coalesce(${commentAssignments.userId}, ${articleAssignments.userId})`;

export type AnswerListStatus = 'all' | 'unanswered' | 'unapproved' | 'awaiting';

export interface AnswerListQuery {
  status: AnswerListStatus;
  assignedTo?: string;
  article?: string;
  limit: number;
  offset: number;
}

/** The joins of the answer list: the answer, the comment's own assignment and its article's. */
export const articleOfComment = and(eq(articleAssignments.roundId, comments.roundId), eq(articleAssignments.articleAnchor, sql`coalesce(${comments.articleAnchor}, '')`));

function answerListWhere(roundId: string, q: Omit<AnswerListQuery, 'limit' | 'offset' | 'status'> & { status?: AnswerListStatus }): SQL {
  const conditions: (SQL | undefined)[] = [eq(comments.roundId, roundId), isAnswerable];
  if (q.status === 'unanswered') conditions.push(isNull(commentAnswers.commentId));
  if (q.status === 'unapproved') conditions.push(or(isNull(commentAnswers.commentId), eq(commentAnswers.state, 'draft')));
  if (q.status === 'awaiting') conditions.push(eq(commentAnswers.state, 'draft'));
  if (q.assignedTo) conditions.push(sql`${assigneeSql} = ${q.assignedTo}`);
  if (q.article === 'general') conditions.push(isNull(comments.articleAnchor));
  else if (q.article) conditions.push(eq(comments.articleAnchor, q.article));
  return and(...conditions)!;
}

/** One page of the comments of a round that need an answer, with their answer and assignee, in submission order. */
export async function answerListOfRound(db: Executor, roundId: string, q: AnswerListQuery): Promise<{ items: { comment: CommentRow; answer: AnswerRow | null; assignee: string | null }[]; total: number }> {
  const where = answerListWhere(roundId, q);
  const [items, totals] = await Promise.all([
    db
      .select({ comment: comments, answer: commentAnswers, assignee: assigneeSql })
      .from(comments)
      .leftJoin(commentAnswers, eq(commentAnswers.commentId, comments.id))
      .leftJoin(commentAssignments, eq(commentAssignments.commentId, comments.id))
      .leftJoin(articleAssignments, articleOfComment)
      .where(where)
      .orderBy(asc(comments.createdAt), asc(comments.id))
      .limit(q.limit)
      .offset(q.offset),
    db
      .select({ n: count() })
      .from(comments)
      .leftJoin(commentAnswers, eq(commentAnswers.commentId, comments.id))
      .leftJoin(commentAssignments, eq(commentAssignments.commentId, comments.id))
      .leftJoin(articleAssignments, articleOfComment)
      .where(where),
  ]);
  return { items, total: Number(totals[0]?.n ?? 0) };
}

/** Progress of answering a round: comments needing an answer, answered, approved, and those assigned to `userId`. */
export async function answerProgressOfRound(db: Executor, roundId: string, userId: string | null): Promise<{ total: number; answered: number; approved: number; mine: number; mineOpen: number }> {
  const me = userId ?? '';
  const rows = await db
    .select({
      total: count(),
      answered: sql<number>`count(${commentAnswers.commentId})::int`,
      approved: sql<number>`(count(*) filter (where ${commentAnswers.state} in ('approved', 'published')))::int`,
      mine: sql<number>`(count(*) filter (where ${assigneeSql} = ${me}))::int`,
      mineOpen: sql<number>`(count(*) filter (where ${assigneeSql} = ${me} and (${commentAnswers.commentId} is null or ${commentAnswers.state} = 'draft')))::int`,
    })
    .from(comments)
    .leftJoin(commentAnswers, eq(commentAnswers.commentId, comments.id))
    .leftJoin(commentAssignments, eq(commentAssignments.commentId, comments.id))
    .leftJoin(articleAssignments, articleOfComment)
    .where(answerListWhere(roundId, {}));
  const r = rows[0];
  return { total: Number(r?.total ?? 0), answered: Number(r?.answered ?? 0), approved: Number(r?.approved ?? 0), mine: Number(r?.mine ?? 0), mineOpen: Number(r?.mineOpen ?? 0) };
}

/** Comments of a round among `ids` (to check a selection belongs to it). */
export async function commentsOfRoundByIds(db: Executor, roundId: string, ids: string[]): Promise<CommentRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(comments).where(and(eq(comments.roundId, roundId), inArray(comments.id, ids)));
}

/** Writes the answers of several comments in one statement; a rewritten answer goes back to draft. */
export async function upsertAnswers(db: Executor, rows: (typeof commentAnswers.$inferInsert)[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(commentAnswers)
    .values(rows)
    .onConflictDoUpdate({
      target: commentAnswers.commentId,
      set: { disposition: sql`excluded.disposition`, explanation: sql`excluded.explanation`, state: sql`excluded.state`, answeredBy: sql`excluded.answered_by`, approvedBy: null, approvedAt: null, publishedAt: null, updatedAt: sql`now()` },
    });
}

/** Assigns comments to an officer (null: removes their own assignment, the article's applies again). */
export async function setCommentAssignments(db: Executor, commentIds: string[], userId: string | null, assignedBy: string | null): Promise<void> {
  if (commentIds.length === 0) return;
  if (userId === null) {
    await db.delete(commentAssignments).where(inArray(commentAssignments.commentId, commentIds));
    return;
  }
  await db
    .insert(commentAssignments)
    .values(commentIds.map((commentId) => ({ commentId, userId, assignedBy })))
    .onConflictDoUpdate({ target: commentAssignments.commentId, set: { userId, assignedBy, assignedAt: sql`now()` } });
}

/** Assigns the comments on articles of a round ('' is the general comments) to an officer, or clears it. */
export async function setArticleAssignments(db: Executor, roundId: string, anchors: string[], userId: string | null, assignedBy: string | null): Promise<void> {
  if (anchors.length === 0) return;
  if (userId === null) {
    await db.delete(articleAssignments).where(and(eq(articleAssignments.roundId, roundId), inArray(articleAssignments.articleAnchor, anchors)));
    return;
  }
  await db
    .insert(articleAssignments)
    .values(anchors.map((articleAnchor) => ({ roundId, articleAnchor, userId, assignedBy })))
    .onConflictDoUpdate({ target: [articleAssignments.roundId, articleAssignments.articleAnchor], set: { userId, assignedBy, assignedAt: sql`now()` } });
}

/** The article assignments of a round. */
export async function articleAssignmentsOf(db: Executor, roundId: string): Promise<{ articleAnchor: string; userId: string }[]> {
  return db.select({ articleAnchor: articleAssignments.articleAnchor, userId: articleAssignments.userId }).from(articleAssignments).where(eq(articleAssignments.roundId, roundId));
}

/** Enabled users holding the officer role in a unit: the people an answer may be assigned to. */
export async function officersOfUnit(db: Executor, unitId: string): Promise<{ id: string; displayName: string }[]> {
  const { users, userRoles } = accountTables;
  return db
    .selectDistinct({ id: users.id, displayName: users.displayName })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(userRoles.unitId, unitId), eq(userRoles.role, 'officer'), eq(users.isDisabled, false)))
    .orderBy(asc(users.displayName));
}

/** Display names of users, by id (for assignees and answer authors). */
export async function userNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const { users } = accountTables;
  const rows = await db.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.displayName]));
}

/** The templates usable on a draft: the draft's own and its unit's general ones, by name. */
export async function templatesForDraft(db: Executor, unitId: string, draftId: string): Promise<TemplateRow[]> {
  return db
    .select()
    .from(answerTemplates)
    .where(and(eq(answerTemplates.unitId, unitId), or(isNull(answerTemplates.draftId), eq(answerTemplates.draftId, draftId))))
    .orderBy(asc(answerTemplates.name), asc(answerTemplates.id));
}

export async function findTemplate(db: Executor, id: string): Promise<TemplateRow | null> {
  const rows = await db.select().from(answerTemplates).where(eq(answerTemplates.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function insertTemplate(db: Executor, row: typeof answerTemplates.$inferInsert): Promise<void> {
  await db.insert(answerTemplates).values(row);
}

export async function updateTemplate(db: Executor, id: string, patch: { name: string; disposition: string; body: string; draftId: string | null }): Promise<void> {
  await db.update(answerTemplates).set({ ...patch, updatedAt: sql`now()` }).where(eq(answerTemplates.id, id));
}

export async function deleteTemplate(db: Executor, id: string): Promise<void> {
  await db.delete(answerTemplates).where(eq(answerTemplates.id, id));
}

/** Another round of the draft whose dates overlap `opensOn`..`closesOn` (an extension must not run into it). */
export async function otherOverlappingRound(db: Executor, draftId: string, roundId: string, opensOn: string, closesOn: string): Promise<RoundRow | null> {
  const rows = await db
    .select()
    .from(consultationRounds)
    .where(and(eq(consultationRounds.draftId, draftId), ne(consultationRounds.id, roundId), lte(consultationRounds.opensOn, closesOn), gte(consultationRounds.closesOn, opensOn)))
    .limit(1);
  return rows[0] ?? null;
}

/** Moves the due date of the consultees that have not answered and were due on the round's old end. */
export async function moveConsulteeDueDates(db: Executor, roundId: string, fromDue: string, toDue: string): Promise<number> {
  const moved = await db
    .update(mandatedConsultees)
    .set({ dueOn: toDue })
    .where(and(eq(mandatedConsultees.roundId, roundId), eq(mandatedConsultees.dueOn, fromDue), isNull(mandatedConsultees.answeredOn)))
    .returning({ id: mandatedConsultees.id });
  return moved.length;
}
