/**
 * The documents a plan implements, read from its preamble ("Căn cứ …", "Thực hiện Chỉ thị số … ngày …").
 */
import { findDatesVi, fold } from '../../../platform/text';
import { DOC_NUMBER_SOURCE, normalizeNumber } from './doc-number';
import type { PlanBasis } from './types';

const NUMBER_IN_TEXT = new RegExp(String.raw`(?<![\p{L}\p{N}/])${DOC_NUMBER_SOURCE}`, 'gu');
// Proposals that led to the document ("Theo đề nghị … tại Tờ trình số …") are not what it implements.
const NOT_A_BASIS = /^(?:theo|xet) (?:de nghi|to trinh)|^\(\s*(?:ban hanh )?kem theo/u;
const DATE_GAP = /^,?\s*(?:ban hanh\s*)?(?:ngay)?\s*,?$/u;

/** Collects the numbered documents cited in `preamble` lines, unique by number, in order of first mention. */
export function readBases(preamble: readonly string[], ownNumbers: readonly string[]): PlanBasis[] {
  const byNumber = new Map<string, PlanBasis>();
  const own = new Set(ownNumbers.map((n) => n.toLowerCase()));
  for (const line of preamble) {
    if (NOT_A_BASIS.test(fold(line))) continue;
    NUMBER_IN_TEXT.lastIndex = 0;
    for (let m = NUMBER_IN_TEXT.exec(line); m !== null; m = NUMBER_IN_TEXT.exec(line)) {
      const number = normalizeNumber(m[0]);
      if (own.has(number.toLowerCase())) continue;
      const date = dateRightAfter(line.slice(m.index + m[0].length, m.index + m[0].length + 48));
      const known = byNumber.get(number);
      if (known === undefined) byNumber.set(number, { number, date });
      else if (known.date === null) known.date = date;
    }
  }
  return [...byNumber.values()];
}

/** Returns the date written immediately after a document number (", ngày 21/3/2023"), or null. */
function dateRightAfter(after: string): string | null {
  const first = findDatesVi(after)[0];
  if (first === undefined) return null;
  return DATE_GAP.test(fold(after.slice(0, first.index))) ? first.iso : null;
}
