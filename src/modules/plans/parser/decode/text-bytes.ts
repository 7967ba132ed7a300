/**
 * Decoding the bytes of a .txt upload: BOMs, UTF-16 without BOM, UTF-8, and the legacy
 * Vietnamese 8-bit encodings (TCVN3, VNI, Windows-1258).
 */
import { PlanParseError } from '../errors';
import { bytesToByteString, detectLegacy, repairLegacyText } from './legacy-decode';

const SAMPLE = 4096;

/** Decodes the bytes of a text file into a Unicode string (not yet cleaned). */
export function decodeTextBytes(data: Uint8Array): string {
  if (data.length === 0) throw new PlanParseError('empty');
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return checked(new TextDecoder('utf-8').decode(data.subarray(3)));
  if (data[0] === 0xff && data[1] === 0xfe) return checked(new TextDecoder('utf-16le').decode(data.subarray(2)));
  if (data[0] === 0xfe && data[1] === 0xff) return checked(new TextDecoder('utf-16be').decode(data.subarray(2)));
  const utf16 = guessUtf16(data);
  if (utf16 !== null) return checked(new TextDecoder(utf16).decode(data));
  if (looksBinary(data)) throw new PlanParseError('unreadable');
  let utf8: string | null = null;
  try {
    utf8 = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    utf8 = null;
  }
  if (utf8 !== null) return repairLegacyText(utf8);
  const legacy = detectLegacy(bytesToByteString(data));
  if (legacy === null) throw new PlanParseError('encoding');
  return legacy.text;
}

/** UTF-16 text without BOM has a zero byte in every other position for ASCII characters. */
function guessUtf16(data: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(data.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (data[i] === 0) evenZeros++;
    if (data[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Binary data has NUL bytes or many control characters that text never contains. */
function looksBinary(data: Uint8Array): boolean {
  const n = Math.min(data.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = data[i] ?? 0;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > n * 0.02;
}

function checked(text: string): string {
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/gu)?.length ?? 0;
  if (controls > Math.max(2, text.length * 0.02)) throw new PlanParseError('unreadable');
  return text;
}
