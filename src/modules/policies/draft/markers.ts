/**
 * Recognising the structural markers of a Vietnamese legal text line by line
 * ("Chương II", "Mục 1.", "Điều 3.", "2.", "đ)"), plus closing and table lines.
 */
import { fold } from '../../../platform/text';
import type { NodeKind } from './types';

/** A line that opens a structural unit. */
export interface Marker {
  kind: NodeKind;
  /** Number as written (roman numerals upper-cased, "thứ nhất" lower-cased, leading zeros of khoản dropped). */
  number: string;
  /** Text after the marker on the same line. */
  rest: string;
  /** True when the marker was followed by a separator (".", ":", "-") rather than directly by text. */
  separated: boolean;
}

/** Depth of each kind in the hierarchy; a node is a child of the nearest open node of smaller depth. */
export const DEPTH: Record<NodeKind, number> = { phan: 0, chuong: 1, muc: 2, tieu_muc: 3, dieu: 4, khoan: 5, diem: 6 };

/** Vietnamese order of điểm letters (no f, j, w, z; đ after d). */
export const DIEM_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

// After the number: end of line, or whitespace / a separator. `\b` is ASCII-only in JS, hence the lookahead.
const END = String.raw`(?=$|[\s.:\-–—])`;
const TAIL = String.raw`\s*([.:\-–—])?\s*(.*)$`;
const HEADINGS: ReadonlyArray<{ kind: NodeKind; re: RegExp }> = [
  { kind: 'phan', re: new RegExp(String.raw`^(?:Phần|PHẦN)\s+((?:thứ|THỨ)\s+\p{L}+|[IVXLC]+|\d{1,3})${END}${TAIL}`, 'u') },
  { kind: 'chuong', re: new RegExp(String.raw`^(?:Chương|CHƯƠNG)\s+([IVXLC]+|\d{1,3})${END}${TAIL}`, 'u') },
  { kind: 'tieu_muc', re: new RegExp(String.raw`^(?:Tiểu mục|TIỂU MỤC)\s+(\d{1,3}|[IVXLC]+)${END}${TAIL}`, 'u') },
  { kind: 'muc', re: new RegExp(String.raw`^(?:Mục|MỤC)\s+(\d{1,3}|[IVXLC]+)${END}${TAIL}`, 'u') },
  { kind: 'dieu', re: new RegExp(String.raw`^(?:Điều|ĐIỀU)\s+(\d{1,4}[a-zđ]?)${END}${TAIL}`, 'u') },
];
// "1. text" — the dot must be followed by a space or end the line, so "1.000.000 đồng" is not a khoản.
const KHOAN = /^(\d{1,3})\s?\.(?:\s+(.*))?$/u;
const DIEM = /^([a-zđ])\s?[).](?:\s+(.*))?$/u;
const QUOTED = /^["“‘'«(]/u;
/** Lines that open the closing block: "Nơi nhận:", "TM. HỘI ĐỒNG NHÂN DÂN", "KT. CHỦ TỊCH", a bare "CHỦ TỊCH". */
const RECIPIENTS = /^(?:nơi nhận|nơi gửi)(?=$|[\s:])/iu;
const SIGN_FOR = /^(?:(?:TM|KT|TL|TUQ|Q)\s?\.|T\/M)\s*\p{Lu}/u;
const SIGNER_TITLES = ['chu tich', 'pho chu tich', 'giam doc', 'pho giam doc', 'bo truong', 'thu truong', 'chanh van phong'];
const DANGLING = new Set(['tai', 'theo', 'cua', 'va', 'hoac', 'khoan', 'diem', 'dieu', 'muc', 'chuong', 'cac', 'voi', 'nhu', 'tu', 'den', 'trong', 'thuoc', 've', 'la', 'so']);

/** True for a table row produced by the .docx reader ("ô 1 | ô 2"). */
export function isTableRow(line: string): boolean {
  return line.includes(' | ') || line.endsWith(' |');
}

/** Reads a Phần/Chương/Mục/Tiểu mục/Điều heading, or null. "Điều 5 của Luật …" (no separator, lower-case next word) is not one. */
export function headingMarker(line: string): Marker | null {
  if (isTableRow(line)) return null;
  for (const { kind, re } of HEADINGS) {
    const m = re.exec(line);
    if (m === null) continue;
    const sep = m[2];
    const rest = (m[3] ?? '').trim();
    if (sep === undefined && rest !== '' && !/^\p{Lu}/u.test(rest)) return null;
    return { kind, number: normaliseNumber(kind, m[1] ?? ''), rest, separated: sep !== undefined };
  }
  return null;
}

/** Reads a khoản ("2. …") or điểm ("a) …", "đ. …") marker, or null. */
export function itemMarker(line: string): Marker | null {
  if (isTableRow(line) || QUOTED.test(line)) return null;
  const k = KHOAN.exec(line);
  if (k !== null) return { kind: 'khoan', number: String(Number(k[1])), rest: (k[2] ?? '').trim(), separated: true };
  const d = DIEM.exec(line);
  if (d !== null) return { kind: 'diem', number: d[1] ?? '', rest: (d[2] ?? '').trim(), separated: true };
  return null;
}

/** True when a line starts the closing block (recipients, signature). */
export function isClosingStart(line: string): boolean {
  if (RECIPIENTS.test(line) || SIGN_FOR.test(line)) return true;
  if (/\p{Ll}/u.test(line) || line.length > 40) return false;
  const f = fold(line);
  return SIGNER_TITLES.some((t) => f === t || f.startsWith(`${t} `));
}

/** True when a line ends with a word that cannot end a sentence ("… quy định tại khoản"), so the next line continues it. */
export function endsDangling(line: string): boolean {
  if (/[.:;!?”"')]$/u.test(line)) return false;
  const words = fold(line).split(' ');
  return DANGLING.has(words[words.length - 1] ?? '');
}

/** Label of a node: "Điều 3", "Khoản 2", "Điểm a", "Chương II", "Tiểu mục 1". */
export function labelOf(kind: NodeKind, number: string): string {
  const names: Record<NodeKind, string> = {
    phan: 'Phần', chuong: 'Chương', muc: 'Mục', tieu_muc: 'Tiểu mục', dieu: 'Điều', khoan: 'Khoản', diem: 'Điểm',
  };
  return `${names[kind]} ${number}`;
}

/** The anchor piece of one level: "dieu-10a", "chuong-ii", "diem-dd" (đ → dd so that it differs from d). */
export function anchorPiece(kind: NodeKind, number: string): string {
  const num = number
    .toLowerCase()
    .replace(/đ/gu, 'dd')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return `${kind.replace('_', '-')}-${num}`;
}

function normaliseNumber(kind: NodeKind, raw: string): string {
  if (kind === 'phan' && /^thứ/iu.test(raw)) return raw.toLowerCase().replace(/\s+/gu, ' ');
  if (/^\d+$/u.test(raw)) return String(Number(raw));
  return kind === 'dieu' ? raw.replace(/^0+(?=\d)/u, '') : raw.toUpperCase();
}
