import zlib from 'node:zlib';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp, type App } from './app';
import { compressApiResponses } from './compress';

// A plan-like answer: many tasks, each with units (repetitive JSON, as the plan page receives).
const BIG = {
  tasks: Array.from({ length: 200 }, (_, i) => ({
    id: `4b2f0c9e-0000-4000-8000-${String(i).padStart(12, '0')}`,
    code: `II.${i}`,
    title: 'Tổ chức phổ biến, quán triệt chính sách, pháp luật',
    assignments: Array.from({ length: 10 }, (_, u) => ({ unitId: `yb-so-${u}`, unitName: `Sở số ${u} tỉnh Yên Bái`, role: 'lead', status: 'overdue' })),
  })),
};

let app: App;
beforeAll(async () => {
  app = await createHttpApp({ db: null as never, logLevel: 'silent', lookupSession: async () => null });
  compressApiResponses(app);
  app.get('/api/v1/big', { config: { access: 'public' } }, async () => BIG);
  app.get('/api/v1/small', { config: { access: 'public' } }, async () => ({ status: 'ok' }));
  app.get('/api/v1/file', { config: { access: 'public' } }, async (_request, reply) => reply.type('application/json').send(Readable.from([Buffer.from(JSON.stringify(BIG))])));
  app.get('/page', { config: { access: 'public' } }, async (_request, reply) => reply.type('text/html').send(JSON.stringify(BIG)));
  app.get('/api/v1/sheet', { config: { access: 'public' } }, async (_request, reply) => reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(Buffer.from(JSON.stringify(BIG))));
  app.get('/api/v1/problem', { config: { access: 'public' } }, async (_request, reply) => reply.code(422).type('application/problem+json').send(JSON.stringify({ title: 'Dữ liệu không hợp lệ', detail: JSON.stringify(BIG) })));
  await app.ready();
});
afterAll(() => app.close());

const get = (url: string, acceptEncoding?: string) => app.inject({ url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('compressApiResponses', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    [undefined, undefined],
  ])('sends a large API answer for Accept-Encoding %s as %s, the same JSON once decoded', async (accept, coding) => {
    const res = await get('/api/v1/big', accept);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe(coding);
    expect(res.headers.vary).toMatch(/accept-encoding/);
    const body = coding === 'br' ? zlib.brotliDecompressSync(res.rawPayload) : coding === 'gzip' ? zlib.gunzipSync(res.rawPayload) : res.rawPayload;
    expect(JSON.parse(body.toString('utf8'))).toEqual(BIG);
    if (coding) expect(res.rawPayload.length).toBeLessThan(body.length / 8);
  });

  it('compresses a large problem answer too', async () => {
    const res = await get('/api/v1/problem', 'gzip');
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(res.rawPayload).toString('utf8')).title).toBe('Dữ liệu không hợp lệ');
  });

  it('leaves small answers, streams, Office files and pages outside the API alone', async () => {
    for (const url of ['/api/v1/small', '/api/v1/file', '/page', '/api/v1/sheet']) {
      const res = await get(url, 'br, gzip');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-encoding'], url).toBeUndefined();
    }
  });
});
