import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DraftParseError, parseDraftFile } from '../index';
import { fixtureText, outline } from './fixtures';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const esc = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** A paragraph, optionally automatically numbered (list `numId`, level 0). */
function p(text: string, numId?: number): string {
  const num = numId === undefined ? '' : `<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`;
  return `<w:p>${num}<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
}

/** A table; each cell is a list of paragraphs. */
function tbl(rows: ReadonlyArray<ReadonlyArray<readonly string[]>>): string {
  return `<w:tbl>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc>${c.map((t) => p(t)).join('')}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;
}

/** Lists: 1 = "Điều %1." (articles), 2 and 3 = "%1." (khoản, restarted per article). */
const NUMBERING =
  `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}">` +
  `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Điều %1."/></w:lvl></w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
  `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>` +
  `</w:numbering>`;

async function docx(body: string, numbering?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`);
  if (numbering !== undefined) zip.file('word/numbering.xml', numbering);
  return zip.generateAsync({ type: 'uint8array' });
}

async function caught(p: Promise<unknown>): Promise<DraftParseError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DraftParseError) return e;
    throw e;
  }
  throw new Error('expected a DraftParseError');
}

describe('parseDraftFile', () => {
  it('reads a .docx with header table, automatic numbering, a table inside an article and a signature table', async () => {
    const body = [
      tbl([[['ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']]]),
      p('DỰ THẢO'),
      p('QUYẾT ĐỊNH'),
      p('Ban hành Quy chế quản lý, sử dụng kinh phí truyền thông chính sách trên địa bàn tỉnh Lạng Sơn'),
      p('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN'),
      p('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;'),
      p('QUYẾT ĐỊNH:'),
      p('Chương I'),
      p('QUY ĐỊNH CHUNG'),
      p('Phạm vi điều chỉnh', 1),
      p('Quy chế này quy định việc quản lý, sử dụng kinh phí truyền thông chính sách.'),
      p('Nội dung và mức chi', 1),
      p('Chi xây dựng tin, bài trên Cổng thông tin điện tử:', 2),
      tbl([[['Loại tin, bài'], ['Mức chi']], [['Tin ngắn'], ['300.000 đồng/tin']], [['Bài phân tích'], ['1.000.000 đồng/bài']]]),
      p('Chi tổ chức tọa đàm theo mức chi hội nghị hiện hành.', 2),
      p('Trách nhiệm thi hành', 1),
      p('Sở Tài chính hướng dẫn thực hiện Quy chế này.', 3),
      p('Các sở, ngành, UBND cấp xã chịu trách nhiệm thi hành Quyết định này./.', 3),
      tbl([[['Nơi nhận:', '- Như Điều 3;', '- Lưu: VT.'], ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Thị Hoa']]]),
    ].join('');
    const doc = await parseDraftFile(await docx(body, NUMBERING), 'du-thao-quy-che.docx');
    expect(doc.title).toBe('QUYẾT ĐỊNH Ban hành Quy chế quản lý, sử dụng kinh phí truyền thông chính sách trên địa bàn tỉnh Lạng Sơn');
    expect(outline(doc.nodes)).toEqual([
      'chuong-i|Chương I|QUY ĐỊNH CHUNG',
      'dieu-1|Điều 1|Phạm vi điều chỉnh',
      'dieu-2|Điều 2|Nội dung và mức chi',
      'dieu-2-khoan-1|Khoản 1|',
      'dieu-2-khoan-2|Khoản 2|',
      'dieu-3|Điều 3|Trách nhiệm thi hành',
      'dieu-3-khoan-1|Khoản 1|',
      'dieu-3-khoan-2|Khoản 2|',
    ]);
    expect(doc.articles[1]?.children[0]?.text).toBe(
      'Chi xây dựng tin, bài trên Cổng thông tin điện tử:\nLoại tin, bài | Mức chi\nTin ngắn | 300.000 đồng/tin\nBài phân tích | 1.000.000 đồng/bài',
    );
    expect(doc.closing).toBe('Nơi nhận: / - Như Điều 3; / - Lưu: VT. | TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Nguyễn Thị Hoa');
    expect(doc.warnings).toEqual([]);
  });

  it('reads the .txt fixture the same way as parseDraftText', async () => {
    const bytes = new TextEncoder().encode(fixtureText('du-thao-nq-ho-tro-v2.txt'));
    const doc = await parseDraftFile(bytes, 'du-thao-nq-ho-tro-v2.txt');
    expect(doc.articles.map((a) => a.label)).toEqual(['Điều 1', 'Điều 2', 'Điều 3', 'Điều 4', 'Điều 5', 'Điều 6']);
    expect(doc.articles.map((a) => a.title)).toEqual([
      'Phạm vi điều chỉnh',
      'Đối tượng áp dụng',
      'Điều kiện được hỗ trợ',
      'Nguyên tắc hỗ trợ',
      'Mức hỗ trợ',
      'Tổ chức thực hiện',
    ]);
  });

  it('rejects bad input with a DraftParseError and a Vietnamese message', async () => {
    const empty = await caught(parseDraftFile(new Uint8Array(0), 'trong.txt'));
    expect(empty.code).toBe('empty');
    expect(empty.messageVi).toBe('Tệp rỗng: không có nội dung để đọc.');
    expect((await caught(parseDraftFile(new TextEncoder().encode(' \n \t'), 'a.txt'))).code).toBe('empty');

    const english = await caught(parseDraftFile(new TextEncoder().encode(fixtureText('not-a-draft-english.txt')), 'not-a-draft-english.txt'));
    expect(english.code).toBe('no-articles');
    expect(english.messageVi).toMatch(/^Không tìm thấy Điều nào/u);

    const pdf = await caught(parseDraftFile(new TextEncoder().encode('%PDF-1.7'), 'du-thao.pdf'));
    expect(pdf.code).toBe('unsupported-type');
    expect(pdf.messageVi).toContain('PDF');

    expect((await caught(parseDraftFile(new TextEncoder().encode('không phải zip'), 'hong.docx'))).code).toBe('broken-docx');
    expect((await caught(parseDraftFile(new Uint8Array([0, 1, 2, 0, 255, 0, 7, 0, 1, 0]), 'rac.txt'))).code).toBe('unreadable');
    expect((await caught(parseDraftFile(await docx(p('Chỉ có một dòng.')), 'x.docx'))).code).toBe('no-articles');
  });
});
