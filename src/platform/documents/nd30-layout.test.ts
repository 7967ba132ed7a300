import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { columnWidths, minColumnWidth } from './docx-table';
import { writeOfficialDocx } from './docx-stream';
import { TEXT_WIDTH, RULE_GAP } from './nd30-spec';
import { renderOfficialDocx } from './render-official-docx';
import { textWidthTwips } from './text-width';
import type { OfficialDocument } from './types';
import { writeXlsxStream } from './xlsx-stream';

const DOC: OfficialDocument = {
  issuer: { parentName: null, name: 'Ủy ban nhân dân tỉnh Lào Cai' },
  number: null,
  numberSuffix: '/BC-UBND',
  place: 'Lào Cai',
  date: '2026-01-15',
  kind: 'Báo cáo',
  subject: 'Kết quả thực hiện kế hoạch',
  body: [{ type: 'paragraph', text: 'Nội dung báo cáo.' }],
  recipients: ['Bộ Khoa học và Công nghệ', 'Lưu: VT, SKHCN'],
  signer: { authority: 'KT. Chủ tịch', title: 'Phó Chủ tịch', name: 'Nguyễn Văn A' },
};

const documentXml = async (docx: Buffer) => (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
const plain = (xml: string) => xml.replace(/<w:tab\/>/g, '\t').replace(/<[^>]+>/g, '');

describe('NĐ 30 layout details', () => {
  it('widens a column to hold its title and fit texts on one line, the others keep their proportions', () => {
    const columns = [
      { title: 'STT', widthPct: 2, fit: ['999'] },
      { title: 'Nhiệm vụ', widthPct: 60 },
      { title: 'Đơn vị', widthPct: 30 },
      { title: 'Hoàn thành', widthPct: 4, fit: ['100%', '—'] },
    ];
    const w = columnWidths(columns, 13);
    expect(w.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    expect(w[0]).toBeGreaterThanOrEqual(textWidthTwips('STT', 13, true) + 170);
    expect(w[3]).toBeGreaterThanOrEqual(textWidthTwips('Hoàn thành', 13, true) + 170);
    expect(w[3]).toBe(minColumnWidth(columns[3]!, 13));
    expect(Math.abs(w[1]! / w[2]! - 2)).toBeLessThan(0.01);
    // without a size the old proportional split is unchanged
    expect(columnWidths(columns)[0]).toBe(Math.floor((2 / 96) * TEXT_WIDTH));
  });

  it('puts appendices after the signature, each on a new page, with the "Kèm theo" line naming the report', async () => {
    const xml = await documentXml(await renderOfficialDocx({ ...DOC, appendices: [{ label: 'Phụ lục I', title: 'Chỉ tiêu', body: [{ type: 'paragraph', text: 'Bảng số liệu.' }] }, { label: 'Phụ lục II', body: [] }] }));
    const text = plain(xml);
    expect(text.indexOf('Nguyễn Văn A')).toBeLessThan(text.indexOf('PHỤ LỤC I'));
    expect(text.indexOf('Nơi nhận')).toBeLessThan(text.indexOf('PHỤ LỤC I'));
    expect(text).toMatch(/\(Kèm theo Báo cáo số\s+\/BC-UBND ngày 15 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Lào Cai\)/u);
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(2);
    const plainDoc = await documentXml(await renderOfficialDocx(DOC));
    expect(plainDoc).not.toContain('pageBreakBefore');
  });

  it('streams the tables of appendices in print order', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const rows = (prefix: string) => (async function* () { for (let i = 1; i <= 3; i++) yield [i, `${prefix} ${i}`]; })();
    await writeOfficialDocx({ ...DOC, body: [{ type: 'table-stream', columns: [{ title: 'STT', widthPct: 10 }, { title: 'A', widthPct: 90 }], rows: rows('thân') }], appendices: [{ label: 'Phụ lục I', body: [{ type: 'table-stream', columns: [{ title: 'STT', widthPct: 10 }, { title: 'B', widthPct: 90 }], rows: rows('phụ lục') }] }] }, out);
    const text = plain(await documentXml(Buffer.concat(chunks)));
    expect(text.indexOf('thân 3')).toBeLessThan(text.indexOf('PHỤ LỤC I'));
    expect(text.indexOf('PHỤ LỤC I')).toBeLessThan(text.indexOf('phụ lục 1'));
    expect(text).not.toContain('@@DTSTREAM');
  });

  it('leaves a gap between the issuing body and the rule under it', async () => {
    const xml = await documentXml(await renderOfficialDocx(DOC));
    const rules = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pBdr><w:top[^]*?<\/w:p>/gsu)].map((m) => m[0]);
    expect(rules.length).toBeGreaterThanOrEqual(3);
    for (const r of rules) expect(r).toContain(`w:before="${RULE_GAP}"`);
  });

  it('prints XLSX sheets on A4, fitted to the page width, header rows repeated, in Times New Roman', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await writeXlsxStream(out, [
      { name: 'Rộng', title: 'Tiêu đề', columns: Array.from({ length: 7 }, (_, i) => ({ header: `Cột ${i + 1}`, key: `c${i}`, width: 20, wrap: i === 1 })), rows: [{ c0: 'a', c1: 'một đoạn văn bản dài '.repeat(10) }] },
      { name: 'Hẹp', columns: [{ header: 'STT', key: 'n', width: 6 }, { header: 'Tên', key: 't', width: 40 }], rows: [{ n: 1, t: 'x' }] },
    ]);
    const buf = Buffer.concat(chunks);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as never);
    const [wide, narrow] = wb.worksheets;
    expect(wide!.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' });
    expect(narrow!.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', printTitlesRow: '1:1' });
    expect(wide!.getCell('A2').font).toMatchObject({ name: 'Times New Roman', bold: true });
    expect(wide!.getCell('B3').font?.name).toBe('Times New Roman');
    // the wrapped row is as tall as its text; LibreOffice does not grow it on its own
    expect(wide!.getRow(3).height).toBeGreaterThan(30);
    // the default font (font 0) sets the width of a column unit
    const styles = await (await JSZip.loadAsync(buf)).file('xl/styles.xml')!.async('string');
    expect(/<fonts[^>]*><font>(?:(?!<\/font>).)*<\/font>/su.exec(styles)?.[0]).toMatch(/Times New Roman/u);
  });
});
