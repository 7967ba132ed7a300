import { addDays, type IsoDate } from '../text';
import { jdFromDate, jdToDate, lunarToSolar } from './lunar';

/**
 * Public holidays as the labour code defines them, computed for a year. The rules are data (the dated rules
 * table, rule `calendar.publicHolidays`), because the code changes them: Quốc khánh became two days in 2021
 * (Bộ luật Lao động 2019, Điều 112). Which exact days the civil service takes off (the five days of Tết, the day
 * next to Quốc khánh, swapped working days) is announced by the Government each year; an announced schedule
 * (rule `calendar.officialSchedule`, see work-calendar.ts) replaces what is computed here for its year.
 */
export interface HolidayRule {
  /** Vietnamese name, shown to people ("Tết Nguyên đán"). */
  name: string;
  calendar: 'solar' | 'lunar';
  month: number;
  day: number;
  /**
   * The days off around the date, in days: [0] for the day itself; Tết's five days are [-1, 0, 1, 2, 3] (the last
   * day of the lunar year, 29 or 30 tháng Chạp, and the first four days of the new year).
   */
  offsets: number[];
  /** One more day next to the date, before or after it (Quốc khánh since 2021): the Government chooses each year. */
  adjacentDay?: boolean;
}

export interface DayOff {
  date: IsoDate;
  /** Why it is off, in Vietnamese ("Tết Nguyên đán", "Nghỉ bù Quốc khánh"). */
  name: string;
  kind: 'holiday' | 'compensatory' | 'official';
}

const iso = (d: { day: number; month: number; year: number }) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
/** Day of the week of an ISO date: 0 Sunday … 6 Saturday. */
export const weekdayOf = (date: IsoDate) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** The date a rule falls on in Gregorian year `year` (a lunar date: the one whose lunar year begins in `year`). */
function anchorOf(rule: HolidayRule, year: number): IsoDate | null {
  if (rule.calendar === 'solar') {
    const jd = jdFromDate(rule.day, rule.month, year);
    const back = jdToDate(jd);
    return back.month === rule.month && back.day === rule.day ? iso(back) : null;
  }
  const solar = lunarToSolar({ day: rule.day, month: rule.month, year, leap: false });
  return solar ? iso(solar) : null;
}

/**
 * The day next to an adjacent-day holiday, when no notice says which: the working day that joins it to a weekend
 * (2/9 on a Tuesday: Monday 1/9, as in 2025; on a Thursday: Friday), otherwise the day after (2/9 on a Monday:
 * Tuesday 3/9, as in 2024).
 */
function adjacentDayOf(date: IsoDate, weeklyRest: ReadonlySet<number>): IsoDate {
  const before = addDays(date, -1);
  const after = addDays(date, 1);
  const working = (d: IsoDate) => !weeklyRest.has(weekdayOf(d));
  const joinsRest = (d: IsoDate, step: number) => weeklyRest.has(weekdayOf(addDays(d, step)));
  if (working(before) && joinsRest(before, -1)) return before;
  if (working(after) && joinsRest(after, 1)) return after;
  if (working(after)) return after;
  return working(before) ? before : after;
}

/**
 * The holidays of `year` under `rules`, with the compensatory days: a holiday on a weekly rest day gives the next
 * working day off (Bộ luật Lao động 2019, Điều 111.3), after the holidays next to it. Sorted by date.
 */
export function holidaysOf(year: number, rules: readonly HolidayRule[], weeklyRest: ReadonlySet<number>, compensate: boolean): DayOff[] {
  const days = new Map<IsoDate, DayOff>();
  for (const rule of rules) {
    const anchor = anchorOf(rule, year);
    if (!anchor) continue;
    for (const offset of rule.offsets) {
      const date = addDays(anchor, offset);
      if (!days.has(date)) days.set(date, { date, name: rule.name, kind: 'holiday' });
    }
    if (rule.adjacentDay) {
      const date = adjacentDayOf(anchor, weeklyRest);
      if (!days.has(date)) days.set(date, { date, name: rule.name, kind: 'holiday' });
    }
  }
  const holidays = [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
  if (!compensate) return holidays;
  const out = [...holidays];
  const taken = new Set(days.keys());
  for (const h of holidays) {
    if (!weeklyRest.has(weekdayOf(h.date))) continue;
    let d = addDays(h.date, 1);
    while (weeklyRest.has(weekdayOf(d)) || taken.has(d)) d = addDays(d, 1);
    taken.add(d);
    out.push({ date: d, name: `Nghỉ bù ${h.name}`, kind: 'compensatory' });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}
