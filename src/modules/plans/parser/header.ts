/**
 * Reading the document header: issuer, number, place and date, type heading and subject (trích yếu).
 * Headers arrive as Word tables, as tables flattened by a website (one cell a line, the motto between the
 * issuer's lines), as PDF text read across both columns, or OCRed; the reading does not rely on their order.
 */
import { fold, parseDateVi } from '../../../platform/text';
import { localityOf, lowerTitle, organNameCase, provinceOfPlace } from './casing';
import { blankNumberCode, docTypeOfHeading, docTypePrefix, kindOfNumber, numberFromLine, type DocType } from './doc-number';
import { shapeOf } from './line-kinds';
import { foldStartsWith, isMottoLine, isSeparatorLine, isUpperText, isUpperTitle, lowerFirstWord } from './vn-text';

/** What the header says, plus where the body starts. */
export interface HeaderInfo {
  number: string | null;
  kind: string | null;
  issuer: string | null;
  place: string | null;
  issuedOn: string | null;
  /** True when a date line was seen but its date could not be read (e.g. blank day in a draft). */
  dateUnreadable: boolean;
  /** The code of a number left blank in a draft ("KH-UBND" of "Số:    /KH-UBND"), else null. */
  blankNumberCode: string | null;
  title: string | null;
  type: DocType | null;
  /** True when anything document-like (motto, number, type heading) was found. */
  documentLike: boolean;
  bodyStart: number;
  /** What the header reading had to infer or could not settle, in Vietnamese, quoting the line. */
  warnings: string[];
}

const ORGAN_STARTS = [
  'uy ban', 'ubnd', 'hoi dong', 'so', 'ban', 'van phong', 'bo', 'cong an', 'trung tam', 'cuc', 'chi cuc', 'phong',
  'dai', 'bao', 'truong', 'benh vien', 'tinh uy', 'huyen uy', 'thanh uy', 'dang uy', 'vien', 'thanh tra', 'kho bac',
];
const BODY_OPENERS = ['can cu', 'thuc hien', 'kinh gui', 'theo', 'tiep tuc thuc hien'];
// The enacting line under a Quyết định's title ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …") and the body's first sentence
// naming the issuer ("Ủy ban nhân dân tỉnh ban hành …") are never part of the title.
const ENACTING = ['chu tich', 'pho chu tich', 'uy ban nhan dan', 'ubnd', 'hoi dong nhan dan', 'giam doc', 'truong ban', 'ban thuong vu', 'ban chap hanh', 'thu truong'];
const ANNEX_NOTE = /^\(\s*(?:ban hanh )?kem theo/u;
// An unnumbered first heading ("MỤC ĐÍCH, YÊU CẦU") right under a title in capitals.
const FIRST_HEADING = /^(?:muc dich|muc tieu|yeu cau|quan diem|co so phap ly|can cu|noi dung|to chuc thuc hien|tinh hinh|dac diem)\b/u;
const PLACE_DATE = /^(.{2,40}?)\s*,\s*((?:ngày|ngay)\b.*)$/iu;
// Marks printed in the header's corners that belong to no column's text.
const HEADER_MARK = /^\(?(?:du thao(?: lan \d+)?|mat|toi mat|tuyet mat|khan|thuong khan|hoa toc|hoa toc hen gio)\)?$/u;
const BARE_ORGAN = /^(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)$/u;
const LOCAL_NAME = String.raw`\s+(tỉnh|thành phố|huyện|thị xã|quận)\s+((?:\p{Lu}[\p{L}]*)(?:\s*[-–]\s*\p{Lu}[\p{L}]*|\s+\p{Lu}[\p{L}]*){0,3})`;
const ORGAN_IN_BODY: Readonly<Record<string, RegExp>> = {
  'Ủy ban nhân dân': new RegExp(String.raw`(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)${LOCAL_NAME}`, 'u'),
  'Hội đồng nhân dân': new RegExp(String.raw`(?:Hội đồng nhân dân|HĐND)${LOCAL_NAME}`, 'u'),
};
const SEARCH_WINDOW = 40;

/** Reads the header of the document whose lines start at `from`. */
export function readHeader(lines: readonly string[], from = 0): HeaderInfo {
  // Website copies can carry long menus before the document, so the motto is looked for everywhere;
  // the number is then looked for around it (sidebars list numbers of other documents).
  const motto = findIndex(lines, from, lines.length, (l) => isMottoLine(l) && fold(l).includes('cong hoa'));
  const numberFrom = motto >= 0 ? Math.max(from, motto - 15) : from;
  const limit = Math.min(lines.length, numberFrom + 80);
  const numberAt = findIndex(lines, numberFrom, limit, isNumberLine);
  const anchor = minFound(motto, numberAt);
  const typeFrom = anchor >= 0 ? anchor : from;
  let typeAt = findIndex(lines, typeFrom, Math.min(lines.length, typeFrom + SEARCH_WINDOW), isTypeLine);
  // A Công văn's "V/v …" subject sits under its number, before any type heading of the body.
  const vvAt = numberAt >= 0 ? findIndex(lines, numberAt, Math.min(lines.length, numberAt + 8, typeAt >= 0 ? typeAt : Infinity), isVvLine) : -1;
  if (vvAt >= 0) typeAt = -1;
  // Some copies put the type heading and title above the header table.
  if (typeAt < 0 && vvAt < 0 && anchor >= 0) typeAt = findLast(lines, Math.max(from, anchor - 12), anchor, (l) => isTypeLine(l) && isUpperText(l));
  const numberLine = numberAt >= 0 ? (lines[numberAt] ?? '') : '';
  const number = numberAt >= 0 ? numberFromLine(numberLine) : null;
  const blankCode = numberAt >= 0 && number === null ? blankNumberCode(numberLine) : null;
  const type = typeAt >= 0 ? typeOf(lines[typeAt] ?? '') : null;
  const placeDate = readPlaceDate(lines, anchor >= 0 ? anchor : from, typeAt > anchor ? typeAt : Math.min(limit, (anchor >= 0 ? anchor : from) + 20));
  const warnings: string[] = [];
  const headerEnd = Math.max(motto, numberAt, placeDate?.index ?? -1, typeAt > anchor ? typeAt : -1);
  let issuer = readIssuer(lines, { motto, numberAt, typeAt, placeAt: placeDate?.index ?? -1 });
  if (issuer !== null && BARE_ORGAN.test(fold(issuer))) issuer = completeBareOrgan(issuer, placeDate, lines, headerEnd + 1, warnings);
  const place = placeDate?.place ?? (issuer === null ? null : localityOf(issuer));
  const proper = [place, issuer === null ? null : localityOf(issuer), 'Việt Nam'].filter((p): p is string => p !== null);
  let title: string | null = null;
  let bodyStart = headerEnd + 1;
  if (type !== null && typeAt >= 0) {
    const subject = readSubject(lines, typeAt, type.rest);
    bodyStart = Math.max(bodyStart, subject.end);
    if (subject.text !== '') {
      const text = isUpperTitle(subject.text) ? lowerTitle(subject.text, proper) : lowerFirstWord(subject.text, proper);
      title = `${type.type.name} ${text}`;
    }
  } else if (vvAt >= 0) {
    const vv = readVv(lines, vvAt);
    title = vv.text;
    bodyStart = Math.max(bodyStart, vv.end);
  }
  if (blankCode !== null) warnings.push(`Số văn bản còn để trống ("${numberLine.replace(/\s+/gu, ' ')}"): văn bản có thể là bản dự thảo chưa cấp số`);
  return {
    number,
    // The type word above the title names the kind; the number's code may disagree ("215/UBND-VX" on a plan).
    kind: type?.type.abbreviation ?? (number !== null ? kindOfNumber(number) : blankCode !== null ? kindOfNumber(`/${blankCode}`) : null),
    issuer,
    place,
    issuedOn: placeDate?.date ?? null,
    dateUnreadable: placeDate !== null && placeDate.date === null,
    blankNumberCode: blankCode,
    title,
    type: type?.type ?? null,
    // A lone mixed-case "Thông báo" line is not enough to call a text a document.
    documentLike: motto >= 0 || numberAt >= 0 || (typeAt >= 0 && isUpperText(lines[typeAt] ?? '')),
    bodyStart,
    warnings,
  };
}

/** Recognises a type heading line ("KẾ HOẠCH", or "KẾ HOẠCH Công tác ..." on one line). */
export function typeOf(line: string): { type: DocType; rest: string } | null {
  const exact = docTypeOfHeading(line);
  if (exact !== null) return isUpperText(line) || line.length < 20 ? { type: exact, rest: '' } : null;
  return docTypePrefix(line);
}

function isVvLine(line: string): boolean {
  const f = fold(line);
  // "VỀ VIỆC BAN HÀNH …" in capitals is a Quyết định's title line, not a Công văn's subject.
  return /^v\/v\b/u.test(f) || (/^ve viec\b/u.test(f) && !isUpperText(line));
}

function isTypeLine(line: string): boolean {
  return typeOf(line) !== null;
}

function isNumberLine(line: string): boolean {
  return numberFromLine(line) !== null || blankNumberCode(line) !== null;
}

/** Reads the subject lines after a type heading; `end` is the first line after them (and any "(Kèm theo ...)" note). */
export function readSubject(lines: readonly string[], typeAt: number, inline: string): { text: string; end: number } {
  const parts: string[] = inline === '' ? [] : [inline];
  let i = typeAt + 1;
  while (i < lines.length && lines[i] === '' && parts.length === 0) i++;
  let upper: boolean | null = inline === '' ? null : isUpperTitle(inline);
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '' || isSeparatorLine(line) || isMottoLine(line) || ANNEX_NOTE.test(fold(line))) break;
    if (shapeOf(line).kind !== 'text' || isNumberLine(line) || PLACE_DATE.test(line)) break;
    // "Thực hiện Chỉ thị số 07/CT-TTg" can be a title's first line; after it, such a line opens the body.
    const opener = foldStartsWith(line, BODY_OPENERS) && (parts.length > 0 || /[;:]$/u.test(line) || line.length > 200);
    const heading = parts.length > 0 && (foldStartsWith(line, ENACTING) || FIRST_HEADING.test(fold(line)));
    if (opener || heading || /[;:]$/u.test(line)) break;
    const lineUpper = isUpperTitle(line);
    if (upper !== null && lineUpper !== upper) break;
    upper = lineUpper;
    parts.push(line);
  }
  let end = i;
  // Skip blank lines and the "(Ban hành kèm theo Quyết định số ...)" note that belong to the title block.
  for (let j = end; j < lines.length && j < end + 4; j++) {
    const line = lines[j] ?? '';
    if (line === '' || isSeparatorLine(line)) continue;
    if (ANNEX_NOTE.test(fold(line))) end = j + 1;
    break;
  }
  return { text: parts.join(' ').trim(), end };
}

/** Reads a Công văn's "V/v …" subject, which may wrap onto lines that do not look like a continuation. */
function readVv(lines: readonly string[], at: number): { text: string; end: number } {
  const parts = [lines[at] ?? ''];
  let i = at + 1;
  for (; i < lines.length && i < at + 4; i++) {
    const line = lines[i] ?? '';
    if (line === '' || isUpperText(line) || isMottoLine(line) || isNumberLine(line) || PLACE_DATE.test(line)) break;
    if (shapeOf(line).kind !== 'text' || foldStartsWith(line, BODY_OPENERS) || /[;:]$/u.test(line)) break;
    parts.push(line);
  }
  return { text: parts.join(' '), end: i };
}

interface HeaderMarks {
  motto: number;
  numberAt: number;
  typeAt: number;
  placeAt: number;
}

function readIssuer(lines: readonly string[], at: HeaderMarks): string | null {
  const anchor = minFound(at.motto, at.numberAt);
  if (anchor < 0) return null;
  const skippable = (l: string): boolean =>
    l === '' || isSeparatorLine(l) || isNumberLine(l) || isVvLine(l) || HEADER_MARK.test(fold(l)) || isMottoLine(l);
  const isOrganLine = (l: string): boolean => isUpperText(l) && !isMottoLine(l) && typeOf(l) === null && l.split(/\s+/u).length <= 14;
  let picked: string[] = [];
  const floor = Math.max(0, anchor - 10, at.typeAt >= 0 && at.typeAt < anchor ? at.typeAt + 1 : 0);
  for (let i = anchor - 1; i >= floor; i--) {
    const line = lines[i] ?? '';
    if (skippable(line)) {
      if (line === '' && picked.length > 0) break;
      continue;
    }
    if (!isOrganLine(line)) break;
    picked = [line, ...picked];
  }
  // Cells flattened row by row put the motto between the issuer's lines ("ỦY BAN NHÂN DÂN", "CỘNG HÒA …",
  // "TỈNH BÌNH ĐỊNH", "Độc lập …"); the issuer's lines after the anchor, up to the place line, belong to it.
  const stops = [at.placeAt, at.typeAt, anchor + 12].filter((n) => n > anchor);
  const stop = Math.min(...stops);
  for (let i = anchor + 1; i < stop && i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (skippable(line)) continue;
    if (!isOrganLine(line)) break;
    picked.push(line);
  }
  if (picked.length === 0) return null;
  // With a parent organ above ("UBND TỈNH X" / "SỞ TƯ PHÁP") the issuer is the last organ line onwards.
  let start = 0;
  picked.forEach((l, idx) => {
    if (foldStartsWith(l, ORGAN_STARTS)) start = idx;
  });
  return organNameCase(picked.slice(start).join(' '));
}

/**
 * "ỦY BAN NHÂN DÂN" without its locality: the body's own words ("Ủy ban nhân dân tỉnh Quảng Trị ban hành …")
 * settle it, else a province named by the place line; otherwise it stays as written, with a warning.
 */
function completeBareOrgan(issuer: string, placeDate: PlaceDate | null, lines: readonly string[], from: number, warnings: string[]): string {
  const place = placeDate?.place ?? null;
  const organ = /^(?:hoi dong|hdnd)/u.test(fold(issuer)) ? 'Hội đồng nhân dân' : 'Ủy ban nhân dân';
  const inBody = ORGAN_IN_BODY[organ] as RegExp;
  for (let i = from; i < lines.length && i < from + 60; i++) {
    const line = lines[i] ?? '';
    const m = inBody.exec(line);
    if (m === null) continue;
    const name = m[2] ?? '';
    const matches = place !== null ? fold(name).startsWith(fold(place)) : /^\s*ban hành/u.test(line.slice((m.index ?? 0) + m[0].length));
    if (!matches) continue;
    const full = `${organ} ${m[1]} ${place ?? name}`;
    warnings.push(`Tên cơ quan ban hành chỉ ghi "${issuer}": đã đọc là "${full}" theo dòng "${quote(line)}"`);
    return full;
  }
  const province = place === null ? null : provinceOfPlace(place);
  if (province !== null && placeDate !== null) {
    const full = `${organ} ${province}`;
    warnings.push(`Tên cơ quan ban hành chỉ ghi "${issuer}": đã đọc là "${full}" theo dòng "${quote(placeDate.line)}"`);
    return full;
  }
  warnings.push(`Tên cơ quan ban hành chỉ ghi "${issuer}", không rõ của tỉnh hay địa phương nào: hãy ghi rõ khi nhập`);
  return issuer;
}

interface PlaceDate {
  place: string;
  date: string | null;
  index: number;
  line: string;
}

function readPlaceDate(lines: readonly string[], from: number, to: number): PlaceDate | null {
  for (let i = Math.max(0, from - 12); i < to && i < lines.length; i++) {
    let line = lines[i] ?? '';
    const number = numberFromLine(line);
    if (number !== null) line = line.slice(line.indexOf(number) + number.length).trim();
    else if (blankNumberCode(line) !== null) line = line.replace(/^.*?\/\s*[\p{L}\d&.]+(?:[-–][\p{L}\d&.]+)*\s*/u, '');
    const m = PLACE_DATE.exec(line);
    if (m === null) continue;
    let place = (m[1] ?? '').trim();
    if (/\d/u.test(place) || place.split(/\s+/u).length > 6 || !/^\p{Lu}/u.test(place)) continue;
    // A place name wrapped in a narrow column: "Bà Rịa - Vũng" / "Tàu, ngày …".
    const before = lines[i - 1] ?? '';
    if (number === null && isPlaceFragment(before)) {
      // Joined only when the whole is a province's name or the cut left a short piece: a capitalised line above
      // the place ("Trung Tâm Y Tế") is not part of it.
      const joined = `${before} ${place}`;
      if (provinceOfPlace(joined) !== null || before.split(/\s+/u).length <= 2) place = joined;
    }
    const dateText = (m[2] ?? '').replace(/[.;,]+$/u, '').trim();
    return { place, date: parseDateVi(dateText), index: i, line: lines[i] ?? '' };
  }
  return null;
}

function isPlaceFragment(line: string): boolean {
  if (line === '' || isUpperText(line) || isMottoLine(line) || /[\d:;,.()|]/u.test(line)) return false;
  const words = line.split(/\s+/u);
  return words.length <= 4 && words.every((w) => /^(?:\p{Lu}\p{Ll}*|[-–])$/u.test(w));
}

function quote(line: string): string {
  return line.length > 90 ? `${line.slice(0, 87)}…` : line;
}

function findIndex(lines: readonly string[], from: number, to: number, test: (l: string) => boolean): number {
  for (let i = Math.max(0, from); i < to && i < lines.length; i++) if (test(lines[i] ?? '')) return i;
  return -1;
}

function findLast(lines: readonly string[], from: number, to: number, test: (l: string) => boolean): number {
  for (let i = Math.min(to, lines.length) - 1; i >= Math.max(0, from); i--) if (test(lines[i] ?? '')) return i;
  return -1;
}

function minFound(...xs: number[]): number {
  const found = xs.filter((x) => x >= 0);
  return found.length === 0 ? -1 : Math.min(...found);
}
