/**
 * Parsing and finding Vietnamese-written dates ("17/01/2024", "ngày 17 tháng 01 năm 2024", …).
 *
 * Matching runs on the folded text (lowercase, no accents, single spaces), so accents,
 * case, NBSP and extra spaces do not matter: "Ngày 17 tháng 1 năm 2024" and
 * "ngay  17 thang 01 nam 2024" are the same date. Years must have four digits.
 */
import { fold, foldWithOffsets } from './normalize';
import { type IsoDate, isValidYmd, ymdToIso } from './iso-date';

/** "ngày 17 tháng 01 năm 2024" (folded): groups day, month, year. */
const WORDS = String.raw`(\d{1,2}) ?thang ?(\d{1,2}) ?,? ?nam ?(\d{4})`;
/** "17/01/2024", "17-1-2024", "17.01.2024" (same separator twice): groups day, sep, month, year. */
const DMY = String.raw`(\d{1,2})([/.\-])(\d{1,2})\5(\d{4})`;
/** "2024-01-17": groups year, month, day. */
const YMD = String.raw`(\d{4})-(\d{2})-(\d{2})`;

/** Not glued to a preceding word/number, nor the tail of a code like "CT-TTg/…". */
const NOT_AFTER_CODE = String.raw`(?<![\p{L}\p{N}]|[\p{L}\p{N}][/.\-])`;
/** Not glued to a following word/number, nor the head of a code like "…/NQ-HĐND". */
const NOT_BEFORE_CODE = String.raw`(?![\p{L}\p{N}]|[/.\-][\p{L}\p{N}])`;

const WHOLE = new RegExp(String.raw`^(?:ngay ?)?(?:${WORDS}|${DMY}|${YMD})$`, 'u');
const IN_TEXT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:ngay ?)?${WORDS}(?![\p{L}\p{N}])|${NOT_AFTER_CODE}(?:${DMY}|${YMD})${NOT_BEFORE_CODE}`,
  'gu',
);

/** A date found inside a longer text: `index`/`length` are positions in the ORIGINAL string. */
export interface FoundDateVi {
  iso: IsoDate;
  index: number;
  length: number;
}

/** Turns the capture groups of WHOLE / IN_TEXT into a validated IsoDate, or null. */
function isoFromGroups(m: RegExpExecArray): IsoDate | null {
  let day: string | undefined;
  let month: string | undefined;
  let year: string | undefined;
  if (m[1] !== undefined) [day, month, year] = [m[1], m[2], m[3]];
  else if (m[4] !== undefined) [day, month, year] = [m[4], m[6], m[7]];
  else [year, month, day] = [m[8], m[9], m[10]];
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  return isValidYmd(y, mo, d) ? ymdToIso(y, mo, d) : null;
}

/**
 * Parses a whole string that is one Vietnamese or ISO date ("17/01/2024", "17/1/2024", "17-01-2024",
 * "17.01.2024", "2024-01-17", "ngày 17 tháng 01 năm 2024", "17 tháng 1 năm 2024", accents optional),
 * returning its IsoDate, or null for anything else (impossible days, two-digit years, extra text).
 */
export function parseDateVi(s: string): IsoDate | null {
  const m = WHOLE.exec(fold(s));
  return m === null ? null : isoFromGroups(m);
}

/**
 * Finds every date inside `text` (same forms as `parseDateVi`), in order, skipping impossible days and
 * document numbers such as "07/CT-TTg" or "15/2023/NQ-HĐND". Word-form matches start at "ngày" when present.
 */
export function findDatesVi(text: string): FoundDateVi[] {
  const folded = foldWithOffsets(text);
  const found: FoundDateVi[] = [];
  IN_TEXT.lastIndex = 0;
  for (let m = IN_TEXT.exec(folded.text); m !== null; m = IN_TEXT.exec(folded.text)) {
    const iso = isoFromGroups(m);
    if (iso === null) continue;
    const start = folded.starts[m.index] ?? 0;
    const end = folded.ends[m.index + m[0].length - 1] ?? start;
    found.push({ iso, index: start, length: end - start });
  }
  return found;
}
