/**
 * Bordered data tables in the document body: bold header row repeated on every page, rows kept whole.
 */
import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import { type Align, para } from './docx-parts';
import { TEXT_WIDTH } from './nd30-spec';
import { textWidthTwips } from './text-width';
import type { Block, TableColumn } from './types';

type TableBlock = Extract<Block, { type: 'table' }>;

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
// 1.5 mm side padding keeps text off the rules without wasting width in narrow numeric columns.
const CELL_MARGINS = { top: 40, bottom: 40, left: 85, right: 85 };
const NUMBER_FORMAT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** Formats a cell value; numbers use Vietnamese separators ("1.234,5"). */
export function cellText(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'number' ? (Number.isFinite(v) ? NUMBER_FORMAT.format(v) : '') : v.normalize('NFC');
}

/**
 * The narrowest width (twips) in which a column prints its title (bold) and every `fit` text on one line at
 * `sizePt`: the measured text, the cell padding, and 8 % for the renderer's rounding.
 */
export function minColumnWidth(column: TableColumn, sizePt: number): number {
  if (!column.fit) return 0;
  const widest = Math.max(textWidthTwips(column.title, sizePt, true), ...column.fit.map((t) => textWidthTwips(t, sizePt, false)));
  return Math.ceil(widest * 1.08) + CELL_MARGINS.left + CELL_MARGINS.right;
}

/**
 * Converts relative column widths into twips summing exactly to the text width. With `sizePt`, columns that
 * list `fit` texts are widened to hold them on one line and the other columns keep their proportions in the rest.
 */
export function columnWidths(columns: readonly TableColumn[], sizePt?: number): number[] {
  const total = columns.reduce((a, c) => a + Math.max(0, c.widthPct), 0);
  const shares = columns.map((c) => (total > 0 ? Math.max(0, c.widthPct) / total : 1 / columns.length));
  let widths = shares.map((s) => Math.floor(s * TEXT_WIDTH));
  if (sizePt !== undefined) {
    const minima = columns.map((c) => minColumnWidth(c, sizePt));
    // a column held at its minimum narrows the others, which may push another below its own: repeat until stable
    const fixed = new Set<number>();
    for (let round = 0; round <= columns.length; round++) {
      const next = widths.findIndex((w, i) => !fixed.has(i) && w < minima[i]!);
      if (next < 0) break;
      fixed.add(next);
      const used = [...fixed].reduce((a, i) => a + minima[i]!, 0);
      const freeShare = shares.reduce((a, sh, i) => a + (fixed.has(i) ? 0 : sh), 0);
      if (used >= TEXT_WIDTH || freeShare <= 0) break;
      widths = shares.map((sh, i) => (fixed.has(i) ? minima[i]! : Math.floor((sh / freeShare) * (TEXT_WIDTH - used))));
    }
  }
  const last = widths.length - 1;
  if (last >= 0) widths[last] = (widths[last] ?? 0) + TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** Builds one cell; "\n" in a value becomes separate lines. */
function cell(value: string, width: number, size: number, bold: boolean, align: Align): TableCell {
  const lines = value === '' ? [''] : value.split(/\r?\n/);
  const children: Paragraph[] = lines.map((l) => para(l, { size, bold }, { align }));
  return new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER, margins: CELL_MARGINS, children });
}

/** Builds a body row, checking its width against the columns. */
function row(values: readonly (string | number)[], t: TableBlock, widths: number[], size: number, bold: boolean): TableRow {
  if (values.length > t.columns.length) {
    throw new RangeError(`table row has ${values.length} cells but ${t.columns.length} columns`);
  }
  const cells = t.columns.map((c, i) => {
    const v = values[i];
    // Unaligned columns follow the value: figures right, text left, like a spreadsheet.
    const align: Align = c.align ?? (typeof v === 'number' ? 'right' : 'left');
    return cell(cellText(v), widths[i] ?? 0, size, bold, align);
  });
  return new TableRow({ children: cells, cantSplit: true });
}

/** Renders a table block at the given font size. */
export function bodyTable(t: TableBlock, size: number): Table {
  if (t.columns.length === 0) throw new RangeError('table needs at least one column');
  const widths = columnWidths(t.columns, size);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map((c, i) => cell(c.title.normalize('NFC'), widths[i] ?? 0, size, true, 'center')),
  });
  const rows = [header, ...t.rows.map((r) => row(r, t, widths, size, false))];
  if (t.totals) rows.push(row(t.totals, t, widths, size, true));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows,
  });
}
