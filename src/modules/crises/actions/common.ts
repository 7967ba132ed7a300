import { actorName, authorize, type Actor } from '../../../platform/auth';
import { now } from '../../../platform/clock';
import type { Executor } from '../../../platform/db';
import { AppError, notFound } from '../../../platform/errors';
import type { CrisisSubject } from '../policy';
import { appendTimeline, findCrisisForUpdate, membersOf, type CrisisRow, type MemberRow } from '../repo';

/** The acting user's id, null for the system. */
export const userOf = (actor: Actor) => (actor.kind === 'user' ? actor.userId : null);

/** The current time as stored (the platform's clock, so tests and the test clock move it). */
export const nowIso = () => now().toISOString();

export const currentMembers = (rows: MemberRow[]) => rows.filter((m) => m.validTo === null);

/** What the policy looks at for one crisis. */
export async function subjectOf(db: Executor, crisis: CrisisRow): Promise<CrisisSubject> {
  const members = currentMembers(await membersOf(db, crisis.id));
  return { unitId: crisis.unitId, memberUserIds: members.flatMap((m) => (m.userId ? [m.userId] : [])) };
}

/**
 * Locks an open crisis and checks the ability on it (a closed crisis takes no more changes: its review and timeline
 * are the record). Returns the crisis and its current members.
 */
export async function lockOpenCrisis(tx: Executor, actor: Actor, id: string, ability: 'crises.manage' | 'crises.act' | 'crises.read'): Promise<{ crisis: CrisisRow; members: MemberRow[] }> {
  const crisis = await findCrisisForUpdate(tx, id);
  if (!crisis) throw notFound('sự cố');
  const members = currentMembers(await membersOf(tx, id));
  authorize(actor, ability, { unitId: crisis.unitId, memberUserIds: members.flatMap((m) => (m.userId ? [m.userId] : [])) });
  if (crisis.status === 'closed') throw new AppError('conflict', 'Sự cố đã đóng; không thể thay đổi thêm.');
  return { crisis, members };
}

/** Writes one entry of the incident log, in the caller's transaction. */
export async function log(tx: Executor, crisisId: string, actor: Actor, kind: string, text: string, at = nowIso()): Promise<void> {
  await appendTimeline(tx, [{ crisisId, at, actorId: userOf(actor), actorName: actorName(actor), kind, text }]);
}

export const invalid = (path: string, message: string) => new AppError('validation', message, { errors: [{ path, message }] });
