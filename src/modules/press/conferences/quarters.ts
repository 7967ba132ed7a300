import type { Executor } from '../../../platform/db';
import { ruleVersionAt } from '../../../platform/rules';
import { compareIso } from '../../../platform/text';
import type { Directory } from '../../organisations';
import { quarterLabel } from './labels';
import type { ConferenceRow } from './tables';
import { localDay, quarterDays, quarterOf } from './time';

/** Unit types bound by the quarterly duty (NĐ 09/2017 Điều 5.2, DOMAIN.md PN-04): the provincial UBND and departments. */
export const DUTY_UNIT_TYPES = new Set(['ubnd_tinh', 'so']);
/** How close to a quarter's end the office list flags a quarter still without a conference. */
export const FLAG_WITHIN_DAYS = 30;
/** How close to a quarter's end the daily job tells the coordinators. */
export const NOTIFY_WITHIN_DAYS = 15;

export interface QuarterStatus {
  year: number;
  quarter: number;
  label: string;
  first: string;
  last: string;
  required: number;
  /** Conferences that count: held, or still to come; a past one never marked held does not count. */
  counted: ConferenceRow[];
  /** Short of the duty and either over or ending within FLAG_WITHIN_DAYS. */
  isFlagged: boolean;
  ruleSource: string;
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Whether a conference counts toward its quarter's duty as of `today`. */
export function counts(c: Pick<ConferenceRow, 'status' | 'startsAt'>, today: string): boolean {
  if (c.status === 'cancelled') return false;
  return c.status === 'held' || c.status === 'minutes_issued' || compareIso(localDay(c.startsAt), today) >= 0;
}

/** The four quarters of `year` for one host unit, with the rule in force at each quarter's end. */
export async function quartersOf(db: Executor, conferences: ConferenceRow[], year: number, today: string): Promise<QuarterStatus[]> {
  const out: QuarterStatus[] = [];
  for (const quarter of [1, 2, 3, 4]) {
    const { first, last } = quarterDays(year, quarter);
    const rule = await ruleVersionAt(db, 'press.conferencesPerQuarter', last);
    const required = Number(rule.value);
    const counted = conferences.filter((c) => localDay(c.startsAt).slice(0, 4) === String(year) && quarterOf(localDay(c.startsAt)) === quarter && counts(c, today));
    const closeOrOver = compareIso(last, today) < 0 || daysBetween(today, last) <= FLAG_WITHIN_DAYS;
    out.push({ year, quarter, label: quarterLabel(year, quarter), first, last, required, counted, isFlagged: counted.length < required && closeOrOver, ruleSource: rule.source });
  }
  return out;
}

/** The units bound by the duty on `on` (validTo exclusive in the directory), by name. */
export function dutyUnits(dir: Directory, on: string): { id: string; name: string }[] {
  const collator = new Intl.Collator('vi');
  return dir.snapshot.units
    .filter((u) => DUTY_UNIT_TYPES.has(u.type) && u.level === 'province' && u.validFrom <= on && (u.validTo === null || on < u.validTo))
    .map((u) => ({ id: u.id, name: u.name }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** Days from `today` to the last day of its quarter (0 on the last day). */
export function daysToQuarterEnd(today: string): { year: number; quarter: number; days: number; last: string } {
  const year = Number(today.slice(0, 4));
  const quarter = quarterOf(today);
  const { last } = quarterDays(year, quarter);
  return { year, quarter, days: daysBetween(today, last), last };
}

