import { isUtf8 } from 'node:buffer';
import { parse as parseQueryString } from 'fast-querystring';

export type FormFields = Record<string, string | string[]>;

/** Largest form body the server reads (a comment form is a few kilobytes; nginx allows the same). */
export const FORM_BODY_LIMIT = 256 * 1024;

/**
 * Parses an `application/x-www-form-urlencoded` body, with the results of fast-querystring (which Fastify's formbody
 * plugin used): `+` is a space, a repeated name gives an array, a pair without `=` gives an empty value.
 *
 * A Vietnamese comment arrives as hundreds of `%XX` escapes (every accented letter is two or three bytes of UTF-8).
 * Decoding them to bytes and then reading UTF-8 once costs a fraction of decoding the escaped text character by
 * character, and the public comment form is the busiest POST of the platform. A body this path cannot read exactly
 * (a raw byte above ASCII, a malformed escape, bytes that are not UTF-8) goes to fast-querystring whole, so odd input
 * gets exactly its former reading.
 */
export function parseForm(body: Buffer): FormFields {
  return parseAscii(body) ?? (parseQueryString(body.toString()) as FormFields);
}

/** Reused for decoded bytes: a form value is never longer than its escaped form. */
let scratch = Buffer.allocUnsafe(4096);

function parseAscii(body: Buffer): FormFields | null {
  const result: FormFields = Object.create(null) as FormFields;
  const length = body.length;
  let start = 0;
  let equals = -1;
  for (let i = 0; i <= length; i++) {
    const c = i < length ? body[i]! : 38;
    if (c >= 0x80) return null;
    if (c === 61) {
      if (equals < 0) equals = i;
      continue;
    }
    if (c !== 38) continue;
    const keyEnd = equals < 0 ? i : equals;
    if (equals >= 0 || keyEnd > start) {
      const key = decode(body, start, keyEnd);
      const value = equals >= 0 ? decode(body, equals + 1, i) : '';
      if (key === null || value === null) return null;
      const current = result[key];
      if (current === undefined) result[key] = value;
      else if (typeof current === 'string') result[key] = [current, value];
      else current.push(value);
    }
    start = i + 1;
    equals = -1;
  }
  return result;
}

/** The text of body[from, to): `+` as a space and `%XX` as a byte, read as UTF-8; null if an escape or the UTF-8 is malformed. */
function decode(body: Buffer, from: number, to: number): string | null {
  let i = from;
  while (i < to && body[i] !== 37 && body[i] !== 43) i++;
  if (i === to) return body.toString('latin1', from, to); // nothing to decode (ASCII: latin1 reads it as UTF-8 would)
  if (scratch.length < to - from) scratch = Buffer.allocUnsafe(Math.max(to - from, scratch.length * 2));
  const out = scratch;
  let n = body.copy(out, 0, from, i);
  while (i < to) {
    const c = body[i]!;
    if (c === 43) {
      out[n++] = 32;
      i++;
    } else if (c === 37) {
      if (i + 2 >= to) return null;
      const hi = hex(body[i + 1]!);
      const lo = hex(body[i + 2]!);
      if (hi < 0 || lo < 0) return null;
      out[n++] = (hi << 4) | lo;
      i += 3;
    } else {
      out[n++] = c;
      i++;
    }
  }
  const bytes = out.subarray(0, n);
  return isUtf8(bytes) ? bytes.toString('utf8') : null;
}

function hex(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 0x20;
  if (lower >= 97 && lower <= 102) return lower - 87;
  return -1;
}
