import zlib from 'node:zlib';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDriver } from '../../../test/db';
import { buildTestApp } from '../../../test/app';
import { buildDemoOrg } from '../../../test/factories';
import { IMMUTABLE, type App } from '../../platform/http';

describeEachDriver('portal stylesheets', (getDb) => {
  let app: App;
  beforeAll(async () => {
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
  });

  it('are linked under content-hashed names, kept a year by browsers and sent compressed', async () => {
    const page = await app.inject({ url: '/' });
    const hrefs = [...page.body.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs).toEqual([expect.stringMatching(/^\/assets\/base\.[0-9a-f]{10}\.css$/), expect.stringMatching(/^\/assets\/portal\.[0-9a-f]{10}\.css$/)]);
    for (const href of hrefs) {
      const plain = await app.inject({ url: href });
      const br = await app.inject({ url: href, headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(br.statusCode, href).toBe(200);
      expect(br.headers['cache-control']).toBe(IMMUTABLE);
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['content-type']).toBe('text/css; charset=utf-8');
      expect(zlib.brotliDecompressSync(br.rawPayload).equals(plain.rawPayload)).toBe(true);
      expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    }
  });
});
