import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../../../test/app';
import '../../bootstrap';
import { buildServer } from '../../server';
import { loadConfig } from '../config';
import type { Database } from '../db';
import type { App } from './app';
import { openMigratedMemory } from '../../../test/db';

/** The log lines the server wrote, parsed. */
const lines: { level: number; msg?: string; err?: { stack?: string } }[] = [];
const logStream = new Writable({
  write(chunk: Buffer, _enc, done) {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line));
    done();
  },
});

const form = multipart([{ name: 'body', value: 'Góp ý' }, { name: 'attachments', fileName: 'a.png', data: Buffer.alloc(64, 1) }]);
const cutShort = form.payload.subarray(0, form.payload.length - 40);
const withNul = multipart([{ name: 'body', value: 'Góp\u0000ý' }]);
const json = { 'content-type': 'application/json' };

interface Case { name: string; method?: 'GET' | 'POST'; url: string; headers?: Record<string, string>; payload?: string | Buffer; status: number }

const cases: Case[] = [
  { name: 'a NUL byte in the lookup code', url: '/gop-y/tra-cuu?ma=a%00', status: 400 },
  { name: 'a NUL byte in a search', url: '/gop-y?q=a%00', status: 400 },
  { name: 'a NUL byte in a path', url: '/gop-y/a%00b', status: 400 },
  { name: 'a NUL byte in an API query', url: '/api/v1/policies?q=%00', status: 400 },
  { name: 'a raw NUL in a JSON string', method: 'POST', url: '/api/v1/session', headers: json, payload: '{"username":"a\\u0000","password":"b"}', status: 400 },
  { name: 'a NUL in a form field', method: 'POST', url: '/gop-y/y-kien/x/bao-cao', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'lyDo=a%00b', status: 400 },
  { name: 'a NUL in a multipart field', method: 'POST', url: '/gop-y/du-thao/y-kien', headers: withNul.headers, payload: withNul.payload, status: 400 },
  { name: 'multipart without a boundary', method: 'POST', url: '/gop-y/du-thao/y-kien', headers: { 'content-type': 'multipart/form-data' }, payload: 'abc', status: 400 },
  { name: 'multipart cut short', method: 'POST', url: '/gop-y/du-thao/y-kien', headers: form.headers, payload: cutShort, status: 400 },
  { name: 'multipart cut short on an API upload', method: 'POST', url: '/api/v1/reports/x/files', headers: form.headers, payload: cutShort, status: 401 },
  { name: 'deeply nested JSON', method: 'POST', url: '/api/v1/session', headers: json, payload: '['.repeat(50_000) + ']'.repeat(50_000), status: 422 },
  { name: '{"toString":1}', method: 'POST', url: '/api/v1/session', headers: json, payload: '{"toString":1}', status: 422 },
  { name: 'a __proto__ key', method: 'POST', url: '/api/v1/session', headers: json, payload: '{"__proto__":{"isAdmin":true},"username":"a","password":"b"}', status: 400 },
  { name: 'invalid JSON', method: 'POST', url: '/api/v1/session', headers: json, payload: '{"username":', status: 400 },
  { name: '/assets/constructor', url: '/assets/constructor', status: 404 },
  { name: '/static/constructor', url: '/static/constructor', status: 404 },
  { name: '/office/assets/constructor', url: '/office/assets/constructor', status: 404 },
  { name: 'GET //', url: '//', status: 404 },
  { name: 'GET ///gop-y', url: '///gop-y', status: 404 },
  { name: 'a static path out of the folder', url: '/static/../package.json', status: 404 },
  { name: 'an encoded static path out of the folder', url: '/static/%2e%2e/%2e%2e/package.json', status: 404 },
  { name: 'an encoded office path out of the folder', url: '/office/assets/..%2f..%2f..%2fpackage.json', status: 404 },
  { name: 'a hidden static file', url: '/static/.env', status: 404 },
  { name: 'a URL that does not decode', url: '/%E0%A4%A', status: 400 },
  { name: 'an API URL that does not decode', url: '/api/v1/%E0%A4%A', status: 400 },
];

describe('malformed input answers 4xx with our error page or problem+json, and logs no error (issue 11, reliability 3 and security 8)', () => {
  let database: Database;
  let app: App;
  beforeAll(async () => {
    database = await openMigratedMemory();
    app = await buildServer({ ...loadConfig({ DATABASE_URL: 'memory:' }), logLevel: 'info' }, database, { logStream });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it.each(cases)('$name → $status', async (c) => {
    lines.length = 0;
    const res = await app.inject({ method: c.method ?? 'GET', url: c.url, headers: c.headers, payload: c.payload });
    expect(res.statusCode).toBe(c.status);
    const type = String(res.headers['content-type']);
    expect(c.url.startsWith('/api') ? type.startsWith('application/problem+json') : /^(text\/html|application\/problem\+json)/.test(type), type).toBe(true);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body).not.toMatch(/FST_ERR|ERR_INVALID_URL|at .*\.js:\d+/);
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines.filter((l) => l.level >= 50).map((l) => l.msg)).toEqual([]);
  });

  it('answers a URL that does not decode with the portal\'s error page in Vietnamese', async () => {
    const res = await app.inject({ url: '/%E0%A4%A' });
    expect(res.body).toContain('Địa chỉ trang không hợp lệ.');
    expect(res.body).toContain('<html lang="vi"');
    expect(res.headers['x-request-id']).toBeDefined();
  });

  it('answers GET // with the portal\'s page, its language link pointing here', async () => {
    const res = await app.inject({ url: '//' });
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('href="/?lang=en"');
  });

  it('never follows a return address starting with // after a report', async () => {
    const res = await app.inject({ method: 'POST', url: '/gop-y/y-kien/x/bao-cao', headers: { 'content-type': 'application/x-www-form-urlencoded', referer: '//evil.example/gop-y/a' }, payload: 've=%2F%2Fevil.example%2Fgop-y%2Fa&lyDo=Sai' });
    expect(String(res.headers.location ?? '')).not.toMatch(/^\/\/|evil/);
  });
});
