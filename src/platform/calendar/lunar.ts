/**
 * The Vietnamese lunisolar calendar (âm lịch), computed as the Vietnamese almanacs compute it: months begin on the
 * day of the astronomical new moon and the winter solstice falls in month 11, both reckoned at the meridian of
 * UTC+7 (the Chinese calendar uses UTC+8, which is why Tết sometimes differs by a day or a month, as in 1985 and
 * 2007). New moons by Meeus's series (Astronomical Algorithms, ch. 49, truncated), the sun's longitude by his
 * low-precision formula (ch. 25): accurate to minutes, so a new moon within minutes of midnight could land on the
 * wrong day; such dates are rare and the official holiday days are entered from the Government's notice anyway
 * (see holidays.ts). Dates are whole Julian day numbers; only the Gregorian calendar (from 1582) is handled.
 */

const TZ = 7;
const SYNODIC_MONTH = 29.530588853;
/** Julian date of the new moon of 1900-01-01, the origin of the lunation numbers k. */
const K0 = 2415021.076998695;
const RAD = Math.PI / 180;

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  /** True for the intercalary (nhuận) month that repeats `month`. */
  leap: boolean;
}

/** Julian day number of a Gregorian date. */
export function jdFromDate(day: number, month: number, year: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

/** The Gregorian date of a Julian day number. */
export function jdToDate(jd: number): { day: number; month: number; year: number } {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return { day: e - Math.floor((153 * m + 2) / 5) + 1, month: m + 3 - 12 * Math.floor(m / 10), year: 100 * b + d - 4800 + Math.floor(m / 10) };
}

/** Julian date (fractional, UT) of the k-th new moon after that of 1900-01-01. */
function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
  const m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3; // the sun's mean anomaly
  const mp = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3; // the moon's mean anomaly
  const f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3; // the moon's argument of latitude
  let c = (0.1734 - 0.000393 * t) * Math.sin(m * RAD) + 0.0021 * Math.sin(2 * m * RAD);
  c -= 0.4068 * Math.sin(mp * RAD) + 0.0161 * Math.sin(2 * mp * RAD);
  c -= 0.0004 * Math.sin(3 * mp * RAD);
  c += 0.0104 * Math.sin(2 * f * RAD) - 0.0051 * Math.sin((m + mp) * RAD);
  c -= 0.0074 * Math.sin((m - mp) * RAD) + 0.0004 * Math.sin((2 * f + m) * RAD);
  c -= 0.0004 * Math.sin((2 * f - m) * RAD) - 0.0006 * Math.sin((2 * f + mp) * RAD);
  c += 0.001 * Math.sin((2 * f - mp) * RAD) + 0.0005 * Math.sin((2 * mp + m) * RAD);
  // ΔT (terrestrial minus universal time), in days
  const deltaT = t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3 : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + c - deltaT;
}

/** The day number (at UTC+7) of the k-th new moon. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TZ / 24);
}

/** The sun's apparent longitude in radians, [0, 2π), at Julian date `jd`. */
function sunLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525;
  const t2 = t * t;
  const m = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  let dl = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(m * RAD);
  dl += (0.019993 - 0.000101 * t) * Math.sin(2 * m * RAD) + 0.00029 * Math.sin(3 * m * RAD);
  const l = (l0 + dl) * RAD;
  return l - 2 * Math.PI * Math.floor(l / (2 * Math.PI));
}

/** Which of the 12 thirty-degree sectors the sun is in at the start of day `dayNumber` (UTC+7); 9 holds the winter solstice. */
function sunSector(dayNumber: number): number {
  return Math.floor((sunLongitude(dayNumber - 0.5 - TZ / 24) / Math.PI) * 6);
}

/** The first day of lunar month 11 of the lunar year ending in Gregorian year `year` (the month with the winter solstice). */
function month11(year: number): number {
  const k = Math.floor((jdFromDate(31, 12, year) - 2415021) / SYNODIC_MONTH);
  const start = newMoonDay(k);
  return sunSector(start) >= 9 ? newMoonDay(k - 1) : start;
}

/** In a year of 13 months starting from month 11 at `a11`: the offset of the leap month (the first without a major solar term). */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - K0) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

/** The lunar date of a Gregorian date. */
export function solarToLunar(day: number, month: number, year: number): LunarDate {
  const dayNumber = jdFromDate(day, month, year);
  // The mean-motion estimate can be a lunation off when the true new moon strays from the mean (7/5/2054 came out as
  // "day 0" of a month): step until the month's new moon is on or before the day and the next one after it.
  let k = Math.floor((dayNumber - K0) / SYNODIC_MONTH) + 1;
  let monthStart = newMoonDay(k);
  while (monthStart > dayNumber) monthStart = newMoonDay(--k);
  while (newMoonDay(k + 1) <= dayNumber) monthStart = newMoonDay(++k);
  let a11 = month11(year);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = month11(year - 1);
  } else {
    lunarYear = year + 1;
    b11 = month11(year + 1);
  }
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let lunarMonth = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      lunarMonth = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (lunarMonth > 12) lunarMonth -= 12;
  if (lunarMonth >= 11 && diff < 4) lunarYear -= 1;
  return { day: dayNumber - monthStart + 1, month: lunarMonth, year: lunarYear, leap };
}

/** The Gregorian date of a lunar date; null when the year has no such leap month or day. */
export function lunarToSolar(lunar: LunarDate): { day: number; month: number; year: number } | null {
  const { day, month, year, leap } = lunar;
  const a11 = month < 11 ? month11(year - 1) : month11(year);
  const b11 = month < 11 ? month11(year) : month11(year + 1);
  const k = Math.floor(0.5 + (a11 - K0) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return null;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return null;
  }
  const monthStart = newMoonDay(k + off);
  const length = newMoonDay(k + off + 1) - monthStart;
  if (day < 1 || day > length) return null;
  return jdToDate(monthStart + day - 1);
}
