import type { Executor } from '../../platform/db';
import { loadWorkCalendar, type WorkCalendar } from '../../platform/calendar';
import { ruleVersionAt } from '../../platform/rules';
import { addDays, formatDateVi, type IsoDate } from '../../platform/text';
import type { Complexity, InquiryKind } from './labels';
import type { DueBasis } from './tables';

export interface Deadline {
  dueOn: IsoDate;
  /** A complex information request: the day the notice of the handling time is due (TC-01). */
  noticeDueOn: IsoDate | null;
  basis: DueBasis;
}

/** Holidays (not weekly rest days) in (from, to], grouped into runs of the same name: what a deadline skipped. */
export function skippedDays(cal: WorkCalendar, from: IsoDate, to: IsoDate): DueBasis['skipped'] {
  const runs: DueBasis['skipped'] = [];
  const years = new Set([Number(from.slice(0, 4)), Number(to.slice(0, 4))]);
  for (const year of [...years].sort()) {
    for (const day of cal.daysOff(year)) {
      if (day.date <= from || day.date > to) continue;
      const last = runs[runs.length - 1];
      if (last && last.name === day.name && addDays(last.to, 1) === day.date) last.to = day.date;
      else runs.push({ name: day.name, from: day.date, to: day.date });
    }
  }
  return runs;
}

/**
 * The legal deadline of an inquiry received on `receivedOn`, from the rules in force that day (DOMAIN.md PN-05,
 * PN-07, TC-01) and the working-day calendar: press inquiries in working days, issues forwarded by the press in
 * calendar days, information requests in working days (simple, or complex with the notice of the handling time).
 */
export async function computeDeadline(db: Executor, input: { kind: InquiryKind; complexity: Complexity | null; receivedOn: IsoDate }): Promise<Deadline> {
  const cal = await loadWorkCalendar(db);
  if (input.kind === 'press_forwarded') {
    const rule = await ruleVersionAt(db, 'press.forwardedIssue.days', input.receivedOn);
    const days = Number(rule.value);
    const end = addDays(input.receivedOn, days);
    const basis: DueBasis = { ruleId: rule.ruleId, days, unit: 'calendar', source: rule.source, skipped: [] };
    // a period in days that ends on a day off ends on the next working day (Bộ luật Dân sự 2015, Điều 148.5)
    const nextWorkingDay = await ruleVersionAt(db, 'deadline.calendarDays.endsOnNextWorkingDay', input.receivedOn);
    if (nextWorkingDay.value === true && !cal.isWorkingDay(end)) {
      const dueOn = cal.addWorkingDays(end, 1);
      return { dueOn, noticeDueOn: null, basis: { ...basis, skipped: skippedDays(cal, addDays(end, -1), dueOn), moved: { from: end, source: nextWorkingDay.source } } };
    }
    return { dueOn: end, noticeDueOn: null, basis };
  }
  const ruleId = input.kind === 'press' ? 'press.reply.workingDays' : input.complexity === 'complex' ? 'information.complex.workingDays' : 'information.simple.workingDays';
  const rule = await ruleVersionAt(db, ruleId, input.receivedOn);
  const days = Number(rule.value);
  const dueOn = cal.addWorkingDays(input.receivedOn, days);
  let noticeDueOn: IsoDate | null = null;
  if (input.kind === 'information_request' && input.complexity === 'complex') {
    noticeDueOn = cal.addWorkingDays(input.receivedOn, Number((await ruleVersionAt(db, 'information.complex.noticeWorkingDays', input.receivedOn)).value));
  }
  return { dueOn, noticeDueOn, basis: { ruleId, days, unit: 'working', source: rule.source, skipped: skippedDays(cal, input.receivedOn, dueOn) } };
}

/** The deadline moved by an extension of `days` working days (once, TC-01), with its basis kept. */
export async function extendDeadline(db: Executor, cal: WorkCalendar, current: { dueOn: IsoDate; basis: DueBasis; receivedOn: IsoDate }, days: number): Promise<{ dueOn: IsoDate; basis: DueBasis }> {
  const rule = await ruleVersionAt(db, 'information.extension.maxWorkingDays', current.receivedOn);
  const dueOn = cal.addWorkingDays(current.dueOn, days);
  return { dueOn, basis: { ...current.basis, skipped: skippedDays(cal, current.receivedOn, dueOn), extension: { ruleId: rule.ruleId, days, source: rule.source } } };
}

/** The most working days an extension may add, from the rule in force on the day the request was received. */
export async function maxExtensionDays(db: Executor, receivedOn: IsoDate): Promise<number> {
  return Number((await ruleVersionAt(db, 'information.extension.maxWorkingDays', receivedOn)).value);
}

/**
 * Overdue is computed, never stored: an open inquiry is overdue from the first working day after its deadline
 * (a deadline on Friday is not yet missed on Saturday; it is on Monday).
 */
export function isOverdue(cal: WorkCalendar, inquiry: { status: string; dueOn: IsoDate }, today: IsoDate): boolean {
  if (inquiry.status === 'answered' || inquiry.status === 'refused') return false;
  return cal.workingDaysBetween(inquiry.dueOn, today) >= 1;
}

const dm = (d: IsoDate) => `${d.slice(8, 10)}/${d.slice(5, 7)}`;

/** "5 ngày làm việc, Luật Tiếp cận thông tin 2016, Điều 31; không tính Tết Nguyên đán 16–20/02/2026". */
export function basisText(basis: DueBasis): string {
  const unit = basis.unit === 'working' ? 'ngày làm việc' : 'ngày';
  const parts = [`${basis.days} ${unit}, ${basis.source}`];
  if (basis.extension) parts.push(`gia hạn ${basis.extension.days} ngày làm việc, ${basis.extension.source}`);
  const runs = basis.skipped.map((r) => (r.from === r.to ? `${r.name} ${formatDateVi(r.from, 'short')}` : `${r.name} ${r.from.slice(0, 7) === r.to.slice(0, 7) ? r.from.slice(8, 10) : dm(r.from)}–${formatDateVi(r.to, 'short')}`));
  if (basis.unit === 'working' && runs.length) parts.push(`không tính ${runs.join(', ')}`);
  if (basis.moved) {
    const why = runs.length ? runs.join(', ') : 'ngày nghỉ cuối tuần';
    parts.push(`ngày ${formatDateVi(basis.moved.from, 'short')} là ngày nghỉ (${why}) nên hạn chuyển sang ngày làm việc tiếp theo, ${basis.moved.source}`);
  }
  return parts.join('; ');
}
