/**
 * The first worksheet of a stored .xlsx, read row by row through the archive's central directory. The workbook's
 * parts are looked up by name, whatever their order in the archive: the relationships and the workbook (which sheet
 * comes first), the shared strings (kept in memory, capped by the zip guard), the styles (which cells hold dates),
 * then the sheet itself, inflated and parsed as a stream. Other sheets are never inflated.
 *
 * exceljs's streaming reader read the archive in one pass in stored order and, under load, lost entries after a
 * worksheet it had set aside (exceljs issue 3064): about one read in a thousand of a workbook it had written itself
 * came out empty, and the import was refused as "a sheet without a header".
 */
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { zipDirectoryOfFile, zipEntryChunks, ZipRefused, STREAMED_XLSX_LIMITS, type FileZipEntry } from '../../../platform/files/zip-guard';

/** A row of the sheet as its number (1-based, as Excel shows it) and its cells' texts, blanks filled. */
export interface SheetRow {
  number: number;
  cells: string[];
}

export class XlsxUnreadable extends Error {}

/** The most bytes a small part (workbook, relationships, styles) may inflate to before it is read whole. */
const SMALL_PART = 32 * 1024 * 1024;

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** An element's attribute by its local name (`r:id`, `relationships:id` → `id` when `prefixed`). */
function attr(tag: SaxesTagPlain, name: string, prefixed = false): string | undefined {
  for (const [k, v] of Object.entries(tag.attributes)) if (localName(k) === name && (!prefixed || k.includes(':'))) return v;
  return undefined;
}

type Handlers = {
  open?: (tag: SaxesTagPlain, name: string) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
};

function parserOf(h: Handlers): SaxesParser {
  const p = new SaxesParser();
  if (h.open) p.on('opentag', (t) => h.open!(t as SaxesTagPlain, localName(t.name)));
  if (h.close) p.on('closetag', (t) => h.close!(localName(t.name)));
  if (h.text) {
    p.on('text', h.text);
    p.on('cdata', h.text);
  }
  return p;
}

/** Parses a whole (small, capped) part. */
async function parsePart(file: string, e: FileZipEntry | undefined, h: Handlers): Promise<void> {
  if (!e) return;
  if (e.uncompressed > SMALL_PART) throw new XlsxUnreadable(`Thành phần ${e.name} của tệp Excel lớn bất thường.`);
  const p = parserOf(h);
  const decoder = new StringDecoder('utf8');
  for await (const chunk of zipEntryChunks(file, e)) p.write(decoder.write(chunk));
  p.write(decoder.end());
  p.close();
}

/** The first sheet's part, from the workbook's sheet order and its relationships; else the lowest-numbered sheet. */
async function firstSheet(file: string, byName: Map<string, FileZipEntry>): Promise<{ entry: FileZipEntry | undefined; date1904: boolean }> {
  let firstRel: string | undefined;
  let date1904 = false;
  await parsePart(file, byName.get('xl/workbook.xml'), {
    open(tag, name) {
      if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attr(tag, 'date1904') ?? '');
      if (name === 'sheet' && firstRel === undefined) firstRel = attr(tag, 'id', true) ?? '';
    },
  });
  let target: string | undefined;
  await parsePart(file, byName.get('xl/_rels/workbook.xml.rels'), {
    open(tag, name) {
      if (name === 'Relationship' && firstRel && attr(tag, 'Id') === firstRel) target = attr(tag, 'Target');
    },
  });
  if (target) {
    const resolved = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    const entry = byName.get(resolved);
    if (entry) return { entry, date1904 };
  }
  const sheets = [...byName.keys()]
    .map((n) => ({ n, m: /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(n) }))
    .filter((s) => s.m)
    .sort((a, b) => Number(a.m![1]) - Number(b.m![1]));
  return { entry: sheets[0] ? byName.get(sheets[0].n) : undefined, date1904 };
}

/** The shared strings: each `<si>`'s text, its runs joined, phonetic hints (`<rPh>`) left out. */
async function sharedStrings(file: string, e: FileZipEntry | undefined): Promise<string[]> {
  const out: string[] = [];
  if (!e) return out;
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  const p = parserOf({
    open(_tag, name) {
      if (name === 'si') current = '';
      else if (name === 't') inText = true;
      else if (name === 'rPh') phonetic++;
    },
    close(name) {
      if (name === 'si') {
        out.push(current ?? '');
        current = null;
      } else if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
    },
    text(t) {
      if (inText && !phonetic && current !== null) current += t;
    },
  });
  const decoder = new StringDecoder('utf8');
  for await (const chunk of zipEntryChunks(file, e)) p.write(decoder.write(chunk));
  p.write(decoder.end());
  p.close();
  return out;
}

/** Built-in number formats that show a date or a time (ECMA-376 §18.8.30, with the East Asian ones). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a custom format code shows a date or time: a d, m, y, h or s outside quoted text, escapes and [colour] tags. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .split(';')[0]!
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, '');
  return /[dmyhs]/i.test(bare);
}

/** For each cell style index, whether it formats a number as a date. */
async function dateStyles(file: string, e: FileZipEntry | undefined): Promise<boolean[]> {
  const custom = new Map<number, string>();
  const xfs: number[] = [];
  let inCellXfs = false;
  await parsePart(file, e, {
    open(tag, name) {
      if (name === 'numFmt') custom.set(Number(attr(tag, 'numFmtId')), attr(tag, 'formatCode') ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) xfs.push(Number(attr(tag, 'numFmtId') ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return xfs.map((id) => (custom.has(id) ? isDateFormat(custom.get(id)!) : DATE_FORMAT_IDS.has(id)));
}

/** A column's index from a cell reference: A1 → 0, AB12 → 27. */
function columnOf(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return n - 1;
}

/** The widest row kept: a cell reference past it (XFD1 is column 16,384) is a damaged file. */
const MAX_COLUMNS = 16_384;

/** An Excel date serial as an instant, read as UTC as exceljs does (the 1904 system starts 1,462 days later). */
const serialToIso = (serial: number, date1904: boolean): string => {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  return Number.isNaN(d.getTime()) ? String(serial) : d.toISOString();
};

/**
 * The rows of the workbook's first sheet, in order, empty cells as ''. Dates come as ISO instants, numbers as
 * JavaScript writes them, booleans as true/false, errors as ''. `onRead` gets the compressed bytes read of the sheet.
 */
export async function* xlsxFirstSheetRows(file: string, onRead?: (compressedBytes: number) => void): AsyncGenerator<SheetRow> {
  try {
    yield* sheetRows(file, onRead);
  } catch (err) {
    if (err instanceof XlsxUnreadable) throw err;
    throw new XlsxUnreadable(err instanceof ZipRefused ? err.messageVi : 'Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc không phải định dạng .xlsx.');
  }
}

async function* sheetRows(file: string, onRead?: (compressedBytes: number) => void): AsyncGenerator<SheetRow> {
  const entries = await zipDirectoryOfFile(file, STREAMED_XLSX_LIMITS);
  const byName = new Map(entries.map((e) => [e.name.replace(/^\//, ''), e]));
  const { entry: sheet, date1904 } = await firstSheet(file, byName);
  if (!sheet) throw new XlsxUnreadable('Tệp Excel không có trang tính nào.');
  const [strings, dates] = await Promise.all([sharedStrings(file, byName.get('xl/sharedStrings.xml')), dateStyles(file, byName.get('xl/styles.xml'))]);

  const ready: SheetRow[] = [];
  let row: string[] | null = null;
  let rowNumber = 0;
  let col = 0;
  let type = 'n';
  let style = 0;
  let value: string | null = null;
  let inline: string | null = null;
  let capture: 'v' | 't' | null = null;
  let phonetic = 0;
  const p = parserOf({
    open(tag, name) {
      if (name === 'row') {
        const r = Number(attr(tag, 'r'));
        rowNumber = Number.isInteger(r) && r > rowNumber ? r : rowNumber + 1;
        row = [];
        col = 0;
      } else if (name === 'c' && row) {
        const ref = attr(tag, 'r');
        if (ref) col = columnOf(ref);
        if (col < 0 || col >= MAX_COLUMNS) throw new XlsxUnreadable('Tệp Excel có ô ngoài phạm vi cột của bảng tính.');
        type = attr(tag, 't') ?? 'n';
        style = Number(attr(tag, 's') ?? 0);
        value = null;
        inline = null;
      } else if (name === 'v') {
        capture = 'v';
        value = '';
      } else if (name === 'is') inline = '';
      else if (name === 't' && inline !== null) capture = 't';
      else if (name === 'rPh') phonetic++;
    },
    text(t) {
      if (capture === 'v') value += t;
      else if (capture === 't' && !phonetic) inline += t;
    },
    close(name) {
      if (name === 'v' || name === 't') capture = null;
      else if (name === 'rPh') phonetic--;
      else if (name === 'c' && row) {
        while (row.length < col) row.push('');
        row[col] = cellText(type, style, value, inline);
        col++;
      } else if (name === 'row' && row) {
        ready.push({ number: rowNumber, cells: row });
        row = null;
      }
    },
  });
  const cellText = (t: string, s: number, v: string | null, is: string | null): string => {
    if (t === 'inlineStr') return is ?? v ?? '';
    if (v === null) return '';
    if (t === 's') return strings[Number(v)] ?? '';
    if (t === 'str') return v;
    if (t === 'b') return v === '1' ? 'true' : 'false';
    if (t === 'e') return '';
    if (t === 'd') {
      const d = new Date(v);
      return Number.isNaN(d.getTime()) ? v : d.toISOString();
    }
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n)) return v;
    return dates[s] ? serialToIso(n, date1904) : String(n);
  };

  const decoder = new StringDecoder('utf8');
  for await (const chunk of zipEntryChunks(file, sheet, onRead)) {
    p.write(decoder.write(chunk));
    for (const r of ready.splice(0)) yield r;
  }
  p.write(decoder.end());
  p.close();
  for (const r of ready.splice(0)) yield r;
}
