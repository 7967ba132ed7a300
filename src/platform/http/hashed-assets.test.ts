import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { createHttpApp } from './app';
import { IMMUTABLE } from './built-spa';
import { hashedAssets } from './hashed-assets';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-assets-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const CSS = Buffer.from(Array.from({ length: 80 }, (_, i) => `.dong-thuan-${i} { margin: ${i}px; }`).join('\n'));

async function appWith(content: Buffer) {
  fs.writeFileSync(path.join(dir, 'portal.css'), content);
  const assets = hashedAssets('/assets/', { 'portal.css': path.join(dir, 'portal.css') });
  const app = await createHttpApp({ db: null as never, logLevel: 'silent', lookupSession: async () => null });
  assets.register(app);
  await app.ready();
  return { app, assets };
}

describe('hashedAssets', () => {
  it('names a file by its content, so a change gives a new address', async () => {
    const first = (await appWith(CSS)).assets.href('portal.css');
    const second = (await appWith(Buffer.concat([CSS, Buffer.from('\n.x{}')]))).assets.href('portal.css');
    expect(first).toMatch(/^\/assets\/portal\.[0-9a-f]{10}\.css$/);
    expect(second).not.toBe(first);
  });

  it('sends the hashed name cached a year, Brotli or gzip per Accept-Encoding, the same bytes once decoded', async () => {
    const { app, assets } = await appWith(CSS);
    const url = assets.href('portal.css');
    for (const [accept, coding] of [['gzip, deflate, br', 'br'], ['gzip', 'gzip'], [undefined, undefined]] as const) {
      const res = await app.inject({ url, headers: accept ? { 'accept-encoding': accept } : {} });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/css; charset=utf-8');
      expect(res.headers['cache-control']).toBe(IMMUTABLE);
      expect(res.headers.vary).toBe('accept-encoding');
      expect(res.headers['content-encoding']).toBe(coding);
      const body = coding === 'br' ? zlib.brotliDecompressSync(res.rawPayload) : coding === 'gzip' ? zlib.gunzipSync(res.rawPayload) : res.rawPayload;
      expect(body.equals(CSS)).toBe(true);
    }
    await app.close();
  });

  it('still answers the plain name for an hour, and 404 for anything else', async () => {
    const { app } = await appWith(CSS);
    const plain = await app.inject({ url: '/assets/portal.css' });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['cache-control']).toBe('public, max-age=3600');
    expect((await app.inject({ url: '/assets/portal.0000000000.css' })).statusCode).toBe(404);
    await app.close();
  });
});
