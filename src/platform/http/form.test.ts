import { parse as parseQueryString } from 'fast-querystring';
import { describe, expect, it } from 'vitest';
import { parseForm } from './form';

const reference = (body: Buffer) => ({ ...(parseQueryString(body.toString()) as Record<string, unknown>) });
const parsed = (body: Buffer) => ({ ...parseForm(body) });

describe('parseForm', () => {
  it('reads a Vietnamese comment form as a browser encodes it', () => {
    const fields = { 'idempotency-key': 'k-1', body: 'Đề nghị bổ sung quy định về hỗ trợ hộ nghèo & cận nghèo (100% = đủ)', name: 'Nguyễn Thị Hoà', agree: 'on' };
    const body = Buffer.from(new URLSearchParams(fields).toString());
    expect(parsed(body)).toEqual(fields);
  });

  it('keeps fast-querystring’s readings: repeated names, pairs without “=”, empty names, “+”', () => {
    for (const text of ['a=1&a=2&a=3', 'a&b=&=c&&d', 'x=1+2%2B3', 'k=v=w', '', '&', '=', 'a%20b=c%20d', '%E1%BB%87=%e1%bb%87']) {
      expect(parsed(Buffer.from(text)), text).toEqual(reference(Buffer.from(text)));
    }
  });

  it('gives odd input exactly its former reading: malformed escapes, bytes that are not UTF-8, raw non-ASCII bytes', () => {
    for (const text of ['a=%', 'a=%4', 'a=%zz', 'a=%C3', 'a=%C3%28', 'a=%ED%A0%80', 'a=%C0%AF', 'a=%F4%90%80%80', '%=1', 'a=ệ', 'a=%E1%BB%87+ệ']) {
      expect(parsed(Buffer.from(text)), text).toEqual(reference(Buffer.from(text)));
    }
    const invalid = Buffer.from([0x61, 0x3d, 0xff, 0x25, 0x34, 0x31]);
    expect(parsed(invalid)).toEqual(reference(invalid));
  });

  it('agrees with fast-querystring on 20,000 random bodies', () => {
    let seed = 12345;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const pieces = ['a', 'b', 'tên', '=', '&', '+', '%', '%2', '%20', '%25', '%3D', '%26', '%2B', '%C3%A0', '%E1%BB%87', '%e1%bb%87', '%F0%9F%98%80', '%C3', '%ED%A0%80', '%FF', '%G1', 'ệ', ' ', '\u0000', '%00'];
    for (let round = 0; round < 20_000; round++) {
      let text = '';
      const parts = random(12);
      for (let i = 0; i < parts; i++) text += pieces[random(pieces.length)];
      const body = Buffer.from(text);
      expect(parsed(body), text).toEqual(reference(body));
    }
  });

  it('reads values longer than its reusable buffer', () => {
    const long = 'ệ'.repeat(5000);
    expect(parsed(Buffer.from(`body=${encodeURIComponent(long)}&x=1`))).toEqual({ body: long, x: '1' });
  });
});
