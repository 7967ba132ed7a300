/**
 * Finding the title of a draft in its preamble: the type heading ("NGHỊ QUYẾT") plus the subject lines
 * up to the issuing authority or the first "Căn cứ", with a subject in capitals put in sentence case.
 */
import { fold } from '../../../platform/text';
import { headingMarker, isTableRow } from './markers';

const DOC_TYPES = [
  'NGHỊ QUYẾT', 'QUYẾT ĐỊNH', 'CHỈ THỊ', 'NGHỊ ĐỊNH', 'THÔNG TƯ LIÊN TỊCH', 'THÔNG TƯ', 'LUẬT', 'PHÁP LỆNH', 'QUY ĐỊNH',
  'QUY CHẾ', 'KẾ HOẠCH', 'ĐỀ ÁN', 'CHƯƠNG TRÌNH',
];
const TYPE_HEADING = new RegExp(`^(${DOC_TYPES.join('|')})(?=$|[\\s(:])\\s*(?:\\((?:dự thảo|DỰ THẢO|Dự thảo)[^)]*\\)\\s*)?(.*)$`, 'u');
const DRAFT_MARK = /^\(?\s*(?:dự thảo|DỰ THẢO|Dự thảo)(?:\s+(?:lần|LẦN|số|SỐ)?\s*[\d.]+)?\s*\)?$/u;
const SEPARATOR = /^[-_=*.…\s]{3,}$/u;
const PLACE_DATE = /^([^,]{2,40}),\s*ngày\b/iu;
const STOP_STARTS = ['can cu', 'xet to trinh', 'xet de nghi', 'theo de nghi', 'thuc hien'];
const AUTHORITY_STARTS = ['hoi dong nhan dan', 'uy ban nhan dan', 'chu tich', 'bo truong', 'khoa ', 'ky hop', 'thu tuong'];
const ACRONYMS = new Set(['HĐND', 'UBND', 'MTTQ', 'QPPL', 'THCS', 'THPT', 'BHXH', 'BHYT', 'OCOP', 'CNTT', 'KT-XH', 'TT&TT', 'GD&ĐT']);
const MAX_SUBJECT_LINES = 4;
const HEADER_WINDOW = 15;

/** The title of the draft whose preamble lines (trimmed) are given, or null when none can be found. */
export function findTitle(lines: readonly string[]): string | null {
  const proper = properNames(lines);
  for (let i = 0; i < lines.length; i++) {
    const m = TYPE_HEADING.exec(lines[i] ?? '');
    if (m === null || (m[2] ?? '').startsWith(':')) continue;
    const subject = collect(lines, i + 1, m[2] === '' ? [] : [m[2] ?? '']);
    const text = subject.join(' ').trim();
    return text === '' ? (m[1] ?? null) : `${m[1] ?? ''} ${sentenceCase(text, proper)}`;
  }
  let start = 0;
  for (let i = 0; i < Math.min(lines.length, HEADER_WINDOW); i++) if (isHeaderLine(lines[i] ?? '')) start = i + 1;
  const heading = collect(lines, start, []).join(' ').trim();
  return heading === '' ? null : heading;
}

/** Lines from `from` up to a blank line (after some text), a stop line or the limit. */
function collect(lines: readonly string[], from: number, first: string[]): string[] {
  const out = first;
  for (let i = from; i < lines.length && out.length < MAX_SUBJECT_LINES; i++) {
    const line = lines[i] ?? '';
    if (line === '') {
      if (out.length > 0) break;
      continue;
    }
    if (DRAFT_MARK.test(line)) continue;
    if (isStop(line)) break;
    out.push(line);
  }
  return out;
}

function isStop(line: string): boolean {
  const f = fold(line);
  if (STOP_STARTS.some((s) => f.startsWith(s))) return true;
  if (isUpper(line) && AUTHORITY_STARTS.some((s) => f.startsWith(s))) return true;
  return SEPARATOR.test(line) || isTableRow(line) || headingMarker(line) !== null;
}

function isHeaderLine(line: string): boolean {
  const f = fold(line);
  return (
    f.includes('cong hoa xa hoi chu nghia') || f.startsWith('doc lap') || f.startsWith('so:') || (f.startsWith('so ') && line.includes('/')) ||
    SEPARATOR.test(line) || PLACE_DATE.test(line) || DRAFT_MARK.test(line) || isTableRow(line) ||
    (isUpper(line) && AUTHORITY_STARTS.concat(['tinh ', 'thanh pho ', 'huyen ']).some((s) => f.startsWith(s)))
  );
}

function isUpper(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

/** Place names to restore after lower-casing: the place of the date line and the locality of the issuer. */
function properNames(lines: readonly string[]): string[] {
  const names = new Set<string>(['Việt Nam']);
  for (const line of lines.slice(0, HEADER_WINDOW)) {
    const place = PLACE_DATE.exec(line)?.[1]?.trim();
    if (place !== undefined && !/\d/u.test(place)) names.add(place);
    const locality = /^(?:TỈNH|THÀNH PHỐ)\s+(\p{Lu}[\p{Lu}\s]*)$/u.exec(line)?.[1];
    if (locality !== undefined) names.add(locality.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_m, s: string, c: string) => s + c.toUpperCase()));
  }
  return [...names];
}

/** "QUY ĐỊNH MỨC HỖ TRỢ … TỈNH LẠNG SƠN" → "Quy định mức hỗ trợ … tỉnh Lạng Sơn"; mixed case only gets a capital first letter. */
export function sentenceCase(s: string, proper: readonly string[]): string {
  if (!isUpper(s)) return capitalise(s);
  let out = s
    .split(/\s+/u)
    .map((w) => (/[\d/]/u.test(w) || ACRONYMS.has(w.replace(/[^\p{L}&-]/gu, '')) ? w : w.toLowerCase()))
    .join(' ');
  for (const name of proper) out = out.split(name.toLowerCase()).join(name);
  return capitalise(out);
}

function capitalise(s: string): string {
  return s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}
