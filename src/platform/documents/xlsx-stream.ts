/**
 * Streaming XLSX export on exceljs's WorkbookWriter: each row is committed as soon as it is written, so
 * hundreds of thousands of rows never sit in memory at once.
 */
import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { SheetNamer } from './sheet-names';
import { textWidthTwips } from './text-width';

/** A cell value; null leaves the cell empty. */
export type XlsxValue = string | number | Date | null;
/** One data row keyed by column key. */
export type XlsxRow = Record<string, XlsxValue>;

/** One column; `width` in Excel character units, `numFmt` an Excel number format such as "#,##0". */
export interface XlsxColumn {
  header: string;
  key: string;
  width?: number;
  numFmt?: string;
  /**
   * Long text that wraps inside the column: each row is given the height of its tallest wrapped cell (LibreOffice
   * does not grow rows of an XLSX on its own, so unsized wrapped text prints over the next row).
   */
  wrap?: boolean;
  /** Horizontal alignment of the column's values; default: Excel's (numbers right, text left). */
  align?: 'left' | 'center' | 'right';
}

/** One worksheet; `title` adds a merged bold first row above the header. */
export interface SheetSpec {
  name: string;
  title?: string;
  columns: XlsxColumn[];
  rows: AsyncIterable<XlsxRow> | Iterable<XlsxRow>;
  /** Printed page orientation; default: landscape when the columns are wider than a portrait A4 page. */
  orientation?: 'portrait' | 'landscape';
}

/** Workbook options. */
export interface XlsxWriteOptions {
  /** Workbook author shown in File › Info. */
  creator?: string;
  /** Format for Date cells of columns without `numFmt`; default "dd/mm/yyyy" as Vietnamese readers expect. */
  dateFormat?: string;
  /**
   * Clock shown for Date cells: 'vn' (default) writes the Vietnam wall-clock time, so an instant at
   * 00:00 in Hà Nội shows that day rather than 17:00 of the day before; 'utc' writes the UTC clock.
   */
  dateClock?: 'vn' | 'utc';
  /** Rows written between checks of the zip backlog (and yields to the event loop); default 200. */
  yieldEvery?: number;
  /** Font of every cell; default Times New Roman 12 (the font of Vietnamese official documents, NĐ 30). */
  font?: { name: string; size: number };
}

/** Excel's per-sheet row limit. */
export const MAX_SHEET_ROWS = 1_048_576;
/** Vietnam's fixed UTC offset (UTC+7, no daylight saving time). */
const VN_OFFSET_MS = 7 * 3_600_000;
/** Excel's per-cell text limit. */
const MAX_CELL_CHARS = 32_767;
const HEADER_FILL = 'FFD9E1F2';
/** Excel's paper size code for A4. */
const PAPER_A4 = 9;
/**
 * Widest sheet (sum of column widths in character units) printed portrait: A4 portrait leaves about 180 mm between
 * 1.5 cm margins, some 100 characters at 12 pt; fit-to-width would shrink wider sheets below a readable size.
 */
export const PORTRAIT_MAX_WIDTH = 100;
/** Margins in inches (Excel's unit): 1.5 cm left and right, 2 cm top and bottom, like the documents. */
const PRINT_MARGINS = { left: 0.6, right: 0.6, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 };

/** Excel's highest row, in points. */
const MAX_ROW_HEIGHT = 409;

/**
 * Printable width of a column in twips: Excel's width unit is the width of a digit of the workbook's default font
 * (Times New Roman 12 pt: 8 px at 96 dpi), plus 5 px of padding, less the cell's inner margins.
 */
function columnTwips(width: number, sizePt: number): number {
  const digitPx = Math.round((sizePt * 96) / 72 / 2);
  return Math.max(1, (Math.round(width * digitPx) + 5 - 6) * 15);
}

/** Lines a text takes in a column once wrapped (word wrap wastes about a tenth of each line). */
export function wrappedLines(text: string, width: number, sizePt: number, bold = false): number {
  const room = columnTwips(width, sizePt);
  return text.split(/\r?\n/).reduce((n, line) => n + Math.max(1, Math.ceil((textWidthTwips(line, sizePt, bold) * 1.1) / room)), 0);
}

/** Row height in points for `lines` lines of text at `sizePt`. */
function rowHeight(lines: number, sizePt: number): number {
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * sizePt * 1.2 + 2));
}

/**
 * Print settings of a sheet: A4, every column on one page width (as many pages down as the rows need), the header
 * rows repeated on each printed page, landscape when the columns are too wide for portrait.
 */
export function printSetup(spec: Pick<SheetSpec, 'columns' | 'orientation' | 'title'>): Partial<ExcelJS.PageSetup> {
  const width = spec.columns.reduce((a, c) => a + (c.width ?? 15), 0);
  const headerRow = spec.title ? 2 : 1;
  return {
    paperSize: PAPER_A4,
    orientation: spec.orientation ?? (width > PORTRAIT_MAX_WIDTH ? 'landscape' : 'portrait'),
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: PRINT_MARGINS,
    printTitlesRow: `1:${headerRow}`,
    horizontalCentered: true,
  };
}

/** Waits for the macrotask queue so zlib and fs completions queued meanwhile are processed. */
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
/** Sleeps briefly while the compressor or a slow destination works off its backlog. */
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1));

/** Above this many uncompressed bytes waiting for the zip, the row loop waits. */
const MAX_BACKLOG = 1 << 20;

/** Reads a property of a value of unknown shape. */
function prop(o: unknown, key: string): unknown {
  return o !== null && typeof o === 'object' ? Reflect.get(o, key) : undefined;
}

/** Bytes buffered in a Node or readable-stream@2 stream (which lacks `writableLength`), 0 if unknown. */
function buffered(stream: unknown): number {
  const w = prop(prop(stream, '_writableState'), 'length');
  const r = prop(prop(stream, '_readableState'), 'length');
  return (typeof w === 'number' ? w : 0) + (typeof r === 'number' ? r : 0);
}

/**
 * Bytes of sheet XML handed to the zip but not compressed yet. exceljs's sheet buffer ignores
 * backpressure, so this peeks at the stream archiver pipes it into (exceljs 4.4 internals); if their shape
 * changes it reads 0 and the loop falls back to plain yielding.
 */
function zipBacklog(ws: object): number {
  const pipes = prop(prop(ws, 'stream'), 'pipes');
  return Array.isArray(pipes) ? buffered(pipes[0]) : 0;
}

/** Removes characters XML 1.0 cannot carry (they corrupt the file for Excel) and applies the cell limit. */
function cleanString(s: string): string {
  const clean = s.normalize('NFC').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
  return clean.length > MAX_CELL_CHARS ? clean.slice(0, MAX_CELL_CHARS) : clean;
}

/**
 * Converts a value into what exceljs should store; non-finite numbers and invalid dates become empty.
 * Excel dates have no time zone and exceljs serialises the UTC clock, hence the optional shift.
 */
function cellValue(v: XlsxValue | undefined, shiftMs: number): string | number | Date | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return cleanString(v);
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return Number.isNaN(v.getTime()) ? null : new Date(v.getTime() + shiftMs);
}

type Writer = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;

/** Per-export settings passed to each sheet; `check` throws once the destination has failed. */
interface SheetSettings {
  font: { name: string; size: number };
  dateFormat: string;
  shiftMs: number;
  yieldEvery: number;
  check: () => void;
}

/** Writes one sheet and returns its number of data rows. */
async function writeSheet(wb: Writer, name: string, spec: SheetSpec, opts: SheetSettings): Promise<number> {
  const n = spec.columns.length;
  if (n === 0) throw new RangeError(`sheet "${spec.name}" has no columns`);
  const headerRow = spec.title ? 2 : 1;
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow }], pageSetup: printSetup(spec) });
  const font = opts.font;
  // long texts wrap inside their column rather than running off the printed page
  ws.columns = spec.columns.map((c) => ({ key: c.key, width: c.width ?? 15, style: { font, alignment: { vertical: 'top', wrapText: c.wrap === true, ...(c.align ? { horizontal: c.align } : {}) }, ...(c.numFmt ? { numFmt: c.numFmt } : {}) } }));
  const wrapping = spec.columns.some((c) => c.wrap);

  if (spec.title) {
    const t = ws.getRow(1);
    t.getCell(1).value = cleanString(spec.title);
    t.font = { ...font, bold: true, size: font.size + 2 };
    t.alignment = { horizontal: 'center', vertical: 'middle' };
    t.height = 24;
    ws.mergeCells(1, 1, 1, n);
    t.commit();
  }
  const h = ws.getRow(headerRow);
  spec.columns.forEach((c, i) => {
    const cell = h.getCell(i + 1);
    cell.value = cleanString(c.header);
    cell.font = { ...font, bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = { bottom: { style: 'thin' } };
  });
  h.height = rowHeight(Math.max(...spec.columns.map((c) => wrappedLines(c.header, c.width ?? 15, font.size, true))), font.size);
  h.commit();

  const needsDateFmt = spec.columns.map((c) => c.numFmt === undefined);
  let count = 0;
  for await (const r of spec.rows) {
    if (headerRow + count >= MAX_SHEET_ROWS) throw new RangeError(`sheet "${name}" exceeds Excel's ${MAX_SHEET_ROWS} rows`);
    const row = ws.getRow(headerRow + count + 1);
    let lines = 1;
    spec.columns.forEach((c, i) => {
      const v = cellValue(r[c.key], opts.shiftMs);
      if (v === null) return;
      const cell = row.getCell(i + 1);
      cell.value = v;
      // Without a format a Date shows as a serial number like 45310.
      if (v instanceof Date && needsDateFmt[i]) cell.numFmt = opts.dateFormat;
      if (c.wrap && typeof v === 'string') lines = Math.max(lines, wrappedLines(v, c.width ?? 15, font.size));
    });
    if (wrapping) row.height = rowHeight(lines, font.size);
    row.commit();
    count++;
    if (count % opts.yieldEvery === 0) {
      await tick();
      while (zipBacklog(ws) > MAX_BACKLOG) {
        opts.check();
        await pause();
      }
      opts.check();
    }
  }
  // Written at commit time, so the filter can span the real data range.
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + Math.max(count, 1), column: n } };
  ws.commit();
  return count;
}

/**
 * Streams sheets to an XLSX file (path) or writable stream; resolves with the total data rows once the
 * destination has finished (a stream is ended, or destroyed on failure). Sheet names are sanitised and
 * made unique. A failed export to a path deletes the partial file.
 */
export async function writeXlsxStream(
  out: NodeJS.WritableStream | string,
  sheets: AsyncIterable<SheetSpec> | SheetSpec[],
  opts: XlsxWriteOptions = {},
): Promise<{ rows: number }> {
  const file = typeof out === 'string' ? createWriteStream(out) : null;
  const dest = file ?? (out as NodeJS.WritableStream);
  // Our own PassThrough gives exceljs a real stream and lets pipeline() report when the destination is done.
  const pass = new PassThrough();
  const done = pipeline(pass, dest);
  // A destination failure (disk full, client gone) must stop the row loop, not surface as an unhandled rejection.
  let failure: unknown = null;
  done.catch((e: unknown) => {
    failure = e;
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: pass, useStyles: true, useSharedStrings: false });
  wb.creator = opts.creator ?? 'Đồng Thuận';
  const font = opts.font ?? { name: 'Times New Roman', size: 12 };
  // The first font registered becomes the workbook's default (font 0), which sets the width of a column unit and
  // the look of empty cells; without this it would be the first bold title font met (exceljs 4.4 internals).
  const styles: unknown = Reflect.get(wb, 'styles');
  const addFont = prop(styles, '_addFont');
  if (typeof addFont === 'function' && Array.isArray(prop(prop(styles, 'model'), 'fonts'))) addFont.call(styles, font);
  wb.created = new Date();
  const settings: SheetSettings = {
    font,
    dateFormat: opts.dateFormat ?? 'dd/mm/yyyy',
    shiftMs: opts.dateClock === 'utc' ? 0 : VN_OFFSET_MS,
    yieldEvery: Math.max(1, opts.yieldEvery ?? 200),
    check: () => {
      if (failure !== null) throw failure;
    },
  };
  const namer = new SheetNamer();
  let rows = 0;
  try {
    for await (const spec of sheets) rows += await writeSheet(wb, namer.next(spec.name), spec, settings);
    await Promise.all([wb.commit(), done]);
    return { rows };
  } catch (err) {
    pass.destroy(err instanceof Error ? err : new Error(String(err)));
    await done.catch(() => undefined);
    if (file) {
      // pipeline() settles once the file stream is destroyed, but a file still being opened is only created and closed
      // afterwards: deleting it before its 'close' left the file behind when the open came late (a loaded machine)
      if (!file.closed) await new Promise<void>((resolve) => file.once('close', () => resolve()));
      await unlink(file.path).catch(() => undefined);
    }
    throw err;
  }
}
