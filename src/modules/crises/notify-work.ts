import type { Executor } from '../../platform/db';
import { todayVn } from '../../platform/text';
import { deliver, holdersOf, recipientsOfUnit } from '../notifications';
import { currentMembers } from './actions/common';
import { membersOf, type CrisisRow, type TaskRow, type VersionRow } from './repo';
import { atVi } from './format';

/**
 * Tells people of a step of a crisis's work that is now theirs, in the transaction that makes it so: a statement
 * waiting for their approval, a statement approved and ready to publish, a task given to them or their unit. They
 * are crisis reminders (kind crisis_reminder, mailed at once unless the person chose otherwise): a crisis's work is
 * counted in hours. Each step is told once (its key); the person who took the step is not told.
 */
async function tell(tx: Executor, publicUrl: string, crisis: CrisisRow, userIds: string[], what: string, key: string): Promise<number> {
  const dedupe = `crisis_work:${crisis.id}:${key}`;
  const { notifications } = await deliver(
    tx,
    [...new Set(userIds)].map((userId) => ({ userId, kind: 'crisis_reminder', subjectKey: dedupe, dedupeKey: dedupe, params: { refNo: crisis.refNo, title: crisis.title, what }, link: `/office/crises/${encodeURIComponent(crisis.id)}`, count: 1 })),
    publicUrl,
    todayVn(),
  );
  return notifications;
}

/** Of `userIds`, those who may open the crisis (crisesPolicy's crises.read: its group, its unit's officers, the roles that read every crisis). */
async function readersAmong(tx: Executor, crisis: CrisisRow, memberIds: Set<string>, userIds: string[]): Promise<string[]> {
  const everyCrisis = new Set(await holdersOf(tx, ['administrator', 'coordinator', 'press', 'viewer', 'approver']));
  const unitOfficers = new Set(crisis.unitId ? await recipientsOfUnit(tx, crisis.unitId, ['officer'], todayVn(), null) : []);
  return userIds.filter((id) => memberIds.has(id) || everyCrisis.has(id) || unitOfficers.has(id));
}

/**
 * A statement version waiting for its next step: the spokesperson's step goes to the group's spokesperson (else to
 * the communication office: coordinators and press officers), the head's step to the group's unit head and lead and
 * the approvers of the crisis's unit. An approved version goes to its drafter, to publish it.
 */
export async function tellStatementStep(tx: Executor, publicUrl: string, crisis: CrisisRow, v: VersionRow, actorId: string | null): Promise<number> {
  const members = currentMembers(await membersOf(tx, crisis.id));
  const withRole = (roles: string[]) => members.filter((m) => m.userId && roles.includes(m.role)).map((m) => m.userId!);
  let userIds: string[];
  let what: string;
  if (v.state === 'awaiting_spokesperson') {
    const spokespeople = withRole(['spokesperson']);
    userIds = spokespeople.length ? spokespeople : await holdersOf(tx, ['coordinator', 'press']);
    what = `Thông cáo “${v.title}” (phiên bản ${v.version}) chờ người phát ngôn duyệt`;
  } else if (v.state === 'awaiting_head') {
    userIds = [...withRole(['unit_head', 'lead']), ...(crisis.unitId ? await recipientsOfUnit(tx, crisis.unitId, ['approver'], todayVn(), null) : [])];
    what = `Thông cáo “${v.title}” (phiên bản ${v.version}) đã qua người phát ngôn, chờ lãnh đạo duyệt`;
  } else if (v.state === 'approved') {
    userIds = v.draftedBy ? [v.draftedBy] : [];
    what = `Thông cáo “${v.title}” (phiên bản ${v.version}) đã được duyệt đủ, có thể công bố`;
  } else return 0;
  // who drafted a version never approves it, who took the spokesperson's step never takes the head's
  const excluded = new Set([actorId, ...(v.state === 'approved' ? [] : [v.draftedBy, v.spokespersonBy])]);
  const memberIds = new Set(members.flatMap((m) => (m.userId ? [m.userId] : [])));
  const told = await readersAmong(tx, crisis, memberIds, userIds.filter((id) => !excluded.has(id)));
  return tell(tx, publicUrl, crisis, told, what, `statement:${v.id}:${v.state}`);
}

/** A task given to a person, or to a unit (its officers), with its deadline. */
export async function tellTask(tx: Executor, publicUrl: string, crisis: CrisisRow, task: TaskRow, actorId: string | null): Promise<number> {
  const members = currentMembers(await membersOf(tx, crisis.id));
  const owners = [...(task.ownerUserId ? [task.ownerUserId] : []), ...(task.ownerUnitId ? await recipientsOfUnit(tx, task.ownerUnitId, ['officer'], todayVn(), null) : [])];
  const memberIds = new Set(members.flatMap((m) => (m.userId ? [m.userId] : [])));
  const told = await readersAmong(tx, crisis, memberIds, owners.filter((id) => id !== actorId));
  return tell(tx, publicUrl, crisis, told, `Nhiệm vụ “${task.title}” được giao, hạn ${atVi(task.dueAt)}`, `task:${task.id}`);
}
