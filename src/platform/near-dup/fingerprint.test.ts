import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syllableKey } from './fingerprint';
import { decodeSignature, encodeSignature, fingerprint, isNearDuplicate, MIN_SHINGLES, NEAR_DUP_PARAMS, similarity, type NearDupParams } from './index';

const SYLLABLES = ['đề', 'nghị', 'ban', 'soạn', 'thảo', 'xem', 'xét', 'lại', 'mức', 'lệ', 'phí', 'cấp', 'giấy', 'chứng', 'nhận', 'quyền', 'sử', 'dụng', 'đất', 'thời', 'hạn', 'giải', 'quyết', 'hồ', 'sơ', 'học', 'sinh', 'trường', 'huyện', 'xã', 'người', 'dân', 'hòa', 'thủy', 'khỏe', 'doanh', 'nghiệp', 'thuế', 'bồi', 'thường'];
const syllable = fc.constantFrom(...SYLLABLES);
/** A comment of 20–80 syllables drawn from a small vocabulary (so unrelated texts still share many syllables). */
const comment = fc.array(syllable, { minLength: 20, maxLength: 80 });

const LONG = 'Đề nghị Ban soạn thảo xem xét lại mức lệ phí cấp giấy chứng nhận quyền sử dụng đất, vì mức thu hiện nay quá cao so với thu nhập của người dân nông thôn, nhất là đồng bào dân tộc thiểu số ở vùng sâu, vùng xa của tỉnh.';

function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

describe('fingerprint', () => {
  it('gives identical texts similarity 1 and the same signature, call after call', () => {
    fc.assert(
      fc.property(comment, (words) => {
        const text = words.join(' ');
        const a = fingerprint(text);
        const b = fingerprint(text);
        expect(similarity(a, b)).toBe(1);
        expect(b).toEqual(a);
      }),
    );
  });

  it('gives an accent-stripped, re-cased, re-punctuated, re-spaced copy the same exact key', () => {
    fc.assert(
      fc.property(comment, fc.boolean(), (words, upper) => {
        const text = words.join(' ') + '.';
        const copy = '  ' + stripAccents(words.join(' ,  ')).replace(/\b\w/g, (c) => (upper ? c.toUpperCase() : c)) + '!!!';
        expect(fingerprint(copy).exact).toBe(fingerprint(text).exact);
      }),
    );
    // both tone placements and decomposed (NFD) input
    expect(fingerprint('Hoà bình, khoẻ mạnh, thuỷ lợi, Uỷ ban nhân dân tỉnh Yên Bái').exact).toBe(fingerprint('hòa bình khỏe mạnh thủy lợi ủy ban nhân dân tỉnh yên bái').exact);
    expect(fingerprint(LONG.normalize('NFD')).exact).toBe(fingerprint(LONG).exact);
  });

  it('splits folded text into the same syllables as tokenize() (the fast ASCII scan)', () => {
    const piece = fc.constantFrom('ab', 'Đề', '07', 'CT', 'TTg', '/', '-', '.', '&', ' ', ',', '  ', '1.000', 'hoà', '--', './', '\n', 'x', 'ω', 'Жа');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(syllableKey(text, false)).toEqual(syllableKey(text, true));
      }),
      { numRuns: 500 },
    );
    expect(syllableKey('Công văn 07/CT-TTg ngày 21/3/2023, mức 1.000 đồng.', false).count).toBe(8);
  });

  it('gives different texts different exact keys', () => {
    expect(fingerprint(LONG).exact).not.toBe(fingerprint(LONG.replace('cao', 'thấp')).exact);
    expect(fingerprint('a b').exact).not.toBe(fingerprint('ab').exact);
  });

  it('rates texts with no shingle in common at (almost) 0', () => {
    const left = fc.array(fc.constantFrom(...SYLLABLES.slice(0, 20)), { minLength: 20, maxLength: 80 });
    const right = fc.array(fc.constantFrom(...SYLLABLES.slice(20)), { minLength: 20, maxLength: 80 });
    fc.assert(
      fc.property(left, right, (x, y) => {
        // equal slots would need two different shingles to hash to the same 32-bit value
        expect(similarity(fingerprint(x.join(' ')), fingerprint(y.join(' ')))).toBeLessThanOrEqual(1 / NEAR_DUP_PARAMS.hashes);
      }),
    );
  });

  it('rates unrelated texts low and a lightly edited copy high', () => {
    const unrelated = 'Thời hạn giải quyết hồ sơ đăng ký kinh doanh nên rút ngắn xuống còn ba ngày làm việc để giảm chi phí cho doanh nghiệp nhỏ và vừa trên địa bàn tỉnh, đồng thời công khai kết quả trên cổng thông tin.';
    expect(similarity(fingerprint(LONG), fingerprint(unrelated))).toBeLessThan(0.1);
    const edited = LONG.replace('quá cao', 'rất cao').replace(', nhất là', '. Nhất là').toUpperCase();
    const s = similarity(fingerprint(LONG), fingerprint(edited));
    expect(s).toBeGreaterThan(0.7);
    expect(s).toBeLessThan(1);
    expect(isNearDuplicate(fingerprint(LONG), fingerprint(edited))).toBe(true);
    expect(isNearDuplicate(fingerprint(LONG), fingerprint(unrelated))).toBe(false);
  });

  it('estimates the Jaccard similarity of the shingle sets within 5 standard errors', () => {
    fc.assert(
      fc.property(comment, comment, (x, y) => {
        const a = fingerprint(x.join(' '));
        const b = fingerprint(y.join(' '));
        if (!a.signature || !b.signature || a.exact === b.exact) return;
        const j = jaccard(shingles(x), shingles(y));
        const se = Math.sqrt(Math.max(j * (1 - j), 0.01) / NEAR_DUP_PARAMS.hashes);
        expect(Math.abs(similarity(a, b) - j)).toBeLessThanOrEqual(5 * se + 1 / NEAR_DUP_PARAMS.hashes);
      }),
      { numRuns: 300 },
    );
  });

  it('returns `bands` band hashes, all different, none shared with another band of an unrelated text', () => {
    fc.assert(
      fc.property(comment, comment, (x, y) => {
        const a = fingerprint(x.join(' '));
        expect(a.bands).toHaveLength(NEAR_DUP_PARAMS.bands);
        expect(new Set(a.bands).size).toBe(NEAR_DUP_PARAMS.bands);
        for (const h of a.bands) expect(Number.isInteger(h) && h >= 0 && h <= 0xffffffff).toBe(true);
        const b = fingerprint(y.join(' '));
        // the npm package's bug: trailing empty bands shared by every text; here a shared band means equal rows
        for (let i = 0; i < a.bands.length; i++) {
          if (a.bands[i] !== b.bands[i]) continue;
          const rows = NEAR_DUP_PARAMS.rows;
          expect(a.signature!.subarray(i * rows, (i + 1) * rows)).toEqual(b.signature!.subarray(i * rows, (i + 1) * rows));
        }
      }),
    );
  });

  it('keeps no signature for a text under MIN_SHINGLES shingles: only the exact key decides', () => {
    const short = fingerprint('Đồng ý với dự thảo.');
    expect(short.signature).toBeNull();
    expect(short.bands).toEqual([]);
    expect(similarity(short, fingerprint('dong y voi du thao'))).toBe(1);
    expect(similarity(short, fingerprint('Đồng ý với dự thảo này'))).toBe(0);
    expect(similarity(short, fingerprint(LONG))).toBe(0);
    const words = LONG.split(' ');
    const atLimit = words.slice(0, MIN_SHINGLES + NEAR_DUP_PARAMS.shingle - 1).join(' ');
    expect(fingerprint(atLimit).signature).not.toBeNull();
    expect(fingerprint(words.slice(0, MIN_SHINGLES + NEAR_DUP_PARAMS.shingle - 2).join(' ')).signature).toBeNull();
  });

  it('is pinned to the seed: stored signatures stay valid across processes, another seed gives others', () => {
    const fp = fingerprint(LONG, PINNED_PARAMS);
    // values computed once and written here: a change of the hashing would invalidate the stored signatures
    expect([fp.exact, fp.signature![0], fp.signature![127], fp.bands[0], fp.bands[15]]).toEqual(PINNED);
    const fo = fingerprint(LONG, { ...PINNED_PARAMS, seed: PINNED_PARAMS.seed + 1 });
    expect(fo.exact).toBe(fp.exact);
    expect(similarity({ ...fo, exact: 'x' }, fp)).toBeLessThan(0.1);
  });

  it('round-trips a signature through its little-endian bytes', () => {
    const sig = fingerprint(LONG).signature!;
    const bytes = encodeSignature(sig);
    expect(bytes).toHaveLength(sig.length * 4);
    expect(bytes.readUInt32LE(4)).toBe(sig[1]);
    expect(decodeSignature(bytes)).toEqual(sig);
    // from an unaligned slice of a bigger buffer, as a database driver may hand it over
    const padded = Buffer.concat([Buffer.from([7]), bytes]);
    expect(decodeSignature(padded.subarray(1))).toEqual(sig);
    expect(() => decodeSignature(new Uint8Array(5))).toThrow();
  });

  it('refuses params that cannot be banded', () => {
    expect(() => fingerprint(LONG, { ...NEAR_DUP_PARAMS, bands: 100, rows: 2 })).toThrow(/bands/);
    expect(() => fingerprint(LONG, { ...NEAR_DUP_PARAMS, threshold: 0 })).toThrow(/threshold/);
  });
});

function shingles(words: string[]): Set<string> {
  const k = NEAR_DUP_PARAMS.shingle;
  const out = new Set<string>();
  const folded = words.map((w) => stripAccents(w).toLowerCase());
  for (let i = 0; i + k <= folded.length; i++) out.add(folded.slice(i, i + k).join(' '));
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

const PINNED_PARAMS: NearDupParams = { hashes: 128, bands: 16, rows: 8, shingle: 3, seed: 1, threshold: 0.5 };
const PINNED: unknown[] = ['a112f557aeab40d1', 3849039498, 19788734, 35296814, 3926494853];
