import { recordAudit } from '../../platform/audit';
import { systemActor } from '../../platform/auth';
import { loadWorkCalendar } from '../../platform/calendar';
import type { DB } from '../../platform/db';
import type { JobDefinition } from '../../platform/jobs';
import { todayVn } from '../../platform/text';
import { deliver } from '../notifications';
import { isOverdue } from './deadline';
import { INQUIRY_KIND_LABELS } from './labels';
import { findInquiryForUpdate, listNoticesLate, listOpenDueBefore, updateInquiry, usersOfUnit } from './repo';

export const INQUIRIES_PATH = '/office/press/inquiries';

/**
 * The daily overdue alert (job `press-inquiries-overdue`): each open inquiry that became overdue is announced once
 * per deadline, through the notifications module, to its officer (or the officers of its unit) and to the person
 * who recorded it. Re-running the same day, or the next, sends nothing again.
 */
export async function alertOverdueInquiries(db: DB, publicUrl: string, today = todayVn()): Promise<{ alerted: number }> {
  const cal = await loadWorkCalendar(db);
  const candidates = (await listOpenDueBefore(db, today)).filter((r) => isOverdue(cal, r, today) && r.overdueAlertedFor !== r.dueOn);
  let alerted = 0;
  for (const candidate of candidates) {
    await db.transaction(async (tx) => {
      const r = await findInquiryForUpdate(tx, candidate.id);
      if (!r || r.overdueAlertedFor === r.dueOn || !isOverdue(cal, r, today)) return;
      const officers = r.officerId ? [r.officerId] : r.unitId ? (await usersOfUnit(tx, r.unitId, ['officer'])).map((u) => u.id) : [];
      const userIds = [...new Set([...officers, ...(r.createdBy ? [r.createdBy] : [])])];
      const key = `press_inquiry_overdue:${r.id}:${r.dueOn}`;
      await deliver(
        tx,
        userIds.map((userId) => ({ userId, kind: 'press_inquiry_overdue', subjectKey: key, dedupeKey: key, params: { refNo: r.refNo, kindLabel: INQUIRY_KIND_LABELS[r.kind as keyof typeof INQUIRY_KIND_LABELS]?.[0] ?? '', subject: r.subject, dueOn: r.dueOn }, link: `${INQUIRIES_PATH}/${r.id}`, count: 1 })),
        publicUrl,
        today,
      );
      await updateInquiry(tx, r.id, { overdueAlertedFor: r.dueOn });
      await recordAudit(tx, { actor: systemActor('báo quá hạn'), action: 'press.inquiry.overdue', subjectType: 'press_inquiry', subjectId: r.id, after: { dueOn: r.dueOn, notified: userIds.length }, requestId: null });
      alerted++;
    });
  }
  return { alerted };
}

/**
 * The late-notice warning (same daily job): a complex information request whose written notice of the handling time
 * (TC-01) was not recorded by its day is announced once to its officer or unit and to the person who recorded it.
 */
export async function alertLateNotices(db: DB, publicUrl: string, today = todayVn()): Promise<{ alerted: number }> {
  const candidates = await listNoticesLate(db, today);
  let alerted = 0;
  for (const candidate of candidates) {
    await db.transaction(async (tx) => {
      const r = await findInquiryForUpdate(tx, candidate.id);
      if (!r || r.noticeAlerted || r.noticeSentOn || !r.noticeDueOn || r.noticeDueOn >= today || r.status === 'answered' || r.status === 'refused') return;
      const officers = r.officerId ? [r.officerId] : r.unitId ? (await usersOfUnit(tx, r.unitId, ['officer'])).map((u) => u.id) : [];
      const userIds = [...new Set([...officers, ...(r.createdBy ? [r.createdBy] : [])])];
      const key = `press_notice_late:${r.id}`;
      await deliver(tx, userIds.map((userId) => ({ userId, kind: 'press_notice_late', subjectKey: key, dedupeKey: key, params: { refNo: r.refNo, subject: r.subject, noticeDueOn: r.noticeDueOn }, link: `${INQUIRIES_PATH}/${r.id}`, count: 1 })), publicUrl, today);
      await updateInquiry(tx, r.id, { noticeAlerted: true });
      await recordAudit(tx, { actor: systemActor('báo chưa gửi thông báo'), action: 'press.inquiry.noticeLate', subjectType: 'press_inquiry', subjectId: r.id, after: { noticeDueOn: r.noticeDueOn, notified: userIds.length }, requestId: null });
      alerted++;
    });
  }
  return { alerted };
}

/** The press module's scheduled jobs. */
export function pressJobs(db: DB, publicUrl: string): JobDefinition[] {
  return [{ name: 'press-inquiries-overdue', schedule: '30 7 * * *', handler: async () => ({ ...(await alertOverdueInquiries(db, publicUrl)), notices: (await alertLateNotices(db, publicUrl)).alerted }) }];
}
