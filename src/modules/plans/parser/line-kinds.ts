/**
 * Recognising the structural shape of one prepared line: numbered headings, bullets, table rows.
 */
import { fold } from '../../../platform/text';
import { isSeparatorLine, splitBullet } from './vn-text';

/** The structural reading of a line. */
export type LineShape =
  | { kind: 'blank' }
  | { kind: 'roman'; label: string; text: string }
  | { kind: 'arabic'; path: number[]; text: string }
  | { kind: 'letter'; label: string; text: string }
  | { kind: 'article'; label: string; text: string }
  | { kind: 'row'; cells: string[] }
  | { kind: 'text'; text: string };

const ROMAN = /^([IVX]{1,5})\s*[.)/–-]\s+(\S.*)$/u;
const ROMAN_VALUE = /^(?:X{0,1})(?:IX|IV|V?I{0,3})$/u;
// A single number needs "." or ")" after it; dotted paths ("3.1 Tổ chức") may omit the final dot.
const ARABIC = /^(\d{1,2}(?:\.\d{1,2}){0,4})(?:\s*[.)]|(?<=\d\.\d{1,2})(?=\s))\s*(?=[\p{L}"“'‘(«])(.+)$/u;
const LETTER = /^([a-zđ])\s?[).]\s+(\S.*)$/u;
const ARTICLE = /^(?:Điều|ĐIỀU|Dieu|DIEU)\s+(\d{1,3})\s*[.:]\s*(.*)$/u;

/** The separator used between table cells in prepared lines (docx rows, flattened headers). */
export const CELL_SEPARATOR = ' | ';
/** The separator used between paragraphs that sat in one table cell. */
export const CELL_PARAGRAPH_SEPARATOR = ' / ';

/** Returns true when the line is a table row ("a | b"). */
export function isRow(line: string): boolean {
  return line.includes('|');
}

/** Splits a table-row line into trimmed cells. */
export function rowCells(line: string): string[] {
  return line.split('|').map((c) => c.trim());
}

/** Classifies one prepared (trimmed, cleaned) line. */
export function shapeOf(line: string): LineShape {
  if (line === '') return { kind: 'blank' };
  if (isRow(line)) return { kind: 'row', cells: rowCells(line) };
  const roman = ROMAN.exec(line);
  if (roman !== null && ROMAN_VALUE.test(roman[1] ?? '')) {
    return { kind: 'roman', label: roman[1] ?? '', text: roman[2] ?? '' };
  }
  const arabic = ARABIC.exec(line);
  if (arabic !== null) {
    const path = (arabic[1] ?? '').split('.').map(Number);
    if (path.every((n) => n > 0 && n < 100)) return { kind: 'arabic', path, text: (arabic[2] ?? '').trim() };
  }
  const article = ARTICLE.exec(line);
  if (article !== null) return { kind: 'article', label: article[1] ?? '', text: article[2] ?? '' };
  const letter = LETTER.exec(line);
  if (letter !== null) return { kind: 'letter', label: letter[1] ?? '', text: letter[2] ?? '' };
  return { kind: 'text', text: line };
}

/** Returns true when a line starts a new structural unit (number, letter, bullet, article, separator). */
export function startsStructure(line: string): boolean {
  if (line === '' || isSeparatorLine(line)) return true;
  if (splitBullet(line).bullet !== null) return true;
  const k = shapeOf(line).kind;
  return k !== 'text' && k !== 'row';
}

/** Returns true for the national motto lines that open every administrative document. */
export function isNationalHeader(line: string): boolean {
  const f = fold(line);
  return f.includes('cong hoa xa hoi chu nghia viet nam') || /^doc lap\s*[-–]\s*tu do\s*[-–]\s*hanh phuc/u.test(f);
}
