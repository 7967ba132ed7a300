import { addDays, fold, isIsoDate } from '../../platform/text';

/** A reporting period of a plan year: quarters and the whole year. */
export interface Period {
  key: string; // '2024-Q2', '2024-Y'
  label: string; // 'Quý II/2024', 'Cả năm 2024'
  startsOn: string;
  endsOn: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];
const QUARTER_START = ['01-01', '04-01', '07-01', '10-01'];

/** The periods of a year, in the order the rules table lists them (e.g. ["Q1","Q2","Q3","Q4","Y"]). */
export function periodsOfYear(year: number, codes: string[]): Period[] {
  return codes.map((code) => {
    if (code === 'Y') return { key: `${year}-Y`, label: `Cả năm ${year}`, startsOn: `${year}-01-01`, endsOn: `${year}-12-31` };
    const q = Number(code.slice(1)) - 1;
    return { key: `${year}-${code}`, label: `Quý ${ROMAN[q]}/${year}`, startsOn: `${year}-${QUARTER_START[q]}`, endsOn: `${year}-${QUARTER_END[q]}` };
  });
}

const HALF = ['6 tháng đầu năm', '6 tháng cuối năm'];

/**
 * The words for a period key, as people read it: "2024-Y" → "Cả năm 2024", "2024-Q3" → "Quý III/2024",
 * "2024-H1" → "6 tháng đầu năm 2024", "2024-M03" → "Tháng 3/2024"; any other text is returned as it is.
 */
export function periodLabel(key: string): string {
  const m = /^(\d{4})-(Y|Q([1-4])|H([12])|M(\d{2}))$/.exec(key);
  if (!m) return key;
  const year = m[1];
  if (m[2] === 'Y') return `Cả năm ${year}`;
  if (m[3]) return `Quý ${ROMAN[Number(m[3]) - 1]}/${year}`;
  if (m[4]) return `${HALF[Number(m[4]) - 1]} ${year}`;
  return `Tháng ${Number(m[5])}/${year}`;
}

/**
 * The last day to act for a written deadline. An ISO date is that day; "trước ngày X" moves it by the rules-table
 * offset; periods end on their last day ("Quý II/2024" → 30/6/2024, "6 tháng đầu năm" → 30/6); "thường xuyên",
 * "cả năm" or nothing fall back to the plan's own due date, and "năm 2026" too when that date falls in 2026 (else,
 * in a plan of several years, 31/12/2026). Any other wording ("Theo kế hoạch của tỉnh", "Sau 03 tháng kể từ …",
 * "Trước ngày 31/01 năm liền kề") names no day: null, never a date made up for it (the preview says so).
 */
export function dueOnOf(deadline: string | null, opts: { year: number; fallback: string | null; beforeOffsetDays: number; writtenBefore?: boolean }): string | null {
  if (!deadline) return opts.fallback;
  if (isIsoDate(deadline)) return opts.writtenBefore ? addDays(deadline, opts.beforeOffsetDays) : deadline;
  const f = fold(deadline);
  // a day named as the limit inside a longer text: "Ban hành kế hoạch chậm nhất là ngày 15/01/2026 và tổ chức thực
  // hiện" is due on 15/01/2026 (only after words of a limit: "Theo … Nghị định … ngày 28/5/2015" is no deadline)
  const limit = /(?:^|\s)(cham nhat(?:\s+la)?|truoc|han(?:\s+chot)?(?:\s+la)?|den het)\s+(?:ngay\s+)?(\d{1,2})\/(\d{1,2})\/(20\d\d)(?!\d)/.exec(f);
  if (limit) {
    const iso = `${limit[4]}-${limit[3]!.padStart(2, '0')}-${limit[2]!.padStart(2, '0')}`;
    if (isIsoDate(iso)) return opts.writtenBefore || limit[1] === 'truoc' ? addDays(iso, opts.beforeOffsetDays) : iso;
  }
  const year = Number(/(20\d\d)/.exec(f)?.[1] ?? opts.year);
  const quarter = /quy\s+(iv|iii|ii|i|[1-4])\b/.exec(f);
  if (quarter) {
    const q = { i: 1, ii: 2, iii: 3, iv: 4 }[quarter[1] as 'i'] ?? Number(quarter[1]);
    return `${year}-${QUARTER_END[q - 1]}`;
  }
  if (/6 thang dau nam|nua dau nam/.test(f)) return `${year}-06-30`;
  if (/thang\s+(\d{1,2})/.test(f)) {
    const m = Number(/thang\s+(\d{1,2})/.exec(f)![1]);
    if (m >= 1 && m <= 12) return addDays(`${m === 12 ? year + 1 : year}-${String(m === 12 ? 1 : m + 1).padStart(2, '0')}-01`, -1);
  }
  // "Trong năm 2026" ends on 31/12 of that year; "năm 2026" or "cả năm" alone keep the plan's own due date.
  if (/^trong\s+nam\s+20\d\d$/.test(f)) return `${year}-12-31`;
  if (/^nam\s+20\d\d$/.test(f)) return opts.fallback?.startsWith(`${year}-`) ? opts.fallback : `${year}-12-31`;
  // recurring or year-long work lasts the plan ("Trước ngày 05 của tháng liền kề": every month)
  if (/ca nam|thuong xuyen|hang\s+(?:nam|thang|quy|tuan|ngay)|dinh ky|lien tuc|suot nam|thang lien ke/.test(f)) return opts.fallback ?? `${year}-12-31`;
  return null;
}
