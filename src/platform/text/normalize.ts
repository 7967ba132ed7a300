/**
 * Normalisation helpers: NFC, text cleaning, accent-insensitive search keys, slugs, SQL LIKE escaping.
 */
import { FOLD_CHAR, TABLE_LIMIT, isCombiningCode, isInvisibleCode, isSpaceCode } from './char-tables';

const CRLF = /\r\n?/g;
const ODD_BREAKS = /[\u2028\u2029\f\v\u0085]/g;
const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;
// C0 and C1 control characters other than tab and the line breaks handled above (NUL cannot even be stored)
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const SPACE_RUN = /[ \t]+/g;
const TRAILING_SPACE = / +$/gm;
// anything one of the replacements above would change (any surrogate, paired or not, takes the long way)
const NEEDS_CLEANING = /[\r\u2028\u2029\f\v\u0085\u200b\u200c\u200d\u2060\ufeff\u00ad\u0000-\u0008\u000e-\u001f\u007f-\u009f\ud800-\udfff\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]| (?: |\n|$)/;
const NON_SLUG = /[^a-z0-9]+/g;
const EDGE_DASHES = /^-+|-+$/g;
const LIKE_SPECIAL = /[\\%_]/g;
const MARKS = /\p{M}+/gu;

// Module-local aliases: reading imported bindings in a hot loop is measurably slower.
const FOLD: ReadonlyArray<string | null> = FOLD_CHAR;
const LIMIT: number = TABLE_LIMIT;
const isSpace: (c: number) => boolean = isSpaceCode;
const isInvisible: (c: number) => boolean = isInvisibleCode;
const isCombining: (c: number) => boolean = isCombiningCode;

/** Text PostgreSQL can store: NUL dropped, an unpaired surrogate replaced by U+FFFD (as UTF-8 encoding does). */
export function storableText(s: string): string {
  return s.replace(/\u0000/g, '').replace(LONE_SURROGATE, '\ufffd');
}

/** Returns the Unicode NFC form of `s` (nothing else is changed). */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

/**
 * Cleans text extracted from documents: NFC, CRLF/CR (and U+2028/2029, form feed) → LF,
 * zero-width characters / BOM / soft hyphens and control characters removed, an unpaired surrogate (broken
 * UTF-16) → U+FFFD, NBSP and other odd spaces → space,
 * runs of spaces and tabs collapsed to one space, trailing spaces removed from every line,
 * and the whole result trimmed. Newlines are kept.
 */
export function cleanText(s: string): string {
  const n = s.normalize('NFC');
  // most text (every field of every submitted form) needs none of it: one scan instead of eight
  if (!NEEDS_CLEANING.test(n)) return n.trim();
  return n
    .replace(CRLF, '\n')
    .replace(ODD_BREAKS, '\n')
    .replace(INVISIBLE, '')
    .replace(CONTROLS, '')
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(ODD_SPACES, ' ')
    .replace(SPACE_RUN, ' ')
    .replace(TRAILING_SPACE, '')
    .trim();
}

/**
 * Builds an accent-insensitive search key: lowercase, every diacritic removed, đ/Đ → d,
 * all whitespace (incl. NBSP, newlines) collapsed to single spaces, trimmed.
 * Accepts NFC or NFD input. fold("Ủy ban nhân dân tỉnh Yên Bái") === "uy ban nhan dan tinh yen bai".
 */
export function fold(s: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (c === 32 || (c >= 9 && c <= 13)) {
        pendingSpace = out.length > 0;
        continue;
      }
      if (pendingSpace) {
        out += ' ';
        pendingSpace = false;
      }
      out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i];
      continue;
    }
    if (isCombining(c) || isInvisible(c)) continue;
    if (isSpace(c)) {
      pendingSpace = out.length > 0;
      continue;
    }
    const mapped = c < LIMIT ? FOLD[c] : null;
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += mapped ?? foldOther(s[i] ?? '');
  }
  return out;
}

/** A folded text plus, for every folded character, the range it came from in the original. */
export interface FoldedWithOffsets {
  /** Folded text (like `fold`, but not trimmed: leading/trailing whitespace become one space). */
  text: string;
  /** starts[i] = index in the original string where folded char i begins. */
  starts: number[];
  /** ends[i] = index in the original string just after folded char i (and its combining marks). */
  ends: number[];
}

/** Folds `s` like `fold` while recording where every folded character came from (used for in-text matching). */
export function foldWithOffsets(s: string): FoldedWithOffsets {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let inSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      if (inSpace) {
        ends[ends.length - 1] = i + 1;
      } else {
        parts.push(' ');
        starts.push(i);
        ends.push(i + 1);
        inSpace = true;
      }
      continue;
    }
    if (isCombining(c) || isInvisible(c)) {
      if (ends.length > 0) ends[ends.length - 1] = i + 1;
      continue;
    }
    inSpace = false;
    const mapped = c < LIMIT ? FOLD[c] : null;
    const out = mapped ?? foldOther(s[i] ?? '');
    for (let k = 0; k < out.length; k++) {
      parts.push(out[k] ?? '');
      starts.push(i);
      ends.push(i + 1);
    }
  }
  return { text: parts.join(''), starts, ends };
}

/** Turns text into a URL slug: folded, every run of non [a-z0-9] → "-", no leading/trailing dash ("Sở Tư pháp" → "so-tu-phap"). */
export function slugify(s: string): string {
  return fold(s).replace(NON_SLUG, '-').replace(EDGE_DASHES, '');
}

/** Escapes `\`, `%` and `_` with a backslash so `s` matches literally inside a SQL LIKE pattern (use ESCAPE '\'). */
export function escapeLike(s: string): string {
  return s.replace(LIKE_SPECIAL, '\\$&');
}

/** Folds a code unit outside the precomputed Latin tables (Greek, Cyrillic, …): lowercase, marks dropped. */
function foldOther(ch: string): string {
  return ch.toLowerCase().normalize('NFD').replace(MARKS, '');
}
