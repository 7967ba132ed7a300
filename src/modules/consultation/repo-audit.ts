import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { policyTables } from '../policies';
import { comments, consultationRounds } from './tables';

/** Rounds by id with their draft's title, for the audit log. */
export async function roundsByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  const { policyDrafts } = policyTables;
  return db
    .select({ id: consultationRounds.id, draftId: consultationRounds.draftId, opensOn: consultationRounds.opensOn, closesOn: consultationRounds.closesOn, title: policyDrafts.title })
    .from(consultationRounds)
    .innerJoin(policyDrafts, eq(policyDrafts.id, consultationRounds.draftId))
    .where(inArray(consultationRounds.id, ids));
}

/** Comments by id: receipt code and the draft, for the audit log (no personal data). */
export async function commentRefsByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: comments.id, receiptCode: comments.receiptCode, draftId: consultationRounds.draftId })
    .from(comments)
    .innerJoin(consultationRounds, eq(consultationRounds.id, comments.roundId))
    .where(inArray(comments.id, ids));
}
