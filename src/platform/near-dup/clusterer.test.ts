import { describe, expect, it } from 'vitest';
import { NearDupClusterer } from './index';

const BASE = 'Đề nghị Ban soạn thảo xem xét lại mức lệ phí cấp giấy chứng nhận quyền sử dụng đất, vì mức thu hiện nay quá cao so với thu nhập của người dân nông thôn, nhất là đồng bào dân tộc thiểu số ở vùng sâu, vùng xa của tỉnh.';
const OTHER = 'Thời hạn giải quyết hồ sơ đăng ký kinh doanh nên rút ngắn xuống còn ba ngày làm việc để giảm chi phí cho doanh nghiệp nhỏ và vừa trên địa bàn tỉnh, đồng thời công khai kết quả trên cổng thông tin.';
const THIRD = 'Tôi đề nghị tăng số giờ học thể dục cho học sinh tiểu học, xây thêm sân chơi và bể bơi ở mỗi trường, bố trí giáo viên chuyên trách cho từng cụm trường của huyện.';

describe('NearDupClusterer', () => {
  it('puts exact and near copies in the first text\'s cluster and unrelated texts in their own', () => {
    const c = new NearDupClusterer();
    expect(c.add(10, BASE)).toEqual({ cluster: 10, similarity: 0 });
    expect(c.add(11, OTHER)).toEqual({ cluster: 11, similarity: 0 });
    expect(c.add(12, BASE.toUpperCase().normalize('NFD'))).toEqual({ cluster: 10, similarity: 1 });
    const near = c.add(13, BASE.replace('quá cao', 'rất cao'));
    expect(near.cluster).toBe(10);
    expect(near.similarity).toBeGreaterThan(0.7);
    expect(near.similarity).toBeLessThan(1);
    expect(c.add(14, THIRD).cluster).toBe(14);
    expect(c.size).toBe(5);
    expect(c.clusterOf(13)).toBe(10);
    expect([...c.clusters()]).toEqual([
      [10, [10, 12, 13]],
      [11, [11]],
      [14, [14]],
    ]);
  });

  it('joins two clusters when a new text is a near-duplicate of both (single link), named by the earlier', () => {
    // left and right each keep two thirds of BASE, so they overlap each other by only one third
    const words = BASE.split(' ');
    const third = Math.floor(words.length / 3);
    const left = [...words.slice(0, 2 * third), ...OTHER.split(' ').slice(0, third)].join(' ');
    const right = [...THIRD.split(' ').slice(0, third), ...words.slice(third)].join(' ');
    // 64 bands of 2 rows: a pair at 0.5 is a candidate with probability 1 - (1 - 0.25)^64 > 0.99999
    const c = new NearDupClusterer({ hashes: 128, bands: 64, rows: 2, shingle: 2, seed: 7, threshold: 0.4 });
    c.add(1, right);
    c.add(2, left);
    expect(c.clusterOf(2)).toBe(2);
    const joined = c.add(3, BASE);
    expect(joined.cluster).toBe(1);
    expect(c.clusterOf(2)).toBe(1);
  });

  it('keeps short texts apart unless they are exact copies', () => {
    const c = new NearDupClusterer();
    c.add(1, 'Đồng ý với dự thảo.');
    expect(c.add(2, 'dong y voi du thao!').cluster).toBe(1);
    expect(c.add(3, 'Không đồng ý với dự thảo.').cluster).toBe(3);
  });

  it('refuses an id added twice and an unknown id', () => {
    const c = new NearDupClusterer();
    c.add(1, BASE);
    expect(() => c.add(1, OTHER)).toThrow(/already/);
    expect(() => c.clusterOf(2)).toThrow(/never/);
  });

  it('grows past its first allocations and keeps a big campaign together', () => {
    const c = new NearDupClusterer();
    const words = BASE.split(' ');
    for (let i = 0; i < 3000; i++) {
      // each member changes one word of the template at a varying place and adds a number
      const edited = words.map((w, j) => (j === i % words.length ? `chỗ${i % 7}` : w));
      c.add(i, `${edited.join(' ')} ${i % 2 ? 'xin cảm ơn' : ''}`);
    }
    for (let i = 0; i < 3000; i++) c.add(10_000 + i, `${OTHER} mã số ${i} ${THIRD.split(' ').slice(i % 30, (i % 30) + 5).join(' ')} ${i * 31}`);
    const clusters = c.clusters();
    expect(clusters.get(0)).toHaveLength(3000);
    expect(c.clusterOf(2999)).toBe(0);
  });
});

describe('NearDupClusterer ids', () => {
  it('accepts any number as an id (0 and -0 are one id) and refuses fingerprints not made by fingerprint()', () => {
    const c = new NearDupClusterer();
    c.add(0, 'Đồng ý.');
    expect(() => c.add(-0, 'Đồng ý.')).toThrow(/already/);
    c.add(2 ** 53 - 1, 'Đồng ý!');
    c.add(-3.5, 'Không đồng ý.');
    expect(c.clusterOf(2 ** 53 - 1)).toBe(0);
    expect(c.clusterOf(-3.5)).toBe(-3.5);
    expect(() => c.addFingerprint(9, { exact: 'not-a-key', signature: null, bands: [] })).toThrow(/exact key/);
  });
});
