import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp, type App } from './app';
import { IMMUTABLE, negotiateEncoding, REVALIDATE, serveBuiltSpa } from './built-spa';

const JS = Buffer.from(`export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `Đồng Thuận ${i}`))};\n`);
const CSS = Buffer.from(Array.from({ length: 100 }, (_, i) => `.c${i} { color: #123456; margin: ${i}px; }`).join('\n'));
const HTML = Buffer.from(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Đồng Thuận</title><script type="module" src="/office/assets/index-abc123.js"></script></head><body>${'<p>Đang tải…</p>'.repeat(60)}</body></html>`);

let dir: string;
let app: App;

/** Writes a file with its .br and .gz variants, as the build does. */
function writeBuilt(rel: string, body: Buffer) {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, body);
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(body));
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(body));
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-spa-'));
  writeBuilt('index.html', HTML);
  writeBuilt('assets/index-abc123.js', JS);
  writeBuilt('assets/index-def456.css', CSS);
  // a small file without variants: always sent as it is
  fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  app = await createHttpApp({ db: null as never, logLevel: 'silent', lookupSession: async () => null });
  await serveBuiltSpa(app, { root: dir, prefix: '/office/' });
  await app.ready();
});

afterAll(async () => {
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  app.inject({ method: 'GET', url, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } });

function decode(body: Buffer, coding: string | undefined): Buffer {
  if (coding === 'br') return zlib.brotliDecompressSync(body);
  if (coding === 'gzip') return zlib.gunzipSync(body);
  return body;
}

describe('negotiateEncoding', () => {
  it('prefers Brotli, then gzip, honours q-values and *, and falls back to the plain file', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiateEncoding('gzip, deflate')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip');
    expect(negotiateEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('*;q=0, identity')).toBe('identity');
    expect(negotiateEncoding('identity')).toBe('identity');
    expect(negotiateEncoding('x-gzip')).toBe('gzip');
    expect(negotiateEncoding('')).toBe('identity');
    expect(negotiateEncoding(undefined)).toBe('identity');
    expect(negotiateEncoding('gzip, br', ['gzip'])).toBe('gzip');
  });
});

describe('serveBuiltSpa', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=1', 'gzip'],
    ['identity', undefined],
    [undefined, undefined],
  ])('sends a hashed script for Accept-Encoding %s with Content-Encoding %s, cached a year, the same bytes once decoded', async (accept, coding) => {
    const res = await get('/office/assets/index-abc123.js', accept);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe(coding);
    expect(res.headers['content-type']).toMatch(/^(?:text|application)\/javascript/);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
    expect(decode(res.rawPayload, coding).equals(JS)).toBe(true);
    if (coding) expect(res.rawPayload.length).toBeLessThan(JS.length);
  });

  it('sends the stylesheet compressed with a CSS type', async () => {
    const res = await get('/office/assets/index-def456.css', 'br');
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/css/);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(decode(res.rawPayload, 'br').equals(CSS)).toBe(true);
  });

  it.each(['/office/', '/office/plans/7f0c', '/office/index.html'])('sends index.html for %s revalidated each time, compressed when accepted', async (url) => {
    for (const [accept, coding] of [['br, gzip', 'br'], ['gzip', 'gzip'], [undefined, undefined]] as const) {
      const res = await get(url, accept);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe(REVALIDATE);
      expect(res.headers['content-encoding']).toBe(coding);
      expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
      expect(decode(res.rawPayload, coding).equals(HTML)).toBe(true);
    }
  });

  it('sends a file without variants as it is, revalidated, even when compression is accepted', async () => {
    const res = await get('/office/favicon.svg', 'br, gzip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['cache-control']).toBe(REVALIDATE);
    expect(res.body).toContain('<svg');
  });

  it('answers 404 for a chunk that is not in this build (never the HTML shell) and for the variants asked by name', async () => {
    for (const url of ['/office/assets/index-old999.js', '/office/assets/index-abc123.js.br', '/office/assets/index-abc123.js.gz']) {
      const res = await get(url, 'br');
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).not.toMatch(/text\/html/);
    }
  });

  it('serves a build written after the server started (no restart after a rebuild)', async () => {
    writeBuilt('assets/index-new789.js', JS);
    const res = await get('/office/assets/index-new789.js', 'gzip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(res.rawPayload).equals(JS)).toBe(true);
  });

  it('answers a missing chunk with a Vietnamese problem', async () => {
    const res = await get('/office/assets/index-old999.js?v=1');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json().title).toMatch(/Không tìm thấy tệp này/);
  });

  it('redirects the bare prefix to the app', async () => {
    const res = await get('/office');
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/office/');
  });
});
