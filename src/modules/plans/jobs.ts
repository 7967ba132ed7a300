import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../platform/audit';
import { systemActor } from '../../platform/auth';
import type { DB } from '../../platform/db';
import type { JobDefinition } from '../../platform/jobs';
import { enqueueMail } from '../../platform/mail';
import { ruleAt } from '../../platform/rules';
import { addDays, formatDateVi, todayVn } from '../../platform/text';
import { contactsOfUnits, getDirectory } from '../organisations';
import { assignmentsDueBetween, claimReminder, reportsOfTasks } from './repo';

/**
 * Sends the deadline reminders of the day: for every assignment whose task is due in one of the rule-table's
 * "days before" and that is not done, one mail per contact of the unit, once (a unique row per reminder).
 */
export async function sendDueReminders(db: DB, today = todayVn()): Promise<{ reminders: number; mails: number }> {
  const days = await ruleAt<number[]>(db, 'plan.reminder.daysBefore', today);
  const horizon = addDays(today, Math.max(0, ...days));
  const rows = await assignmentsDueBetween(db, today, horizon);
  const reports = await reportsOfTasks(db, [...new Set(rows.map((r) => r.task.id))]);
  const isDone = (taskId: string, unitId: string) => reports.some((r) => r.taskId === taskId && r.unitId === unitId && r.status === 'done' && r.state === 'accepted');
  const dir = await getDirectory(db);
  // a closed unit's reminders go to the people of the units that carry its work today
  const carriersOf = (unitId: string) => dir.carriers.carriersOf(unitId, today).carrierIds;
  const contacts = await contactsOfUnits(db, [...new Set(rows.flatMap((r) => [r.assignment.unitId, ...carriersOf(r.assignment.unitId)]))]);
  let reminders = 0;
  let mails = 0;
  for (const { assignment, task, planNumber } of rows) {
    const daysBefore = days.find((d) => addDays(today, d) === task.dueOn);
    if (daysBefore === undefined || !task.dueOn || isDone(task.id, assignment.unitId)) continue;
    await db.transaction(async (tx) => {
      if (!(await claimReminder(tx, { id: randomUUID(), taskId: task.id, unitId: assignment.unitId, dueOn: task.dueOn!, daysBefore }))) return;
      reminders++;
      const carriers = carriersOf(assignment.unitId);
      const carriedBy = carriers.filter((id) => id !== assignment.unitId).map((id) => dir.unit(id)?.name ?? id);
      for (const c of contacts.filter((x) => x.unitId === assignment.unitId || carriers.includes(x.unitId))) {
        await enqueueMail(tx, {
          to: c.email,
          purpose: 'plan.reminder',
          subject: `[Đồng Thuận] Nhắc hạn nhiệm vụ ${task.code} (${planNumber ?? ''}) — hạn ${formatDateVi(task.dueOn!, 'short')}`,
          text: `Kính gửi ${c.fullName},\n\nNhiệm vụ ${task.code}. ${task.title}\ncủa ${dir.unit(assignment.unitId)?.name ?? assignment.unitId} (${assignment.role === 'lead' ? 'chủ trì' : 'phối hợp'})${carriedBy.length ? `, nay do ${carriedBy.join('; ')} thực hiện,` : ''} đến hạn ${formatDateVi(task.dueOn!)} (còn ${daysBefore} ngày).\n\nVui lòng cập nhật báo cáo tiến độ trên Đồng Thuận (mục "Nhiệm vụ của đơn vị").\n`,
        });
        mails++;
      }
      await recordAudit(tx, { actor: systemActor('nhắc hạn'), action: 'plan.reminder', subjectType: 'plan_task', subjectId: task.id, after: { unitId: assignment.unitId, dueOn: task.dueOn, daysBefore }, requestId: null });
    });
  }
  return { reminders, mails };
}

/** The plans module's scheduled jobs. */
export function planJobs(db: DB): JobDefinition[] {
  return [{ name: 'plan-reminders', schedule: '0 7 * * *', handler: () => sendDueReminders(db) }];
}
