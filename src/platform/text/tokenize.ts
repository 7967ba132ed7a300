/**
 * Splitting Vietnamese text into syllables / words / document codes.
 */

/**
 * A token is a run of letters (with any combining marks) and digits; runs joined by a single
 * "/", "-", "&", "." (or U+2010/U+2011 hyphens) stay one token, so "TT&TT", "07/CT-TTg",
 * "21/3/2023" and "1.000" are single tokens while a trailing "." or "-" is dropped.
 */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[/&.\-\u2010\u2011][\p{L}\p{M}\p{N}]+)*/gu;

/** Splits `s` into NFC tokens (Vietnamese syllables, numbers and joined codes like "07/CT-TTg"), in order, dropping whitespace and punctuation. */
export function tokenize(s: string): string[] {
  return s.normalize('NFC').match(TOKEN) ?? [];
}
