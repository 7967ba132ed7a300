import { describe, expect, it } from 'vitest';
import { diffDrafts, parseDraftText } from '../index';

const TOPICS = ['hỗ trợ', 'đào tạo', 'khuyến công', 'nông nghiệp', 'du lịch', 'chuyển đổi số', 'môi trường', 'y tế', 'giáo dục', 'giao thông', 'văn hóa'];

/** A generated draft: 15 chapters of 20 articles, each with 3 khoản, the second with 5 điểm. `insertAt` adds one new article there. */
function generated(insertAt: number | null): string {
  const out = ['HỘI ĐỒNG NHÂN DÂN', 'TỈNH THỬ NGHIỆM', 'NGHỊ QUYẾT', 'Quy định chính sách thử nghiệm', 'Căn cứ Luật Tổ chức chính quyền địa phương;'];
  let number = 0;
  for (let i = 1; i <= 300; i++) {
    if ((i - 1) % 20 === 0) out.push(`Chương ${(i - 1) / 20 + 1}`, `NỘI DUNG NHÓM ${(i - 1) / 20 + 1}`);
    if (i === insertAt) out.push(`Điều ${++number}. Quy định bổ sung`, 'Nội dung hoàn toàn mới về thủ tục hành chính liên thông.');
    const topic = TOPICS[i % TOPICS.length] ?? '';
    out.push(
      `Điều ${++number}. Chính sách ${topic} số ${i}`,
      `1. Ngân sách tỉnh bố trí kinh phí thực hiện chính sách ${topic} thứ ${i} với mức tối đa ${i * 10}.000.000 đồng mỗi năm cho mỗi`,
      'đơn vị đủ điều kiện theo quy định của Nghị quyết này.',
      '2. Đối tượng được hưởng gồm:',
      `a) Hộ gia đình, cá nhân tham gia chương trình ${topic} tại địa phương;`,
      'b) Hợp tác xã, tổ hợp tác có phương án sản xuất kinh doanh hiệu quả;',
      'c) Doanh nghiệp nhỏ và vừa có trụ sở chính trên địa bàn tỉnh;',
      'd) Cơ sở giáo dục nghề nghiệp công lập và ngoài công lập;',
      'đ) Các đối tượng khác do Ủy ban nhân dân tỉnh quyết định.',
      `3. Hồ sơ đề nghị hỗ trợ nộp tại Bộ phận một cửa trước ngày ${(i % 28) + 1} tháng ${(i % 12) + 1} hằng năm.`,
    );
  }
  out.push('Nơi nhận:', '- Lưu: VT.', 'CHỦ TỊCH');
  return out.join('\n');
}

describe('performance sanity (times are reported, not asserted)', () => {
  it('parses and diffs a generated 300-article draft', () => {
    const textA = generated(null);
    const textB = generated(150);
    parseDraftText(textA); // warm-up (JIT, regex compilation)
    let t = performance.now();
    const a = parseDraftText(textA);
    const parseMs = performance.now() - t;
    const b = parseDraftText(textB);
    expect(a.articles).toHaveLength(300);
    expect(b.articles).toHaveLength(301);
    expect(a.nodes).toHaveLength(15);
    expect(a.articles[299]?.children.map((k) => k.children.length)).toEqual([0, 5, 0]);
    expect(a.warnings).toEqual([]);

    t = performance.now();
    const diffs = diffDrafts(a, b);
    const diffMs = performance.now() - t;
    const counts = new Map<string, number>();
    for (const d of diffs) counts.set(d.change, (counts.get(d.change) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({ unchanged: 149, added: 1, renumbered: 151 });
    console.info(
      `300-article draft (${textA.length} characters): parse ${parseMs.toFixed(1)} ms; diff against a version with one article inserted at 150 (151 renumbered): ${diffMs.toFixed(1)} ms`,
    );
  });
});
