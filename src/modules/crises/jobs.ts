import { recordAudit } from '../../platform/audit';
import { systemActor } from '../../platform/auth';
import { now } from '../../platform/clock';
import type { DB } from '../../platform/db';
import type { JobDefinition } from '../../platform/jobs';
import { ruleAt } from '../../platform/rules';
import { todayVn } from '../../platform/text';
import { deliver } from '../notifications';
import { currentMembers, log } from './actions/common';
import { atVi } from './format';
import { claimReminder, listCrises, membersOf, statementsOf, versionsOf, type CrisisRow } from './repo';
import { crisisTimer, FIRST_REMINDER_RULE } from './view';

const HOUR = 3_600_000;
const actor = systemActor('nhắc việc sự cố');

/** The reminders a crisis is owed at `at`: each has a key naming what it is about, so it is sent once. */
async function remindersOf(db: DB, c: CrisisRow, at: Date): Promise<{ key: string; text: string }[]> {
  const out: { key: string; text: string }[] = [];
  const timer = await crisisTimer(db, c, at);
  if (!timer.isStopped) {
    const lead = Number(await ruleAt<number | string>(db, FIRST_REMINDER_RULE, todayVn(new Date(c.detectedAt))));
    const due = new Date(timer.dueAt);
    if (at >= due) out.push({ key: 'first-overdue', text: `Đã quá ${timer.targetHours} giờ từ khi phát hiện (hạn ${atVi(due)}) mà chưa công bố thông tin chính thức.` });
    else if (at.getTime() >= due.getTime() - lead * HOUR) out.push({ key: 'first-due-soon', text: `Sắp hết hạn công bố thông tin chính thức đầu tiên (hạn ${atVi(due)}).` });
  }
  const published = (await statementsOf(db, c.id)).filter((s) => s.status === 'published' && s.publishedVersionId).sort((a, b) => (a.publishedAt! < b.publishedAt! ? 1 : -1));
  const latest = published[0];
  if (latest) {
    const version = (await versionsOf(db, [latest.id])).find((v) => v.id === latest.publishedVersionId);
    if (version?.nextUpdateAt && new Date(version.nextUpdateAt) <= at) out.push({ key: `update-due:${version.id}`, text: `Đã đến giờ cập nhật thông tin đã hẹn (${atVi(version.nextUpdateAt)}) mà chưa có thông cáo mới.` });
  }
  return out;
}

/**
 * The crisis reminders (job `crises-reminders`): the first statement due soon or overdue, and the promised next
 * update reached without a new statement. Each reminder goes once (crisis_reminders keeps its key) to the working
 * group and the person who opened the crisis, through the notifications module, and is written on the timeline.
 */
export async function sendCrisisReminders(db: DB, publicUrl: string, at = now()): Promise<{ sent: number }> {
  let sent = 0;
  for (const c of await listCrises(db, { openOnly: true })) {
    for (const r of await remindersOf(db, c, at)) {
      await db.transaction(async (tx) => {
        if (!(await claimReminder(tx, c.id, r.key))) return;
        const members = currentMembers(await membersOf(tx, c.id));
        const userIds = [...new Set([...members.flatMap((m) => (m.userId ? [m.userId] : [])), ...(c.createdBy ? [c.createdBy] : [])])];
        const key = `crisis_reminder:${c.id}:${r.key}`;
        await deliver(tx, userIds.map((userId) => ({ userId, kind: 'crisis_reminder', subjectKey: key, dedupeKey: key, params: { refNo: c.refNo, title: c.title, what: r.text }, link: `/office/crises/${c.id}`, count: 1 })), publicUrl, todayVn(at));
        await log(tx, c.id, actor, 'reminder', r.text, at.toISOString());
        await recordAudit(tx, { actor, action: 'crises.reminder', subjectType: 'crisis', subjectId: c.id, after: { reminder: r.key.split(':')[0], notified: userIds.length }, requestId: null });
        sent++;
      });
    }
  }
  return { sent };
}

/** The crisis module's scheduled jobs: reminders every 15 minutes (a 24-hour period needs better than daily). */
export function crisesJobs(db: DB, publicUrl: string): JobDefinition[] {
  return [{ name: 'crises-reminders', schedule: '*/15 * * * *', handler: () => sendCrisisReminders(db, publicUrl) }];
}
