/** The letters of a receipt code (GY- and 8 of them): Crockford's base 32, without I, L, O and U. */
export const RECEIPT_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A receipt code as a person types or reads it back: any case, spaces or dashes anywhere, "GY" left out, and the
 * letters the codes never use read as the digits they look like (O → 0, I and L → 1). Unrecognisable input comes
 * back upper-cased, to find nothing.
 */
export function normaliseReceiptCode(typed: string): string {
  const joined = typed.toUpperCase().replace(/[\s\-_.·]/g, '');
  // the prefix is dropped only from ten letters: a code of its own may begin with GY
  const bare = (joined.length === 10 && joined.startsWith('GY') ? joined.slice(2) : joined).replace(/O/g, '0').replace(/[IL]/g, '1');
  return bare.length === 8 && [...bare].every((ch) => RECEIPT_ALPHABET.includes(ch)) ? `GY-${bare}` : typed.trim().toUpperCase();
}
