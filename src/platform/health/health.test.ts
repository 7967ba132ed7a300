import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import '../../bootstrap';
import { buildServer } from '../../server';
import { loadConfig } from '../config';
import type { Database } from '../db';
import { toAppError, type App } from '../http';
import { openMigratedMemory } from '../../../test/db';

const config = { ...loadConfig({ DATABASE_URL: 'memory:' }), logLevel: 'silent' };

describe('health: liveness and readiness; database down or disk full answers 503 with Retry-After (issue 11, reliability 8)', () => {
  let database: Database;
  let app: App;
  beforeAll(async () => {
    database = await openMigratedMemory();
    app = await buildServer(config, database);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
  });

  it('is live and ready on a working database; /api/health answers as before', async () => {
    expect((await app.inject({ url: '/api/health/live' })).json()).toEqual({ status: 'ok' });
    const ready = await app.inject({ url: '/api/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', database: 'writable', disk: { status: 'ok' }, jobs: { status: 'not-started' } });
    expect(ready.json().disk.freeMb).toBeGreaterThan(0);
    const old = await app.inject({ url: '/api/health' });
    expect([old.statusCode, old.json()]).toEqual([200, { status: 'ok', database: 'pglite', migrations: 'current' }]);
  });

  it('is not ready when the disk is nearly full', async () => {
    const db2 = await openMigratedMemory();
    const full = await buildServer(config, db2, { minFreeDiskBytes: Number.MAX_SAFE_INTEGER });
    await full.ready();
    const ready = await full.inject({ url: '/api/health/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.headers['retry-after']).toBe('30');
    expect(ready.json()).toMatchObject({ status: 'not-ready', database: 'writable', disk: { status: 'low' } });
    await full.close();
    await db2.close();
  });

  it('answers 503 with Retry-After, in Vietnamese, when the database is down; still live, not ready', async () => {
    await database.close();
    const api = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { username: 'ai-do', password: 'mot-mat-khau-bat-ky' } });
    expect(api.statusCode).toBe(503);
    expect(api.headers['retry-after']).toBe('30');
    expect(api.headers['content-type']).toContain('application/problem+json');
    expect(api.json().title).toBe('Hệ thống tạm thời không lưu hoặc đọc được dữ liệu. Vui lòng thử lại sau ít phút.');
    const page = await app.inject({ url: '/gop-y/du-thao-nao-do' });
    expect(page.statusCode).toBe(503);
    expect(page.headers['retry-after']).toBe('30');
    expect(page.headers['content-type']).toContain('text/html');
    expect((await app.inject({ url: '/api/health/live' })).statusCode).toBe(200);
    const ready = await app.inject({ url: '/api/health/ready' });
    expect([ready.statusCode, ready.json().database]).toEqual([503, 'not-writable']);
    expect((await app.inject({ url: '/api/health' })).statusCode).toBe(503);
  });

  it('tells an outage (connection lost, shutting down, disk full) from a bug', () => {
    const pgDown = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01', severity: 'FATAL' });
    const diskFull = Object.assign(new Error('could not extend file "base/16384/2619": No space left on device'), { code: '53100', severity: 'ERROR' });
    const lost = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const filesFull = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    for (const e of [pgDown, diskFull, lost, filesFull, new DrizzleQueryError('select 1', [], pgDown), new Error('Connection terminated unexpectedly')]) {
      expect(toAppError(e).status, e.message).toBe(503);
    }
    expect(toAppError(new TypeError('x is undefined')).code).toBe('unavailable');
    expect(toAppError(Object.assign(new Error('duplicate key'), { code: '23505' })).code).toBe('unavailable');
  });
});
