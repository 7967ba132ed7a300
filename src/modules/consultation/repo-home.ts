import { and, asc, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { commentAnswers, comments, consultationRounds } from './tables';
import type { RoundRow } from './repo';

// Part of the module's repository: the reads the notifications module (home page, event scan) needs.

/** The round of each given comment and the state of its answer (null when unanswered), for the notification scan. */
export async function roundsOfComments(db: Executor, commentIds: string[]): Promise<{ commentId: string; roundId: string; answerState: string | null }[]> {
  if (commentIds.length === 0) return [];
  const out: { commentId: string; roundId: string; answerState: string | null }[] = [];
  for (let i = 0; i < commentIds.length; i += 2000) {
    const rows = await db
      .select({ commentId: comments.id, roundId: comments.roundId, answerState: commentAnswers.state })
      .from(comments)
      .leftJoin(commentAnswers, eq(commentAnswers.commentId, comments.id))
      .where(inArray(comments.id, commentIds.slice(i, i + 2000)));
    out.push(...rows);
  }
  return out;
}

/** Rounds that have opened and end between two dates (inclusive) and were not closed early, soonest end first. */
export async function roundsClosingBetween(db: Executor, from: string, to: string): Promise<RoundRow[]> {
  return db
    .select()
    .from(consultationRounds)
    .where(and(gte(consultationRounds.closesOn, from), lte(consultationRounds.closesOn, to), lte(consultationRounds.opensOn, to), isNull(consultationRounds.closedEarlyAt)))
    .orderBy(asc(consultationRounds.closesOn));
}

/** The rounds of several drafts (the home page looks at every round of the drafts of a person's units). */
export async function roundsOfDrafts(db: Executor, draftIds: string[]): Promise<RoundRow[]> {
  if (draftIds.length === 0) return [];
  return db.select().from(consultationRounds).where(inArray(consultationRounds.draftId, draftIds)).orderBy(asc(consultationRounds.opensOn));
}
