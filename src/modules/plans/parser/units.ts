/**
 * Splitting a written list of units ("Sở Tư pháp; các sở, ban, ngành và UBND các huyện, thị xã, thành phố")
 * into unit names, keeping group phrases whole.
 */
import { fold, toneKey } from '../../../platform/text';
import { CELL_PARAGRAPH_SEPARATOR } from './line-kinds';
import { PROTECTED_UNIT_PHRASES, UNIT_STARTS_ANY_CASE, UNIT_STARTS_CAPITALISED } from './unit-groups';
import { foldKeep, stripEndPunct } from './vn-text';

/** One unit as written, and whether it was introduced by "Đề nghị" (a request to a party organ). */
export interface WrittenUnit {
  name: string;
  requested: boolean;
}

// Longest first, so "các sở, ban, ngành, địa phương" wins over "các sở, ban, ngành".
const PHRASE_KEYS: readonly string[] = [...new Set(PROTECTED_UNIT_PHRASES.map((p) => canonical(foldKeep(p)).text))].sort(
  (a, b) => b.length - a.length,
);
const WORD_CHAR = /[\p{L}\p{N}]/u;
const REQUEST_PREFIX = /^(?:đề nghị|de nghi)\s+/iu;
const ADDRESS_PREFIX = /^(?:đề nghị|de nghi|giao)\s+/iu;
const ANY_CASE_KEYS = UNIT_STARTS_ANY_CASE.map((w) => toneKey(w));
const CAPITALISED_KEYS = UNIT_STARTS_CAPITALISED.map((w) => toneKey(w));

// People and firms addressed by a plan are not units a task can be assigned to.
const NOT_UNITS = ['doanh nghiep', 'cong dan', 'nhan dan', 'nguoi dan', 'nguoi lao dong', 'ca nhan', 'to chuc, ca nhan'];
const NOT_UNIT_PREFIX = /^(?:cac|moi|toan the|dong dao|quan chung)\s+/u;
// A paragraph naming a unit's leaders ("Lãnh đạo Sở X") names the unit; "Lãnh đạo" alone belongs to the next one.
const LEADERSHIP = /^(?:lãnh đạo|lanh dao|ban lãnh đạo|ban giám đốc|ban giam doc)\s+(?=\S)/iu;
const LEADERSHIP_ALONE = /^(?:lanh dao|ban lanh dao|ban giam doc|dai dien lanh dao)$/u;

/**
 * Splits a unit list on ";" and "," (and on "và" between two unit names), keeping group phrases whole and a name
 * whose own words hold a comma ("Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh"); people and firms
 * ("doanh nghiệp", "người dân") are left out.
 */
export function splitUnits(text: string): WrittenUnit[] {
  const out: WrittenUnit[] = [];
  for (const paragraph of joinLeadershipParagraphs(text.split(CELL_PARAGRAPH_SEPARATOR))) {
    const masked = protectedMask(paragraph);
    for (const piece of mergeInnerCommas(paragraph, splitOutsideMask(paragraph, masked, /[;,]/u))) {
      for (const part of splitOnVa(piece.text, masked.subarray(piece.start, piece.start + piece.text.length))) {
        const unit = cleanUnit(part);
        if (unit !== null && !isNotAUnit(unit.name)) out.push(unit);
      }
    }
  }
  return out;
}

/** True for words that name people or firms, not units ("doanh nghiệp", "Nhân dân và người lao động"). */
export function isNotAUnit(name: string): boolean {
  const parts = fold(name).split(/\s*(?:,|;|\bva\b)\s*/u).map((p) => stripEndPunct(p).replace(NOT_UNIT_PREFIX, '').trim()).filter((p) => p !== '');
  return parts.length > 0 && parts.every((p) => NOT_UNITS.some((w) => p === w || p.startsWith(`${w} `)));
}

function joinLeadershipParagraphs(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    const prev = out[out.length - 1];
    if (prev !== undefined && LEADERSHIP_ALONE.test(fold(prev))) out[out.length - 1] = `${prev} ${p.trim()}`;
    else out.push(p);
  }
  return out;
}

/** A piece after a comma that starts in lower case and opens no unit continues the name before it. */
function mergeInnerCommas(s: string, pieces: Array<{ text: string; start: number }>): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  for (const piece of pieces) {
    const prev = out[out.length - 1];
    const afterComma = prev !== undefined && s.charAt(piece.start - 1) === ',';
    const t = piece.text.trim();
    if (afterComma && /^\p{Ll}/u.test(t) && !looksLikeUnit(t) && !isNotAUnit(t) && looksLikeUnit(prev.text)) {
      out[out.length - 1] = { text: s.slice(prev.start, piece.start + piece.text.length), start: prev.start };
    } else out.push(piece);
  }
  return out;
}

/** Returns true when `s` begins like a unit name ("Sở …", "Ban …", "các cơ quan …", "UBND …"). */
export function looksLikeUnit(s: string): boolean {
  const t = s.trim().replace(ADDRESS_PREFIX, '');
  const key = toneKey(t);
  const startsWith = (k: string): boolean => key.startsWith(k) && !/[\p{L}\p{N}]/u.test(key.charAt(k.length));
  if (ANY_CASE_KEYS.some(startsWith)) return true;
  return /^\p{Lu}/u.test(t) && CAPITALISED_KEYS.some(startsWith);
}

/** Returns the written unit without "Đề nghị" and trailing punctuation, or null when nothing is left. */
export function cleanUnit(raw: string): WrittenUnit | null {
  let name = stripEndPunct(raw.trim()).replace(/^(?:và|cùng)\s+/iu, '');
  const requested = REQUEST_PREFIX.test(name);
  name = name.replace(REQUEST_PREFIX, '').trim();
  if (LEADERSHIP.test(name) && looksLikeUnit(name.replace(LEADERSHIP, ''))) name = name.replace(LEADERSHIP, '');
  name = stripEndPunct(name);
  return name === '' ? null : { name, requested };
}

/** Marks (1) every character of `s` that lies inside a protected group phrase. */
export function protectedMask(s: string): Uint8Array {
  // Plain indexOf on a canonical form (single spaces, ", " after commas) is far cheaper than one regex per phrase.
  const { text, origin } = canonical(foldKeep(s));
  const mask = new Uint8Array(s.length);
  const isWord = (i: number): boolean => i >= 0 && i < text.length && WORD_CHAR.test(text.charAt(i));
  for (const key of PHRASE_KEYS) {
    for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
      const end = at + key.length;
      if (isWord(at - 1) || isWord(end)) continue;
      const start = text.startsWith('cac ', at - 4) && !isWord(at - 5) ? at - 4 : at;
      const from = origin[start] ?? 0;
      const to = (origin[end - 1] ?? from) + 1;
      if (mask.subarray(from, to).some((v) => v === 1)) continue;
      mask.fill(1, from, to);
    }
  }
  return mask;
}

/** Canonical folded text (one space between words, ", " after commas, " - " around dashes) plus, per char, its source index. */
function canonical(folded: string): { text: string; origin: number[] } {
  let text = '';
  const origin: number[] = [];
  const push = (ch: string, i: number): void => {
    text += ch;
    origin.push(i);
  };
  for (let i = 0; i < folded.length; i++) {
    const ch = folded.charAt(i) === '–' ? '-' : folded.charAt(i);
    if (ch === ' ') {
      if (text !== '' && !text.endsWith(' ')) push(' ', i);
      continue;
    }
    if (ch === ',') {
      if (text.endsWith(' ')) {
        text = text.slice(0, -1);
        origin.pop();
      }
      push(',', i);
      push(' ', i);
      while (folded.charAt(i + 1) === ' ') i++;
      continue;
    }
    push(ch, i);
  }
  return { text, origin };
}

function splitOutsideMask(s: string, mask: Uint8Array, sep: RegExp): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (mask[i] === 1 || !sep.test(s.charAt(i))) continue;
    out.push({ text: s.slice(start, i), start });
    start = i + 1;
  }
  out.push({ text: s.slice(start), start });
  return out;
}

// "và" joins two units only when both sides open like unit names; "Sở Thông tin và Truyền thông" stays whole.
function splitOnVa(piece: string, mask: Uint8Array): string[] {
  const folded = foldKeep(piece);
  const parts: string[] = [];
  let start = 0;
  const re = /\sva\s/gu;
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    if (mask[m.index + 1] === 1) continue;
    const left = piece.slice(start, m.index);
    const right = piece.slice(m.index + m[0].length);
    if (looksLikeUnit(left) && looksLikeUnit(right)) {
      parts.push(left);
      start = m.index + m[0].length;
    }
  }
  parts.push(piece.slice(start));
  return parts;
}

/** Returns a key for de-duplicating unit names (accents and case ignored). */
export function unitKey(name: string): string {
  return fold(name);
}
