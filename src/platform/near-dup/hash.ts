/**
 * Seeded 32-bit hashing for the near-duplicate fingerprints. Everything here is pure integer arithmetic on
 * Math.imul, so a value computed today in one process equals the value computed next year in another: the
 * signatures are stored in the database and compared with fresh ones.
 */

/** MurmurHash3's 32-bit finaliser: spreads every input bit over the whole word. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units of `s`, started from a seed-dependent basis and finalised with fmix32. */
export function hashString(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** Folds one more 32-bit value into a running hash (order matters: [a, b] and [b, a] differ). */
export function combine(h: number, v: number): number {
  h ^= fmix32(v);
  h = Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64;
  return h >>> 0;
}
