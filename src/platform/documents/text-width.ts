/**
 * Approximate advance widths of Times New Roman, so the NĐ 30 rule lines (under the issuer, the motto and
 * the subject) can be sized relative to the printed text without a layout engine.
 */

import { fold } from '../text';

// Adobe Times-Roman / Times-Bold metrics (1/1000 em) for the base Latin letters; Times New Roman is
// metric-compatible with them. Vietnamese diacritics do not change the advance width, so a letter is
// measured by its base letter.
const UPPER_REGULAR = [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611];
const UPPER_BOLD = [722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667];
const LOWER_REGULAR = [444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444];
const LOWER_BOLD = [500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444];
const PUNCT: Record<string, number> = { ' ': 250, '-': 333, '.': 250, ',': 250, ':': 278, ';': 278, '/': 278, '(': 333, ')': 333, '"': 408, "'": 180 };
const DIGIT = 500;
const OTHER = 500;

/** Returns the advance of one character in 1/1000 em. */
function charWidth(ch: string, bold: boolean): number {
  // đ/Đ have no decomposition; everything else reduces to its base letter under NFD.
  const base = ch === 'đ' ? 'd' : ch === 'Đ' ? 'D' : ch.normalize('NFD')[0] ?? ch;
  const c = base.charCodeAt(0);
  if (c >= 65 && c <= 90) return (bold ? UPPER_BOLD : UPPER_REGULAR)[c - 65] ?? OTHER;
  if (c >= 97 && c <= 122) return (bold ? LOWER_BOLD : LOWER_REGULAR)[c - 97] ?? OTHER;
  if (c >= 48 && c <= 57) return DIGIT;
  return PUNCT[base] ?? OTHER;
}

/** Estimates the printed width of a single line of text in twips. */
export function textWidthTwips(text: string, sizePt: number, bold = false): number {
  let units = 0;
  for (const ch of text.normalize('NFC')) units += charWidth(ch, bold);
  return Math.round((units / 1000) * sizePt * 20);
}

// Collective bodies are printed as "ỦY BAN NHÂN DÂN" / "TỈNH YÊN BÁI" (DOMAIN §5.2), never broken inside
// the body's own name, which a width-balanced split would do.
const BODY_PREFIXES = ['ỦY BAN NHÂN DÂN', 'UỶ BAN NHÂN DÂN', 'HỘI ĐỒNG NHÂN DÂN', 'ĐOÀN ĐẠI BIỂU QUỐC HỘI'];

// A line must not end on a connective ("SỞ THÔNG TIN VÀ / TRUYỀN THÔNG"); compared tone-folded.
const CONNECTIVES = new Set(['va', 've', 'cua', 'cho', 'voi', 'tai', 'thuoc']);

/**
 * Splits an upper-case body name into lines that fit `maxTwips`: explicit "\n" wins, then a known
 * collective-body prefix, then the word break giving the narrowest widest line without a dangling connective.
 */
export function splitToFit(text: string, maxTwips: number, sizePt: number, bold: boolean): string[] {
  const explicit = text.split('\n').map((s) => s.trim()).filter((s) => s !== '');
  if (explicit.length !== 1) return explicit;
  const line = explicit[0] ?? '';
  if (textWidthTwips(line, sizePt, bold) <= maxTwips) return [line];
  for (const prefix of BODY_PREFIXES) {
    if (line.startsWith(prefix + ' ')) {
      const rest = line.slice(prefix.length + 1).trim();
      return [prefix, ...splitToFit(rest, maxTwips, sizePt, bold)];
    }
  }
  const words = line.split(/\s+/);
  let best: string[] = [line];
  let bestWidth = Number.POSITIVE_INFINITY;
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(' ');
    const b = words.slice(i).join(' ');
    const dangling = CONNECTIVES.has(fold(words[i - 1] ?? ''));
    const w = Math.max(textWidthTwips(a, sizePt, bold), textWidthTwips(b, sizePt, bold)) + (dangling ? maxTwips : 0);
    if (w < bestWidth) {
      bestWidth = w;
      best = [a, b];
    }
  }
  return best;
}
