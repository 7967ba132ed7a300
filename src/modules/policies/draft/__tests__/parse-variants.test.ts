import { describe, expect, it } from 'vitest';
import { articleText, parseDraftText } from '../index';
import { nodeAt, outline } from './fixtures';

const lines = (...l: string[]): string => l.join('\n');

describe('parseDraftText: marker variants', () => {
  it('reads "Chương 1 …" on one line, "CHƯƠNG II" with its title on the next lines, and Mục inside chapters', () => {
    const doc = parseDraftText(
      lines(
        'QUYẾT ĐỊNH',
        'Ban hành Quy chế quản lý cụm công nghiệp',
        'Căn cứ Luật Tổ chức chính quyền địa phương;',
        'Chương 1 - Những quy định chung',
        'Điều 1: Phạm vi',
        'Quy chế này áp dụng cho các cụm công nghiệp.',
        'CHƯƠNG II',
        'QUẢN LÝ ĐẦU TƯ XÂY DỰNG',
        'HẠ TẦNG KỸ THUẬT',
        'Mục 1. Quy hoạch',
        'Điều 2 . Lập quy hoạch',
        'Nội dung lập quy hoạch.',
        'MỤC 2',
        'ĐẦU TƯ',
        'Điều 3',
        'Chủ đầu tư hạ tầng được chọn theo quy định.',
      ),
    );
    expect(doc.title).toBe('QUYẾT ĐỊNH Ban hành Quy chế quản lý cụm công nghiệp');
    expect(outline(doc.nodes)).toEqual([
      'chuong-1|Chương 1|Những quy định chung',
      'dieu-1|Điều 1|Phạm vi',
      'chuong-ii|Chương II|QUẢN LÝ ĐẦU TƯ XÂY DỰNG HẠ TẦNG KỸ THUẬT',
      'chuong-ii-muc-1|Mục 1|Quy hoạch',
      'dieu-2|Điều 2|Lập quy hoạch',
      'chuong-ii-muc-2|Mục 2|ĐẦU TƯ',
      'dieu-3|Điều 3|',
    ]);
    expect(nodeAt(doc.nodes, 'dieu-3').text).toBe('Chủ đầu tư hạ tầng được chọn theo quy định.');
    expect(articleText(nodeAt(doc.nodes, 'dieu-3'))).toBe('Điều 3. Chủ đầu tư hạ tầng được chọn theo quy định.');
  });

  it('puts articles at the top level when there are no chapters, and treats a heading sentence as text', () => {
    const doc = parseDraftText(
      lines(
        'Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.',
        'Điều 2. Quyết định có hiệu lực từ ngày ký.',
        'Điều 3. Tổ chức thực hiện',
        'Chánh Văn phòng UBND tỉnh và Thủ trưởng các cơ quan có liên quan chịu trách nhiệm thi hành./.',
        'Nơi nhận:',
        '- Như Điều 3;',
        'TM. ỦY BAN NHÂN DÂN',
      ),
    );
    expect(doc.nodes.map((n) => `${n.kind}:${n.anchor}:${n.title}`)).toEqual(['dieu:dieu-1:', 'dieu:dieu-2:', 'dieu:dieu-3:Tổ chức thực hiện']);
    expect(doc.articles[0]?.text).toBe('Ban hành kèm theo Quyết định này Quy chế phối hợp.');
    expect(doc.closing).toBe('Nơi nhận:\n- Như Điều 3;\nTM. ỦY BAN NHÂN DÂN');
    expect(doc.preamble).toBe('');
    expect(doc.title).toBeNull();
  });

  it('reads "a." and "đ)" điểm, điểm directly under an article, and intro text before the first khoản', () => {
    const doc = parseDraftText(
      lines(
        'Điều 7. Hồ sơ',
        'Hồ sơ gồm các giấy tờ sau đây:',
        'a. Đơn đề nghị;',
        'b. Bản sao giấy chứng nhận;',
        'Điều 8. Mức chi',
        '1. Chi hội nghị:',
        'a) Cấp tỉnh: 200.000 đồng/người/buổi;',
        'b) Cấp xã: 100.000 đồng/người/buổi;',
        'c) Hỗ trợ tiền nước;',
        'd) Hỗ trợ tài liệu;',
        'đ) Chi khác theo thực tế.',
        '2. Chi biên soạn tài liệu',
        '- Cấp tỉnh: 150.000 đồng/trang;',
        '- Cấp huyện: 100.000 đồng/trang.',
      ),
    );
    const d7 = nodeAt(doc.nodes, 'dieu-7');
    expect(d7.text).toBe('Hồ sơ gồm các giấy tờ sau đây:');
    expect(d7.children.map((c) => c.anchor)).toEqual(['dieu-7-diem-a', 'dieu-7-diem-b']);
    expect(nodeAt(doc.nodes, 'dieu-8-khoan-1').children.map((c) => c.anchor)).toEqual([
      'dieu-8-khoan-1-diem-a',
      'dieu-8-khoan-1-diem-b',
      'dieu-8-khoan-1-diem-c',
      'dieu-8-khoan-1-diem-d',
      'dieu-8-khoan-1-diem-dd',
    ]);
    // Dash bullets stay on their own lines inside the khoản.
    expect(nodeAt(doc.nodes, 'dieu-8-khoan-2').text).toBe('Chi biên soạn tài liệu\n- Cấp tỉnh: 150.000 đồng/trang;\n- Cấp huyện: 100.000 đồng/trang.');
    expect(doc.warnings).toEqual(['Điều đầu tiên là Điều 7']);
  });

  it('does not start khoản or articles inside sentences', () => {
    const doc = parseDraftText(
      lines(
        'Điều 1. Mức thu',
        '1. Mức thu phí là',
        '1.000.000 đồng/hồ sơ; trường hợp nộp trực tuyến thu',
        '500.000 đồng/hồ sơ.',
        '2. Đối tượng miễn phí thực hiện theo quy định tại khoản',
        '3. Điều 5 Nghị định số 10/2022/NĐ-CP.',
        '3. Người nộp phí theo quy định tại',
        'Điều 4 Nghị quyết này được giảm 50%.',
        'Điều 4 của Luật Phí và lệ phí được áp dụng.',
        '2019. Đây là dòng bị ngắt sai nhưng vẫn là nội dung khoản 3.',
      ),
    );
    expect(doc.articles).toHaveLength(1);
    const khoans = doc.articles[0]?.children ?? [];
    expect(khoans.map((k) => k.number)).toEqual(['1', '2', '3']);
    expect(khoans[0]?.text).toBe('Mức thu phí là 1.000.000 đồng/hồ sơ; trường hợp nộp trực tuyến thu 500.000 đồng/hồ sơ.');
    expect(khoans[1]?.text).toBe('Đối tượng miễn phí thực hiện theo quy định tại khoản 3. Điều 5 Nghị định số 10/2022/NĐ-CP.');
    expect(khoans[2]?.text.split('\n')).toEqual([
      'Người nộp phí theo quy định tại Điều 4 Nghị quyết này được giảm 50%.',
      'Điều 4 của Luật Phí và lệ phí được áp dụng.',
      '2019. Đây là dòng bị ngắt sai nhưng vẫn là nội dung khoản 3.',
    ]);
  });

  it('wraps a long article title onto the next line when it continues in lower case', () => {
    const doc = parseDraftText(lines('Điều 2. Đối tượng được hỗ trợ kinh phí đào tạo', 'nghề ngắn hạn', 'Người lao động cư trú tại tỉnh.'));
    expect(doc.articles[0]?.title).toBe('Đối tượng được hỗ trợ kinh phí đào tạo nghề ngắn hạn');
    expect(doc.articles[0]?.text).toBe('Người lao động cư trú tại tỉnh.');
  });

  it('reads Phần and Tiểu mục levels', () => {
    const doc = parseDraftText(
      lines('PHẦN THỨ NHẤT', 'QUY ĐỊNH CHUNG', 'Chương I', 'PHẠM VI', 'Mục 1. Chung', 'Tiểu mục 1. Riêng', 'Điều 1. A', 'Nội dung.', 'Phần thứ hai', 'Chương II. HIỆU LỰC', 'Điều 2. B', 'Nội dung.'),
    );
    expect(outline(doc.nodes)).toEqual([
      'phan-thu-nhat|Phần thứ nhất|QUY ĐỊNH CHUNG',
      'chuong-i|Chương I|PHẠM VI',
      'chuong-i-muc-1|Mục 1|Chung',
      'chuong-i-muc-1-tieu-muc-1|Tiểu mục 1|Riêng',
      'dieu-1|Điều 1|A',
      'phan-thu-hai|Phần thứ hai|',
      'chuong-ii|Chương II|HIỆU LỰC',
      'dieu-2|Điều 2|B',
    ]);
  });
});

describe('parseDraftText: warnings', () => {
  it('reports repeated and skipped numbers with unique anchors', () => {
    const doc = parseDraftText(
      lines(
        'Điều 1. Một',
        '1. Khoản một.',
        '3. Khoản ba.',
        'Điều 2. Hai',
        'a) Điểm a;',
        'c) Điểm c.',
        'Điều 2. Hai lặp',
        'Nội dung.',
        'Điều 5. Năm',
        'Nội dung.',
        'Điều 6.',
      ),
    );
    expect(doc.articles.map((a) => a.anchor)).toEqual(['dieu-1', 'dieu-2', 'dieu-2-lan-2', 'dieu-5', 'dieu-6']);
    expect(doc.warnings).toEqual([
      'Điều 2 xuất hiện hai lần',
      'sau Điều 2 là Điều 5 (số thứ tự không liên tục)',
      'Điều 1: sau khoản 1 là khoản 3 (số thứ tự không liên tục)',
      'Điều 2: sau điểm a là điểm c (số thứ tự không liên tục)',
      'Điều 6 không có nội dung.',
    ]);
  });

  it('reports text without articles, and articles left after the signature', () => {
    const none = parseDraftText('Báo cáo tình hình\nNội dung báo cáo không có điều khoản.');
    expect(none.articles).toEqual([]);
    expect(none.nodes).toEqual([]);
    expect(none.preamble).toBe('Báo cáo tình hình\nNội dung báo cáo không có điều khoản.');
    expect(none.warnings).toEqual(['Không tìm thấy Điều nào trong văn bản.']);
    expect(parseDraftText('').warnings).toEqual(['Không tìm thấy Điều nào trong văn bản.']);

    const annex = parseDraftText(lines('Điều 1. Ban hành kèm theo Nghị quyết này Quy định.', 'Nơi nhận:', '- Lưu: VT.', 'QUY ĐỊNH', 'Điều 1. Phạm vi', 'Điều 2. Đối tượng'));
    expect(annex.articles).toHaveLength(1);
    expect(annex.warnings).toEqual(['Sau phần nơi nhận, chữ ký còn 2 Điều (có thể là văn bản ban hành kèm theo); phần này chưa được phân tích.']);
  });
});
