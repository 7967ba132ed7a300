/**
 * Reading "1. Sở Thông tin và Truyền thông" style items (a unit heading followed by its duties).
 */
import { fold } from '../../../platform/text';
import type { OutlineNode } from './outline';
import type { PlanResponsibility } from './types';
import { looksLikeUnit, protectedMask } from './units';
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
