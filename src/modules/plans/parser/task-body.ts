/**
 * Reading the marker lines under a task ("- Đơn vị thực hiện: …", "- Thời gian thực hiện: …")
 * and normalising deadlines.
 */
import { fold, parseDateVi } from '../../../platform/text';
import { readProseUnits } from './responsibility';
import { splitUnits, type WrittenUnit } from './units';
import { splitBullet, stripEndPunct } from './vn-text';

/** The understood body of one task. */
export interface TaskBody {
  leads: WrittenUnit[];
  coordinators: WrittenUnit[];
  deadline: string | null;
  content: string[];
  /** True when a lead, coordinator or deadline marker was present. */
  hasMarkers: boolean;
  /** True when the units were read from a sentence ("Sở X chủ trì, phối hợp với …"), not from markers. */
  unitsFromProse?: boolean;
}

type MarkerKind = 'lead' | 'coordinator' | 'deadline' | 'content';

const ORGAN = String.raw`(?:(?:don vi|co quan|co quan, don vi|co quan, to chuc)\s+)?`;
const MARKERS: ReadonlyArray<readonly [MarkerKind, RegExp]> = [
  ['deadline', /^(?:thoi gian(?: thuc hien| hoan thanh| trien khai)?|thoi han(?: thuc hien| hoan thanh)?|tien do(?: thuc hien)?|thoi diem(?: thuc hien)?)$/u],
  ['coordinator', new RegExp(String.raw`^${ORGAN}phoi hop(?: thuc hien)?$`, 'u')],
  ['lead', new RegExp(String.raw`^(?:${ORGAN}(?:chu tri(?: thuc hien)?|thuc hien(?: chinh)?)|trach nhiem thuc hien|phan cong thuc hien|don vi phu trach)$`, 'u')],
  ['content', /^noi dung(?: thuc hien| cong viec)?$/u],
];
const DEADLINE_PREFIX = /^(?:(?:trước|truoc|chậm nhất|cham nhat|hoàn thành trước|hoan thanh truoc|hạn|han)(?:\s+là|\s+la)?\s+)?(?:ngày|ngay)?\s*/iu;

/** Recognises "Label: value" marker lines; returns the marker kind and the value, or null. */
function readMarker(line: string): { kind: MarkerKind; value: string } | null {
  const text = splitBullet(line).text;
  const colon = text.indexOf(':');
  if (colon < 2 || colon > 60) return null;
  const label = fold(text.slice(0, colon));
  const hit = MARKERS.find(([, re]) => re.test(label));
  return hit === undefined ? null : { kind: hit[0], value: text.slice(colon + 1).trim() };
}

/**
 * Parses the body lines of a task: unit markers, the deadline and the remaining content. Without a lead marker, a
 * sentence of the heading or the content that names who leads ("Sở Nội vụ chủ trì, phối hợp với …") gives the units.
 */
export function parseTaskBody(written: readonly string[], heading = ''): TaskBody {
  const body = readMarkers(written);
  if (body.leads.length > 0 || body.coordinators.length > 0) return body;
  for (const text of [heading, ...body.content]) {
    const prose = readProseUnits(text);
    if (prose === null) continue;
    body.leads.push(...prose.leads);
    body.coordinators.push(...prose.coordinators);
    body.unitsFromProse = true;
    break;
  }
  return body;
}

function readMarkers(written: readonly string[]): TaskBody {
  const lines = written.flatMap((l) => splitInlineMarkers(l));
  const body: TaskBody = { leads: [], coordinators: [], deadline: null, content: [], hasMarkers: false };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const marker = readMarker(line);
    if (marker === null) {
      body.content.push(line);
      continue;
    }
    let value = marker.value;
    if (value === '' && marker.kind !== 'content') {
      // "- Đơn vị thực hiện:" followed by "+ Sở …" sub-bullets.
      const items: string[] = [];
      while (i + 1 < lines.length && readMarker(lines[i + 1] ?? '') === null && splitBullet(lines[i + 1] ?? '').bullet !== null) {
        items.push(stripEndPunct(splitBullet(lines[i + 1] ?? '').text));
        i++;
      }
      value = items.join('; ');
    }
    if (marker.kind === 'content') {
      if (value !== '') body.content.push(value);
      continue;
    }
    body.hasMarkers = true;
    if (marker.kind === 'lead') body.leads.push(...splitUnits(value));
    else if (marker.kind === 'coordinator') body.coordinators.push(...splitUnits(value));
    else body.deadline ??= normalizeDeadline(value);
  }
  return body;
}

/** Splits "Chủ trì: Sở Tư pháp; phối hợp: các sở, ngành" into one line per marker. */
function splitInlineMarkers(line: string): string[] {
  if (readMarker(line) === null) return [line];
  const out: string[] = [];
  let start = 0;
  const re = /[;.]\s+(?=([^;:.]{2,40}):)/gu;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) {
    if (readMarker(`${m[1] ?? ''}:`) === null) continue;
    out.push(line.slice(start, m.index + 1));
    start = m.index + m[0].length;
  }
  out.push(line.slice(start));
  return out;
}

/** Returns the ISO date when `value` is one full date ("Trước ngày 30/6/2024"), else the text as written, null if blank. */
export function normalizeDeadline(value: string): string | null {
  const t = value.replace(/[\s.;,]+$/u, '').trim();
  if (t === '') return null;
  return parseDateVi(t) ?? parseDateVi(t.replace(DEADLINE_PREFIX, '')) ?? t;
}
