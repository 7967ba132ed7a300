import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { sql, type SQL } from 'drizzle-orm';
import { jsonParam } from '../db';
import { AppError } from '../errors';
import { assertSafeZip, type ZipLimits } from './zip-guard';

/** Where uploaded files live: FILES_DIR, or ./data/files next to the embedded database. */
export function filesDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.FILES_DIR ?? './data/files');
}

/** 'zip' is only for packages the application writes itself (sniffFileKind never accepts an uploaded ZIP). */
export type FileKind = 'pdf' | 'docx' | 'xlsx' | 'png' | 'jpeg' | 'gif' | 'webp' | 'txt' | 'zip' | AudioVideoKind;
/** Audio and video (communication products, loudspeaker scripts): accepted only where a module lists them. */
export type AudioVideoKind = 'mp3' | 'ogg' | 'wav' | 'm4a' | 'mp4' | 'webm';

const MIME: Record<FileKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  txt: 'text/plain; charset=utf-8',
  zip: 'application/zip',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  wav: 'audio/wav',
  m4a: 'audio/mp4',
  mp4: 'video/mp4',
  webm: 'video/webm',
};

/** An evidence or attachment .docx/.xlsx: the larger of the two parsers' limits, since either kind may arrive. */
const STORED_ZIP_LIMITS: ZipLimits = { maxEntries: 1000, maxTotalBytes: 80 * 1024 * 1024, maxRatio: 200 };

const startsWith = (buf: Uint8Array, bytes: number[], offset = 0) => bytes.every((b, i) => buf[offset + i] === b);

/** The real type of a file from its bytes (the name and the declared type are not trusted). */
export async function sniffFileKind(buf: Uint8Array): Promise<FileKind | null> {
  if (startsWith(buf, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(buf, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (startsWith(buf, [0x52, 0x49, 0x46, 0x46]) && startsWith(buf, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  const audioVideo = sniffAudioVideo(buf);
  if (audioVideo) return audioVideo;
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) {
    try {
      // a stored archive is opened later by whoever downloads it (Word, Excel): a bomb is refused here as the parsers refuse it
      assertSafeZip(Buffer.from(buf), STORED_ZIP_LIMITS);
      const zip = await JSZip.loadAsync(buf);
      if (zip.file('word/document.xml')) return 'docx';
      if (zip.file('xl/workbook.xml')) return 'xlsx';
    } catch {
      return null;
    }
    return null;
  }
  return null;
}

const ascii = (buf: Uint8Array, from: number, to: number) => String.fromCharCode(...buf.subarray(from, to));

/** Audio and video containers by their signatures: ID3 or an MPEG layer III frame, Ogg, RIFF WAVE, ISO BMFF, EBML webm. */
function sniffAudioVideo(buf: Uint8Array): AudioVideoKind | null {
  if (startsWith(buf, [0x49, 0x44, 0x33])) return 'mp3';
  // an MPEG-1/2 layer III frame header: 11 sync bits, then a version and layer III (bits 01)
  if (buf.length > 3 && buf[0] === 0xff && (buf[1]! & 0xe0) === 0xe0 && (buf[1]! & 0x06) === 0x02 && (buf[1]! & 0x18) !== 0x08) return 'mp3';
  if (startsWith(buf, [0x4f, 0x67, 0x67, 0x53, 0x00])) return 'ogg';
  if (startsWith(buf, [0x52, 0x49, 0x46, 0x46]) && startsWith(buf, [0x57, 0x41, 0x56, 0x45], 8)) return 'wav';
  if (buf.length >= 12 && ascii(buf, 4, 8) === 'ftyp') {
    const brand = ascii(buf, 8, 12);
    if (brand === 'M4A ' || brand === 'M4B ') return 'm4a';
    if (['isom', 'iso2', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'M4V ', 'dash'].includes(brand)) return 'mp4';
    return null;
  }
  if (startsWith(buf, [0x1a, 0x45, 0xdf, 0xa3]) && ascii(buf, 0, Math.min(buf.length, 64)).includes('webm')) return 'webm';
  return null;
}

export interface StoredFile {
  storageKey: string;
  sha256: string;
  size: number;
  kind: FileKind;
  mimeType: string;
}

/**
 * Checks an upload against the allowed kinds and the size limit, then writes it under a random key.
 * The write is atomic (temp file + rename), so a half-written file is never served.
 */
export async function storeFile(buf: Uint8Array, opts: { allowed: FileKind[]; maxBytes: number; dir?: string }): Promise<StoredFile> {
  if (buf.byteLength === 0) throw new AppError('validation', 'Tệp rỗng.');
  if (buf.byteLength > opts.maxBytes) {
    throw new AppError('payload-too-large', `Tệp quá lớn: tối đa ${Math.round(opts.maxBytes / 1024 / 1024)} MB.`);
  }
  const kind = await sniffFileKind(buf);
  if (!kind || !opts.allowed.includes(kind)) {
    throw new AppError('unsupported-media-type', `Loại tệp không được chấp nhận. Chỉ nhận: ${opts.allowed.map((k) => k.toUpperCase()).join(', ')} (kiểm tra theo nội dung tệp, không theo tên).`);
  }
  const sha256 = createHash('sha256').update(buf).digest('hex');
  const storageKey = `${sha256.slice(0, 2)}/${randomUUID()}`;
  const dir = opts.dir ?? filesDir();
  const target = path.join(dir, storageKey);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.part`;
  fs.writeFileSync(tmp, buf);
  fs.renameSync(tmp, target);
  return { storageKey, sha256, size: buf.byteLength, kind, mimeType: MIME[kind] };
}

/** Opens a stored file for streaming to a response. */
export function openStoredFile(storageKey: string, dir = filesDir()): fs.ReadStream {
  if (storageKey.includes('..')) throw new AppError('bad-request', 'Khoá tệp không hợp lệ.');
  const p = path.join(dir, storageKey);
  if (!fs.existsSync(p)) throw new AppError('not-found', 'Không tìm thấy tệp.');
  return fs.createReadStream(p);
}

/** A file name safe to show and to put in Content-Disposition: NFC, no path, no control characters. */
export function safeFileName(name: string): string {
  const base = path.basename(name.normalize('NFC')).replace(/[\u0000-\u001f\u007f"\\/]/g, '_').trim();
  return base.slice(0, 200) || 'tep';
}

export { storedFiles } from './tables';
export { canReadFile, defineFileOwner, type FileOwnerReadCheck } from './access';

/** A stored file attached to a record, as inserted by insertFileLinksSql. */
export interface FileLink {
  ownerType: string;
  ownerId: string;
  fileName: string;
  file: StoredFile;
}

/** An INSERT of file records as one statement with one JSON parameter (for a batch writer's WITH clause). */
export function insertFileLinksSql(links: FileLink[]): SQL {
  const rows = links.map((l) => ({ id: randomUUID(), owner_type: l.ownerType, owner_id: l.ownerId, file_name: l.fileName, mime_type: l.file.mimeType, size: l.file.size, sha256: l.file.sha256, storage_key: l.file.storageKey }));
  return sql`insert into stored_files (id, owner_type, owner_id, file_name, mime_type, size, sha256, storage_key)
    select id, owner_type, owner_id, file_name, mime_type, size, sha256, storage_key
    from jsonb_to_recordset(${jsonParam(rows)}::jsonb) as x(id text, owner_type text, owner_id text, file_name text, mime_type text, size integer, sha256 text, storage_key text)`;
}

/** A temporary path inside the file store, for documents written as a stream before they are kept. */
export function tempFilePath(dir = filesDir()): string {
  fs.mkdirSync(path.join(dir, 'tmp'), { recursive: true });
  return path.join(dir, 'tmp', `${randomUUID()}.part`);
}

/** Keeps a file already written to a temporary path (a streamed document), hashing it without loading it whole. */
export async function storeWrittenFile(tmpPath: string, kind: FileKind, dir = filesDir()): Promise<StoredFile> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(tmpPath)) hash.update(chunk as Buffer);
  const sha256 = hash.digest('hex');
  const storageKey = `${sha256.slice(0, 2)}/${randomUUID()}`;
  const target = path.join(dir, storageKey);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.renameSync(tmpPath, target);
  return { storageKey, sha256, size: fs.statSync(target).size, kind, mimeType: MIME[kind] };
}
