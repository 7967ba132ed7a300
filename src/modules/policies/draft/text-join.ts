/**
 * Joining the lines of one node: wrapped lines become one sentence, bullets and table rows keep their own line.
 */
import { isTableRow } from './markers';

const BULLET = /^[-+•*–—]/u;
const SENTENCE_END = /[.:;!?…]["”’)]*$/u;

/** True when `cur` continues the sentence of `prev` (a hard-wrapped line) rather than starting a new line. */
export function isWrappedLine(prev: string, cur: string): boolean {
  if (isTableRow(prev) || isTableRow(cur) || BULLET.test(cur)) return false;
  if (/^\p{Ll}/u.test(cur)) return true;
  return !SENTENCE_END.test(prev);
}

/** Joins the lines of one node: a space for wrapped lines, a newline otherwise. */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  let prev = '';
  for (const line of lines) {
    if (line === '') continue;
    if (out === '') out = line;
    else out += (isWrappedLine(prev, line) ? ' ' : '\n') + line;
    prev = line;
  }
  return out;
}
