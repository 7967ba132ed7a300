import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { expect, it, describe } from 'vitest';
import { tempDirs } from '../../../test/temp-dirs';
import { loadConfig } from '../config';
import { sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../test/db';
import { jsonParam, jsonRows, openDatabase, pendingMigrations } from './index';

// PGlite data dirs of tens of MB each: removed after every test, passed or not
const tempDir = tempDirs('each');

describe('database opening', () => {
  it('takes an exclusive lock on the PGlite directory: a second process gets a clear Vietnamese error', async () => {
    const dir = path.join(tempDir('dt-lock-'), 'pglite');
    const first = await openDatabase(`file:${dir}`);
    try {
      const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', `import('./src/platform/db/index.ts').then(m => m.openDatabase('file:${dir}')).then(() => process.exit(0), (e) => { console.error(e.message); process.exit(3); })`], { encoding: 'utf8', cwd: process.cwd() });
      expect(child.status).toBe(3);
      expect(child.stderr).toContain('đang được một tiến trình khác');
      expect(child.stderr).toContain(String(process.pid));
    } finally {
      await first.close();
    }
    // after closing, the directory opens again and keeps its data and migrations
    const again = await openDatabase(`file:${dir}`);
    expect(await pendingMigrations(again)).toEqual([]);
    await again.close();
  });

  it('takes over a lock left by a dead process', async () => {
    const dir = path.join(tempDir('dt-stale-'), 'pglite');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(`${dir}/../pglite.lock`, '999999');
    const db = await openDatabase(`file:${dir}`);
    await db.close();
  });

  it('refuses a malformed DATABASE_URL and an unreachable server with clear messages, hiding the password', async () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL không hợp lệ/);
    await expect(openDatabase('postgres://u:secret@127.0.0.1:1/none')).rejects.toThrow(/Không kết nối được PostgreSQL tại postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/none/);
  });
});

describe('jsonParam', () => {
  it('gives JSON that jsonb accepts: NUL dropped, unpaired surrogates replaced, everything else untouched', async () => {
    expect(jsonParam({ a: 'Yên Bái 😀', b: ['x', null, 1] })).toBe(JSON.stringify({ a: 'Yên Bái 😀', b: ['x', null, 1] }));
    expect(JSON.parse(jsonParam({ a: 'n\u0000ul', b: ['x\ud800y'], c: '\\u0000 literally', ['k\ud800']: 1 }))).toEqual({ a: 'nul', b: ['x\ufffdy'], c: '\\u0000 literally', 'k\ufffd': 1 });
    const db = await openDatabase('memory:', { migrate: false });
    try {
      const { rows } = await db.query<{ v: { a: string } }>('select $1::jsonb as v', [jsonParam({ a: 'b\u0000ad \udc00' })]);
      expect(rows[0]!.v).toEqual({ a: 'bad \ufffd' });
    } finally {
      await db.close();
    }
  });
});

describeEachDriver('jsonRows', (db) => {
  it('gives the rows an ordinary read gives: text, nulls, jsonb, timestamps as their text; none as []', async () => {
    const { db: d, query } = db();
    await query(`create table jr (id int, name text, note text, data jsonb, at timestamptz)`);
    await query(`insert into jr values (2, 'Yên Bái "hoà"', null, '{"a": [1, 2.5]}', '2024-03-25 09:00:00.123456+07'), (1, 'Lào Cai\\n', 'x', '[]', null)`);
    const ordinary = await query<{ id: number; name: string; note: string | null; data: unknown; at: string | null }>('select id, name, note, data, at::text as at from jr order by id');
    const read = (await jsonRows<{ id: number; name: string; note: string | null; data: unknown; at: string | null }>(d, sql`select id, name, note, data, at::text as "at" from jr`)).sort((a, b) => a.id - b.id);
    expect(read).toEqual(ordinary.rows);
    expect(read[1]).toEqual({ id: 2, name: 'Yên Bái "hoà"', note: null, data: { a: [1, 2.5] }, at: expect.stringMatching(/^2024-03-2[45] \d\d:00:00\.123456/) });
    expect(await jsonRows(d, sql`select id from jr where id > 5`)).toEqual([]);
    await query('drop table jr');
  });
});
