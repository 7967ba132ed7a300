import { describe, expect, it } from 'vitest';
import { parsePlanDocument, parsePlanText } from '../index';
import type { ParsedPlan } from '../types';
import { fixtureBytes, fixtureText } from './helpers/fixtures';

type Header = Pick<ParsedPlan, 'number' | 'kind' | 'issuer' | 'place' | 'issuedOn' | 'title' | 'bases'>;

const header = (p: ParsedPlan): Header => ({
  number: p.number, kind: p.kind, issuer: p.issuer, place: p.place, issuedOn: p.issuedOn, title: p.title, bases: p.bases,
});
const read = (name: string): ParsedPlan => parsePlanText(fixtureText(`layouts/${name}`));

// Layouts written for these tests the way documents reach an office: copied from a portal, converted from PDF,
// OCRed, drafted, or fetched as JSON. Each expectation was worked out by reading the fixture.
const CASES: ReadonlyArray<readonly [string, string, Header]> = [
  [
    'portal-interleaved-binh-dinh-45-KH-UBND-2024.txt',
    'portal copy: menus and a page title above, header cells one a line with the motto between the issuer\'s lines, "|" and dash separator lines, a title in capitals with a Party code, Party documents as bases',
    {
      number: '45/KH-UBND', kind: 'KH', issuer: 'Ủy ban nhân dân tỉnh Bình Định', place: 'Bình Định', issuedOn: '2024-03-12',
      title: 'Kế hoạch triển khai chương trình hành động số 06-CTr/TU của Tỉnh ủy về chuyển đổi số tỉnh Bình Định năm 2024',
      bases: [
        { number: '35-KL/TW', date: '2022-05-05' },
        { number: '09-NQ/TU', date: '2021-12-20' },
        { number: '06-CTr/TU', date: '2022-01-14' },
      ],
    },
  ],
  [
    'draft-ubnd-alone-gia-lai-2025.txt',
    'a draft: "ỦY BAN NHÂN DÂN" alone with a "DỰ THẢO" mark, blank number and day; the province from the place line; an undated law is no basis',
    {
      number: null, kind: 'KH', issuer: 'Ủy ban nhân dân tỉnh Gia Lai', place: 'Gia Lai', issuedOn: null,
      title: 'Kế hoạch thực hiện Đề án 06 trên địa bàn tỉnh năm 2025',
      bases: [{ number: '06/QĐ-TTg', date: '2022-01-06' }],
    },
  ],
  [
    'pdf-layout-glued-ba-ria-vung-tau-88-KH-UBND-2024.txt',
    'PDF text in layout order: both header columns on one line, the number glued to the place, hard-wrapped title and bases, a page number, the Tờ trình left out',
    {
      number: '88/KH-UBND', kind: 'KH', issuer: 'Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu', place: 'Bà Rịa - Vũng Tàu', issuedOn: '2024-05-10',
      title: 'Kế hoạch triển khai công tác phổ biến, giáo dục pháp luật cho người lao động tại các doanh nghiệp trên địa bàn tỉnh năm 2024',
      bases: [
        { number: '28/2013/NĐ-CP', date: '2013-04-04' },
        { number: '1521/QĐ-TTg', date: '2022-10-06' },
      ],
    },
  ],
  [
    'pdf-reading-order-ba-ria-vung-tau-91-KH-UBND-2024.txt',
    'PDF text in reading order: "Số:" and the number on two lines, the place wrapped ("Bà Rịa - Vũng" / "Tàu, ngày …"), a title naming the country followed at once by the first heading',
    {
      number: '91/KH-UBND', kind: 'KH', issuer: 'Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu', place: 'Bà Rịa - Vũng Tàu', issuedOn: '2024-05-14',
      title: 'Kế hoạch tổ chức Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2024',
      bases: [],
    },
  ],
  [
    'ocr-header-quang-ngai-157-KH-SNV-2024.txt',
    'OCRed header: "CỘNG HOÀ", em dashes in the motto, "Số : 157 /KH-SNV", a space before the comma of the place, a tone mark torn from its letter',
    {
      number: '157/KH-SNV', kind: 'KH', issuer: 'Sở Nội vụ', place: 'Quảng Ngãi', issuedOn: '2024-04-05',
      title: 'Kế hoạch tuyên truyền cải cách hành chính năm 2024 của Sở Nội vụ',
      bases: [
        { number: '26/KH-UBND', date: '2024-02-20' },
        { number: '1021/QĐ-UBND', date: '2023-12-28' },
      ],
    },
  ],
  [
    'json-escaped-dong-thap-302-KH-UBND-2024.txt',
    'a JSON string from an API: literal \\r\\n and \\" escapes, outer quotes; a Party directive with a long-form date',
    {
      number: '302/KH-UBND', kind: 'KH', issuer: 'Ủy ban nhân dân tỉnh Đồng Tháp', place: 'Đồng Tháp', issuedOn: '2024-09-18',
      title: 'Kế hoạch tổ chức Cuộc thi "Tìm hiểu pháp luật về phòng, chống ma túy" năm 2024',
      bases: [
        { number: '36-CT/TW', date: '2019-08-16' },
        { number: '105/2021/NĐ-CP', date: '2021-12-04' },
      ],
    },
  ],
  [
    'co-so-phap-ly-nghe-an-STP-2025.txt',
    'a Sở under its UBND, number on its own line, a two-line title in capitals followed at once by a "CƠ SỞ PHÁP LÝ" section (long-form dates, an undated law and a Tờ trình left out)',
    {
      number: '214/KH-STP', kind: 'KH', issuer: 'Sở Tư pháp', place: 'Nghệ An', issuedOn: '2025-03-03',
      title: 'Kế hoạch theo dõi tình hình thi hành pháp luật năm 2025',
      bases: [
        { number: '59/2012/NĐ-CP', date: '2012-07-23' },
        { number: '32/2020/NĐ-CP', date: '2020-03-05' },
        { number: '14/2014/TT-BTP', date: '2014-05-15' },
        { number: '12/QĐ-UBND', date: '2025-01-06' },
      ],
    },
  ],
  [
    'cong-van-vv-two-lines-dak-lak-789-UBND-VX-2025.txt',
    'a Công văn as Word table rows: the V/v subject over two rows, read whole',
    {
      number: '789/UBND-VX', kind: 'CV', issuer: 'Ủy ban nhân dân tỉnh Đắk Lắk', place: 'Đắk Lắk', issuedOn: '2025-10-20',
      title: 'V/v tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam năm 2025',
      bases: [{ number: '5112/BTP-PBGDPL', date: '2025-09-30' }],
    },
  ],
  [
    'quyet-dinh-enacting-thanh-hoa-2025.txt',
    'a Quyết định: a title in capitals ("VỀ VIỆC …", not a V/v) stopped by the enacting line "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" with no blank line',
    {
      number: '1450/QĐ-UBND', kind: 'QĐ', issuer: 'Ủy ban nhân dân tỉnh Thanh Hóa', place: 'Thanh Hóa', issuedOn: '2025-05-09',
      title: 'Quyết định về việc ban hành kế hoạch truyền thông về chuyển đổi số tỉnh Thanh Hóa năm 2025',
      bases: [{ number: '1318/QĐ-BTTTT', date: '2022-07-22' }],
    },
  ],
  [
    'title-before-header-kh-with-cv-number-tan-uyen-2024.txt',
    'the type heading and title above the header table, a plan numbered like a Công văn (kind from "KẾ HOẠCH"), an undated Công văn is no basis',
    {
      number: '215/UBND-VX', kind: 'KH', issuer: 'Ủy ban nhân dân huyện Tân Uyên', place: 'Tân Uyên', issuedOn: '2024-04-02',
      title: 'Kế hoạch tổ chức Tháng hành động vì an toàn thực phẩm năm 2024',
      bases: [{ number: '64/KH-BCĐ', date: '2024-03-25' }],
    },
  ],
  [
    'ubnd-alone-body-names-quang-tri-2025.txt',
    '"ỦY BAN NHÂN DÂN" alone and no place line: the body\'s "Ủy ban nhân dân tỉnh Quảng Trị ban hành …" names the province',
    {
      number: '77/KH-UBND', kind: 'KH', issuer: 'Ủy ban nhân dân tỉnh Quảng Trị', place: 'Quảng Trị', issuedOn: null,
      title: 'Kế hoạch phát triển thương mại điện tử năm 2025',
      bases: [{ number: '645/QĐ-TTg', date: '2020-05-15' }],
    },
  ],
];

describe('headers and bases of documents as offices receive them', () => {
  it.each(CASES)('%s — %s', (file, _what, expected) => {
    expect(header(read(file))).toEqual(expected);
  });

  it('reads the JSON-escaped text uploaded as a .txt file, not refusing it', async () => {
    const plan = await parsePlanDocument(fixtureBytes('layouts/json-escaped-dong-thap-302-KH-UBND-2024.txt'), 'van-ban.txt');
    expect([plan.number, plan.issuer, plan.signer?.name, plan.tasks.length]).toEqual(['302/KH-UBND', 'Ủy ban nhân dân tỉnh Đồng Tháp', 'Đoàn Tấn Bửu', 1]);
  });

  it('says what it inferred or could not read, quoting the line', () => {
    const draft = read('draft-ubnd-alone-gia-lai-2025.txt').warnings;
    expect(draft).toContain('Tên cơ quan ban hành chỉ ghi "Ủy ban nhân dân": đã đọc là "Ủy ban nhân dân tỉnh Gia Lai" theo dòng "Gia Lai, ngày tháng 8 năm 2025"');
    expect(draft).toContain('Số văn bản còn để trống ("Số: /KH-UBND"): văn bản có thể là bản dự thảo chưa cấp số');
    expect(draft).not.toContain('Không tìm thấy số hiệu văn bản');
    const body = read('ubnd-alone-body-names-quang-tri-2025.txt').warnings;
    expect(body[0]).toMatch(/^Tên cơ quan ban hành chỉ ghi "Ủy ban nhân dân": đã đọc là "Ủy ban nhân dân tỉnh Quảng Trị" theo dòng "Ủy ban nhân dân tỉnh Quảng Trị ban hành/u);
    for (const file of ['portal-interleaved-binh-dinh-45-KH-UBND-2024.txt', 'json-escaped-dong-thap-302-KH-UBND-2024.txt', 'ocr-header-quang-ngai-157-KH-SNV-2024.txt']) {
      expect(read(file).warnings.filter((w) => /số hiệu|cơ quan ban hành|ngày ban hành|trích yếu/u.test(w)), file).toEqual([]);
    }
  });
});

describe('a header that cannot be completed is kept as written', () => {
  const text = ['ỦY BAN NHÂN DÂN', 'Số: 12/KH-UBND', '', 'KẾ HOẠCH', 'Tổ chức Hội nghị tập huấn', '', 'Căn cứ tình hình thực tế, Ủy ban nhân dân ban hành Kế hoạch như sau:', '1. Tổ chức tập huấn', '- Đơn vị chủ trì: Phòng Nội vụ.'].join('\n');

  it('keeps "Ủy ban nhân dân" without guessing a province, and warns', () => {
    const plan = parsePlanText(text);
    expect([plan.issuer, plan.place]).toEqual(['Ủy ban nhân dân', null]);
    expect(plan.warnings).toContain('Tên cơ quan ban hành chỉ ghi "Ủy ban nhân dân", không rõ của tỉnh hay địa phương nào: hãy ghi rõ khi nhập');
  });

  it('does not take a district named in the body for the issuer unless it enacts the document', () => {
    const other = text.replace('Căn cứ tình hình thực tế, Ủy ban nhân dân ban hành', 'Căn cứ Kế hoạch số 3/KH-UBND ngày 02/01/2025 của UBND huyện Mù Cang Chải; Ủy ban nhân dân ban hành');
    expect(parsePlanText(other).issuer).toBe('Ủy ban nhân dân');
  });
});

describe('titles end where the body begins', () => {
  const head = ['ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', 'Số: 15/KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Lâm Đồng, ngày 06 tháng 01 năm 2026', 'KẾ HOẠCH'];

  it('stops before the enacting sentence written in normal case', () => {
    const plan = parsePlanText([...head, 'Cải cách hành chính năm 2026', 'Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng ban hành Kế hoạch như sau:', 'I. MỤC TIÊU'].join('\n'));
    expect(plan.title).toBe('Kế hoạch cải cách hành chính năm 2026');
  });

  it('takes a title that opens with "Thực hiện" and stops at the first "Căn cứ"', () => {
    const plan = parsePlanText([...head, 'Thực hiện Chỉ thị số 07/CT-TTg ngày 21/3/2023 của Thủ tướng Chính phủ', 'Căn cứ Chỉ thị số 07/CT-TTg ngày 21/3/2023 của Thủ tướng Chính phủ;', 'I. MỤC TIÊU'].join('\n'));
    expect(plan.title).toBe('Kế hoạch thực hiện Chỉ thị số 07/CT-TTg ngày 21/3/2023 của Thủ tướng Chính phủ');
    expect(plan.bases).toEqual([{ number: '07/CT-TTg', date: '2023-03-21' }]);
  });

  it('stops a title in capitals before an unnumbered first heading', () => {
    const plan = parsePlanText([...head, 'TRIỂN KHAI CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026', 'MỤC ĐÍCH, YÊU CẦU', '1. Mục đích'].join('\n'));
    expect(plan.title).toBe('Kế hoạch triển khai công tác cải cách hành chính năm 2026');
  });

  it('keeps a title in capitals that names the country, also wrapped before "CỘNG HÒA …"', () => {
    const top = ['ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH LẠNG SƠN Độc lập - Tự do - Hạnh phúc', 'Số: 5/KH-UBND Lạng Sơn, ngày 02 tháng 10 năm 2024', 'KẾ HOẠCH'];
    const expected = ['Ủy ban nhân dân tỉnh Lạng Sơn', 'Lạng Sơn', '2024-10-02', 'Kế hoạch tổ chức ngày pháp luật nước cộng hòa xã hội chủ nghĩa Việt Nam năm 2024'];
    for (const title of [['TỔ CHỨC NGÀY PHÁP LUẬT NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM NĂM 2024'], ['TỔ CHỨC NGÀY PHÁP LUẬT NƯỚC', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM NĂM 2024']]) {
      const plan = parsePlanText([...top, ...title, 'I. MỤC ĐÍCH'].join('\n'));
      expect([plan.issuer, plan.place, plan.issuedOn, plan.title]).toEqual(expected);
    }
  });

  it('joins a district name wrapped in the narrow column, and nothing else above the place line', () => {
    const lines = (above: string, place: string) => ['ỦY BAN NHÂN DÂN', 'HUYỆN MÙ CANG CHẢI', 'Số: 9/KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', above, place, 'KẾ HOẠCH', 'Phòng, chống thiên tai năm 2025'].join('\n');
    expect(parsePlanText(lines('Mù Cang', 'Chải, ngày 03 tháng 3 năm 2025')).place).toBe('Mù Cang Chải');
    expect(parsePlanText(lines('Trung Tâm Văn Hóa Thể Thao', 'Mù Cang Chải, ngày 03 tháng 3 năm 2025')).place).toBe('Mù Cang Chải');
  });

  it('completes "HỘI ĐỒNG NHÂN DÂN" alone as a council, not as a people\'s committee', () => {
    const plan = parsePlanText(['HỘI ĐỒNG NHÂN DÂN', 'Số: 40/KH-HĐND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Sơn La, ngày 15 tháng 01 năm 2025', 'KẾ HOẠCH', 'Giám sát chuyên đề năm 2025'].join('\n'));
    expect(plan.issuer).toBe('Hội đồng nhân dân tỉnh Sơn La');
  });

  it('reads the header cells glued by a Word rendering (issuer and number, motto and place on one line each)', () => {
    const plan = parsePlanText(['ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG Số: /KH-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Lâm Đồng, ngày tháng năm 2026', '', 'KẾ HOẠCH', 'Kiểm tra công tác cải cách hành chính năm 2026'].join('\n'));
    expect(header(plan)).toEqual({
      number: null, kind: 'KH', issuer: 'Ủy ban nhân dân tỉnh Lâm Đồng', place: 'Lâm Đồng', issuedOn: null,
      title: 'Kế hoạch kiểm tra công tác cải cách hành chính năm 2026', bases: [],
    });
  });
});

describe('the real Lâm Đồng plans (drafts sent up for signature), from .docx and from their text rendering', () => {
  const TITLES: Record<string, string> = {
    'lam-dong-9669-2025': 'Kế hoạch cải cách hành chính nhà nước năm 2026 tỉnh Lâm Đồng',
    'lam-dong-cchc-2026-2030': 'Kế hoạch cải cách hành chính nhà nước giai đoạn 2026 - 2030 của tỉnh Lâm Đồng',
    'lam-dong-kiem-tra-cchc-2026': 'Kế hoạch kiểm tra công tác cải cách hành chính năm 2026 trên địa bàn tỉnh Lâm Đồng',
    'lam-dong-thi-dua-cchc-2026': 'Kế hoạch phát động Phong trào thi đua “Đẩy mạnh cải cách hành chính nhà nước trên địa bàn tỉnh Lâm Đồng” năm 2026',
    'lam-dong-tuyen-truyen-cchc-2026': 'Kế hoạch tuyên truyền Cải cách hành chính năm 2026',
  };
  const FILES = Object.keys(TITLES).flatMap((name) => [`${name}.txt`, `${name}.docx`]);

  it.each(FILES)('%s: blank number, issuer, place, kind, title and signer', async (file) => {
    const plan = await parsePlanDocument(fixtureBytes(`lam-dong/${file}`), file);
    expect([plan.number, plan.kind, plan.issuer, plan.place, plan.issuedOn]).toEqual([null, 'KH', 'Ủy ban nhân dân tỉnh Lâm Đồng', 'Lâm Đồng', null]);
    expect(plan.title).toBe(TITLES[file.replace(/\.\w+$/u, '')]);
    expect(plan.signer).toEqual({ name: 'Nguyễn Ngọc Phúc', title: 'Phó Chủ tịch' });
    expect(plan.warnings).toContain('Số văn bản còn để trống ("Số: /KH-UBND"): văn bản có thể là bản dự thảo chưa cấp số');
    expect(plan.warnings.filter((w) => /số hiệu|cơ quan ban hành|người ký|nơi nhận/u.test(w))).toEqual([]);
  });

  it('reads the same recipients from the text rendering, where they share one line, as from the .docx', async () => {
    const txt = await parsePlanDocument(fixtureBytes('lam-dong/lam-dong-9669-2025.txt'), 'a.txt');
    const docx = await parsePlanDocument(fixtureBytes('lam-dong/lam-dong-9669-2025.docx'), 'a.docx');
    expect(txt.recipients).toEqual(docx.recipients);
    expect(txt.recipients.slice(0, 3)).toEqual(['Bộ Nội vụ', 'Thường trực Tỉnh ủy', 'Thường trực HĐND tỉnh']);
  });
});
