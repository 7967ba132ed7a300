/**
 * Document numbers ("14/KH-UBND", "05/2024/QĐ-UBND", "456/UBND-NC") and document-type names.
 */
import { fold } from '../../../platform/text';
import { DOC_KINDS } from '../doc-kinds';

/** A document number inside running text: digits, optional year, then a code starting with a capital. */
export const DOC_NUMBER_SOURCE = String.raw`\d{1,5}[a-zđ]?(?:\/\d{4})?\/[A-ZĐ][\p{L}\d&.]*(?:[-–][\p{L}\d&.]+)*`;
/** A Party document's number: "06-CTr/TU", "35-KL/TW", "09-NQ/TU", "12-HD/BTGTU". */
export const PARTY_NUMBER_SOURCE = String.raw`\d{1,5}-[A-ZĐ][\p{L}]{0,4}\/[A-ZĐ][\p{Lu}\d]{1,9}`;
const PARTY_NUMBER = new RegExp(String.raw`^(\d{1,5})-([A-ZĐ][\p{L}]{0,4})\/`, 'u');
const NUMBER_LINE = new RegExp(String.raw`^s[oố]\s*[:.]?\s*(${PARTY_NUMBER_SOURCE}|${DOC_NUMBER_SOURCE})`, 'iu');
// A draft leaves the number blank: "Số:      /KH-UBND", "Số: …/QĐ-UBND", "Số: ......./UBND-VP".
const BLANK_NUMBER_LINE = /^s[oố]\s*[:.]?\s*[._…]*\s*\/\s*([A-ZĐ][\p{L}\d&.]*(?:\s?[-–]\s?[\p{L}\d&.]+)*)/iu;
// OCR and hand typing put spaces around the slash ("157 /KH-SNV", "157/ KH-SNV").
const SPACED_SLASH = /(?<=^s[oố]\s*[:.]?\s*[\d/\p{L}]*\d)\s*\/\s*|(?<=^s[oố]\s*[:.]?\s*\d[\d/]*)\/\s+/iu;

/** Type abbreviations of NĐ 30/2020 App. III (plus legal-document types), canonical spelling. */
export const TYPE_ABBREVIATIONS: readonly string[] = Object.keys(DOC_KINDS).filter((k) => k !== 'CV');
// Spellings without "Đ" that are still unambiguous ("QD" can only mean QĐ; "HD" cannot be fixed).
const UNACCENTED = new Map([['qd', 'QĐ'], ['nd', 'NĐ'], ['qyd', 'QyĐ'], ['cd', 'CĐ']]);

// The types whose name stands as a document's heading ("KẾ HOẠCH"), in the order they are tried.
const HEADING_TYPES = ['KH', 'QĐ', 'BC', 'TB', 'CT', 'HD', 'CTr', 'TTr', 'NQ', 'PA', 'ĐA', 'CĐ', 'QC', 'QyĐ', 'CV', 'PL'];

/** Document-type headings (folded) → type abbreviation and display name. */
const TYPE_NAMES: ReadonlyArray<readonly [string, string, string]> = HEADING_TYPES.map((a) => [fold(DOC_KINDS[a]!.vi), a, DOC_KINDS[a]!.vi] as const);

/** A recognised document-type heading. */
export interface DocType {
  abbreviation: string;
  name: string;
}

/** Reads the number from a "Số: 14/KH-UBND" line, or null when the line is not one. */
export function numberFromLine(line: string): string | null {
  const m = NUMBER_LINE.exec(line.trim().replace(SPACED_SLASH, '/'));
  if (m === null) return null;
  return normalizeNumber(m[1] ?? '');
}

/** Reads the code of a number left blank in a draft ("Số:    /KH-UBND" → "KH-UBND"), or null. */
export function blankNumberCode(line: string): string | null {
  if (numberFromLine(line) !== null) return null;
  const m = BLANK_NUMBER_LINE.exec(line.trim());
  return m === null ? null : normalizeNumber((m[1] ?? '').replace(/\s+/gu, ''));
}

/** Normalises dashes and stray trailing punctuation of a document number. */
export function normalizeNumber(n: string): string {
  return n.replace(/–/gu, '-').replace(/[.,;:]+$/u, '');
}

/** Returns the type abbreviation of a number ("14/KH-UBND" → "KH"), "CV" when it has none ("456/UBND-NC"). */
export function kindOfNumber(n: string): string {
  const party = PARTY_NUMBER.exec(n);
  if (party !== null) return TYPE_ABBREVIATIONS.find((t) => t.toLowerCase() === (party[2] ?? '').toLowerCase()) ?? 'CV';
  const code = n.split('/').pop() ?? '';
  const head = code.split('-')[0] ?? '';
  if (!code.includes('-')) return 'CV';
  const exact = TYPE_ABBREVIATIONS.find((t) => t.toLowerCase() === head.toLowerCase());
  if (exact !== undefined) return exact;
  return UNACCENTED.get(head.toLowerCase()) ?? 'CV';
}

/** Recognises a heading that is exactly a document-type name ("KẾ HOẠCH", "QUYẾT ĐỊNH"), not "QUYẾT ĐỊNH:". */
export function docTypeOfHeading(line: string): DocType | null {
  const f = fold(line);
  const hit = TYPE_NAMES.find(([key]) => f === key);
  return hit === undefined ? null : { abbreviation: hit[1], name: hit[2] };
}

/** Recognises an upper-case type word opening a longer heading ("KẾ HOẠCH Công tác ..."), returning the rest. */
export function docTypePrefix(line: string): { type: DocType; rest: string } | null {
  const f = fold(line);
  for (const [key, abbreviation, name] of TYPE_NAMES) {
    if (!f.startsWith(`${key} `)) continue;
    const words = key.split(' ').length;
    const parts = line.split(/\s+/u);
    const head = parts.slice(0, words).join(' ');
    if (head !== head.toUpperCase()) return null;
    return { type: { abbreviation, name }, rest: parts.slice(words).join(' ') };
  }
  return null;
}
