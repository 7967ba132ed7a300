/**
 * Dates on portal pages: Vietnamese pages keep `formatDateVi` / `formatDateTimeVi`; English pages write
 * "17 January 2024" (and "14:05, 17 January 2024"), always the calendar day and wall clock of Vietnam.
 */
import { formatDateTimeVi, formatDateVi, type DateStyleVi, type IsoDate } from '../../platform/text';
import type { Locale } from './i18n';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "17/01/2024" → "17 January 2024"; the Vietnamese short form already resolved the day in Vietnam. */
function englishFromShort(short: string): string {
  const [day, month, year] = short.split('/').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/**
 * A date for a page in `locale`. In Vietnamese, `style` picks the long ("ngày 17 tháng 01 năm 2024") or short
 * ("17/01/2024") form; English always writes "17 January 2024", which no reader can misread. Throws RangeError
 * for an invalid date, like `formatDateVi`.
 */
export function formatDate(locale: Locale, d: IsoDate | Date, style: DateStyleVi = 'long'): string {
  if (locale === 'vi') return formatDateVi(d, style);
  return englishFromShort(formatDateVi(d, 'short'));
}

/** An instant on the Vietnam wall clock: "14:05 17/01/2024" in Vietnamese, "14:05, 17 January 2024" in English. */
export function formatDateTime(locale: Locale, d: Date): string {
  const vi = formatDateTimeVi(d);
  if (locale === 'vi') return vi;
  const [time, date] = vi.split(' ');
  return `${time}, ${englishFromShort(date ?? '')}`;
}
