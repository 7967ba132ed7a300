/**
 * Reading the document header: issuer, number, place and date, type heading and subject (trích yếu).
 */
import { fold, parseDateVi } from '../../../platform/text';
import { localityOf, lowerTitle, organNameCase } from './casing';
import { docTypeOfHeading, docTypePrefix, kindOfNumber, numberFromLine, type DocType } from './doc-number';
import { isNationalHeader, shapeOf } from './line-kinds';
import { foldStartsWith, isSeparatorLine, isUpperText, lowerFirstWord } from './vn-text';

/** What the header says, plus where the body starts. */
export interface HeaderInfo {
  number: string | null;
  kind: string | null;
  issuer: string | null;
  place: string | null;
  issuedOn: string | null;
  /** True when a date line was seen but its date could not be read (e.g. blank day in a draft). */
  dateUnreadable: boolean;
  title: string | null;
  type: DocType | null;
  /** True when anything document-like (motto, number, type heading) was found. */
  documentLike: boolean;
  bodyStart: number;
}

const ORGAN_STARTS = [
  'uy ban', 'ubnd', 'hoi dong', 'so', 'ban', 'van phong', 'bo', 'cong an', 'trung tam', 'cuc', 'chi cuc', 'phong',
  'dai', 'bao', 'truong', 'benh vien', 'tinh uy', 'huyen uy', 'thanh uy', 'dang uy', 'vien', 'thanh tra', 'kho bac',
];
const BODY_OPENERS = ['can cu', 'thuc hien', 'kinh gui', 'theo'];
const ANNEX_NOTE = /^\(\s*(?:ban hanh )?kem theo/u;
const PLACE_DATE = /^(.{2,40}?),\s*((?:ngày|ngay)\b.*)$/iu;
const SEARCH_WINDOW = 40;

/** Reads the header of the document whose lines start at `from`. */
export function readHeader(lines: readonly string[], from = 0): HeaderInfo {
  // Website copies can carry long menus before the document, so the motto is looked for everywhere;
  // the number is then looked for around it (sidebars list numbers of other documents).
  const motto = findIndex(lines, from, lines.length, (l) => isNationalHeader(l) && fold(l).includes('cong hoa'));
  const numberFrom = motto >= 0 ? Math.max(from, motto - 15) : from;
  const limit = Math.min(lines.length, numberFrom + 80);
  const numberAt = findIndex(lines, numberFrom, limit, (l) => numberFromLine(l) !== null);
  const anchor = minFound(motto, numberAt);
  const typeFrom = anchor >= 0 ? anchor : from;
  const typeAt = findIndex(lines, typeFrom, Math.min(lines.length, typeFrom + SEARCH_WINDOW), (l) => typeOf(l) !== null);
  const number = numberAt >= 0 ? numberFromLine(lines[numberAt] ?? '') : null;
  const issuer = readIssuer(lines, anchor >= 0 ? anchor : typeAt, numberAt, typeAt);
  const placeDate = readPlaceDate(lines, anchor >= 0 ? anchor : from, typeAt >= 0 ? typeAt : Math.min(limit, (anchor >= 0 ? anchor : from) + 20));
  const place = placeDate?.place ?? (issuer === null ? null : localityOf(issuer));
  const proper = [place, issuer === null ? null : localityOf(issuer), 'Việt Nam'].filter((p): p is string => p !== null);
  const type = typeAt >= 0 ? typeOf(lines[typeAt] ?? '') : null;
  let title: string | null = null;
  let bodyStart = Math.max(motto, numberAt, placeDate?.index ?? -1, typeAt) + 1;
  if (type !== null && typeAt >= 0) {
    const subject = readSubject(lines, typeAt, type.rest);
    bodyStart = Math.max(bodyStart, subject.end);
    if (subject.text !== '') {
      const text = isUpperText(subject.text) ? lowerTitle(subject.text, proper) : lowerFirstWord(subject.text, proper);
      title = `${type.type.name} ${text}`;
    }
  } else if (numberAt >= 0) {
    const vv = findIndex(lines, numberAt, Math.min(lines.length, numberAt + 8), (l) => /^(?:v\/v|ve viec)\b/u.test(fold(l)));
    if (vv >= 0) {
      title = lines[vv] ?? null;
      bodyStart = Math.max(bodyStart, vv + 1);
    }
  }
  return {
    number,
    kind: number !== null ? kindOfNumber(number) : (type?.type.abbreviation ?? null),
    issuer,
    place,
    issuedOn: placeDate?.date ?? null,
    dateUnreadable: placeDate !== null && placeDate.date === null,
    title,
    type: type?.type ?? null,
    // A lone mixed-case "Thông báo" line is not enough to call a text a document.
    documentLike: motto >= 0 || numberAt >= 0 || (typeAt >= 0 && isUpperText(lines[typeAt] ?? '')),
    bodyStart,
  };
}

/** Recognises a type heading line ("KẾ HOẠCH", or "KẾ HOẠCH Công tác ..." on one line). */
export function typeOf(line: string): { type: DocType; rest: string } | null {
  const exact = docTypeOfHeading(line);
  if (exact !== null) return isUpperText(line) || line.length < 20 ? { type: exact, rest: '' } : null;
  return docTypePrefix(line);
}

/** Reads the subject lines after a type heading; `end` is the first line after them (and any "(Kèm theo ...)" note). */
export function readSubject(lines: readonly string[], typeAt: number, inline: string): { text: string; end: number } {
  const parts: string[] = inline === '' ? [] : [inline];
  let i = typeAt + 1;
  while (i < lines.length && lines[i] === '' && parts.length === 0) i++;
  let upper: boolean | null = inline === '' ? null : isUpperText(inline);
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '' || isSeparatorLine(line) || isNationalHeader(line) || ANNEX_NOTE.test(fold(line))) break;
    if (foldStartsWith(line, BODY_OPENERS) || shapeOf(line).kind !== 'text') break;
    const lineUpper = isUpperText(line);
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

function readIssuer(lines: readonly string[], anchor: number, numberAt: number, typeAt: number): string | null {
  if (anchor < 0) return null;
  const skippable = (l: string): boolean => l === '' || isSeparatorLine(l) || numberFromLine(l) !== null || /^v\/v\b/u.test(fold(l));
  let picked: string[] = [];
  for (let i = anchor - 1; i >= 0 && i >= anchor - 10; i--) {
    const line = lines[i] ?? '';
    if (skippable(line)) {
      if (line === '' && picked.length > 0) break;
      continue;
    }
    if (!isUpperText(line) || isNationalHeader(line) || typeOf(line) !== null) break;
    picked = [line, ...picked];
  }
  if (picked.length === 0) {
    const stop = Math.min(...[numberAt, typeAt, anchor + 12].filter((n) => n > anchor));
    for (let i = anchor + 1; i < stop && i < lines.length; i++) {
      const line = lines[i] ?? '';
      if (skippable(line) || isNationalHeader(line)) continue;
      if (isUpperText(line) && typeOf(line) === null) picked.push(line);
      else if (picked.length > 0) break;
    }
  }
  if (picked.length === 0) return null;
  // With a parent organ above ("UBND TỈNH X" / "SỞ TƯ PHÁP") the issuer is the last organ line onwards.
  let start = 0;
  picked.forEach((l, idx) => {
    if (foldStartsWith(l, ORGAN_STARTS)) start = idx;
  });
  return organNameCase(picked.slice(start).join(' '));
}

function readPlaceDate(lines: readonly string[], from: number, to: number): { place: string; date: string | null; index: number } | null {
  for (let i = Math.max(0, from - 12); i < to && i < lines.length; i++) {
    let line = lines[i] ?? '';
    const number = numberFromLine(line);
    if (number !== null) line = line.slice(line.indexOf(number) + number.length).trim();
    const m = PLACE_DATE.exec(line);
    if (m === null) continue;
    const place = (m[1] ?? '').trim();
    if (/\d/u.test(place) || place.split(/\s+/u).length > 6 || !/^\p{Lu}/u.test(place)) continue;
    const dateText = (m[2] ?? '').replace(/[.;,]+$/u, '').trim();
    return { place, date: parseDateVi(dateText), index: i };
  }
  return null;
}

function findIndex(lines: readonly string[], from: number, to: number, test: (l: string) => boolean): number {
  for (let i = Math.max(0, from); i < to && i < lines.length; i++) if (test(lines[i] ?? '')) return i;
  return -1;
}

function minFound(...xs: number[]): number {
  const found = xs.filter((x) => x >= 0);
  return found.length === 0 ? -1 : Math.min(...found);
}
