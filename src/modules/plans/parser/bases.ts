/**
 * The documents a plan implements, read from its preamble ("Căn cứ …", "Thực hiện Chỉ thị số … ngày …") and from a
 * "Cơ sở pháp lý" section: state documents ("07/CT-TTg") and Party documents ("06-CTr/TU", "35-KL/TW"), each with
 * the date written right after its number. A mention without a date, and the proposal that led to the document
 * (a Tờ trình), are not bases.
 */
import { findDatesVi, fold } from '../../../platform/text';
import { DOC_NUMBER_SOURCE, PARTY_NUMBER_SOURCE, kindOfNumber, normalizeNumber } from './doc-number';
import { shapeOf } from './line-kinds';
import type { PlanBasis } from './types';
import { isUpperText } from './vn-text';

const NUMBER_IN_TEXT = new RegExp(String.raw`(?<![\p{L}\p{N}/-])(?:${PARTY_NUMBER_SOURCE}|${DOC_NUMBER_SOURCE})`, 'gu');
// Proposals that led to the document ("Theo đề nghị … tại Tờ trình số …") are not what it implements.
const NOT_A_BASIS = /^(?:[-–+•]\s*)?(?:(?:theo|xet) (?:de nghi|to trinh)|to trinh\b)|^\(\s*(?:ban hanh )?kem theo/u;
const PROPOSAL_BEFORE = /to trinh(?: so)?\s*:?\s*$/u;
const DATE_GAP = /^,?\s*(?:ban hanh\s*)?(?:ngay)?\s*,?$/u;
const BASIS_HEADING = /^(?:co so phap ly|can cu phap ly|co so (?:xay dung|ban hanh)|can cu (?:xay dung|ban hanh)|can cu)\b/u;

/** Collects the dated documents cited in `preamble` lines, unique by number, in order of first mention. */
export function readBases(preamble: readonly string[], ownNumbers: readonly string[]): PlanBasis[] {
  const byNumber = new Map<string, PlanBasis>();
  const own = new Set(ownNumbers.map((n) => n.toLowerCase()));
  for (const line of preamble) {
    if (NOT_A_BASIS.test(fold(line))) continue;
    NUMBER_IN_TEXT.lastIndex = 0;
    for (let m = NUMBER_IN_TEXT.exec(line); m !== null; m = NUMBER_IN_TEXT.exec(line)) {
      const number = normalizeNumber(m[0]);
      if (own.has(number.toLowerCase()) || kindOfNumber(number) === 'TTr') continue;
      if (PROPOSAL_BEFORE.test(fold(line.slice(Math.max(0, m.index - 20), m.index)))) continue;
      const date = dateRightAfter(line.slice(m.index + m[0].length, m.index + m[0].length + 48));
      const known = byNumber.get(number);
      if (known === undefined) byNumber.set(number, { number, date });
      else if (known.date === null) known.date = date;
    }
  }
  return [...byNumber.values()].filter((b) => b.date !== null);
}

/**
 * The lines of a "Cơ sở pháp lý" / "Căn cứ xây dựng kế hoạch" section of a body, which lists the bases as
 * bullets under a heading instead of "Căn cứ …" sentences before the first heading; [] when there is none.
 */
export function legalBasisLines(body: readonly string[]): string[] {
  const at = body.findIndex((l) => isBasisHeading(l));
  if (at < 0) return [];
  const out: string[] = [];
  for (const line of body.slice(at + 1)) {
    const kind = shapeOf(line).kind;
    if (kind === 'roman' || kind === 'article') break;
    NUMBER_IN_TEXT.lastIndex = 0;
    if ((kind === 'arabic' || kind === 'letter' || (isUpperText(line) && line.length < 80)) && !NUMBER_IN_TEXT.test(line)) break;
    out.push(line);
  }
  return out;
}

function isBasisHeading(line: string): boolean {
  const shape = shapeOf(line);
  const text = shape.kind === 'roman' || shape.kind === 'arabic' || shape.kind === 'letter' ? shape.text : line;
  const heading = shape.kind !== 'text' || isUpperText(line);
  return heading && text.length < 80 && BASIS_HEADING.test(fold(text).replace(/[:.]$/u, ''));
}

/** Returns the date written immediately after a document number (", ngày 21/3/2023"), or null. */
function dateRightAfter(after: string): string | null {
  const first = findDatesVi(after)[0];
  if (first === undefined) return null;
  return DATE_GAP.test(fold(after.slice(0, first.index))) ? first.iso : null;
}
