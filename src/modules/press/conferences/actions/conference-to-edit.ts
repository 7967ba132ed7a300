import { recordOfUnit } from '../../../../platform/auth';
import type { ActionContext } from '../../../../platform/context';
import { findConference } from '../repo';
import type { ConferenceRow } from '../tables';

/** The conference, once the actor may edit those of its host unit (recordOfUnit: refused before the body is read). */
export const conferenceToEdit = (ctx: ActionContext, id: string): Promise<ConferenceRow> =>
  recordOfUnit(ctx.actor, 'press.conference.edit', 'cuộc họp báo', () => findConference(ctx.db, id), (c) => c.hostUnitId);
