/**
 * Reading a task's own deadline as written ("Trước ngày 20/11/2024", "Quý II/2026", "ngày 23 tháng 1",
 * "Thường xuyên"): one day when the text names one, a period kept as written, nothing for recurring work.
 * A day written without its year takes the year given by the caller (the plan's year, or the year a table
 * column names); without one it stays as written and is reported, never guessed.
 */
import { fold, parseDateVi } from '../../../platform/text';

/** How a deadline text was understood. */
export type DeadlineKind =
  /** One day: `value` is its ISO date. */
  | 'date'
  /** A period ("Quý II/2026", "Tháng 6/2026", "Trong năm 2026"): `value` is the text as written. */
  | 'period'
  /** Recurring or continuous work ("Thường xuyên", "Hằng năm", "Định kỳ hằng tháng"): `value` is null. */
  | 'recurring'
  /** Any other wording ("Theo kế hoạch của tỉnh", "Sau 03 tháng kể từ …"): kept as written. */
  | 'text'
  /** A date the reader could not settle (no year known, an impossible day, several periods): kept as written. */
  | 'unresolved';

/** The reading of one deadline text. */
export interface DeadlineReading {
  kind: DeadlineKind;
  /** What ParsedTask.deadline holds: the ISO date, the text as written, or null. */
  value: string | null;
  /** The text as written, trimmed. */
  written: string;
  /** True for "trước ngày …" (the work is due before that day). */
  before: boolean;
  /** Why the text is unresolved (Vietnamese, for the warning), else null. */
  problem: string | null;
}

const ROMAN_Q: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

// Lead-in words before the day itself ("Trước ngày", "chậm nhất là ngày", "hoàn thành trước").
const LEAD_IN = /^(?:(?:hoan thanh|thuc hien|ket thuc|ban hanh|gui|nop)\s+)?(?:truoc|cham nhat(?:\s+la)?|han(?:\s+chot)?(?:\s+la)?|vao|den(?:\s+het)?|trong|tu|toi)?\s*(?:ngay\s*)?/u;
// A time of day ("20 giờ 15 phút", "8h30", "từ 20 giờ 15 phút - 20 giờ 45 phút").
const TIME = /(?:tu\s+)?\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s*phut)?)?(?:\s*(?:-|–|den)\s*\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s*phut)?)?)?/gu;
const RECURRING = /^(?:thuc hien\s+)?(?:thuong xuyen|hang\s+(?:nam|thang|quy|tuan|ngay)|dinh ky|lien tuc|suot nam|ca nam)(?![\p{L}])/u;
const DAY_MONTH = /^(\d{1,2})\s*(?:thang\s*|\/|-|\.)(\d{1,2})$/u;
const QUARTER = /^(?:trong\s+)?quy\s+(iv|iii|ii|i|[1-4])(?:\s*(?:\/|nam|-)\s*(\d{4}))?$/u;
const MONTH = /^(?:trong\s+)?thang\s+(\d{1,2})(?:\s*(?:\/|nam|-)\s*(\d{4}))?$/u;
const YEAR = /^(?:trong\s+)?(?:ca\s+)?nam\s+(\d{4})$/u;
const HALF = /^(?:trong\s+)?(6 thang (?:dau|cuoi) nam|nua (?:dau|cuoi) nam)(?:\s*(\d{4}))?$/u;
const MANY_PERIODS = /\b(?:quy|thang)\s+(?:[ivx]+|\d{1,2})\s*(?:,|va)\s*(?:[ivx]+|\d{1,2})\b/u;

/** Reads a deadline text; `year` resolves days and periods written without a year (null: none known). */
export function readDeadline(text: string, year: number | null): DeadlineReading {
  const written = text.replace(/[\s.;,]+$/u, '').trim();
  const base = { written, before: false, problem: null };
  if (written === '') return { ...base, kind: 'recurring', value: null };
  const f = fold(written).replace(/[.;,]+$/u, '').trim();
  const full = parseDateVi(written);
  if (full !== null) return { ...base, kind: 'date', value: full };
  if (RECURRING.test(f) && !/\d{4}/u.test(f.replace(/hang nam|ca nam/gu, ''))) return { ...base, kind: 'recurring', value: null };

  const before = /^(?:hoan thanh\s+)?truoc(?:\s|$)/u.test(f);
  const core = f.replace(TIME, ' ').replace(/\s+/gu, ' ').trim().replace(LEAD_IN, '').replace(/^[,\-–\s]+/u, '').trim();
  const date = parseDateVi(core);
  if (date !== null) return { ...base, kind: 'date', value: date, before };
  const dm = DAY_MONTH.exec(core);
  if (dm !== null) {
    const day = Number(dm[1]);
    const month = Number(dm[2]);
    if (year === null) return { ...base, kind: 'unresolved', value: written, before, problem: 'không rõ năm' };
    const iso = validIso(year, month, day);
    if (iso === null) return { ...base, kind: 'unresolved', value: written, before, problem: 'ngày không có thật' };
    return { ...base, kind: 'date', value: iso, before };
  }
  if (MANY_PERIODS.test(core)) return { ...base, kind: 'unresolved', value: written, problem: 'ghi nhiều kỳ hạn' };
  const period = periodYear(core);
  if (period !== undefined) {
    if (period === null && year === null) return { ...base, kind: 'unresolved', value: written, problem: 'không rõ năm' };
    return { ...base, kind: 'period', value: written };
  }
  return { ...base, kind: 'text', value: written };
}

/** The year a period names (null when it names none), or undefined when `core` is not a period. */
function periodYear(core: string): number | null | undefined {
  const q = QUARTER.exec(core);
  if (q !== null && ROMAN_Q[q[1] ?? ''] !== undefined) return q[2] === undefined ? null : Number(q[2]);
  const m = MONTH.exec(core);
  if (m !== null && Number(m[1]) >= 1 && Number(m[1]) <= 12) return m[2] === undefined ? null : Number(m[2]);
  const y = YEAR.exec(core);
  if (y !== null) return Number(y[1]);
  const h = HALF.exec(core);
  if (h !== null) return h[2] === undefined ? null : Number(h[2]);
  return undefined;
}

function validIso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The single year a text names ("… năm 2026", "Thời gian (Năm 2026)"), or null (none, or a span of years). */
export function yearNamed(text: string): number | null {
  const f = fold(text);
  if (/giai doan|\d{4}\s*[-–]\s*\d{4}/u.test(f)) return null;
  const years = [...f.matchAll(/(?<!\d)(?:nam\s+)(\d{4})(?!\d)/gu)].map((m) => Number(m[1]));
  const unique = [...new Set(years)];
  return unique.length === 1 ? (unique[0] ?? null) : null;
}

/** The years a title names as a period ("giai đoạn 2026 - 2030", "2026–2030"); null when it names none. */
export function periodNamed(text: string): { from: number; to: number } | null {
  const m = /(?<!\d)(\d{4})\s*[-–—]\s*(\d{4})(?!\d)/u.exec(fold(text));
  if (!m) return null;
  const [from, to] = [Number(m[1]), Number(m[2])];
  return from >= 1945 && to > from && to - from <= 20 ? { from, to } : null;
}

/**
 * The text to keep beside ParsedTask.deadline: the wording when the reading dropped it ("Trước ngày 20/11/2024"
 * read as 2024-11-20, "Thường xuyên" read as no date), null when the deadline already says it all ("30/6/2024").
 */
export function writtenBeside(d: DeadlineReading): string | null {
  if (d.value === d.written || d.written === '') return null;
  if (d.kind === 'date' && parseDateVi(d.written) !== null) return null;
  return d.written;
}
