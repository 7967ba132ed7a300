/**
 * Small Vietnamese string helpers used across the parser (casing, bullets, punctuation).
 */
import { fold } from '../../../platform/text';

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const BULLET = /^([-–—+•*·▪◦●○])\s*/u;
const SEPARATOR_LINE = /^[-–—_=*.·\s|]{3,}$/u;

/**
 * Folds `s` one character at a time so the result has exactly the same length as `s`
 * (platform `fold` collapses spaces, which would break index mapping back to the written form).
 */
export function foldKeep(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch.length !== 1) {
      out += ch;
      continue;
    }
    if (/\s/u.test(ch)) {
      out += ' ';
      continue;
    }
    const f = fold(ch);
    if (f.length === 1) out += f;
    else {
      const low = ch.toLowerCase();
      out += low.length === 1 ? low : ch;
    }
  }
  return out;
}

/** Returns true when the line has at least two letters and none of them is lowercase ("TỈNH YÊN BÁI"). */
export function isUpperText(s: string): boolean {
  // Case mapping instead of a per-character regex: this runs on every line of the document.
  if (s.toUpperCase() !== s) return false;
  const lower = s.toLowerCase();
  if (lower.length !== s.length) return LOWER.test(s) === false && (s.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
  let letters = 0;
  for (let i = 0; i < s.length && letters < 2; i++) if (lower.charCodeAt(i) !== s.charCodeAt(i)) letters++;
  return letters >= 2;
}

/** Like isUpperText, ignoring document numbers and codes ("… SỐ 06-CTr/TU CỦA TỈNH ỦY" is a title in capitals). */
export function isUpperTitle(s: string): boolean {
  return isUpperText(s.split(/\s+/u).filter((w) => !/[\d/]/u.test(w)).join(' '));
}

/**
 * Returns true for the national motto lines of a header ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do -
 * Hạnh phúc"), which open their line; the country's name inside a title or a sentence ("… NGÀY PHÁP LUẬT NƯỚC CỘNG
 * HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "nước Cộng hòa xã hội …") is not one.
 */
export function isMottoLine(line: string): boolean {
  const f = foldKeep(line);
  if (/^\s*doc lap\s*[-–—]\s*tu do\s*[-–—]\s*hanh phuc/u.test(f)) return true;
  const m = /^\s*cong\s+hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s+nam/u.exec(f);
  if (m === null || !isUpperText(line.slice(0, m[0].length))) return false;
  // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM NĂM 2024" is the second line of a title in capitals.
  const rest = line.slice(m[0].length).trim();
  return rest === '' || f.slice(m[0].length).trim().startsWith('doc lap') || !isUpperText(rest);
}

/** Returns true for decorative separator lines such as "-------" or "____". */
export function isSeparatorLine(s: string): boolean {
  return SEPARATOR_LINE.test(s) && !LETTER.test(s);
}

/** Upper-cases the first letter of `s` (the rest untouched). */
export function capitalizeFirst(s: string): string {
  const i = s.search(LETTER);
  if (i < 0) return s;
  return s.slice(0, i) + (s[i] ?? '').toUpperCase() + s.slice(i + 1);
}

/** Lower-cases the first letter unless the first word is an acronym ("UBND") or a listed proper name. */
export function lowerFirstWord(s: string, keep: readonly string[] = []): string {
  const first = s.split(/\s+/u)[0] ?? '';
  const letters = [...first].filter((c) => LETTER.test(c));
  const acronym = letters.length > 1 && letters.slice(1).some((c) => UPPER.test(c));
  if (acronym || keep.some((k) => s.startsWith(k))) return s;
  const i = s.search(LETTER);
  if (i < 0) return s;
  return s.slice(0, i) + (s[i] ?? '').toLowerCase() + s.slice(i + 1);
}

/** Splits a leading list bullet ("- ", "+ ", "• ") off a line. */
export function splitBullet(line: string): { bullet: string | null; text: string } {
  const m = BULLET.exec(line);
  if (m === null) return { bullet: null, text: line };
  // A leading "-" glued to a digit is a negative number or range, not a bullet.
  if ((m[1] === '-' || m[1] === '–') && /^\d/u.test(line.slice(m[0].length)) && m[0].length === 1) {
    return { bullet: null, text: line };
  }
  return { bullet: m[1] ?? null, text: line.slice(m[0].length) };
}

/** Removes trailing ".", ";", "," and ":" (but keeps an ellipsis "..." that ends a quoted list). */
export function stripEndPunct(s: string): string {
  return s.replace(/\s*[.;,:]+$/u, '').trim();
}

/** Returns true when the folded form of `s` starts with one of the folded `prefixes` followed by a non-letter. */
export function foldStartsWith(s: string, prefixes: readonly string[]): boolean {
  const f = fold(s);
  return prefixes.some((p) => f.startsWith(p) && !/[a-z0-9]/u.test(f.charAt(p.length)));
}

/** Title-cases every word ("yên bái" → "Yên Bái"), used for place names. */
export function titleCaseWords(s: string): string {
  return s
    .split(' ')
    .map((w) => capitalizeFirst(w))
    .join(' ');
}

/** Escapes a string for literal use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}
