/**
 * Text of the fixed NĐ 30 lines: "Số: …", the place-and-date line, "Nơi nhận" items and "Kính gửi" items.
 */
import { fold, formatPlaceDateLine } from '../text';
import { BLANK_DAY, BLANK_NUMBER } from './nd30-spec';

/** Rejects the "CV" code, which NĐ 30 does not define for Công văn (VB-05). */
function assertNoCvCode(code: string): void {
  if (/\/\s*CV\s*-/i.test(code)) {
    throw new RangeError(`"${code}": NĐ 30 has no "CV" code; a Công văn is numbered "<n>/<ISSUER>-<UNIT>" (e.g. 1234/UBND-VX)`);
  }
}

/**
 * Formats the number line: "15/BC-UBND" → "Số: 15/BC-UBND", a one-digit number gets its leading zero
 * (VB-03, "5/BC-UBND" → "Số: 05/BC-UBND"); null → "Số:" + blanks + suffix for the clerk to fill in.
 */
export function numberLine(number: string | null, suffix?: string): string {
  if (number !== null && number.trim() !== '') {
    const n = number.normalize('NFC').trim().replace(/^số\s*:\s*/iu, '').replace(/^(\d)(?=\/)/, '0$1');
    assertNoCvCode(n);
    return `Số: ${n}`;
  }
  const s = (suffix ?? '').normalize('NFC').trim();
  const code = s === '' || s.startsWith('/') ? s : `/${s}`;
  assertNoCvCode(code);
  return `Số:${BLANK_NUMBER}${code === '' ? '/' : code}`;
}

/** Drops a leading "tỉnh", since the place name of a provincial body is written without it (VB-07). */
export function placeName(place: string): string {
  const p = place.normalize('NFC').trim();
  return fold(p).startsWith('tinh ') ? p.replace(/^\S+\s+/u, '') : p;
}

/**
 * Formats the place-and-date line ("Yên Bái, ngày 20 tháng 11 năm 2024"); a null date prints blanks
 * for day, month and the last year digits, to be written by hand when the document is issued.
 */
export function placeDateText(place: string, date: string | null): string {
  const p = placeName(place);
  if (date !== null) return formatPlaceDateLine(p, date);
  const blank = `ngày${BLANK_DAY}tháng${BLANK_DAY}năm 20..`;
  return p === '' ? blank : `${p}, ${blank}`;
}

/** Strips list dashes and trailing punctuation so items can be re-punctuated uniformly. */
function bareItem(item: string): string {
  return item
    .normalize('NFC')
    .trim()
    .replace(/^[-–+•]\s*/u, '')
    .replace(/[\s;.,]+$/u, '')
    .trim();
}

/** True for the archive line ("Lưu: VT, VX."), found tone- and case-insensitively. */
function isArchiveItem(item: string): boolean {
  return /^luu\s*:/.test(fold(item));
}

/**
 * Normalises the "Nơi nhận" list (VB-10): every item "- X;", the archive line last as "- Lưu: …."
 * ("- Lưu: VT." when none is given).
 */
export function recipientLines(recipients: readonly string[]): string[] {
  const items = recipients.map(bareItem).filter((s) => s !== '');
  const archive = items.find(isArchiveItem) ?? 'Lưu: VT';
  const others = items.filter((s) => !isArchiveItem(s));
  return [...others.map((s) => `- ${s};`), `- ${archive.replace(/^\S+\s*:\s*/u, 'Lưu: ')}.`];
}

/** Punctuates "Kính gửi" addressees: a single one ends with ".", several become "- A;" … "- Z.". */
export function kinhGuiLines(addressees: readonly string[]): string[] {
  const items = addressees.map(bareItem).filter((s) => s !== '');
  if (items.length <= 1) return items.map((s) => `${s}.`);
  return items.map((s, i) => `- ${s}${i === items.length - 1 ? '.' : ';'}`);
}
