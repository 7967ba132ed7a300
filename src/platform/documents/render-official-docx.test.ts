import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { type OfficialDocument, readDocxText, renderOfficialDocx } from './index';

const report: OfficialDocument = {
  issuer: { parentName: null, name: 'Ủy ban nhân dân tỉnh Yên Bái' },
  number: '15/BC-UBND',
  place: 'Yên Bái',
  date: '2024-11-20',
  kind: 'Báo cáo',
  subject: 'Kết quả thực hiện Kế hoạch số 14/KH-UBND ngày 17/01/2024 về công tác truyền thông chính sách tỉnh Yên Bái năm 2024',
  body: [
    { type: 'paragraph', text: 'Thực hiện Kế hoạch số 14/KH-UBND ngày 17/01/2024 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân tỉnh báo cáo kết quả như sau:' },
    { type: 'heading', level: 1, text: 'I. Tình hình triển khai' },
    { type: 'heading', level: 2, text: '1. Công tác chỉ đạo, điều hành' },
    { type: 'paragraph', text: 'Các sở, ban, ngành đã ban hành kế hoạch truyền thông chính sách năm 2024.' },
    { type: 'heading', level: 3, text: 'a) Truyền thông dự thảo chính sách' },
    { type: 'bullets', items: ['Tổ chức 12 hội nghị đối thoại', '- Đăng tải 45 tin, bài trên Cổng thông tin điện tử tỉnh'] },
    {
      type: 'table',
      caption: 'Bảng 1. Kết quả thực hiện nhiệm vụ',
      columns: [
        { title: 'TT', widthPct: 8, align: 'center' },
        { title: 'Nhiệm vụ', widthPct: 52 },
        { title: 'Đơn vị chủ trì', widthPct: 25 },
        { title: 'Số sản phẩm', widthPct: 15 },
      ],
      rows: [
        [1, 'Truyền thông dự thảo Nghị quyết về chính sách hỗ trợ giảm nghèo', 'Sở Tư pháp', 12],
        [2, 'Tổ chức đối thoại chính sách với người dân', 'Sở Thông tin và Truyền thông', 1250],
        [3, 'Đặt hàng báo chí tuyên truyền chính sách', 'Báo Yên Bái', 37],
      ],
      totals: ['', 'Tổng cộng', '', 1299],
    },
    { type: 'heading', level: 1, text: 'II. Phương hướng, nhiệm vụ năm 2025' },
    { type: 'paragraph', text: 'Tiếp tục đẩy mạnh truyền thông chính sách trên nền tảng số.', italic: true },
  ],
  recipients: ['Bộ Thông tin và Truyền thông;', 'Thường trực Tỉnh ủy', '- Chủ tịch, các PCT UBND tỉnh;'],
  signer: { authority: 'KT. CHỦ TỊCH', title: 'Phó Chủ tịch', name: 'Vũ Thị Hiền Hạnh' },
  footnote: 'Số liệu tính đến ngày 15/11/2024.',
};

/** Unzips a part of the package as text. */
async function part(buf: Buffer, name: string): Promise<string> {
  const f = (await JSZip.loadAsync(buf)).file(name);
  if (!f) throw new Error(`missing ${name}`);
  return f.async('string');
}

/** The run properties of the first run whose text contains `text`. */
function runProps(xml: string, text: string): string {
  const run = [...xml.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map((m) => m[1] ?? '').find((r) => r.includes(text));
  if (run === undefined) throw new Error(`no run with "${text}"`);
  return /<w:rPr>(.*?)<\/w:rPr>/s.exec(run)?.[1] ?? '';
}

/** The paragraph properties of the first paragraph whose text contains `text`. */
function paraProps(xml: string, text: string): string {
  const p = [...xml.matchAll(/<w:p>(.*?)<\/w:p>/gs)].map((m) => m[1] ?? '').find((r) => r.includes(text));
  if (p === undefined) throw new Error(`no paragraph with "${text}"`);
  return /<w:pPr>(.*?)<\/w:pPr>/s.exec(p)?.[1] ?? '';
}

describe('renderOfficialDocx — BÁO CÁO', () => {
  let buf: Buffer;
  let doc: string;
  let styles: string;
  let text: string;
  beforeAll(async () => {
    buf = await renderOfficialDocx(report);
    doc = await part(buf, 'word/document.xml');
    styles = await part(buf, 'word/styles.xml');
    text = await readDocxText(buf);
  });

  it('prints the NĐ 30 header texts', () => {
    expect(text).toContain('ỦY BAN NHÂN DÂN');
    expect(text).toContain('TỈNH YÊN BÁI');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Số: 15/BC-UBND');
    expect(text).toContain('Yên Bái, ngày 20 tháng 11 năm 2024');
    // The header table puts the number and the date on one row.
    expect(text).toContain('Số: 15/BC-UBND | Yên Bái, ngày 20 tháng 11 năm 2024');
  });

  it('uses Times New Roman with the NĐ 30 sizes (half-points)', () => {
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"[^>]*w:hAnsi="Times New Roman"\/><w:sz w:val="28"\/>/);
    expect(doc).not.toMatch(/w:ascii="(?!Times New Roman")/);
    expect(runProps(doc, 'CỘNG HÒA XÃ HỘI')).toMatch(/<w:b\/>.*<w:sz w:val="24"\/>/s);
    expect(runProps(doc, 'Độc lập - Tự do')).toMatch(/<w:b\/>.*<w:sz w:val="26"\/>/s);
    expect(runProps(doc, 'TỈNH YÊN BÁI')).toMatch(/<w:b\/>.*<w:sz w:val="26"\/>/s);
    expect(runProps(doc, 'Số: 15/BC-UBND')).not.toContain('<w:b/>');
    expect(runProps(doc, 'Số: 15/BC-UBND')).toContain('<w:sz w:val="26"/>');
    expect(runProps(doc, 'ngày 20 tháng 11')).toMatch(/<w:i\/>.*<w:sz w:val="28"\/>/s);
    expect(runProps(doc, 'BÁO CÁO')).toMatch(/<w:b\/>.*<w:sz w:val="28"\/>/s);
    expect(runProps(doc, 'Kết quả thực hiện Kế hoạch số 14')).toMatch(/<w:b\/>.*<w:sz w:val="28"\/>/s);
    expect(runProps(doc, 'Các sở, ban, ngành')).toContain('<w:sz w:val="28"/>');
    expect(runProps(doc, 'Nơi nhận:')).toMatch(/<w:b\/>.*<w:i\/>.*<w:sz w:val="24"\/>/s);
    expect(runProps(doc, '- Lưu: VT.')).toContain('<w:sz w:val="22"/>');
    expect(runProps(doc, 'KT. CHỦ TỊCH')).toMatch(/<w:b\/>.*<w:sz w:val="28"\/>/s);
  });

  it('justifies body paragraphs with a 1 cm first-line indent and ≥ 6 pt after', () => {
    const p = paraProps(doc, 'Các sở, ban, ngành');
    expect(p).toContain('<w:jc w:val="both"/>');
    expect(p).toContain('w:firstLine="567"');
    expect(p).toMatch(/w:after="120"/);
  });

  it('formats headings by level', () => {
    expect(text).toContain('I. TÌNH HÌNH TRIỂN KHAI');
    expect(runProps(doc, 'I. TÌNH HÌNH TRIỂN KHAI')).toContain('<w:b/>');
    expect(runProps(doc, '1. Công tác chỉ đạo')).toContain('<w:b/>');
    expect(runProps(doc, 'a) Truyền thông dự thảo')).toMatch(/<w:b\/>.*<w:i\/>/s);
    expect(text).toContain('- Tổ chức 12 hội nghị đối thoại');
    expect(text).toContain('- Đăng tải 45 tin');
    expect(text).not.toContain('- - Đăng tải');
  });

  it('sets A4 portrait, the default margins, and page numbers from page 2', async () => {
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(doc).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(doc).toContain('<w:titlePg/>');
    const headers = await Promise.all(['word/header1.xml', 'word/header2.xml'].map((n) => part(buf, n)));
    expect(headers.filter((h) => h.includes('PAGE')).length).toBe(1);
  });

  it('renders the table with a repeated bold header row and Vietnamese number format', () => {
    expect(text).toContain('TT | Nhiệm vụ | Đơn vị chủ trì | Số sản phẩm');
    expect(text).toContain('2 | Tổ chức đối thoại chính sách với người dân | Sở Thông tin và Truyền thông | 1.250');
    expect(text).toContain(' | Tổng cộng |  | 1.299');
    expect(doc).toContain('<w:tblHeader/>');
    expect(runProps(doc, 'Đơn vị chủ trì')).toContain('<w:b/>');
  });

  it('closes with Nơi nhận and the signature block', () => {
    expect(text).toContain('Nơi nhận:');
    expect(text).toContain('- Bộ Thông tin và Truyền thông;');
    expect(text).toContain('- Thường trực Tỉnh ủy;');
    expect(text).toContain('- Chủ tịch, các PCT UBND tỉnh;');
    expect(text).toContain('- Lưu: VT.');
    expect(text).toContain('KT. CHỦ TỊCH PHÓ CHỦ TỊCH Vũ Thị Hiền Hạnh');
    const closing = text.split('\n').find((l) => l.startsWith('Nơi nhận:')) ?? '';
    expect(closing.indexOf('- Lưu: VT.')).toBeLessThan(closing.indexOf('KT. CHỦ TỊCH'));
  });

  it('adds the footnote and App. VI metadata', async () => {
    expect(doc).toContain('<w:footnoteReference w:id="1"/>');
    expect(await part(buf, 'word/footnotes.xml')).toContain('Số liệu tính đến ngày 15/11/2024.');
    const custom = await part(buf, 'docProps/custom.xml');
    expect(custom).toContain('name="CodeNumber"><vt:lpwstr>15<');
    expect(custom).toContain('name="CodeNotation"><vt:lpwstr>BC-UBND<');
    expect(custom).toContain('name="SignerFullName"><vt:lpwstr>Vũ Thị Hiền Hạnh<');
  });
});

describe('renderOfficialDocx — Công văn and blanks', () => {
  const congVan: OfficialDocument = {
    issuer: { parentName: 'UBND tỉnh Yên Bái', name: 'Sở Tư pháp' },
    number: null,
    numberSuffix: 'STP-PBGDPL',
    place: 'tỉnh Yên Bái',
    date: null,
    kind: '',
    subject: 'V/v lấy ý kiến dự thảo Nghị quyết',
    isCongVan: true,
    kinhGui: ['Sở Thông tin và Truyền thông', 'UBND các huyện, thị xã, thành phố'],
    body: [{ type: 'paragraph', text: 'Sở Tư pháp đề nghị các cơ quan, đơn vị cho ý kiến.' }],
    recipients: ['Như trên', 'Lưu: VT, PBGDPL'],
    signer: null,
  };

  it('prints V/v under a blank number, a blank date and a Kính gửi list', async () => {
    const text = await readDocxText(await renderOfficialDocx(congVan));
    expect(text).toContain('UBND TỈNH YÊN BÁI SỞ TƯ PHÁP');
    expect(text).toContain('Số:      /STP-PBGDPL V/v lấy ý kiến dự thảo Nghị quyết | Yên Bái, ngày      tháng      năm 20..');
    expect(text).toContain('Kính gửi:\t- Sở Thông tin và Truyền thông;');
    expect(text).toContain('- UBND các huyện, thị xã, thành phố.');
    expect(text).toContain('- Như trên; - Lưu: VT, PBGDPL.');
    expect(text).not.toContain('- Lưu: VT.');
    expect(text).not.toContain('BÁO CÁO');
  });

  it('puts a single addressee on the Kính gửi line', async () => {
    const text = await readDocxText(await renderOfficialDocx({ ...congVan, kinhGui: ['Sở Nội vụ'] }));
    expect(text).toContain('Kính gửi: Sở Nội vụ.');
  });

  it('rejects the non-NĐ 30 "CV" code', async () => {
    await expect(renderOfficialDocx({ ...congVan, number: '12/CV-STP' })).rejects.toThrow(/CV/);
  });

  it('honours 13 pt body and the 1.27 cm indent', async () => {
    const buf = await renderOfficialDocx({ ...report, footnote: undefined }, { bodySizePt: 13, firstLineIndent: 720 });
    const doc = await part(buf, 'word/document.xml');
    expect(runProps(doc, 'Các sở, ban, ngành')).toContain('<w:sz w:val="26"/>');
    expect(paraProps(doc, 'Các sở, ban, ngành')).toContain('w:firstLine="720"');
    expect(doc).not.toContain('footnoteReference');
  });
});
