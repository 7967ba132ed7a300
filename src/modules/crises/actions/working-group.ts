import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { atVi } from '../format';
import { ROLE_LABELS, ROLES, type MemberRole } from '../labels';
import { currentMemberForUpdate, enabledUsers, endMember, insertMembers, insertRoster } from '../repo';
import { invalid, lockOpenCrisis, log, nowIso } from './common';

/** Puts a person in a role of the working group (or leaves it empty); the previous holder's row is ended, kept. */
export async function setMember(ctx: ActionContext, id: string, input: { role: MemberRole; userId: string | null }): Promise<void> {
  if (!ROLES.includes(input.role)) throw invalid('role', 'Chọn một vai trò của tổ công tác.');
  const people = await enabledUsers(ctx.db, input.userId ? [input.userId] : []);
  if (input.userId && !people.has(input.userId)) throw invalid('userId', 'Không có tài khoản đang hoạt động này.');
  await ctx.db.transaction(async (tx) => {
    await lockOpenCrisis(tx, ctx.actor, id, 'crises.manage');
    const at = nowIso();
    const previous = await currentMemberForUpdate(tx, id, input.role);
    if (previous && previous.userId === input.userId) return;
    if (previous) await endMember(tx, previous.id, at);
    if (input.userId) await insertMembers(tx, [{ id: randomUUID(), crisisId: id, role: input.role, userId: input.userId, personName: people.get(input.userId)!, validFrom: at }]);
    const now = input.userId ? people.get(input.userId)! : 'để trống';
    await log(tx, id, ctx.actor, 'member', `${ROLE_LABELS[input.role]}: ${previous ? `${previous.personName} → ` : ''}${now}.`, at);
    await recordAudit(tx, { actor: ctx.actor, action: 'crises.member', subjectType: 'crisis', subjectId: id, before: { role: input.role, userId: previous?.userId ?? null }, after: { role: input.role, userId: input.userId }, requestId: ctx.requestId });
  });
}

/** Adds a shift to the on-call roster. */
export async function addRosterShift(ctx: ActionContext, id: string, input: { userId: string; startsAt: string; endsAt: string }): Promise<void> {
  const starts = new Date(input.startsAt);
  const ends = new Date(input.endsAt);
  if (Number.isNaN(starts.getTime()) || Number.isNaN(ends.getTime())) throw invalid('startsAt', 'Thời gian trực không hợp lệ.');
  if (ends <= starts) throw invalid('endsAt', 'Giờ kết thúc phải sau giờ bắt đầu.');
  const people = await enabledUsers(ctx.db, [input.userId]);
  if (!people.has(input.userId)) throw invalid('userId', 'Không có tài khoản đang hoạt động này.');
  await ctx.db.transaction(async (tx) => {
    await lockOpenCrisis(tx, ctx.actor, id, 'crises.manage');
    await insertRoster(tx, { id: randomUUID(), crisisId: id, userId: input.userId, startsAt: starts.toISOString(), endsAt: ends.toISOString() });
    await log(tx, id, ctx.actor, 'roster', `Trực: ${people.get(input.userId)}, từ ${atVi(starts)} đến ${atVi(ends)}.`);
    await recordAudit(tx, { actor: ctx.actor, action: 'crises.roster', subjectType: 'crisis', subjectId: id, after: { userId: input.userId, startsAt: starts.toISOString(), endsAt: ends.toISOString() }, requestId: ctx.requestId });
  });
}
