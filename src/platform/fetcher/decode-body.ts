/**
 * Turning a response body into text. Order of evidence: byte-order mark, the UTF-16 pattern, the declared charset
 * (HTTP header, XML declaration, <meta charset>) when the bytes agree with it, valid UTF-8, then the legacy
 * Vietnamese 8-bit encodings (TCVN3/ABC, VNI, Windows-1258, VISCII) chosen by how Vietnamese the result reads.
 * Declarations are checked rather than trusted: provincial portals often send TCVN3 or Windows-1258 labelled as
 * UTF-8 or ISO-8859-1.
 */
import iconv from 'iconv-lite';
import { bytesToByteString, decodeLegacy, vietnameseScore, type LegacyEncoding } from '../text/legacy-decode';

export interface DecodedBody {
  text: string;
  /** the encoding used, lower-case: utf-8, utf-16le, utf-16be, windows-1258, viscii, tcvn3, vni, windows-1252 … */
  encoding: string;
}

const BINARY_TYPE = /^(?:image\/(?!svg)|audio\/|video\/|font\/|application\/(?:octet-stream|zip|x-zip|pdf|x-rar|x-7z|x-tar|wasm|msword|vnd\.ms-|vnd\.openxmlformats))/i;
const MAGIC: ReadonlyArray<readonly number[]> = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x50, 0x4b, 0x03, 0x04], // zip, docx, xlsx
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x52, 0x61, 0x72, 0x21], // rar
  [0x7f, 0x45, 0x4c, 0x46], // ELF
];
const WEAK_LABELS = new Set(['iso-8859-1', 'latin1', 'us-ascii', 'ascii', 'windows-1252', 'cp1252', 'iso8859-1', 'l1']);
const LEGACY_LABELS: Record<string, LegacyEncoding | 'viscii'> = {
  tcvn3: 'tcvn3', tcvn: 'tcvn3', 'tcvn-5712': 'tcvn3', abc: 'tcvn3', vni: 'vni', viscii: 'viscii', 'csviscii': 'viscii',
};

/** True when the bytes are a gzip stream (sitemaps are often served as .xml.gz without Content-Encoding). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** True when the Content-Type alone says the body is not text (gzip is not: it may hold a sitemap). */
export function isBinaryContentType(contentType: string | null): boolean {
  return contentType !== null && BINARY_TYPE.test(contentType.trim());
}

/** True when the first bytes are a known binary signature, or hold NUL bytes that no 8-bit or UTF-8 text has. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (MAGIC.some((sig) => sig.every((b, i) => bytes[i] === b))) return true;
  if (hasBom16(bytes) || guessUtf16(bytes) !== null) return false;
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Decodes a body; `contentType` is the response's Content-Type header, if any. Result is NFC. */
export function decodeBody(bytes: Uint8Array, contentType: string | null): DecodedBody {
  const bom = fromBom(bytes);
  if (bom !== null) return bom;
  const utf16 = guessUtf16(bytes);
  if (utf16 !== null) return done(new TextDecoder(utf16).decode(bytes), utf16);

  for (const label of declaredLabels(bytes, contentType)) {
    const decoded = decodeDeclared(bytes, label);
    if (decoded !== null) return decoded;
  }
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return done(utf8, 'utf-8');
  return detectLegacy8bit(bytes) ?? done(iconv.decode(Buffer.from(bytes), 'windows-1252'), 'windows-1252');
}

function done(text: string, encoding: string): DecodedBody {
  return { text: text.normalize('NFC'), encoding };
}

function hasBom16(b: Uint8Array): boolean {
  return (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
}

function fromBom(b: Uint8Array): DecodedBody | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return done(new TextDecoder('utf-8').decode(b.subarray(3)), 'utf-8');
  if (b[0] === 0xff && b[1] === 0xfe) return done(new TextDecoder('utf-16le').decode(b.subarray(2)), 'utf-16le');
  if (b[0] === 0xfe && b[1] === 0xff) return done(new TextDecoder('utf-16be').decode(b.subarray(2)), 'utf-16be');
  return null;
}

/** UTF-16 without a BOM has a zero byte in every other position for the ASCII of the markup. */
function guessUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.3 && odd < pairs * 0.05) return 'utf-16be';
  return null;
}

function strictUtf8(b: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return null;
  }
}

/** Charset labels in order: HTTP header, XML declaration, <meta charset> / http-equiv (from the first 4 kB). */
function declaredLabels(bytes: Uint8Array, contentType: string | null): string[] {
  const labels: string[] = [];
  const fromHeader = /charset\s*=\s*["']?([-\w.:]+)/i.exec(contentType ?? '')?.[1];
  if (fromHeader) labels.push(fromHeader.toLowerCase());
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([-\w.:]+)["']/i.exec(head)?.[1];
  if (xml) labels.push(xml.toLowerCase());
  const meta = /<meta[^>]+charset\s*=\s*["']?([-\w.:]+)/i.exec(head)?.[1];
  if (meta) labels.push(meta.toLowerCase());
  return labels;
}

/** Decodes by a declared label when the bytes bear it out; null sends the caller on to the next evidence. */
function decodeDeclared(bytes: Uint8Array, label: string): DecodedBody | null {
  if (label === 'utf-8' || label === 'utf8') {
    const text = strictUtf8(bytes);
    return text === null ? null : done(text, 'utf-8');
  }
  if (label.startsWith('utf-16') || label.startsWith('ucs-2')) return null; // no BOM and no UTF-16 pattern: wrong
  if (WEAK_LABELS.has(label)) {
    // Legacy Vietnamese text is routinely served as "ISO-8859-1"; only a body that reads as nothing else is Latin-1.
    const utf8 = strictUtf8(bytes);
    if (utf8 !== null) return done(utf8, 'utf-8');
    return detectLegacy8bit(bytes) ?? done(iconv.decode(Buffer.from(bytes), 'windows-1252'), 'windows-1252');
  }
  const legacy = LEGACY_LABELS[label];
  if (legacy === 'viscii') return done(iconv.decode(Buffer.from(bytes), 'viscii'), 'viscii');
  if (legacy !== undefined) return done(decodeLegacy(bytesToByteString(bytes), legacy), legacy);
  try {
    const decoder = new TextDecoder(label);
    if (decoder.encoding === 'utf-8') return decodeDeclared(bytes, 'utf-8');
    if (decoder.encoding === 'windows-1252') return decodeDeclared(bytes, 'windows-1252');
    return done(decoder.decode(bytes), decoder.encoding);
  } catch {
    return iconv.encodingExists(label) ? done(iconv.decode(Buffer.from(bytes), label), label) : null;
  }
}

const SAMPLE_CHARS = 64 * 1024;

/** Tries each legacy encoding on the body's text (markup removed) and keeps the one that reads most Vietnamese. */
function detectLegacy8bit(bytes: Uint8Array): DecodedBody | null {
  const byteString = bytesToByteString(bytes);
  const sample = byteString.replace(/<[^>]{0,2000}>/g, ' ').slice(0, SAMPLE_CHARS);
  const sampleBytes = Uint8Array.from(sample, (c) => c.charCodeAt(0) & 0xff);
  let best: { encoding: LegacyEncoding | 'viscii'; score: number; hits: number } | null = null;
  for (const encoding of ['tcvn3', 'vni', 'windows-1258', 'viscii'] as const) {
    const text = encoding === 'viscii' ? iconv.decode(Buffer.from(sampleBytes), 'viscii') : decodeLegacy(sample, encoding);
    const { score, hits } = vietnameseScore(text.normalize('NFC'));
    if (best === null || score > best.score) best = { encoding, score, hits };
  }
  if (best === null || best.hits < 2) return null;
  if (best.encoding === 'viscii') return done(iconv.decode(Buffer.from(bytes), 'viscii'), 'viscii');
  return done(decodeLegacy(byteString, best.encoding), best.encoding);
}
