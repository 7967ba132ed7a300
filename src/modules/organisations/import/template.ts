/**
 * The downloadable templates ("Tải mẫu"): an .xlsx with a "Hướng dẫn" sheet explaining every column in
 * Vietnamese, one sheet per table with drop-down lists for labels, and one CSV per table (UTF-8 with BOM, comma
 * separated, header row only), which is how the CSV form works: one file per table, recognised by its header.
 */
import ExcelJS from 'exceljs';
import { UNIT_TYPE_LABELS } from '../present';
import { UNIT_TYPES } from '../types';
import { LEVEL_LABELS, SHEETS, SUCCESSION_KIND_LABELS, type SheetKind, type SheetSpec } from './columns';

/** Name of the hidden sheet holding the drop-down lists; the reader skips it. */
export const LISTS_SHEET = 'Danh sách';
const TEMPLATE_ROWS = 5000;

const GUIDE_INTRO = [
  'Mẫu nhập danh mục đơn vị (tổ chức, đơn vị hành chính) của tỉnh',
  'Điền các trang "Đơn vị", "Kế thừa" và "Tên gọi khác" (hai trang sau không bắt buộc); mỗi dòng là một bản ghi, dòng đầu là tên cột, không đổi tên cột.',
  'Đơn vị không bao giờ đổi tên tại chỗ: khi đổi tên, sáp nhập hay chia tách, ghi "Hiệu lực đến" cho đơn vị cũ, thêm đơn vị mới với mã mới và một dòng ở trang "Kế thừa".',
  'Nhập lại cùng tệp không tạo bản ghi trùng: đơn vị cùng mã được cập nhật theo tệp; đơn vị không có trong tệp được giữ nguyên.',
  'Có thể dùng tệp CSV (UTF-8) thay cho tệp Excel: mỗi trang một tệp CSV với đúng dòng tên cột của trang đó, tải lên cùng lúc tối đa 3 tệp.',
];

const csvField = (s: string) => (/[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The header line of one table as a CSV file (UTF-8 with BOM, so Excel shows the accents). */
export function csvTemplate(kind: SheetKind): { fileName: string; text: string } {
  const spec = SHEETS.find((s) => s.kind === kind)!;
  return { fileName: spec.csvName, text: `\ufeff${spec.columns.map((c) => csvField(c.header)).join(',')}\r\n` };
}

const colLetter = (i: number) => String.fromCharCode(65 + i);

function addGuide(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Hướng dẫn');
  ws.columns = [{ width: 16 }, { width: 24 }, { width: 11 }, { width: 90 }, { width: 30 }];
  ws.addRow([GUIDE_INTRO[0]]).font = { bold: true, size: 13 };
  for (const line of GUIDE_INTRO.slice(1)) ws.addRow([line]);
  ws.addRow([]);
  const head = ws.addRow(['Trang', 'Cột', 'Bắt buộc', 'Ý nghĩa', 'Ví dụ']);
  head.font = { bold: true };
  for (const spec of SHEETS) {
    for (const c of spec.columns) ws.addRow([spec.title, c.header, c.required ? 'Có' : 'Không', c.help, c.example]).alignment = { wrapText: true, vertical: 'top' };
  }
}

function addLists(wb: ExcelJS.Workbook): Record<'type' | 'level' | 'kind', string> {
  const ws = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  const lists = { type: UNIT_TYPES.map((t) => UNIT_TYPE_LABELS[t]), level: Object.values(LEVEL_LABELS), kind: Object.values(SUCCESSION_KIND_LABELS) };
  const refs = {} as Record<'type' | 'level' | 'kind', string>;
  (['type', 'level', 'kind'] as const).forEach((key, i) => {
    lists[key].forEach((label, r) => {
      ws.getCell(r + 1, i + 1).value = label;
    });
    refs[key] = `'${LISTS_SHEET}'!$${colLetter(i)}$1:$${colLetter(i)}$${lists[key].length}`;
  });
  return refs;
}

function addTableSheet(wb: ExcelJS.Workbook, spec: SheetSpec, refs: Record<'type' | 'level' | 'kind', string>): void {
  const ws = wb.addWorksheet(spec.title, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = spec.columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  spec.columns.forEach((c, i) => {
    const col = colLetter(i);
    const cell = ws.getCell(`${col}1`);
    cell.note = c.help;
    if (/^valid|effectiveOn/.test(c.key)) ws.getColumn(i + 1).numFmt = '@';
    const list = c.key === 'type' || c.key === 'level' || c.key === 'kind' ? refs[c.key] : null;
    if (list) {
      // exceljs types omit the worksheet-level collection, which takes a whole range at once
      (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${col}2:${col}${TEMPLATE_ROWS}`, {
        type: 'list', allowBlank: true, formulae: [list], showErrorMessage: true, errorTitle: c.header, error: `Chọn một giá trị trong danh sách của cột "${c.header}".`,
      });
    }
  });
}

/** The .xlsx template: guide, the three tables and the hidden lists behind their drop-downs. */
export async function xlsxTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Đồng Thuận';
  addGuide(wb);
  const refs = addLists(wb);
  for (const spec of SHEETS) addTableSheet(wb, spec, refs);
  // the guide first, the units sheet open
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 2, visibility: 'visible' }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
