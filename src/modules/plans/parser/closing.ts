/**
 * The end of a document: recipients ("Nơi nhận:"), the signature block and the report deadline.
 */
import { fold, parseDateVi } from '../../../platform/text';
import { personNameCase, signerTitleCase } from './casing';
import type { PlanSigner } from './types';
import { isUpperText, splitBullet } from './vn-text';

/** What the closing block says and where it ends. */
export interface ClosingInfo {
  recipients: string[];
  recipientsFound: boolean;
  signer: PlanSigner | null;
  /** Index of the first line after the closing block. */
  end: number;
}

const AUTHORITY = /^(?:tm|kt|tl|tuq|q)\.\s*(\S.*)$/u;
const SIGNER_TITLES = new Set([
  'chu tich', 'pho chu tich', 'giam doc', 'pho giam doc', 'truong ban', 'pho truong ban', 'chanh van phong',
  'pho chanh van phong', 'bi thu', 'pho bi thu', 'truong phong', 'pho truong phong', 'thu truong', 'bo truong',
  'cuc truong', 'vien truong', 'hieu truong', 'chanh thanh tra',
]);
const SIGNED_NOTE = /^[([]?\s*(?:da ky|ky ten|ky,|ky va|ky\)|chu ky|dong dau|da ky so)/u;
const RECIPIENT_NOTE = /\s*\((?:để\s+)?(?:b\/c|t\/h|p\/h|đ\/b|t\/d|ch\/đ|báo cáo|thực hiện|phối hợp|biết|chỉ đạo|theo dõi|tổng hợp|thi hành)\)\s*$/iu;
const CLOSING_SEARCH = 45;
const SURNAMES = new Set(
  ('nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh lo quach ha luong mai trinh doan ta ' +
    'luu cao vuong chu lam trieu thai to kieu hua khong mac nong hau luc tang giap thao vi sung giang tong khuat lai ' +
    'nghiem van la ong kim dieu chau thach').split(' '),
);

const AUTHORITY_START = /(?:^|\s)(?=(?:TM|KT|TL|TUQ|Q)\.\s)/u;

/**
 * Splits a signature block whose lines were joined by spaces ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Ngọc Phúc",
 * "PHÓ CHỦ TỊCH Nguyễn Ngọc Phúc") into its lines: authorities, the signer's title, the name.
 */
export function splitSignatureRun(line: string): string[] {
  const words = line.split(/\s+/u);
  let k = words.length;
  while (k > 0 && /^\p{Lu}\p{Ll}+$/u.test(words[k - 1] ?? '')) k--;
  const nameWords = words.length - k;
  const upper = words.slice(0, k).join(' ');
  if (k === 0 || (nameWords !== 0 && (nameWords < 2 || nameWords > 5)) || !isUpperText(upper)) return [line];
  const parts = upper.split(AUTHORITY_START).map((p) => p.trim()).filter((p) => p !== '');
  const last = parts[parts.length - 1] ?? '';
  const isSignature = parts.length > 1 || AUTHORITY.test(fold(last)) || isSignerTitleLine(last);
  if (!isSignature || (parts.length === 1 && nameWords === 0 && !AUTHORITY.test(fold(last)))) return [line];
  const out = [...parts.slice(0, -1), ...(AUTHORITY.test(fold(last)) ? splitTitleTail(last) : [last])];
  if (nameWords > 0) out.push(words.slice(k).join(' '));
  return out.length === 1 ? [line] : out;
}

/** "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" → "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH": the longest signer title ending the line. */
function splitTitleTail(part: string): string[] {
  const words = part.split(/\s+/u);
  // The authority keeps its office ("KT. CHỦ TỊCH"): at least two words before the title.
  for (let i = 2; i < words.length; i++) {
    const tail = words.slice(i).join(' ');
    if (SIGNER_TITLES.has(fold(tail))) return [words.slice(0, i).join(' '), tail];
  }
  return [part];
}

/** Returns true for a signature authority line ("KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"). */
export function isAuthorityLine(line: string): boolean {
  return isUpperText(line) && AUTHORITY.test(fold(line));
}

/** Returns true for a bare signer title in capitals ("CHỦ TỊCH", "GIÁM ĐỐC"). */
function isSignerTitleLine(line: string): boolean {
  return isUpperText(line) && SIGNER_TITLES.has(fold(line));
}

/** Returns true for the "Nơi nhận:" line. */
export function isRecipientsLine(line: string): boolean {
  return /^noi nhan\b/u.test(fold(line));
}

/** Finds where the closing block starts (recipients or signature), searching from `from`; -1 if none. */
export function findClosingStart(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const l = lines[i] ?? '';
    if (isRecipientsLine(l) || isAuthorityLine(l) || isSignerTitleLine(l)) return i;
  }
  return -1;
}

/** Reads recipients and the signer from the closing block starting at `start`. */
export function readClosing(lines: readonly string[], start: number): ClosingInfo {
  const stop = Math.min(lines.length, start + CLOSING_SEARCH);
  let end = start;
  let recipients: string[] = [];
  let recipientsFound = false;
  const r = indexIn(lines, start, stop, isRecipientsLine);
  if (r >= 0) {
    recipientsFound = true;
    const list = readRecipientList(lines, r, stop);
    recipients = list.items;
    end = Math.max(end, list.end);
  }
  const signerAt = indexIn(lines, start, stop, (l) => isAuthorityLine(l) || isSignerTitleLine(l));
  let signer: PlanSigner | null = null;
  if (signerAt >= 0) {
    const s = readSigner(lines, signerAt, stop);
    signer = s.signer;
    end = Math.max(end, s.end);
  }
  return { recipients, recipientsFound, signer, end };
}

function readRecipientList(lines: readonly string[], at: number, stop: number): { items: string[]; end: number } {
  const items: string[] = [];
  const first = (lines[at] ?? '').replace(/^[^:]*:\s*/u, '').trim();
  if (first !== '' && !isRecipientsLine(first)) items.push(first);
  let i = at + 1;
  for (; i < stop; i++) {
    const line = lines[i] ?? '';
    if (line === '') {
      const next = lines.slice(i + 1, stop).find((l) => l !== '');
      if (next === undefined || splitBullet(next).bullet === null) break;
      continue;
    }
    if (isAuthorityLine(line) || isSignerTitleLine(line)) break;
    const { bullet, text } = splitBullet(line);
    if (bullet !== null || items.length === 0) items.push(text);
    else items[items.length - 1] = `${items[items.length - 1] ?? ''} ${text}`;
  }
  const cleaned = items
    // "- Bộ Nội vụ; - Thường trực Tỉnh ủy; …" written in one paragraph.
    .flatMap((t) => t.split(/\s*;\s*[-–+•]\s+/u))
    .map((t) => splitBullet(t).text)
    .map((t) => t.replace(/[\s;,.]+$/u, '').replace(RECIPIENT_NOTE, '').replace(/[\s;,.]+$/u, '').trim())
    // "Lưu: VT, …" is the archive copy, not a recipient.
    .filter((t) => t !== '' && !/^luu\s*[:.]?\s*(?:vt|van thu|$)|^luu\s*:/u.test(fold(t)));
  return { items: cleaned, end: i };
}

function readSigner(lines: readonly string[], at: number, stop: number): { signer: PlanSigner | null; end: number } {
  const head = lines[at] ?? '';
  const authority = AUTHORITY.exec(fold(head));
  let title = authority === null ? head : head.replace(/^\S+\.\s*/u, '');
  let i = at + 1;
  // "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": the title is the first line that is no authority.
  for (let hop = 0; authority !== null && hop < 3; hop++) {
    const next = nextNonBlank(lines, i, stop);
    const line = next >= 0 ? (lines[next] ?? '') : '';
    if (next < 0 || !isUpperText(line) || SIGNED_NOTE.test(fold(line)) || isPersonName(line)) break;
    title = isAuthorityLine(line) ? line.replace(/^\S+\.\s*/u, '') : line;
    i = next + 1;
    if (!isAuthorityLine(line)) break;
  }
  for (; i < stop; i++) {
    const line = lines[i] ?? '';
    if (line === '' || SIGNED_NOTE.test(fold(line))) continue;
    if (isPersonName(line)) return { signer: { name: personNameCase(line), title: signerTitleCase(title) }, end: i + 1 };
    if (isRecipientsLine(line)) break;
  }
  return { signer: null, end: i };
}

/** Returns true for a line that looks like a person's full name ("Vũ Thị Hiền Hạnh", "NGUYỄN VĂN AN"). */
function isPersonName(line: string): boolean {
  const words = line.split(/\s+/u);
  if (words.length < 2 || words.length > 6 || /[\d:;,()]/u.test(line)) return false;
  if (isSignerTitleLine(line) || isAuthorityLine(line)) return false;
  // A name in capitals is told from a title in capitals by its family name.
  if (isUpperText(line)) return SURNAMES.has(fold(words[0] ?? ''));
  return words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w));
}

/** Finds "báo cáo … trước ngày 20/11/2024" (or "… 20/11" with `year`) and returns the ISO date. */
export function readReportDeadline(lines: readonly string[], year: number | null): string | null {
  const re = /(?:truoc|cham nhat(?: la)?|han chot|khong muon hon)\s*(?:ngay\s*)?(\d{1,2})\s*(?:[/.-]|thang)\s*(\d{1,2})(?:\s*(?:[/.-]|nam)\s*(\d{4}))?/u;
  for (const line of lines) {
    for (const sentence of line.split(/(?<=[.;])\s+/u)) {
      const f = fold(sentence);
      if (!f.includes('bao cao')) continue;
      const m = re.exec(f);
      if (m === null) continue;
      const y = m[3] ?? (year === null ? null : String(year));
      if (y === null) continue;
      const iso = parseDateVi(`${m[1] ?? ''}/${m[2] ?? ''}/${y}`);
      if (iso !== null) return iso;
    }
  }
  return null;
}

function indexIn(lines: readonly string[], from: number, to: number, test: (l: string) => boolean): number {
  for (let i = from; i < to; i++) if (test(lines[i] ?? '')) return i;
  return -1;
}

function nextNonBlank(lines: readonly string[], from: number, to: number): number {
  for (let i = from; i < to; i++) if ((lines[i] ?? '') !== '') return i;
  return -1;
}
