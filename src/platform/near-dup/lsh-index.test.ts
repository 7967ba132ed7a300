import { describe, expect, it } from 'vitest';
import { fingerprint, LshIndex, NEAR_DUP_PARAMS } from './index';

const BASE = 'Đề nghị Ban soạn thảo xem xét lại mức lệ phí cấp giấy chứng nhận quyền sử dụng đất, vì mức thu hiện nay quá cao so với thu nhập của người dân nông thôn, nhất là đồng bào dân tộc thiểu số ở vùng sâu, vùng xa của tỉnh.';
const EDITED = BASE.replace('quá cao', 'rất cao').replace('của tỉnh', 'trong tỉnh ta');
const OTHER = 'Thời hạn giải quyết hồ sơ đăng ký kinh doanh nên rút ngắn xuống còn ba ngày làm việc để giảm chi phí cho doanh nghiệp nhỏ và vừa trên địa bàn tỉnh, đồng thời công khai kết quả trên cổng thông tin.';

describe('LshIndex', () => {
  it('returns a near-duplicate as a candidate and an unrelated text not', () => {
    const index = new LshIndex();
    index.insert(1, fingerprint(BASE));
    index.insert(2, fingerprint(OTHER));
    expect(index.size).toBe(2);
    expect(index.candidates(fingerprint(EDITED))).toEqual([1]);
    expect(index.candidates(fingerprint(OTHER.toUpperCase()))).toEqual([2]);
  });

  it('finds short texts (no signature) through the exact key only', () => {
    const index = new LshIndex();
    index.insert(5, fingerprint('Đồng ý với dự thảo.'));
    expect(index.candidates(fingerprint('dong y voi du thao'))).toEqual([5]);
    expect(index.candidates(fingerprint('Không đồng ý'))).toEqual([]);
  });

  it('never makes every text a candidate of every other (no shared empty band, unlike the npm package)', () => {
    const index = new LshIndex();
    const texts = Array.from({ length: 200 }, (_, i) => `Ý kiến số ${i}: ${OTHER.split(' ').slice(i % 20).join(' ')} và ${BASE.split(' ').slice(0, 10 + (i % 17)).reverse().join(' ')} ${i * 7919}`);
    texts.forEach((t, i) => index.insert(i, fingerprint(t)));
    const unrelated = fingerprint('Tôi đề nghị tăng số giờ học thể dục cho học sinh tiểu học, xây thêm sân chơi và bể bơi ở mỗi trường, bố trí giáo viên chuyên trách.');
    expect(index.candidates(unrelated)).toEqual([]);
  });

  it('forgets removed ids and re-files an id inserted again', () => {
    const index = new LshIndex();
    index.insert(1, fingerprint(BASE));
    index.insert(2, fingerprint(EDITED));
    index.remove(1);
    index.remove(99);
    expect(index.size).toBe(1);
    expect(index.candidates(fingerprint(BASE))).toEqual([2]);
    index.insert(2, fingerprint(OTHER));
    expect(index.size).toBe(1);
    expect(index.candidates(fingerprint(BASE))).toEqual([]);
    expect(index.candidates(fingerprint(OTHER))).toEqual([2]);
  });

  it('refuses fingerprints banded with other params', () => {
    const index = new LshIndex();
    const other = fingerprint(BASE, { ...NEAR_DUP_PARAMS, bands: NEAR_DUP_PARAMS.bands / 2 });
    expect(() => index.insert(1, other)).toThrow(/bands/);
  });
});
