/**
 * Reading "1. Sở Thông tin và Truyền thông" style items (a unit heading followed by its duties).
 */
import { fold } from '../../../platform/text';
import type { OutlineNode } from './outline';
import type { PlanResponsibility } from './types';
import { looksLikeUnit, protectedMask, splitUnits, type WrittenUnit } from './units';
import { capitalizeFirst, foldKeep, splitBullet } from './vn-text';

const ADDRESS_PREFIX = /^(?:đề nghị|de nghi|giao)\s+/iu;
// Verbs that end the unit name in a one-sentence request ("… xã hội tỉnh phối hợp tuyên truyền …").
const VERBS = [
  'chu tri', 'phoi hop', 'to chuc', 'chi dao', 'trien khai', 'thuc hien', 'tang cuong', 'tuyen truyen', 'huong dan',
  'co trach nhiem', 'chiu trach nhiem', 'can cu', 'quan tam', 'chu dong', 'xay dung', 'bo tri', 'tham muu', 'theo doi',
  'kiem tra', 'tong hop', 'phat huy', 'dang tai', 'cung cap', 'day manh', 'rà soat', 'ra soat', 'van dong',
];
const VERB_RE = new RegExp(String.raw`(?<![\p{L}])(?:${VERBS.join('|')})(?![\p{L}])`, 'gu');
const SHORT_HEADING_WORDS = 8;

/** Splits a unit heading into the unit and an inline duty; null when the heading does not name a unit. */
export function unitHeading(heading: string): { unit: string; duty: string | null } | null {
  let h = heading.trim();
  let duty: string | null = null;
  const colon = h.indexOf(':');
  if (colon > 0 && colon < 150) {
    duty = h.slice(colon + 1).trim() || null;
    h = h.slice(0, colon);
  }
  const written = h.trim().replace(ADDRESS_PREFIX, '');
  h = h.replace(/[\s.:;]+$/u, '').trim();
  if (!looksLikeUnit(h)) return null;
  h = h.replace(ADDRESS_PREFIX, '').trim();
  if (duty === null && h.split(/\s+/u).length > SHORT_HEADING_WORDS) {
    // The duty keeps its final full stop, like duties written on their own lines.
    const split = verbSplit(written);
    if (split !== null) return split;
  }
  return { unit: h, duty };
}

function verbSplit(h: string): { unit: string; duty: string } | null {
  const folded = foldKeep(h);
  const mask = protectedMask(h);
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(folded); m !== null; m = VERB_RE.exec(folded)) {
    if (mask[m.index] === 1 || fold(h.slice(0, m.index)).split(' ').length < 2) continue;
    return { unit: h.slice(0, m.index).trim().replace(/[,;]$/u, ''), duty: capitalizeFirst(h.slice(m.index).trim()) };
  }
  return null;
}

/** Reads a responsibility from an outline item whose heading names a unit, or null. */
export function responsibilityOf(item: OutlineNode): PlanResponsibility | null {
  const head = unitHeading(item.heading);
  if (head === null) return null;
  const duties: string[] = [];
  if (head.duty !== null) duties.push(capitalizeFirst(head.duty));
  for (const line of item.body) duties.push(splitBullet(line).text.trim());
  for (const child of item.children) duties.push(...childDuties(child));
  return { code: item.code, unit: head.unit, duties: duties.filter((d) => d !== '') };
}

function childDuties(node: OutlineNode): string[] {
  return [node.heading, ...node.body.map((l) => splitBullet(l).text.trim()), ...node.children.flatMap(childDuties)];
}

/** Units named in a sentence: "Sở Nội vụ chủ trì, phối hợp với Sở Tài chính và các cơ quan liên quan tổ chức …". */
export interface ProseUnits {
  leads: WrittenUnit[];
  coordinators: WrittenUnit[];
}

const LEADS_VERB = /(?<!\p{L})chu tri(?!\p{L})/u;
const LEAD_INTRO = /(?:^|[\s,;(])(?:do|giao|de nghi|yeu cau)\s+(?=\S)/gu;
const COORDINATION = /^\s*(?:thuc hien\s*)?,?\s*(?:va\s+)?phoi hop(?:\s+(?:voi|cung))?\s+/u;
// Where the coordinators end: the next verb written in lower case (a unit's name is capitalised, "Ban Chỉ đạo"),
// a purpose, or the end of the clause.
const CLAUSE_VERBS = [
  'to chuc', 'thuc hien', 'tham muu', 'xay dung', 'trien khai', 'huong dan', 'kiem tra', 'tong hop', 'tuyen truyen',
  'ra soat', 'theo doi', 'bao cao', 'hoan thanh', 'dam bao', 'cap nhat', 'nghien cuu', 'de xuat', 'ban hanh',
  'giai quyet', 'chi dao', 'tang cuong', 'day manh', 'bo tri', 'phat dong', 'lam', 'de', 'nham', 'trong viec', 've viec',
];
const CLAUSE_END = new RegExp(String.raw`(?<![\p{L}])(?:${CLAUSE_VERBS.join('|')})(?![\p{L}])|[.;:]`, 'gu');

/** Reads the lead and coordinating units of a sentence written in prose, or null when it names no lead. */
export function readProseUnits(text: string): ProseUnits | null {
  for (const sentence of text.split(/(?<=[.;])\s+/u)) {
    const folded = foldKeep(sentence);
    const verb = LEADS_VERB.exec(folded);
    if (verb === null) continue;
    let leadText = sentence.slice(0, verb.index);
    let intro = -1;
    let requested = false;
    const head = folded.slice(0, verb.index);
    LEAD_INTRO.lastIndex = 0;
    for (let m = LEAD_INTRO.exec(head); m !== null; m = LEAD_INTRO.exec(head)) {
      intro = m.index + m[0].length;
      requested = m[0].includes('de nghi');
    }
    if (intro >= 0) leadText = sentence.slice(intro, verb.index);
    leadText = leadText.replace(/[\s,]*(?:là (?:cơ quan|đơn vị)\s*)?$/iu, '').trim();
    const leads = splitUnits(leadText).map((u) => ({ ...u, requested: u.requested || requested }));
    if (leads.length === 0 || leadText.split(/\s+/u).length > 16 || !leads.every((u) => looksLikeUnit(u.name))) continue;
    return { leads, coordinators: coordinatorsAfter(sentence.slice(verb.index + verb[0].length)) };
  }
  return null;
}

function coordinatorsAfter(after: string): WrittenUnit[] {
  const folded = foldKeep(after);
  const intro = COORDINATION.exec(folded);
  if (intro === null) return [];
  const rest = after.slice(intro[0].length);
  const restFolded = folded.slice(intro[0].length);
  const mask = protectedMask(rest);
  let end = rest.length;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(restFolded); m !== null; m = CLAUSE_END.exec(restFolded)) {
    if (mask[m.index] === 1 || /^\p{Lu}/u.test(rest.charAt(m.index))) continue;
    end = m.index;
    break;
  }
  return splitUnits(rest.slice(0, end)).filter((u) => looksLikeUnit(u.name));
}
