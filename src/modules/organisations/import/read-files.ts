/**
 * Reads uploaded directory files into tables of raw cells: one .xlsx (every sheet whose header row matches a table
 * of the template) or one to three .csv files (one table each, recognised by its header row). Sizes are capped
 * before anything is inflated or parsed.
 */
import ExcelJS from 'exceljs';
import { cleanText } from '../../../platform/text';
import { headerKey, sheetOfHeaders, type SheetSpec } from './columns';
import { CsvError, decodeCsv, parseCsv } from './csv';
import type { ImportIssue } from './issues';
import { LISTS_SHEET } from './template';
import { assertSafeZip, looksLikeZip, ZipRefused } from '../../../platform/files/zip-guard';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Data rows over all tables: a province has a few thousand units with their history. */
export const MAX_ROWS = 20_000;
export const MAX_FILES = 3;

export type RawValue = string | number | boolean | Date | null;

export interface RawRow {
  row: number;
  values: Record<string, RawValue>;
}

export interface RawTable {
  source: string;
  spec: SheetSpec;
  rows: RawRow[];
}

export interface UploadedFile {
  fileName: string;
  data: Uint8Array;
}

export interface ReadResult {
  tables: RawTable[];
  /** Problems that stop the whole file (unreadable, missing columns). */
  issues: ImportIssue[];
  warnings: string[];
}

/** Thrown for a file that cannot be read at all; the message is for the person who uploaded it. */
export class UnreadableFile extends Error {
  constructor(readonly messageVi: string) {
    super(messageVi);
    this.name = 'UnreadableFile';
  }
}

// the template's own guide and drop-down lists are not tables
const TEMPLATE_SHEETS = new Set([headerKey('Hướng dẫn'), headerKey(LISTS_SHEET)]);

function isBlank(v: RawValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/** Maps header cells to column keys; reports missing required columns and ignores unknown ones with a warning. */
function columnMap(source: string, spec: SheetSpec, headers: readonly RawValue[], out: ReadResult): Map<number, string> | null {
  const byHeader = new Map(spec.columns.map((c) => [headerKey(c.header), c.key]));
  const map = new Map<number, string>();
  const unknown: string[] = [];
  headers.forEach((h, i) => {
    if (isBlank(h)) return;
    const key = byHeader.get(headerKey(String(h)));
    if (key && ![...map.values()].includes(key)) map.set(i, key);
    else unknown.push(cleanText(String(h)));
  });
  const missing = spec.columns.filter((c) => c.required && ![...map.values()].includes(c.key));
  for (const c of missing) out.issues.push({ source, row: 1, column: null, message: `thiếu cột "${c.header}" (xem trang Hướng dẫn của tệp mẫu).` });
  if (unknown.length) out.warnings.push(`${source}: bỏ qua cột không có trong mẫu: ${unknown.map((u) => `"${u}"`).join(', ')}.`);
  return missing.length ? null : map;
}

function addTable(source: string, grid: { row: number; cells: RawValue[] }[], out: ReadResult, rowBudget: { left: number }): void {
  const header = grid.find((r) => r.cells.some((c) => !isBlank(c)));
  if (!header) return;
  const headers = header.cells.map((c) => (c === null ? '' : String(c)));
  const spec = sheetOfHeaders(headers);
  if (!spec) {
    if (!TEMPLATE_SHEETS.has(headerKey(source.replace(/^Trang /, '')))) out.warnings.push(`${source}: không nhận ra bảng (không có cột "Tên đơn vị", "Từ đơn vị (mã)" hay "Tên gọi"), nên được bỏ qua.`);
    return;
  }
  const map = columnMap(source, spec, header.cells, out);
  if (!map) return;
  const rows: RawRow[] = [];
  for (const r of grid) {
    if (r.row <= header.row || r.cells.every(isBlank)) continue;
    if (--rowBudget.left < 0) throw new UnreadableFile(`Tệp có quá nhiều dòng (tối đa ${MAX_ROWS} dòng dữ liệu); hãy chia nhỏ danh mục.`);
    const values: Record<string, RawValue> = {};
    for (const [i, key] of map) values[key] = r.cells[i] ?? null;
    rows.push({ row: r.row, values });
  }
  out.tables.push({ source, spec, rows });
}

function cellValue(v: ExcelJS.CellValue): RawValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellValue((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in v && typeof v.text === 'string') return v.text;
  }
  return null;
}

async function readXlsx(file: UploadedFile, out: ReadResult, rowBudget: { left: number }): Promise<void> {
  const buf = Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength);
  try {
    assertSafeZip(buf);
  } catch (e) {
    if (e instanceof ZipRefused) throw new UnreadableFile(e.messageVi);
    throw e;
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer, { ignoreNodes: ['dataValidations', 'conditionalFormatting', 'extLst', 'drawing', 'legacyDrawing', 'picture'] });
  } catch {
    throw new UnreadableFile(`Không đọc được tệp "${file.fileName}": tệp không phải bảng tính .xlsx hợp lệ.`);
  }
  for (const ws of wb.worksheets) {
    if (ws.rowCount > MAX_ROWS + 100) throw new UnreadableFile(`Trang ${ws.name} có quá nhiều dòng (tối đa ${MAX_ROWS} dòng dữ liệu).`);
    const grid: { row: number; cells: RawValue[] }[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: RawValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        if (col <= 64) cells[col - 1] = cellValue(cell.value);
      });
      for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
      grid.push({ row: rowNumber, cells });
    });
    addTable(`Trang ${ws.name}`, grid, out, rowBudget);
  }
}

function readCsv(file: UploadedFile, out: ReadResult, rowBudget: { left: number }): void {
  let records: string[][];
  try {
    records = parseCsv(decodeCsv(file.data), { maxRows: MAX_ROWS + 1 });
  } catch (e) {
    if (e instanceof CsvError) throw new UnreadableFile(`Tệp ${file.fileName}: ${e.messageVi}`);
    throw e;
  }
  addTable(`Tệp ${file.fileName}`, records.map((cells, i) => ({ row: i + 1, cells })), out, rowBudget);
}

/** Reads one .xlsx or up to three .csv files into tables; throws UnreadableFile for a file that cannot be read. */
export async function readImportFiles(files: readonly UploadedFile[]): Promise<ReadResult> {
  if (files.length === 0) throw new UnreadableFile('Chưa chọn tệp danh mục (.xlsx hoặc .csv).');
  if (files.length > MAX_FILES) throw new UnreadableFile(`Chỉ tải lên một tệp .xlsx hoặc tối đa ${MAX_FILES} tệp .csv.`);
  const out: ReadResult = { tables: [], issues: [], warnings: [] };
  const rowBudget = { left: MAX_ROWS };
  const zips = files.filter((f) => looksLikeZip(f.data));
  if (zips.length && files.length > 1) throw new UnreadableFile('Tệp .xlsx phải tải lên một mình (mỗi trang là một bảng).');
  for (const f of files) {
    if (f.data.byteLength > MAX_FILE_BYTES) throw new UnreadableFile(`Tệp "${f.fileName}" quá lớn: tối đa ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
    if (looksLikeZip(f.data)) await readXlsx(f, out, rowBudget);
    else if (/\.xlsx?$/i.test(f.fileName)) throw new UnreadableFile(`Tệp "${f.fileName}" không phải bảng tính .xlsx hợp lệ (tệp .xls cũ cần lưu lại thành .xlsx).`);
    else readCsv(f, out, rowBudget);
  }
  if (out.tables.length === 0 && out.issues.length === 0) {
    throw new UnreadableFile('Không tìm thấy bảng nào của mẫu trong tệp (cần trang hoặc tệp có cột "Mã đơn vị", "Tên đơn vị"…). Hãy dùng tệp mẫu.');
  }
  return out;
}
