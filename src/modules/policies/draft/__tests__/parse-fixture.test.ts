import { describe, expect, it } from 'vitest';
import { articleText, parseDraftText } from '../index';
import { fixtureText, nodeAt, outline } from './fixtures';

const v1 = parseDraftText(fixtureText('du-thao-nq-ho-tro-v1.txt'));

describe('parseDraftText on the v1 draft Nghị quyết', () => {
  it('finds the sentence-case title between the header and the issuing authority', () => {
    expect(v1.title).toBe(
      'NGHỊ QUYẾT Quy định mức hỗ trợ chi phí học nghề và tạo việc làm cho lao động nông thôn trên địa bàn tỉnh Lạng Sơn giai đoạn 2026 - 2030',
    );
  });

  it('builds the exact chapter / article / khoản / điểm tree', () => {
    expect(outline(v1.nodes)).toEqual([
      'chuong-i|Chương I|QUY ĐỊNH CHUNG',
      'dieu-1|Điều 1|Phạm vi điều chỉnh',
      'dieu-2|Điều 2|Đối tượng áp dụng',
      'dieu-2-khoan-1|Khoản 1|',
      'dieu-2-khoan-1-diem-a|Điểm a|',
      'dieu-2-khoan-1-diem-b|Điểm b|',
      'dieu-2-khoan-1-diem-c|Điểm c|',
      'dieu-2-khoan-1-diem-d|Điểm d|',
      'dieu-2-khoan-1-diem-dd|Điểm đ|',
      'dieu-2-khoan-2|Khoản 2|',
      'dieu-2-khoan-3|Khoản 3|',
      'dieu-3|Điều 3|Nguyên tắc hỗ trợ',
      'dieu-3-khoan-1|Khoản 1|',
      'dieu-3-khoan-2|Khoản 2|',
      'dieu-3-khoan-3|Khoản 3|',
      'chuong-ii|Chương II|MỨC HỖ TRỢ VÀ TỔ CHỨC THỰC HIỆN',
      'dieu-4|Điều 4|Mức hỗ trợ',
      'dieu-4-khoan-1|Khoản 1|',
      'dieu-4-khoan-2|Khoản 2|',
      'dieu-4-khoan-3|Khoản 3|',
      'dieu-4-khoan-4|Khoản 4|',
      'dieu-4-khoan-4-diem-a|Điểm a|',
      'dieu-4-khoan-4-diem-b|Điểm b|',
      'dieu-4-khoan-4-diem-c|Điểm c|',
      'dieu-5|Điều 5|Hồ sơ, trình tự thực hiện',
      'dieu-5-khoan-1|Khoản 1|',
      'dieu-5-khoan-2|Khoản 2|',
      'dieu-5-khoan-3|Khoản 3|',
      'dieu-6|Điều 6|Tổ chức thực hiện',
      'dieu-6-khoan-1|Khoản 1|',
      'dieu-6-khoan-2|Khoản 2|',
      'dieu-6-khoan-3|Khoản 3|',
      'dieu-6-khoan-4|Khoản 4|',
    ]);
    expect(v1.nodes.map((n) => n.kind)).toEqual(['chuong', 'chuong']);
    expect(v1.nodes.map((n) => n.number)).toEqual(['I', 'II']);
    expect(v1.articles.map((a) => a.anchor)).toEqual(['dieu-1', 'dieu-2', 'dieu-3', 'dieu-4', 'dieu-5', 'dieu-6']);
    expect(v1.warnings).toEqual([]);
  });

  it('counts khoản and điểm of specific articles', () => {
    const [d1, d2, , d4] = v1.articles;
    expect(d1?.children).toHaveLength(0);
    expect(d1?.text).toMatch(/^Nghị quyết này quy định mức hỗ trợ .* giai đoạn 2026 - 2030\.$/u);
    expect(d2?.children.map((k) => k.children.length)).toEqual([5, 0, 0]);
    expect(d2?.children[0]?.children.map((d) => d.number)).toEqual(['a', 'b', 'c', 'd', 'đ']);
    expect(d4?.children).toHaveLength(4);
    expect(d4?.children[3]?.children).toHaveLength(3);
    expect(d4?.children.every((k) => k.kind === 'khoan')).toBe(true);
  });

  it('joins wrapped continuation lines, also one starting with "1.000.000 đồng"', () => {
    expect(nodeAt(v1.nodes, 'dieu-4-khoan-2').text).toBe(
      'Hỗ trợ tiền ăn trong thời gian học cho người thuộc hộ nghèo, người dân tộc thiểu số với mức 1.000.000 đồng/người/tháng, tính theo số ngày học thực tế.',
    );
    expect(nodeAt(v1.nodes, 'dieu-4-khoan-4-diem-a').text).toBe(
      'Hỗ trợ một lần 2.000.000 đồng/người cho lao động tự tạo việc làm hoặc được doanh nghiệp tiếp nhận vào làm việc có hợp đồng lao động từ 12 tháng trở lên;',
    );
  });

  it('keeps table lines in the khoản that introduces them', () => {
    expect(nodeAt(v1.nodes, 'dieu-4-khoan-1').text.split('\n')).toEqual([
      'Hỗ trợ chi phí đào tạo theo ngành nghề và thời gian đào tạo thực tế, mức tối đa như sau:',
      'Nhóm ngành nghề | Trình độ sơ cấp | Đào tạo dưới 03 tháng',
      'Nông nghiệp, lâm nghiệp | 4.000.000 đồng/người/khóa | 2.500.000 đồng/người/khóa',
      'Phi nông nghiệp | 5.000.000 đồng/người/khóa | 3.000.000 đồng/người/khóa',
    ]);
  });

  it('splits preamble and closing around the articles', () => {
    expect(v1.preamble.startsWith('HỘI ĐỒNG NHÂN DÂN\nTỈNH LẠNG SƠN')).toBe(true);
    expect(v1.preamble).toContain('Căn cứ Luật Giáo dục nghề nghiệp');
    expect(v1.preamble.endsWith('QUYẾT NGHỊ:')).toBe(true);
    expect(v1.closing.startsWith('Nơi nhận:\n- Ủy ban Thường vụ Quốc hội;')).toBe(true);
    expect(v1.closing.endsWith('CHỦ TỊCH\n\nHoàng Văn Tiến')).toBe(true);
    expect(nodeAt(v1.nodes, 'dieu-6-khoan-4').text.endsWith('01 tháng 01 năm 2026./.')).toBe(true);
  });

  it('renders an article as one line per khoản / điểm', () => {
    const text = articleText(nodeAt(v1.nodes, 'dieu-2'));
    expect(text.split('\n')).toEqual([
      'Điều 2. Đối tượng áp dụng',
      '1. Lao động nông thôn trong độ tuổi lao động, có nhu cầu học nghề, thuộc một trong các nhóm sau:',
      'a) Người thuộc hộ nghèo, hộ cận nghèo;',
      'b) Người dân tộc thiểu số cư trú tại các xã khu vực III;',
      'c) Người khuyết tật còn khả năng lao động;',
      'd) Người thuộc hộ gia đình bị thu hồi đất nông nghiệp, đất kinh doanh;',
      'đ) Phụ nữ từ đủ 35 tuổi trở lên chưa qua đào tạo nghề.',
      '2. Cơ sở giáo dục nghề nghiệp, doanh nghiệp và các cơ sở khác có đủ điều kiện tham gia đào tạo nghề cho lao động nông thôn.',
      '3. Cơ quan, tổ chức, cá nhân có liên quan đến việc thực hiện chính sách hỗ trợ.',
    ]);
    expect(articleText(nodeAt(v1.nodes, 'dieu-1'))).toBe(`Điều 1. Phạm vi điều chỉnh\n${nodeAt(v1.nodes, 'dieu-1').text}`);
  });

  it('is stable across CRLF line ends, NBSP and stray spaces', () => {
    const messy = fixtureText('du-thao-nq-ho-tro-v1.txt').replace(/\n/gu, '\r\n').replace(/Điều 3:/u, '  Điều\u00a03 :');
    const again = parseDraftText(messy);
    expect(outline(again.nodes)).toEqual(outline(v1.nodes));
    expect(again.articles.map(articleText)).toEqual(v1.articles.map(articleText));
  });
});
