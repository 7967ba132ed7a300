import type { Static } from 'typebox';
import type { Executor } from '../../platform/db';
import { todayVn } from '../../platform/text';
import { getDirectory } from '../organisations';
import { presentRound } from './present';
import { answerCounts, consulteesOf, countsByState, roundsOfDraft } from './repo';
import type { RoundView } from './schemas';

/** The rounds of a draft for the office, with consultees and counts. */
export async function roundsView(db: Executor, draftId: string): Promise<Static<typeof RoundView>[]> {
  const rounds = await roundsOfDraft(db, draftId);
  const ids = rounds.map((r) => r.id);
  const [consultees, counts, answers, dir] = await Promise.all([consulteesOf(db, ids), countsByState(db, ids), answerCounts(db, ids), getDirectory(db)]);
  const today = todayVn();
  return rounds.map((r) => presentRound(r, today, consultees.filter((c) => c.roundId === r.id), counts.filter((c) => c.roundId === r.id), answers.filter((c) => c.roundId === r.id), dir));
}
