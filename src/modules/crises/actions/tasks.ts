import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { notFound } from '../../../platform/errors';
import { cleanText } from '../../../platform/text';
import { getDirectory } from '../../organisations';
import { atVi } from '../format';
import { enabledUsers, findTaskForUpdate, insertTask, markTaskDone, type TaskRow } from '../repo';
import { tellTask } from '../notify-work';
import { invalid, lockOpenCrisis, log, nowIso, userOf } from './common';

export interface TaskInput {
  title: string;
  ownerUserId?: string | null;
  ownerUnitId?: string | null;
  dueAt: string;
}

/** Adds a task with an owner (a person or a unit) and a deadline. */
export async function addTask(ctx: ActionContext & { publicUrl: string }, id: string, input: TaskInput): Promise<TaskRow> {
  const title = cleanText(input.title ?? '').slice(0, 500);
  if (!title) throw invalid('title', 'Nhập tên nhiệm vụ.');
  const due = new Date(input.dueAt);
  if (Number.isNaN(due.getTime())) throw invalid('dueAt', 'Hạn hoàn thành không hợp lệ.');
  const ownerUserId = input.ownerUserId || null;
  const ownerUnitId = input.ownerUnitId || null;
  if (!ownerUserId && !ownerUnitId) throw invalid('ownerUserId', 'Chọn người hoặc đơn vị chịu trách nhiệm.');
  const people = await enabledUsers(ctx.db, ownerUserId ? [ownerUserId] : []);
  if (ownerUserId && !people.has(ownerUserId)) throw invalid('ownerUserId', 'Không có tài khoản đang hoạt động này.');
  const unit = ownerUnitId ? (await getDirectory(ctx.db)).unit(ownerUnitId) : undefined;
  if (ownerUnitId && !unit) throw invalid('ownerUnitId', 'Không có đơn vị này trong danh mục tổ chức.');
  return ctx.db.transaction(async (tx) => {
    const { crisis } = await lockOpenCrisis(tx, ctx.actor, id, 'crises.act');
    const task = await insertTask(tx, { id: randomUUID(), crisisId: id, title, ownerUserId, ownerUnitId, dueAt: due.toISOString(), createdBy: userOf(ctx.actor), createdAt: nowIso() });
    const owner = [ownerUserId ? people.get(ownerUserId) : null, unit?.name].filter(Boolean).join(', ');
    await log(tx, id, ctx.actor, 'task', `Giao nhiệm vụ “${title}” cho ${owner}, hạn ${atVi(due)}.`);
    await tellTask(tx, ctx.publicUrl, crisis, task, userOf(ctx.actor));
    await recordAudit(tx, { actor: ctx.actor, action: 'crises.task.add', subjectType: 'crisis', subjectId: id, after: { ownerUserId, ownerUnitId, dueAt: task.dueAt }, requestId: ctx.requestId });
    return task;
  });
}

/** Marks a task done (once). */
export async function completeTask(ctx: ActionContext, id: string, taskId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await lockOpenCrisis(tx, ctx.actor, id, 'crises.act');
    const task = await findTaskForUpdate(tx, taskId);
    if (!task || task.crisisId !== id) throw notFound('nhiệm vụ');
    if (task.doneAt) return;
    const at = nowIso();
    await markTaskDone(tx, taskId, userOf(ctx.actor), at);
    await log(tx, id, ctx.actor, 'task', `Hoàn thành nhiệm vụ “${task.title}”${at > task.dueAt ? ' (quá hạn)' : ''}.`, at);
    await recordAudit(tx, { actor: ctx.actor, action: 'crises.task.done', subjectType: 'crisis', subjectId: id, after: { onTime: at <= task.dueAt }, requestId: ctx.requestId });
  });
}
