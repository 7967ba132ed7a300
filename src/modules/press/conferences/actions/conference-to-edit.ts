import { authorize } from '../../../../platform/auth';
import type { ActionContext } from '../../../../platform/context';
import { notFound } from '../../../../platform/errors';
import { findConference } from '../repo';
import type { ConferenceRow } from '../tables';

/**
 * The conference, once the actor may edit those of its host unit: an officer of another unit is refused (403) before
 * anything they sent is read or stored, so a refusal never depends on the body and a file of theirs never reaches
 * the store. The action checks again on the row it locks.
 */
export async function conferenceToEdit(ctx: ActionContext, id: string): Promise<ConferenceRow> {
  authorize(ctx.actor, 'press.conference.edit');
  const c = await findConference(ctx.db, id);
  if (!c) throw notFound('cuộc họp báo');
  authorize(ctx.actor, 'press.conference.edit', { unitId: c.hostUnitId });
  return c;
}
