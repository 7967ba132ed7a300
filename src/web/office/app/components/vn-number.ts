/**
 * Numbers typed and shown the Vietnamese way: "." groups thousands, "," marks decimals
 * ("1.000" = 1000, "12,5" = 12.5, "1.234,5" = 1234.5).
 *
 * Only that one form is accepted. "12.5" is refused rather than guessed: in Vietnamese it could be a
 * mistyped "12.500" or an English-style 12,5, and a report figure read wrong is worse than a question.
 * A dot is therefore only a thousands separator, between groups of exactly three digits.
 */

/** Why a typed number was refused: not in the Vietnamese form, or a fraction where a whole count is asked. */
export type VnNumberProblem = 'format' | 'whole';

/** The outcome of {@link parseVnNumber}. */
export type VnNumberResult = { value: number; problem: null } | { value: null; problem: VnNumberProblem };

// Digits, either plain ("1000") or in dot-separated groups of three ("1.000", "12.345.678"), then an optional
// comma and decimals. No sign: report figures are never negative.
const VN_NUMBER = /^(?:\d+|\d{1,3}(?:\.\d{3})+)(?:,\d+)?$/;

/**
 * Reads a number typed the Vietnamese way; `whole` refuses decimals (counts of documents, people, …).
 * Surrounding spaces are ignored; an empty text is a format problem (callers skip empty fields first).
 */
export function parseVnNumber(text: string, options: { whole?: boolean } = {}): VnNumberResult {
  const typed = text.trim();
  if (!VN_NUMBER.test(typed)) return { value: null, problem: 'format' };
  const value = Number(typed.replaceAll('.', '').replace(',', '.'));
  if (!Number.isFinite(value)) return { value: null, problem: 'format' };
  if (options.whole && !Number.isInteger(value)) return { value: null, problem: 'whole' };
  return { value, problem: null };
}

/** Shows a number the Vietnamese way ("1.234,5"), whatever the browser's language. */
export function formatVnNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  // en-US without grouping gives plain "1234.5" (never an exponent), which is then regrouped.
  const plain = Math.abs(value).toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
  const [int = '0', frac] = plain.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}
