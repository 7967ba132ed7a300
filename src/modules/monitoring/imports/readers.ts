/**
 * Streaming readers of social-media exports: CSV (RFC 4180, comma, semicolon or tab, quoted fields across lines),
 * JSON (an array of objects, or one object per line) and XLSX (the first sheet, xlsx-rows.ts). Each
 * yields rows as header → text records without holding the file: memory stays bounded for a million rows.
 */
import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { xlsxFirstSheetRows, XlsxUnreadable } from './xlsx-rows';

export type ImportFormat = 'csv' | 'json' | 'xlsx';

/** A row of the file: its number as a person counts them (the header is row 1 in CSV and XLSX) and its cells by header. */
export interface FileRow {
  row: number;
  values: Record<string, string>;
}

/** Refused files (not the format their name says, no header): a Vietnamese reason for the office. */
export class UnreadableFile extends Error {}

/** The format of an upload from its name (the office accepts .csv, .json, .ndjson, .jsonl, .xlsx). */
export function formatOfName(name: string): ImportFormat | null {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (ext === 'csv' || ext === 'txt') return 'csv';
  if (ext === 'json' || ext === 'ndjson' || ext === 'jsonl') return 'json';
  if (ext === 'xlsx') return 'xlsx';
  return null;
}

/** Rows of a CSV or JSON stream; `headers` receives the column names as soon as they are known. */
export function readRows(input: AsyncIterable<Buffer>, format: 'csv' | 'json', onHeaders?: (headers: string[]) => void): AsyncGenerator<FileRow> {
  return format === 'csv' ? readCsv(input, onHeaders) : readJson(input, onHeaders);
}

/**
 * Rows of the stored upload at `file` in `format`. `onRead` is told how many bytes of the file were read so far (for
 * a workbook, of its first sheet). Leaving the loop early closes the file.
 */
export function readFileRows(file: string, format: ImportFormat, opts: { onHeaders?: (headers: string[]) => void; onRead?: (bytes: number) => void } = {}): AsyncGenerator<FileRow> {
  if (format === 'xlsx') return readXlsx(file, opts.onHeaders, opts.onRead);
  return readRows(counted(fs.createReadStream(file), opts.onRead), format, opts.onHeaders);
}

async function* counted(input: AsyncIterable<Buffer>, onRead?: (bytes: number) => void): AsyncGenerator<Buffer> {
  let bytes = 0;
  for await (const chunk of input) {
    bytes += chunk.length;
    onRead?.(bytes);
    yield chunk;
  }
}

const cellText = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString();
  if (typeof v === 'object') {
    const o = v as { text?: unknown; richText?: { text: string }[]; result?: unknown; hyperlink?: string };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if (o.text !== undefined) return cellText(o.text);
    if (o.result !== undefined) return cellText(o.result);
    if (o.hyperlink) return o.hyperlink;
  }
  return '';
};

function uniqueHeaders(raw: string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((h, i) => {
    const base = h.replace(/^\ufeff/, '').trim() || `Cột ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

function record(headers: string[], cells: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < headers.length; i++) out[headers[i]!] = cells[i] ?? '';
  return out;
}

/** Longest CSV field kept (a runaway quote must not swallow the file into memory). */
const MAX_FIELD = 1_000_000;

/** An incremental RFC 4180 tokenizer: feed chunks, take complete records. */
export class CsvTokenizer {
  private field = '';
  private record: string[] = [];
  private quoted = false;
  private afterQuote = false;
  private pendingCr = false;
  private sep: string | null;
  readonly records: string[][] = [];

  constructor(sep: string | null = null) {
    this.sep = sep;
  }

  push(chunk: string): void {
    // the separator is whichever of , ; or tab the first line holds most of (Excel in Vietnamese locales writes ;)
    if (this.sep === null) {
      const line = chunk.split('\n', 1)[0]!;
      const counts = [',', ';', '\t'].map((s) => [s, line.split(s).length] as const).sort((a, b) => b[1] - a[1]);
      this.sep = counts[0]![1] > 1 ? counts[0]![0] : ',';
    }
    const sep = this.sep;
    let start = 0;
    const n = chunk.length;
    for (let i = 0; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (this.quoted) {
        if (c === 34) {
          this.field += chunk.slice(start, i);
          start = i + 1;
          if (chunk.charCodeAt(i + 1) === 34) {
            this.field += '"';
            i++;
            start = i + 1;
          } else if (i + 1 === n) {
            // a quote at the chunk's end: the next chunk tells whether it is doubled
            this.quoted = false;
            this.afterQuote = true;
          } else {
            this.quoted = false;
          }
        }
        continue;
      }
      if (this.afterQuote) {
        this.afterQuote = false;
        if (c === 34) {
          this.field += '"';
          this.quoted = true;
          start = i + 1;
          continue;
        }
      }
      if (this.pendingCr) {
        this.pendingCr = false;
        if (c === 10) {
          start = i + 1;
          continue;
        }
      }
      if (c === 34 && this.field === '' && i === start) {
        this.quoted = true;
        start = i + 1;
      } else if (chunk[i] === sep) {
        this.endField(chunk.slice(start, i));
        start = i + 1;
      } else if (c === 10 || c === 13) {
        this.endField(chunk.slice(start, i));
        this.endRecord();
        start = i + 1;
        if (c === 13) this.pendingCr = true;
      }
    }
    if (start < n) this.field += chunk.slice(start);
    if (this.field.length > MAX_FIELD) throw new UnreadableFile('Tệp CSV có một ô dài bất thường (có thể thiếu dấu ngoặc kép đóng).');
  }

  end(): void {
    if (this.field !== '' || this.record.length) {
      this.endField('');
      this.endRecord();
    }
  }

  private endField(tail: string): void {
    this.record.push(this.field + tail);
    this.field = '';
  }

  private endRecord(): void {
    const r = this.record;
    this.record = [];
    if (r.length === 1 && r[0] === '') return; // a blank line
    this.records.push(r);
  }
}

async function* readCsv(input: AsyncIterable<Buffer>, onHeaders?: (h: string[]) => void): AsyncGenerator<FileRow> {
  const decoder = new StringDecoder('utf8');
  const tok = new CsvTokenizer();
  let headers: string[] | null = null;
  let row = 1;
  const drain = function* (): Generator<FileRow> {
    for (const r of tok.records) {
      if (!headers) {
        headers = uniqueHeaders(r);
        onHeaders?.(headers);
        continue;
      }
      row++;
      yield { row, values: record(headers, r) };
    }
    tok.records.length = 0;
  };
  for await (const chunk of input) {
    tok.push(decoder.write(chunk as Buffer));
    yield* drain();
  }
  tok.push(decoder.end());
  tok.end();
  yield* drain();
  if (!headers) throw new UnreadableFile('Tệp CSV trống: không có dòng tiêu đề.');
}

function flatten(obj: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
    for (const [k, v] of Object.entries(obj)) {
      const key = prefix ? `${prefix}.${k}` : k;
      if (v && typeof v === 'object' && !Array.isArray(v) && prefix.split('.').length < 3) flatten(v, key, out);
      else out[key] = Array.isArray(v) ? v.map(cellText).join(', ') : cellText(v);
    }
  }
  return out;
}

/**
 * JSON: an array of objects (split at its top level as bytes arrive, each element parsed alone) or one object per
 * line. Nested objects become dotted columns ("author.name"). The columns are those of the first object.
 */
async function* readJson(input: AsyncIterable<Buffer>, onHeaders?: (h: string[]) => void): AsyncGenerator<FileRow> {
  const decoder = new StringDecoder('utf8');
  let mode = 'unknown' as 'unknown' | 'array' | 'lines';
  let depth = 0;
  let inString = false;
  let escaped = false;
  let buf = '';
  let headers: string[] | null = null;
  let row = 0;
  let done = false;
  const emit = (text: string): FileRow | null => {
    const t = text.trim();
    if (!t) return null;
    row++;
    let value: unknown;
    try {
      value = JSON.parse(t);
    } catch {
      return { row, values: { __error: 'Dòng không phải JSON hợp lệ.' } };
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) return { row, values: { __error: 'Dòng không phải một đối tượng JSON.' } };
    const values = flatten(value);
    if (!headers) {
      headers = Object.keys(values);
      onHeaders?.(headers);
    }
    return { row, values };
  };
  const process = function* (chunk: string): Generator<FileRow> {
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i]!;
      if (mode === 'unknown') {
        if (/\s/.test(ch) || ch === '\ufeff') {
          start = i + 1;
          continue;
        }
        mode = ch === '[' ? 'array' : 'lines';
        if (mode === 'array') {
          start = i + 1;
          continue;
        }
      }
      if (done) return;
      if (inString) {
        if (escaped) escaped = false;
        else if (ch === '\\') escaped = true;
        else if (ch === '"') inString = false;
        continue;
      }
      if (ch === '"') inString = true;
      else if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') {
        if (mode === 'array' && depth === 0 && ch === ']') {
          const r = emit(buf + chunk.slice(start, i));
          if (r) yield r;
          buf = '';
          start = i + 1;
          done = true;
          return;
        }
        depth--;
      } else if (depth === 0 && ((mode === 'array' && ch === ',') || (mode === 'lines' && ch === '\n'))) {
        const r = emit(buf + chunk.slice(start, i));
        if (r) yield r;
        buf = '';
        start = i + 1;
      }
    }
    buf += chunk.slice(start);
    if (buf.length > MAX_FIELD) throw new UnreadableFile('Tệp JSON có một phần tử dài bất thường hoặc không đúng cấu trúc.');
  };
  for await (const chunk of input) yield* process(decoder.write(chunk as Buffer));
  yield* process(decoder.end());
  if (mode === 'lines' && buf.trim()) {
    const r = emit(buf);
    if (r) yield r;
  } else if (mode === 'array' && !done) throw new UnreadableFile('Tệp JSON bị cắt ngang: thiếu dấu ] kết thúc danh sách.');
  if (!headers) throw new UnreadableFile('Tệp JSON không có bài viết nào.');
}

/** XLSX: the first worksheet, its first non-empty row as the header (xlsx-rows.ts reads it through the archive's directory). */
async function* readXlsx(file: string, onHeaders?: (h: string[]) => void, onRead?: (bytes: number) => void): AsyncGenerator<FileRow> {
  let headers: string[] | null = null;
  try {
    for await (const r of xlsxFirstSheetRows(file, onRead)) {
      const cells = r.cells.map((c) => c.trim());
      if (cells.every((c) => c === '')) continue;
      if (!headers) {
        headers = uniqueHeaders(cells);
        onHeaders?.(headers);
        continue;
      }
      yield { row: r.number, values: record(headers, cells) };
    }
  } catch (err) {
    throw err instanceof XlsxUnreadable ? new UnreadableFile(err.message) : err;
  }
  if (!headers) throw new UnreadableFile('Trang tính đầu tiên của tệp Excel trống.');
}
