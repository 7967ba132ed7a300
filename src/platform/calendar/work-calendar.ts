import type { Executor } from '../db';
import { ruleVersions, type RuleRow } from '../rules';
import { addDays, isIsoDate, type IsoDate } from '../text';
import { holidaysOf, weekdayOf, type DayOff, type HolidayRule } from './holidays';

/**
 * Working days of the state administration, for legal deadlines counted in working days (an information request:
 * 5 or 15 working days, Luật Tiếp cận thông tin Điều 31; DOMAIN.md TC-01). Everything comes from the dated rules
 * table, in force on the day in question:
 * - `calendar.weeklyRestDays`: the weekly rest days (0 Sunday … 6 Saturday);
 * - `calendar.publicHolidays`: the holidays of the labour code (holidays.ts), with `calendar.compensatoryDayOff`
 *   (a holiday on a rest day gives the next working day off);
 * - `calendar.officialSchedule`: one version per year (valid from 1 January to the next), the days off and the
 *   swapped working days the Government announced for the civil service that year ({ off: [{ date, name }],
 *   work: [dates], source }). When a year has one, it replaces the computed holidays of that year: the notice
 *   decides which five days Tết takes and which Saturdays are worked in exchange.
 */
export class WorkCalendar {
  private readonly years = new Map<number, { off: Map<IsoDate, DayOff>; work: Set<IsoDate>; official: boolean }>();

  constructor(private readonly rules: { weeklyRest: RuleRow[]; holidays: RuleRow[]; compensate: RuleRow[]; schedules: RuleRow[] }) {}

  /** The rule's value in force on `date`; a missing rule is a configuration error, never a default. */
  private at<T>(versions: RuleRow[], id: string, date: IsoDate): T {
    const row = versions.find((r) => r.validFrom <= date && (r.validTo === null || date < r.validTo));
    if (!row) throw new Error(`Chưa có quy định "${id}" áp dụng tại ngày ${date} trong bảng quy định.`);
    return row.value as T;
  }

  private weeklyRest(date: IsoDate): Set<number> {
    return new Set(this.at<number[]>(this.rules.weeklyRest, 'calendar.weeklyRestDays', date));
  }

  private year(year: number) {
    let y = this.years.get(year);
    if (y) return y;
    const jan1 = `${String(year).padStart(4, '0')}-01-01`;
    const schedule = this.rules.schedules.find((r) => r.validFrom <= jan1 && (r.validTo === null || jan1 < r.validTo));
    if (schedule) {
      const value = schedule.value as { off: { date: IsoDate; name: string }[]; work?: IsoDate[] };
      y = { off: new Map(value.off.map((d) => [d.date, { date: d.date, name: d.name, kind: 'official' as const }])), work: new Set(value.work ?? []), official: true };
    } else {
      const days = holidaysOf(year, this.at<HolidayRule[]>(this.rules.holidays, 'calendar.publicHolidays', jan1), this.weeklyRest(jan1), this.at<boolean>(this.rules.compensate, 'calendar.compensatoryDayOff', jan1));
      y = { off: new Map(days.map((d) => [d.date, d])), work: new Set(), official: false };
    }
    this.years.set(year, y);
    return y;
  }

  /** The days off of a year that are not weekly rest days' own (holidays, compensatory days), by date. */
  daysOff(year: number): DayOff[] {
    return [...this.year(year).off.values()].sort((a, b) => a.date.localeCompare(b.date));
  }

  /** Whether the year's days off come from the Government's notice (else computed from the labour code). */
  isOfficial(year: number): boolean {
    return this.year(year).official;
  }

  /** Why `date` is not a working day (the holiday's name, "Thứ Bảy", "Chủ nhật"), or null for a working day. */
  whyOff(date: IsoDate): string | null {
    const y = this.year(Number(date.slice(0, 4)));
    const off = y.off.get(date);
    if (off) return off.name;
    if (y.work.has(date)) return null;
    const weekday = weekdayOf(date);
    return this.weeklyRest(date).has(weekday) ? (weekday === 0 ? 'Chủ nhật' : `Thứ ${['', 'Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy'][weekday]}`) : null;
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.whyOff(date) === null;
  }

  /**
   * The `n`-th working day after `from` (`from` itself not counted, whether or not it is a working day): a request
   * received on Friday 13/02/2026 with 5 working days is due on the fifth working day after it. n ≥ 0; n = 0 gives
   * `from` back.
   */
  addWorkingDays(from: IsoDate, n: number): IsoDate {
    if (!isIsoDate(from) || !Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays(${from}, ${n})`);
    let d = from;
    for (let left = n; left > 0; ) {
      d = addDays(d, 1);
      if (this.isWorkingDay(d)) left--;
    }
    return d;
  }

  /** Working days in (from, to]: 0 when `to` is not after `from`. */
  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    let n = 0;
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (this.isWorkingDay(d)) n++;
    return n;
  }
}

/**
 * The calendar with every version of its rules, read once (a few rows). One query after the other, so `db` may be a
 * transaction: its one connection takes one statement at a time.
 */
export async function loadWorkCalendar(db: Executor): Promise<WorkCalendar> {
  const weeklyRest = await ruleVersions(db, 'calendar.weeklyRestDays');
  const holidays = await ruleVersions(db, 'calendar.publicHolidays');
  const compensate = await ruleVersions(db, 'calendar.compensatoryDayOff');
  const schedules = await ruleVersions(db, 'calendar.officialSchedule');
  return new WorkCalendar({ weeklyRest, holidays, compensate, schedules });
}
