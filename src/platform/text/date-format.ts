/**
 * Formatting dates the way Vietnamese administrative documents write them (Nghị định 30/2020/NĐ-CP).
 */
import { type IsoDate, pad2, parseIso, vnParts } from './iso-date';

/** Output style of `formatDateVi`: 'long' = "ngày 17 tháng 01 năm 2024", 'short' = "17/01/2024". */
export type DateStyleVi = 'long' | 'short';

interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Resolves an IsoDate (validated) or a Date instant (its calendar day in Vietnam) to y/m/d. */
function toYmd(d: IsoDate | Date): Ymd {
  if (d instanceof Date) {
    const p = vnParts(d);
    return { year: p.year, month: p.month, day: p.day };
  }
  return parseIso(d);
}

/** Writes a year with at least four digits, matching what `parseDateVi` accepts. */
function year4(year: number): string {
  return String(year).padStart(4, '0');
}

/**
 * Formats a date in Vietnamese. 'long' (default) follows NĐ 30/2020: day always two digits,
 * months 1–2 with a leading zero, months 3–12 without ("ngày 05 tháng 3 năm 2025",
 * "ngày 17 tháng 01 năm 2024"); 'short' is always "dd/mm/yyyy". A Date is taken as its day in Vietnam.
 * Throws RangeError for an invalid IsoDate or Date.
 */
export function formatDateVi(d: IsoDate | Date, style: DateStyleVi = 'long'): string {
  const { year, month, day } = toYmd(d);
  if (style === 'short') return `${pad2(day)}/${pad2(month)}/${year4(year)}`;
  const monthText = month <= 2 ? pad2(month) : String(month);
  return `ngày ${pad2(day)} tháng ${monthText} năm ${year4(year)}`;
}

/** Formats the place-and-date line of an official document, e.g. "Yên Bái, ngày 17 tháng 01 năm 2024". */
export function formatPlaceDateLine(place: string, d: IsoDate | Date): string {
  const p = place.normalize('NFC').trim();
  const date = formatDateVi(d, 'long');
  return p === '' ? date : `${p}, ${date}`;
}

/** Formats an instant as "HH:mm dd/mm/yyyy" on the Vietnam wall clock, e.g. "14:05 17/01/2024". */
export function formatDateTimeVi(d: Date): string {
  const p = vnParts(d);
  return `${pad2(p.hour)}:${pad2(p.minute)} ${pad2(p.day)}/${pad2(p.month)}/${year4(p.year)}`;
}
