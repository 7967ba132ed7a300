import { now as clockNow } from '../clock';
/**
 * Calendar dates as ISO 'YYYY-MM-DD' strings, interpreted in Vietnam time
 * (Asia/Ho_Chi_Minh, UTC+7, no daylight saving time).
 */

/** A calendar date written 'YYYY-MM-DD' (ISO 8601), meaning that day in Vietnam. */
export type IsoDate = string;

/** Vietnam's fixed offset from UTC in milliseconds (UTC+7, no DST since 1975). */
export const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Calendar fields of a date/time as seen on a wall clock in Vietnam. */
export interface VnParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** Returns true for Gregorian leap years. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Returns the number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Returns true when year (1–9999), month and day form a real calendar day. */
export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Formats year/month/day as 'YYYY-MM-DD' (no validation). */
export function ymdToIso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Returns true only for a strict 'YYYY-MM-DD' string naming a real calendar day (2024-02-29 yes, 2023-02-29 / 2024-02-30 no). */
export function isIsoDate(s: string): boolean {
  const m = ISO_SHAPE.exec(s);
  return m !== null && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Splits a valid IsoDate into numbers, throwing RangeError when it is not a real 'YYYY-MM-DD' day. */
export function parseIso(d: IsoDate): { year: number; month: number; day: number } {
  const m = ISO_SHAPE.exec(d);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  if (m === null || !isValidYmd(year, month, day)) throw new RangeError(`Invalid ISO date: ${JSON.stringify(d)}`);
  return { year, month, day };
}

/** Returns the Vietnam wall-clock fields of the instant `d`, throwing RangeError for an invalid Date. */
export function vnParts(d: Date): VnParts {
  const t = d.getTime();
  if (Number.isNaN(t)) throw new RangeError('Invalid Date');
  const shifted = new Date(t + VN_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/** Returns the calendar date in Vietnam at the instant `now` (default: the current time). */
export function todayVn(at: Date = clockNow()): IsoDate {
  const p = vnParts(at);
  return ymdToIso(p.year, p.month, p.day);
}

/** Returns the date `n` (integer, may be negative) calendar days after `d`; throws RangeError on invalid input. */
export function addDays(d: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`addDays: n must be an integer, got ${n}`);
  const { year, month, day } = parseIso(d);
  // setUTCFullYear (unlike Date.UTC) does not map years 0–99 to 1900–1999.
  const r = new Date(0);
  r.setUTCFullYear(year, month - 1, day);
  r.setTime(r.getTime() + n * DAY_MS);
  const y = r.getUTCFullYear();
  if (y < 1 || y > 9999) throw new RangeError(`addDays: result out of range for ${d} + ${n}`);
  return ymdToIso(y, r.getUTCMonth() + 1, r.getUTCDate());
}

/** Compares two IsoDates chronologically (negative, 0, positive), suitable for Array.prototype.sort. */
export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Pads a number to two digits. */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
