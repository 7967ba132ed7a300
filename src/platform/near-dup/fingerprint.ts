/**
 * Fingerprints of a comment: the exact key, the MinHash signature over syllable shingles and its LSH band hashes.
 * Text is normalised with the platform's Vietnamese toolkit first (fold: NFC/NFD, case and every diacritic, so
 * "Hoà"/"hòa"/"hoa" and both tone placements meet; tokenize: punctuation and spacing dropped).
 */
import { fold, tokenize } from '../text';
import { combine, fmix32 } from './hash';
import type { NearDupParams } from './params';

/** What is kept per text (see the module door for the contract). */
export interface Fingerprint {
  exact: string;
  signature: Uint32Array | null;
  bands: number[];
}

/** Fewer shingles than this and MinHash says little (one edit changes most of them): only the exact key decides. */
export const MIN_SHINGLES = 8;

// The exact key never depends on the tunable params, so retuning MinHash keeps the exact keys stored so far valid.
const EXACT_SEED_A = 0x2f6b1e4d;
const EXACT_SEED_B = 0x6a09e667;
const GOLDEN = 0x9e3779b9;

const checked = new WeakSet<NearDupParams>();

/** Throws when the params cannot describe a banded signature (checked once per params object). */
export function checkParams(p: NearDupParams): void {
  if (checked.has(p)) return;
  const ints = [p.hashes, p.bands, p.rows, p.shingle];
  if (!ints.every((n) => Number.isInteger(n) && n >= 1)) throw new Error('near-dup: hashes, bands, rows and shingle must be whole numbers ≥ 1');
  if (p.bands * p.rows > p.hashes) throw new Error(`near-dup: ${p.bands} bands × ${p.rows} rows need more than ${p.hashes} hashes`);
  if (!Number.isInteger(p.seed) || p.seed < 0 || p.seed > 0xffffffff) throw new Error('near-dup: seed must be a 32-bit unsigned integer');
  if (!(p.threshold > 0 && p.threshold <= 1)) throw new Error('near-dup: threshold must be in (0, 1]');
  checked.add(p);
}

let tokenHashes = new Uint32Array(256);

function hex8(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

/**
 * Normalises `text` into per-syllable hashes (written to the module's scratch buffer) and returns their count
 * and the 64-bit exact key of the syllable sequence.
 */
function syllables(text: string, seedMix: number): { count: number; exact: string } {
  const tokens = tokenize(fold(text));
  if (tokens.length > tokenHashes.length) tokenHashes = new Uint32Array(tokens.length * 2);
  let exactA = EXACT_SEED_A;
  let exactB = EXACT_SEED_B;
  for (let t = 0; t < tokens.length; t++) {
    const s = tokens[t]!;
    // two FNV-style lanes in one pass: 64 bits per syllable, so two different syllables never share an exact key
    let a = 0x811c9dc5;
    let b = 0x01000193;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
    }
    exactA = combine(exactA, a);
    exactB = combine(exactB, b ^ s.length);
    tokenHashes[t] = fmix32(a ^ seedMix);
  }
  return { count: tokens.length, exact: hex8(fmix32(exactA ^ tokens.length)) + hex8(fmix32(exactB)) };
}

/** Computes the exact key, the MinHash signature (null under MIN_SHINGLES shingles) and the band hashes of `text`. */
export function computeFingerprint(text: string, p: NearDupParams): Fingerprint {
  checkParams(p);
  const seedMix = fmix32(p.seed ^ GOLDEN);
  const { count, exact } = syllables(text, seedMix);
  const k = p.shingle;
  const shingles = count - k + 1;
  if (shingles < MIN_SHINGLES) return { exact, signature: null, bands: [] };
  const K = p.hashes;
  const sig = new Uint32Array(K).fill(0xffffffff);
  const th = tokenHashes;
  for (let i = 0; i < shingles; i++) {
    let h = seedMix;
    for (let j = 0; j < k; j++) h = combine(h, th[i + j]!);
    // Double hashing (Kirsch–Mitzenmacher): slot s hashes h1 + s·h2, one 64-bit hash per shingle instead of K
    // hash computations. The xor-shift-multiply (a bijection) after it matters: without it a shingle whose h2
    // is small is the minimum of a long run of neighbouring slots, and two texts sharing only that shingle look
    // several times more similar than they are.
    const h1 = fmix32(h);
    const h2 = fmix32(h ^ GOLDEN) | 1;
    let v = h1;
    for (let s = 0; s < K; s++) {
      const x = Math.imul(v ^ (v >>> 16), 0x45d9f3b) >>> 0;
      if (x < sig[s]!) sig[s] = x;
      v = (v + h2) | 0;
    }
  }
  return { exact, signature: sig, bands: bandHashes(sig, p, seedMix) };
}

/** One 32-bit hash per band over its `rows` signature values; the band number is hashed in too. */
function bandHashes(sig: Uint32Array, p: NearDupParams, seedMix: number): number[] {
  const out = new Array<number>(p.bands);
  for (let b = 0; b < p.bands; b++) {
    let h = combine(seedMix, b);
    const start = b * p.rows;
    for (let r = 0; r < p.rows; r++) h = combine(h, sig[start + r]!);
    out[b] = fmix32(h);
  }
  return out;
}

/** Share of equal signature slots, i.e. the estimated Jaccard similarity of the two shingle sets. */
export function signatureSimilarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new Error(`near-dup: signatures of ${a.length} and ${b.length} hashes cannot be compared`);
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

/** 1 when the exact keys are equal; the estimated Jaccard otherwise (0 when either text had no signature). */
export function similarity(a: Fingerprint, b: Fingerprint): number {
  if (a.exact === b.exact) return 1;
  if (!a.signature || !b.signature) return 0;
  return signatureSimilarity(a.signature, b.signature);
}

/** The signature as bytes for the database: each value as a little-endian uint32, whatever the machine. */
export function encodeSignature(sig: Uint32Array): Buffer {
  const out = Buffer.allocUnsafe(sig.length * 4);
  for (let i = 0; i < sig.length; i++) out.writeUInt32LE(sig[i]!, i * 4);
  return out;
}

/** Reads bytes written by encodeSignature back into a signature. */
export function decodeSignature(bytes: Uint8Array): Uint32Array {
  if (bytes.length % 4 !== 0) throw new Error(`near-dup: a signature is a multiple of 4 bytes, got ${bytes.length}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}
