/**
 * Tone-placement-insensitive comparison keys for Vietnamese.
 *
 * Vietnamese text mixes two conventions for where the tone mark sits in the open
 * diphthongs oa / oe / uy: "hòa, khỏe, thủy, Ủy ban" versus "hoà, khoẻ, thuỷ, Uỷ ban".
 * `toneKey` rewrites every syllable so the tone sits at ONE canonical position that
 * depends only on the toneless spelling, so both conventions (and typos such as
 * "qúy", "hòang") give the same key while different tones stay different.
 *
 * Canonical rule (per syllable, after lowercasing and NFC):
 *  1. The vowel nucleus is the contiguous run of vowels (a ă â e ê i o ô ơ u ư y);
 *     the "u" of "qu" and the "i" of "gi" + vowel belong to the consonant.
 *  2. If the nucleus has a vowel with a quality mark (ă â ê ô ơ ư), the tone goes on
 *     the last such vowel: người, thuở, giường, cứu, tuổi, nguyễn.
 *  3. Else if the nucleus is a single vowel, the tone goes on it: quý, già, giá.
 *  4. Else if a final consonant follows, the tone goes on the last vowel: hoàng, huỳnh.
 *  5. Else a two-vowel nucleus takes it on the FIRST vowel (traditional placement):
 *     hòa, khỏe, thủy, ủy, mái, mùa; a three-vowel nucleus on the MIDDLE vowel:
 *     ngoài, khuỷu, xoáy.
 * Syllables whose vowels are not contiguous (foreign words like "café") or that carry
 * more than one tone mark are left unchanged.
 */
import { COMPOSED_VOWEL, IS_MARKED_BASE, TABLE_LIMIT, VOWEL_CODE } from './char-tables';
import { cleanText } from './normalize';

const CODE_Q = 0x71;
const CODE_G = 0x67;
const CODE_D_STROKE = 0x111;
const BASE_I = 5;
const BASE_U = 9;

// Module-local aliases: reading imported bindings in a hot loop is measurably slower.
const VOWELS_BY_CODE: Uint8Array = VOWEL_CODE;
const LIMIT: number = TABLE_LIMIT;
const MARKED: Uint8Array = IS_MARKED_BASE;
const COMPOSED: readonly string[] = COMPOSED_VOWEL;

/**
 * Returns a lowercase NFC comparison key in which every syllable's tone mark is moved to the
 * canonical position described in this module (e.g. toneKey("Hoà") === toneKey("hòa") === "hòa").
 */
export function toneKey(s: string): string {
  const t = s.toLowerCase().normalize('NFC');
  const n = t.length;
  let out: string | null = null;
  let copied = 0;
  let i = 0;
  while (i < n) {
    if (!isSyllableLetter(t.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    let toned = -1;
    let tonedCount = 0;
    while (j < n) {
      const c = t.charCodeAt(j);
      if (!isSyllableLetter(c)) break;
      const v = vowelCode(c);
      if (v !== 0 && (v - 1) % 6 !== 0) {
        toned = j;
        tonedCount++;
      }
      j++;
    }
    if (tonedCount === 1) {
      const target = canonicalTonePosition(t, i, j);
      if (target !== -1 && target !== toned) {
        out = (out ?? '') + t.slice(copied, i) + moveTone(t, i, j, toned, target);
        copied = j;
      }
    }
    i = j;
  }
  return out === null ? t : out + t.slice(copied);
}

/** Returns true when `a` and `b` are the same text after `cleanText`, ignoring case and tone-mark placement. */
export function sameText(a: string, b: string): boolean {
  return toneKey(cleanText(a)) === toneKey(cleanText(b));
}

/** Returns `base * 6 + tone + 1` for a lowercase NFC vowel code unit, 0 otherwise. */
function vowelCode(c: number): number {
  return c < LIMIT ? (VOWELS_BY_CODE[c] ?? 0) : 0;
}

/** Returns true for the letters a Vietnamese syllable is made of (a–z, đ, toned/marked vowels). */
function isSyllableLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || c === CODE_D_STROKE || vowelCode(c) !== 0;
}

/** Returns the index (in `t`) where the tone of the syllable t[start, end) belongs, or -1 to leave it alone. */
function canonicalTonePosition(t: string, start: number, end: number): number {
  let first = -1;
  let last = -1;
  for (let k = start; k < end; k++) {
    if (vowelCode(t.charCodeAt(k)) === 0) continue;
    if (first === -1) first = k;
    else if (k !== last + 1) return -1;
    last = k;
  }
  if (first === -1) return -1;
  let v0 = first;
  if (last > first && first === start + 1) {
    const initial = t.charCodeAt(start);
    const base = baseOf(t, first);
    if ((initial === CODE_Q && base === BASE_U) || (initial === CODE_G && base === BASE_I)) v0++;
  }
  let marked = -1;
  for (let k = v0; k <= last; k++) {
    if (MARKED[baseOf(t, k)] === 1) marked = k;
  }
  if (marked !== -1) return marked;
  const size = last - v0 + 1;
  if (size === 1) return v0;
  if (last < end - 1) return last;
  return size === 2 ? v0 : v0 + 1;
}

/** Returns the BASE_VOWELS index of the vowel at t[k]. */
function baseOf(t: string, k: number): number {
  return Math.floor((vowelCode(t.charCodeAt(k)) - 1) / 6);
}

/** Rebuilds t[start, end) with the tone taken off `from` and put on `to`. */
function moveTone(t: string, start: number, end: number, from: number, to: number): string {
  const tone = (vowelCode(t.charCodeAt(from)) - 1) % 6;
  let seg = '';
  for (let k = start; k < end; k++) {
    if (k === from) seg += COMPOSED[baseOf(t, k) * 6] ?? '';
    else if (k === to) seg += COMPOSED[baseOf(t, k) * 6 + tone] ?? '';
    else seg += t[k] ?? '';
  }
  return seg;
}
