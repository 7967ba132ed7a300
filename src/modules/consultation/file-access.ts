import { can, type Actor } from '../../platform/auth';
import type { Executor } from '../../platform/db';
import { defineFileOwner } from '../../platform/files';
import { findDraft } from '../policies';
import { findComment, findRound } from './repo';

/** Who works on a round's comments: the drafting unit's officers and approvers, coordinators and administrators. */
async function reviewsRound(db: Executor, actor: Actor, roundId: string): Promise<boolean> {
  const round = await findRound(db, roundId);
  if (!round) return false;
  const draft = await findDraft(db, round.draftId);
  return draft !== null && can(actor, 'consultation.review', { unitId: draft.draftingUnitId });
}

// A citizen's attachment carries the same personal data as the comment: it downloads only for those who may read
// the comment in the office (the moderation and answers lists use the same ability on the drafting unit).
defineFileOwner('comment', async (db, actor, commentId) => {
  const comment = await findComment(db, commentId);
  return comment !== null && reviewsRound(db, actor, comment.roundId);
});

// A published synthesis report is public (the portal links it); before that it is the drafting unit's.
defineFileOwner('consultation_round', async (db, actor, roundId) => {
  const round = await findRound(db, roundId);
  if (!round) return false;
  return (round.synthesisPublishedAt !== null && actor.kind === 'user') || reviewsRound(db, actor, roundId);
});
