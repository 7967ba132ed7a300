/**
 * XLSX and DOCX files are zip archives: before a library (exceljs, jszip) inflates one, its central directory is read
 * here and the archive is refused when it declares too many entries, too much uncompressed data, an absurd
 * compression ratio, ZIP64 or encryption. Since a hostile archive can lie in its directory, every entry is then
 * inflated once with an output cap equal to its declared size, so nothing handed to the library can expand beyond
 * the checked total (a 408 KB .docx that inflates to 400 MB is refused here). An entry that is itself an archive
 * (an embedded workbook, a zip inside a document) is checked the same way, one level deep, against the same budget:
 * Word and Excel open embedded objects, and a bomb must not reach someone's computer through a stored file.
 */
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw, inflateRawSync } from 'node:zlib';

export interface ZipLimits {
  /** How the file is named in refusals: ".xlsx", ".docx". */
  label?: string;
  maxEntries: number;
  maxTotalBytes: number;
  /** Uncompressed / compressed size of one entry; spreadsheets compress about 5–20×. */
  maxRatio: number;
  /** Caps on single entries by name (what a streaming reader keeps in memory, such as the shared strings). */
  entryCaps?: Record<string, number>;
}

export const XLSX_LIMITS: ZipLimits = { label: '.xlsx', maxEntries: 300, maxTotalBytes: 80 * 1024 * 1024, maxRatio: 200 };

/** A Word document of a plan or a draft: text, styles, numbering, a few images; 40 MB of XML is a book. */
export const DOCX_LIMITS: ZipLimits = { label: '.docx', maxEntries: 1000, maxTotalBytes: 40 * 1024 * 1024, maxRatio: 200 };

/** Why an archive was refused, in Vietnamese. */
export class ZipRefused extends Error {
  constructor(readonly messageVi: string) {
    super(messageVi);
    this.name = 'ZipRefused';
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressed: number;
  uncompressed: number;
  localOffset: number;
}

function findEndRecord(buf: Buffer): number {
  // the end record is 22 bytes plus a comment of at most 65,535 bytes
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/** Archives inside an archive are checked this deep; one deeper is refused. */
const MAX_NESTING = 1;

/**
 * The entries of the archive's central directory, checked against the limits. `buf` may hold only the archive's tail
 * starting at the absolute position `base` (a file read from disk without loading it): offsets in the records are
 * absolute.
 */
function readDirectory(buf: Buffer, limits: ZipLimits, budget: { total: number }, base = 0): Entry[] {
  const f = `Tệp ${limits.label ?? '.xlsx'}`;
  const end = findEndRecord(buf);
  if (end < 0) throw new ZipRefused(limits.label === '.docx' ? 'Tệp không phải văn bản Word (.docx) hợp lệ.' : 'Tệp không phải bảng tính Excel (.xlsx) hợp lệ.');
  const count = buf.readUInt16LE(end + 10);
  const size = buf.readUInt32LE(end + 12);
  const absoluteOffset = buf.readUInt32LE(end + 16);
  if (count === 0xffff || size === 0xffffffff || absoluteOffset === 0xffffffff) throw new ZipRefused(`${f} dùng định dạng ZIP64, quá lớn để xử lý.`);
  if (count > limits.maxEntries) throw new ZipRefused(`${f} có ${count} thành phần, nhiều bất thường (tối đa ${limits.maxEntries}).`);
  const offset = absoluteOffset - base;
  if (offset < 0 || offset + size > end) throw new ZipRefused(`${f} bị hỏng (mục lục nén không hợp lệ).`);
  const entries: Entry[] = [];
  for (let p = offset, i = 0; i < count; i++) {
    if (p + 46 > end || buf.readUInt32LE(p) !== CENTRAL) throw new ZipRefused(`${f} bị hỏng (mục lục nén không hợp lệ).`);
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const uncompressed = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    if (compressed === 0xffffffff || uncompressed === 0xffffffff || localOffset === 0xffffffff) throw new ZipRefused(`${f} dùng định dạng ZIP64, quá lớn để xử lý.`);
    if (flags & 1) throw new ZipRefused(`${f} được đặt mật khẩu; hãy lưu lại không mật khẩu rồi tải lên.`);
    if (method !== 0 && method !== 8) throw new ZipRefused(`${f} dùng kiểu nén không được hỗ trợ.`);
    const cap = limits.entryCaps?.[name];
    if (cap !== undefined && uncompressed > cap) throw new ZipRefused(`${f} có thành phần ${name} quá lớn khi giải nén (tối đa ${Math.round(cap / 1024 / 1024)} MB); hãy chia nhỏ tệp.`);
    if (uncompressed > limits.maxRatio * Math.max(compressed, 1024)) throw new ZipRefused(`${f} có thành phần nén bất thường (${name}); tệp bị từ chối để bảo vệ hệ thống.`);
    budget.total += uncompressed;
    if (budget.total > limits.maxTotalBytes) throw new ZipRefused(`Nội dung ${f.toLowerCase()} khi giải nén vượt ${Math.round(limits.maxTotalBytes / 1024 / 1024)} MB; hãy chia nhỏ tệp.`);
    entries.push({ name, method, flags, compressed, uncompressed, localOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's bytes, inflated no further than its declared size. */
function entryData(buf: Buffer, e: Entry, limits: ZipLimits): Buffer {
  const f = `Tệp ${limits.label ?? '.xlsx'}`;
  const p = e.localOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL) throw new ZipRefused(`${f} bị hỏng (thành phần nén không hợp lệ).`);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const data = buf.subarray(start, start + e.compressed);
  if (data.length !== e.compressed) throw new ZipRefused(`${f} bị cắt cụt.`);
  if (e.method === 0) {
    if (e.compressed !== e.uncompressed) throw new ZipRefused(`${f} bị hỏng (kích thước không khớp).`);
    return data;
  }
  let out: Buffer;
  try {
    // one byte of slack: a stream that would write more than it declared fails here instead of growing
    out = inflateRawSync(data, { maxOutputLength: e.uncompressed + 1 });
  } catch {
    throw new ZipRefused(`${f} bị hỏng hoặc khai sai kích thước (${e.name}); tệp bị từ chối để bảo vệ hệ thống.`);
  }
  if (out.length !== e.uncompressed) throw new ZipRefused(`${f} khai sai kích thước (${e.name}); tệp bị từ chối để bảo vệ hệ thống.`);
  return out;
}

function checkArchive(buf: Buffer, limits: ZipLimits, budget: { total: number }, depth: number): void {
  for (const e of readDirectory(buf, limits, budget)) {
    const data = entryData(buf, e, limits);
    if (!looksLikeZip(data)) continue;
    if (depth >= MAX_NESTING) throw new ZipRefused(`Tệp ${limits.label ?? '.xlsx'} chứa tệp nén lồng nhiều lớp (${e.name}); tệp bị từ chối để bảo vệ hệ thống.`);
    checkArchive(data, limits, budget, depth + 1);
  }
}

/**
 * A spreadsheet of monitoring posts imported as a stream (issue 14): up to the 1 GB upload cap, read row by row, so
 * the total may be large; the shared strings are kept in memory by the reader and are capped on their own.
 */
export const STREAMED_XLSX_LIMITS: ZipLimits = { label: '.xlsx', maxEntries: 300, maxTotalBytes: 8 * 1024 * 1024 * 1024, maxRatio: 200, entryCaps: { 'xl/sharedStrings.xml': 512 * 1024 * 1024 } };

/** An entry of an archive on disk, with where its data starts in the file. */
export interface FileZipEntry extends Entry {
  dataStart: number;
}

/**
 * The central directory of the archive at `path`, read from the file's tail and checked against `limits` (entries,
 * declared sizes, ratios), without reading the entries' data.
 */
export async function zipDirectoryOfFile(path: string, limits: ZipLimits = STREAMED_XLSX_LIMITS): Promise<FileZipEntry[]> {
  const f = `Tệp ${limits.label ?? '.xlsx'}`;
  const handle = await fs.promises.open(path, 'r');
  const entries: FileZipEntry[] = [];
  let fileSize: number;
  try {
    fileSize = (await handle.stat()).size;
    const tailLength = Math.min(fileSize, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, fileSize - tailLength);
    const end = findEndRecord(tail);
    if (end < 0) throw new ZipRefused('Tệp không phải bảng tính Excel (.xlsx) hợp lệ.');
    const size = tail.readUInt32LE(end + 12);
    const offset = tail.readUInt32LE(end + 16);
    if (size === 0xffffffff || offset === 0xffffffff) throw new ZipRefused(`${f} dùng định dạng ZIP64, quá lớn để xử lý.`);
    // the directory has at most maxEntries records of at most 46 + 3 × 65,535 bytes: refuse a larger one unread
    if (size > limits.maxEntries * (46 + 3 * 0xffff) || offset + size > fileSize) throw new ZipRefused(`${f} bị hỏng (mục lục nén không hợp lệ).`);
    const dirAndEnd = Buffer.alloc(fileSize - offset);
    await handle.read(dirAndEnd, 0, dirAndEnd.length, offset);
    for (const e of readDirectory(dirAndEnd, limits, { total: 0 }, offset)) {
      const local = Buffer.alloc(30);
      await handle.read(local, 0, 30, e.localOffset);
      if (e.localOffset + 30 > fileSize || local.readUInt32LE(0) !== LOCAL) throw new ZipRefused(`${f} bị hỏng (thành phần nén không hợp lệ).`);
      const start = e.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      if (start + e.compressed > fileSize) throw new ZipRefused(`${f} bị cắt cụt.`);
      entries.push({ ...e, dataStart: start });
    }
  } finally {
    await handle.close();
  }
  return entries;
}

/**
 * The uncompressed bytes of one entry of the archive at `path`, streamed. Fails with ZipRefused when the entry
 * inflates to more than its declared size or is damaged. `onRead` is told the compressed bytes read so far.
 */
export async function* zipEntryChunks(path: string, e: FileZipEntry, onRead?: (compressedBytes: number) => void): AsyncGenerator<Buffer> {
  if (e.compressed === 0) return;
  const raw = fs.createReadStream(path, { start: e.dataStart, end: e.dataStart + e.compressed - 1 });
  const source = e.method === 0 ? raw : raw.pipe(createInflateRaw());
  // the file stream fails the inflater, which the loop below reads (pipe alone would leave it waiting)
  if (source !== raw) raw.on('error', (err) => source.destroy(err));
  let written = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      written += chunk.length;
      if (written > e.uncompressed) throw new ZipRefused(`Tệp khai sai kích thước (${e.name}); tệp bị từ chối để bảo vệ hệ thống.`);
      onRead?.(raw.bytesRead);
      yield chunk;
    }
  } catch (err) {
    if (err instanceof ZipRefused) throw err;
    throw new ZipRefused(`Tệp bị hỏng (${e.name}).`);
  } finally {
    raw.destroy();
    source.destroy();
  }
  if (written !== e.uncompressed) throw new ZipRefused(`Tệp khai sai kích thước (${e.name}); tệp bị từ chối để bảo vệ hệ thống.`);
}

/**
 * The file-on-disk form of assertSafeZip for archives too large to hold in memory: the central directory is read from
 * the file's tail and checked; then every entry is inflated once as a stream, counting, and refused as soon as it
 * writes more than it declared, so a lying directory cannot make a streaming reader inflate more than was checked.
 * Archives inside the archive are not opened (a streaming reader does not inflate them).
 */
export async function assertSafeZipFile(path: string, limits: ZipLimits = STREAMED_XLSX_LIMITS): Promise<void> {
  const f = `Tệp ${limits.label ?? '.xlsx'}`;
  for (const e of await zipDirectoryOfFile(path, limits)) {
    if (e.method === 0) {
      if (e.compressed !== e.uncompressed) throw new ZipRefused(`${f} bị hỏng (kích thước không khớp).`);
      continue;
    }
    if (e.compressed === 0) {
      if (e.uncompressed !== 0) throw new ZipRefused(`${f} bị hỏng (kích thước không khớp).`);
      continue;
    }
    let written = 0;
    const counter = async (source: AsyncIterable<Buffer>) => {
      for await (const chunk of source) {
        written += chunk.length;
        if (written > e.uncompressed) throw new ZipRefused(`${f} khai sai kích thước (${e.name}); tệp bị từ chối để bảo vệ hệ thống.`);
      }
    };
    try {
      await pipeline(fs.createReadStream(path, { start: e.dataStart, end: e.dataStart + e.compressed - 1 }), createInflateRaw(), counter);
    } catch {
      // the pipeline may report the inflater's teardown rather than the counter's refusal: the count says which
      if (written > e.uncompressed) throw new ZipRefused(`${f} khai sai kích thước (${e.name}); tệp bị từ chối để bảo vệ hệ thống.`);
      throw new ZipRefused(`${f} bị hỏng hoặc khai sai kích thước (${e.name}); tệp bị từ chối để bảo vệ hệ thống.`);
    }
    if (written !== e.uncompressed) throw new ZipRefused(`${f} khai sai kích thước (${e.name}); tệp bị từ chối để bảo vệ hệ thống.`);
  }
}

/** Throws ZipRefused unless the archive, and every archive inside it, is small and honest enough to be inflated by a library. */
export function assertSafeZip(buf: Buffer, limits: ZipLimits = XLSX_LIMITS): void {
  checkArchive(buf, limits, { total: 0 }, 0);
}

/** True when the bytes start like a zip archive (an .xlsx, a .docx), whatever the file is called. */
export function looksLikeZip(buf: Uint8Array): boolean {
  return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
}
