/**
 * Word-level diff of two texts. Texts are split into words (Vietnamese syllables, numbers, codes such as
 * "07/CT-TTg" or "1.000.000"), whitespace runs and single punctuation marks, so that joining the
 * equal+insert pieces gives back the new text and equal+delete the old one exactly.
 */
import { DELETE, editScript, EQUAL, type EditStep } from './myers';
import type { DiffOp } from './types';

const PIECE = /[\p{L}\p{M}\p{N}]+(?:[/&.\-\u2010\u2011][\p{L}\p{M}\p{N}]+)*|\s+|[^\s\p{L}\p{M}\p{N}]/gu;
/** Cap on the number of edits of one Myers run (its trace needs about D² integers). */
const MAX_EDITS = 2000;

/** Splits a text into diff pieces: words, whitespace runs and single other characters; joined they give the text back. */
export function diffPieces(s: string): string[] {
  return s.match(PIECE) ?? [];
}

/** Coarser units tried, in order, when a word-level run needs too many edits: lines, sentences, clauses. */
const SPLITTERS: readonly RegExp[] = [/[^\n]*\n|[^\n]+$/gu, /[^.;!?]*[.;!?]+\s*|[^.;!?]+$/gu, /[^,:]*[,:]+\s*|[^,:]+$/gu];

/** Word-level diff of `before` → `after`; adjacent changes are merged into one delete followed by one insert. */
export function diffWords(before: string, after: string): DiffOp[] {
  const ops: DiffOp[] = [];
  diffText(before, after, ops, 0);
  return tidy(ops);
}

/**
 * Diffs word by word; when that needs more than MAX_EDITS edits, diffs by lines (then sentences, clauses) and
 * word by word again inside each changed block; what is still too different becomes one replacement.
 */
function diffText(a: string, b: string, ops: DiffOp[], level: number): void {
  if (a === '' || b === '') {
    push(ops, 'delete', a);
    push(ops, 'insert', b);
    return;
  }
  if (diffUnits(diffPieces(a), diffPieces(b), ops, null)) return;
  for (let i = level; i < SPLITTERS.length; i++) {
    const re = SPLITTERS[i] ?? /$/u;
    const ua = a.match(re) ?? [];
    const ub = b.match(re) ?? [];
    if (ua.length <= 1 && ub.length <= 1) continue;
    if (diffUnits(ua, ub, ops, (x, y) => diffText(x, y, ops, i + 1))) return;
    break;
  }
  push(ops, 'delete', a);
  push(ops, 'insert', b);
}

/**
 * Diffs two unit lists into `ops` (common prefix/suffix, then Myers); changed blocks go to `refine` when given.
 * Returns false, adding nothing, when more than MAX_EDITS edits would be needed.
 */
function diffUnits(a: readonly string[], b: readonly string[], ops: DiffOp[], refine: ((x: string, y: string) => void) | null): boolean {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const ids = new Map<string, number>();
  const idOf = (u: string): number => {
    let id = ids.get(u);
    if (id === undefined) {
      id = ids.size;
      ids.set(u, id);
    }
    return id;
  };
  const script = editScript(midA.map(idOf), midB.map(idOf), MAX_EDITS);
  if (script === null) return false;
  push(ops, 'equal', a.slice(0, start).join(''));
  if (refine === null) applyScript(script, midA, midB, ops);
  else {
    const unitOps: DiffOp[] = [];
    applyScript(script, midA, midB, unitOps);
    for (const run of changeRuns(unitOps)) {
      if (run.op === 'equal') push(ops, 'equal', run.text);
      else refine(run.deleted, run.inserted);
    }
  }
  push(ops, 'equal', a.slice(endA).join(''));
  return true;
}

function applyScript(script: readonly EditStep[], a: readonly string[], b: readonly string[], ops: DiffOp[]): void {
  let i = 0;
  let j = 0;
  for (const step of script) {
    if (step === EQUAL) {
      push(ops, 'equal', a[i++] ?? '');
      j++;
    } else if (step === DELETE) push(ops, 'delete', a[i++] ?? '');
    else push(ops, 'insert', b[j++] ?? '');
  }
}

function push(ops: DiffOp[], op: DiffOp['op'], text: string): void {
  if (text === '') return;
  const last = ops[ops.length - 1];
  if (last !== undefined && last.op === op) last.text += text;
  else ops.push({ op, text });
}

type Run = { op: 'equal'; text: string } | { op: 'change'; deleted: string; inserted: string };

/** Groups ops into equal runs and change runs (all deletes and inserts between two equal runs). */
function changeRuns(ops: readonly DiffOp[]): Run[] {
  const runs: Run[] = [];
  for (const o of ops) {
    const last = runs[runs.length - 1];
    if (o.op === 'equal') runs.push({ op: 'equal', text: o.text });
    else if (last !== undefined && last.op === 'change') {
      if (o.op === 'delete') last.deleted += o.text;
      else last.inserted += o.text;
    } else runs.push({ op: 'change', deleted: o.op === 'delete' ? o.text : '', inserted: o.op === 'insert' ? o.text : '' });
  }
  return runs;
}

/**
 * Readability clean-up keeping both texts intact: a whitespace-only equal piece between two changes joins them
 * ("a b" → "x y" reads as one replacement), and every change run becomes one delete then one insert.
 */
function tidy(ops: readonly DiffOp[]): DiffOp[] {
  const absorbed: DiffOp[] = [];
  for (let i = 0; i < ops.length; i++) {
    const o = ops[i];
    if (o === undefined) continue;
    const between = i > 0 && i < ops.length - 1 && o.op === 'equal' && /^\s+$/u.test(o.text);
    if (between) {
      absorbed.push({ op: 'delete', text: o.text }, { op: 'insert', text: o.text });
    } else absorbed.push(o);
  }
  const out: DiffOp[] = [];
  for (const run of changeRuns(absorbed)) {
    if (run.op === 'equal') push(out, 'equal', run.text);
    else {
      push(out, 'delete', run.deleted);
      push(out, 'insert', run.inserted);
    }
  }
  return out;
}
