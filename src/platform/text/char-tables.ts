/**
 * Lookup tables shared by the Vietnamese text helpers.
 *
 * Everything here is computed once at module load so the hot functions
 * (`fold`, `toneKey`) only do array look-ups per character.
 */

/** Highest UTF-16 code unit covered by the look-up tables (exclusive). */
export const TABLE_LIMIT = 0x1f00;

/** The 12 Vietnamese vowel letters without tone, in a fixed order. */
export const BASE_VOWELS: readonly string[] = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];

/** Combining tone marks, indexed by tone number (0 = ngang / no mark). */
export const TONE_MARKS: readonly string[] = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/** The vowels that carry a quality mark (breve, circumflex or horn). */
const MARKED_BASES = new Set(['ă', 'â', 'ê', 'ô', 'ơ', 'ư']);

/**
 * For every lowercase NFC vowel code unit: `base * 6 + tone + 1`; 0 for anything else.
 * `base` indexes BASE_VOWELS, `tone` indexes TONE_MARKS.
 */
export const VOWEL_CODE = new Uint8Array(TABLE_LIMIT);

/** composedVowel[base * 6 + tone] is the NFC character for that vowel + tone. */
export const COMPOSED_VOWEL: readonly string[] = buildComposed();

/** True (1) for vowel base indices carrying a quality mark: ă â ê ô ơ ư. */
export const IS_MARKED_BASE: Uint8Array = Uint8Array.from(BASE_VOWELS, (v) => (MARKED_BASES.has(v) ? 1 : 0));

/**
 * FOLD_CHAR[c] is the search-key form of code unit c (lowercase, no diacritics, đ→d),
 * or null when c is outside the Latin ranges and must be lowercased at run time.
 */
export const FOLD_CHAR: ReadonlyArray<string | null> = buildFoldTable();

/** Returns true for whitespace-like code units (ASCII whitespace, NBSP, odd Unicode spaces). */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Returns true for invisible code units that should simply disappear (zero-width, BOM, soft hyphen). */
export function isInvisibleCode(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x00ad;
}

/** Returns true for code units in the Combining Diacritical Marks block. */
export function isCombiningCode(c: number): boolean {
  return c >= 0x300 && c <= 0x36f;
}

function buildComposed(): string[] {
  const out: string[] = [];
  BASE_VOWELS.forEach((base, b) => {
    TONE_MARKS.forEach((mark, t) => {
      const ch = (base + mark).normalize('NFC');
      if (ch.length !== 1) throw new Error(`cannot compose ${base}+${t}`);
      out[b * 6 + t] = ch;
      VOWEL_CODE[ch.charCodeAt(0)] = b * 6 + t + 1;
    });
  });
  return out;
}

function buildFoldTable(): Array<string | null> {
  const marks = /\p{M}+/gu;
  const table: Array<string | null> = new Array<string | null>(TABLE_LIMIT).fill(null);
  for (let c = 0; c < TABLE_LIMIT; c++) {
    if ((c >= 0x250 && c < 0x1e00) || (c >= 0xd800 && c <= 0xdfff)) continue;
    const folded = String.fromCharCode(c).toLowerCase().normalize('NFD').replace(marks, '');
    table[c] = folded.replace(/đ/g, 'd');
  }
  return table;
}
