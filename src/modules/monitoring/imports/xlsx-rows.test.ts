import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { zip, type ZipEntry } from '../../../../test/zip-builder';
import { isDateFormat, xlsxFirstSheetRows, XlsxUnreadable, type SheetRow } from './xlsx-rows';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xlsx-rows-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
const stored = (data: Buffer): string => {
  const file = path.join(dir, `${++n}.xlsx`);
  fs.writeFileSync(file, data);
  return file;
};

async function rowsOf(file: string): Promise<SheetRow[]> {
  const out: SheetRow[] = [];
  for await (const r of xlsxFirstSheetRows(file)) out.push(r);
  return out;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const RELS_NS = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';
const xml = (name: string, text: string): ZipEntry => ({ name, data: Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`) });

/** A workbook written part by part, so the tests choose the parts' order and content as other producers write them. */
function workbook(parts: { sheets: Record<string, string>; order?: string[]; strings?: string; styles?: string; workbookPr?: string }): Buffer {
  const names = parts.order ?? Object.keys(parts.sheets);
  const entries: ZipEntry[] = [
    ...Object.entries(parts.sheets).map(([file, body]) => xml(`xl/worksheets/${file}`, `<worksheet ${NS}><sheetData>${body}</sheetData></worksheet>`)),
    ...(parts.strings ? [xml('xl/sharedStrings.xml', `<sst ${NS}>${parts.strings}</sst>`)] : []),
    ...(parts.styles ? [xml('xl/styles.xml', `<styleSheet ${NS}>${parts.styles}</styleSheet>`)] : []),
    xml('xl/_rels/workbook.xml.rels', `<Relationships ${RELS_NS}>${names.map((f, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/${f}"/>`).join('')}</Relationships>`),
    xml('xl/workbook.xml', `<workbook ${NS}>${parts.workbookPr ?? ''}<sheets>${names.map((f, i) => `<sheet name="Trang ${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`),
  ];
  return zip(entries);
}

describe('the first sheet of a workbook, read through its directory', () => {
  it('reads a workbook exceljs wrote, a thousand times, the same every time (its own streaming reader lost the sheet about once in a thousand)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Bài đăng');
    ws.addRow(['Nội dung', 'Ngày đăng', 'Tiếp cận', 'Đã xác minh']);
    ws.addRow(['Bài về Lào Cai', new Date('2026-03-02T03:00:00Z'), 1200, true]);
    ws.addRow(['Bài thứ hai', '02/03/2026 14:00', 1.5, false]);
    wb.addWorksheet('Ghi chú').addRow(['không đọc trang này']);
    const file = stored(Buffer.from(await wb.xlsx.writeBuffer()));
    const expected = [
      { number: 1, cells: ['Nội dung', 'Ngày đăng', 'Tiếp cận', 'Đã xác minh'] },
      { number: 2, cells: ['Bài về Lào Cai', '2026-03-02T03:00:00.000Z', '1200', 'true'] },
      { number: 3, cells: ['Bài thứ hai', '02/03/2026 14:00', '1.5', 'false'] },
    ];
    const reads = await Promise.all(Array.from({ length: 1000 }, () => rowsOf(file)));
    for (const r of reads) expect(r).toEqual(expected);
  });

  it('takes the first tab from the workbook, not the lowest-numbered part, whatever the order of the parts in the archive', async () => {
    const file = stored(
      workbook({
        sheets: { 'sheet1.xml': '<row r="1"><c r="A1" t="inlineStr"><is><t>tab hai</t></is></c></row>', 'sheet2.xml': '<row r="1"><c r="A1" t="inlineStr"><is><t>tab một</t></is></c></row>' },
        order: ['sheet2.xml', 'sheet1.xml'],
      }),
    );
    expect(await rowsOf(file)).toEqual([{ number: 1, cells: ['tab một'] }]);
  });

  it('reads shared strings with runs and phonetic hints, inline strings, numbers, booleans, errors, formulas and gaps between cells', async () => {
    const strings = '<si><t>Nội dung</t></si><si><r><t>Bà con </t></r><r><rPr><b/></rPr><t xml:space="preserve">Yên Bái &amp; Lào Cai</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>';
    const sheet =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>Tiếp cận</t></is></c></row>' +
      '<row r="4"><c r="A4" t="s"><v>1</v></c><c r="B4" t="b"><v>1</v></c><c r="C4"><v>1.2E3</v></c><c r="D4" t="e"><v>#N/A</v></c><c r="E4" t="str"><f>A4</f><v>chuỗi công thức</v></c><c r="F4"/></row>' +
      '<row><c t="inlineStr"><is><r><t>không </t></r><r><t>có r</t></r></is></c><c><v>7</v></c></row>';
    const file = stored(workbook({ sheets: { 'sheet1.xml': sheet }, strings }));
    expect(await rowsOf(file)).toEqual([
      { number: 1, cells: ['Nội dung', '', 'Tiếp cận'] },
      { number: 4, cells: ['Bà con Yên Bái & Lào Cai', 'true', '1200', '', 'chuỗi công thức', ''] },
      { number: 5, cells: ['không có r', '7'] },
    ]);
  });

  it('gives dates as instants where the cell style is a date, built in or custom, in the 1900 and the 1904 systems', async () => {
    const styles =
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/><numFmt numFmtId="165" formatCode="#,##0 &quot;lượt&quot;"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
      '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>';
    const sheet = '<row r="1"><c r="A1"><v>46083</v></c><c r="B1" s="1"><v>46083</v></c><c r="C1" s="2"><v>46083.5</v></c><c r="D1" s="3"><v>1200</v></c><c r="E1" t="d"><v>2026-03-02T10:00:00Z</v></c></row>';
    expect(await rowsOf(stored(workbook({ sheets: { 'sheet1.xml': sheet }, styles })))).toEqual([
      { number: 1, cells: ['46083', '2026-03-02T00:00:00.000Z', '2026-03-02T12:00:00.000Z', '1200', '2026-03-02T10:00:00.000Z'] },
    ]);
    const old = await rowsOf(stored(workbook({ sheets: { 'sheet1.xml': '<row r="1"><c r="A1" s="1"><v>44621</v></c></row>' }, styles, workbookPr: '<workbookPr date1904="1"/>' })));
    expect(old[0]!.cells).toEqual(['2026-03-02T00:00:00.000Z']);
  });

  it('reads parts written with a namespace prefix, as some producers write them', async () => {
    const sx = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    const file = stored(
      zip([
        xml('xl/workbook.xml', `<x:workbook ${sx}><x:sheets><x:sheet name="A" sheetId="1" r:id="R1"/></x:sheets></x:workbook>`),
        xml('xl/_rels/workbook.xml.rels', `<Relationships ${RELS_NS}><Relationship Id="R1" Type="worksheet" Target="/xl/worksheets/data.xml"/></Relationships>`),
        xml('xl/worksheets/data.xml', `<x:worksheet ${sx}><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>ô B2</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`),
      ]),
    );
    expect(await rowsOf(file)).toEqual([{ number: 2, cells: ['', 'ô B2'] }]);
  });

  it('refuses a damaged workbook with a reason, and stops reading when the reader leaves early', async () => {
    const cut = stored(workbook({ sheets: { 'sheet1.xml': '<row r="1"><c r="A1" t="inlineStr"><is><t>mở</t></is></c></row><row r="2"><c' } }));
    await expect(rowsOf(cut)).rejects.toBeInstanceOf(XlsxUnreadable);
    await expect(rowsOf(stored(Buffer.from('không phải excel')))).rejects.toThrow(/Excel/);
    await expect(rowsOf(stored(zip([xml('xl/workbook.xml', `<workbook ${NS}><sheets/></workbook>`)])))).rejects.toThrow('Tệp Excel không có trang tính nào.');
    await expect(rowsOf(stored(workbook({ sheets: { 'sheet1.xml': '<row r="1"><c r="ZZZZ1"><v>1</v></c></row>' } })))).rejects.toThrow(/ngoài phạm vi cột/);
    // a sheet that inflates to more than its directory declares is stopped at the declared size
    const body = `<worksheet ${NS}><sheetData>${'<row><c><v>1</v></c></row>'.repeat(2000)}</sheetData></worksheet>`;
    const lying = stored(
      zip([
        xml('xl/workbook.xml', `<workbook ${NS}><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`),
        xml('xl/_rels/workbook.xml.rels', `<Relationships ${RELS_NS}><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>`),
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(body), declaredSize: 4000 },
      ]),
    );
    await expect(rowsOf(lying)).rejects.toThrow(/khai sai kích thước \(xl\/worksheets\/sheet1.xml\)/);
    const many = stored(workbook({ sheets: { 'sheet1.xml': Array.from({ length: 5000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('') } }));
    const first: SheetRow[] = [];
    for await (const r of xlsxFirstSheetRows(many)) {
      first.push(r);
      if (first.length === 3) break;
    }
    expect(first.map((r) => r.cells[0])).toEqual(['0', '1', '2']);
  });

  it('tells a date format from a number format', () => {
    for (const code of ['dd/mm/yyyy', 'd/m/yy h:mm', '[$-42A]dd/mm/yyyy', 'hh:mm:ss', '[h]:mm', 'mmm-yy']) expect(isDateFormat(code), code).toBe(true);
    for (const code of ['General', '#,##0', '0.00%', '#,##0 "lượt"', '[Red]#,##0', '0.0\\h', '@']) expect(isDateFormat(code), code).toBe(false);
  });
});
