import { recordAudit } from '../../../platform/audit';
import { systemActor } from '../../../platform/auth';
import type { DB } from '../../../platform/db';
import type { JobDefinition } from '../../../platform/jobs';
import { todayVn } from '../../../platform/text';
import { getDirectory } from '../../organisations';
import { deliver } from '../../notifications';
import { quarterLabel } from './labels';
import { daysToQuarterEnd, dutyUnits, NOTIFY_WITHIN_DAYS } from './quarters';
import { claimQuarterNotice, listConferences, usersWithRole } from './repo';
import { dayRangeInstants, quarterDays } from './time';

export const CONFERENCES_PATH = '/office/press/conferences';

/**
 * The daily quarter check (job `press-conferences-quarter-check`, DOMAIN.md PN-04): when the current quarter ends
 * within 15 days and a unit bound by the duty has no conference planned or held in it, the coordinators are told,
 * once per unit and quarter (the notice row's key is the guard, so a re-run or a second worker sends nothing).
 */
export async function checkConferenceQuarters(db: DB, publicUrl: string, today = todayVn()): Promise<{ notified: number }> {
  const end = daysToQuarterEnd(today);
  if (end.days > NOTIFY_WITHIN_DAYS) return { notified: 0 };
  const { first, last } = quarterDays(end.year, end.quarter);
  const range = dayRangeInstants(first, last);
  const [dir, conferences, coordinators] = await Promise.all([getDirectory(db), listConferences(db, range), usersWithRole(db, 'coordinator')]);
  const withConference = new Set(conferences.map((c) => c.hostUnitId));
  let notified = 0;
  for (const unit of dutyUnits(dir, today).filter((u) => !withConference.has(u.id))) {
    await db.transaction(async (tx) => {
      if (!(await claimQuarterNotice(tx, { unitId: unit.id, year: end.year, quarter: end.quarter, notified: coordinators.length }))) return;
      const key = `press_conference_quarter:${unit.id}:${end.year}-Q${end.quarter}`;
      await deliver(
        tx,
        coordinators.map((u) => ({ userId: u.id, kind: 'press_conference_quarter', subjectKey: key, dedupeKey: key, params: { unitName: unit.name, quarterLabel: quarterLabel(end.year, end.quarter), dueOn: last }, link: `${CONFERENCES_PATH}?year=${end.year}`, count: 1 })),
        publicUrl,
        today,
      );
      await recordAudit(tx, { actor: systemActor('kiểm tra họp báo theo quý'), action: 'press.conference.quarterNotice', subjectType: 'org_unit', subjectId: unit.id, after: { quarter: quarterLabel(end.year, end.quarter), notified: coordinators.length }, requestId: null });
      notified++;
    });
  }
  return { notified };
}

/** The conferences' scheduled jobs. */
export function pressConferenceJobs(db: DB, publicUrl: string): JobDefinition[] {
  return [{ name: 'press-conferences-quarter-check', schedule: '45 7 * * *', handler: () => checkConferenceQuarters(db, publicUrl) }];
}
