import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, rowsOf, runsInOwnThread, type Database } from './index';
import { PgliteThread } from './pglite-thread';

describe('PGlite in its own thread', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase('memory:', { migrate: false, thread: true });
    expect(runsInOwnThread(database.db)).toBe(true);
    await database.query('create table t (id int primary key, at timestamptz, bytes bytea, day date)');
  });
  afterAll(async () => {
    await database.close();
  });

  it('returns rows with their types: dates as Date (raw) or text (drizzle), bytes, big integers', async () => {
    await database.query('insert into t values ($1, $2, $3, $4)', [1, new Date('2024-01-17T02:00:00Z'), new Uint8Array([0, 1, 255]), '2024-01-17']);
    const { rows } = await database.query<{ at: Date; bytes: Uint8Array; day: string; n: bigint }>('select at, bytes, day, 9007199254740993::int8 as n from t where id = $1', [1]);
    expect(rows[0]!.at).toBeInstanceOf(Date);
    expect(rows[0]!.at.toISOString()).toBe('2024-01-17T02:00:00.000Z');
    expect([...rows[0]!.bytes]).toEqual([0, 1, 255]);
    expect(rows[0]!.day).toBe('2024-01-17');
    // drizzle asks for timestamps as text (its identity parsers cross as type numbers)
    const viaDrizzle = rowsOf<{ at: string }>(await database.db.execute(sql`select at from t where id = 1`));
    expect(typeof viaDrizzle[0]!.at).toBe('string');
    expect(viaDrizzle[0]!.at).toMatch(/^2024-01-17 02:00:00/);
  });

  it('commits a transaction that resolves and rolls back one that throws, rethrowing its error', async () => {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`insert into t (id) values (10)`);
    });
    const boom = new Error('thôi');
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`insert into t (id) values (11)`);
        throw boom;
      }),
    ).rejects.toBe(boom);
    const { rows } = await database.query<{ id: number }>('select id from t where id in (10, 11) order by id', []);
    expect(rows.map((r) => r.id)).toEqual([10]);
  });

  it('makes statements outside a transaction wait for it, as PGlite does in one thread', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const order: string[] = [];
    const tx = database.rawTransaction(async (q) => {
      await q('insert into t (id) values (20)');
      await held;
      order.push('commit');
    });
    await new Promise((r) => setTimeout(r, 20));
    const outside = database.query<{ n: number }>('select count(*)::int as n from t where id = $1', [20]).then((r) => (order.push('outside'), r.rows[0]!.n));
    await new Promise((r) => setTimeout(r, 50));
    expect(order).toEqual([]);
    release();
    await tx;
    expect(await outside).toBe(1);
    expect(order).toEqual(['commit', 'outside']);
  });

  it('gives database errors with PostgreSQL’s fields and without the statement’s values', async () => {
    const e = (await database.query('insert into t (id) values ($1)', [1]).catch((x: unknown) => x)) as Record<string, unknown>;
    expect(e).toBeInstanceOf(Error);
    expect(e.code).toBe('23505');
    expect(e.constraint).toBe('t_pkey');
    expect(e.message).toMatch(/duplicate key/);
    expect('params' in e).toBe(false);
  });

  it('refuses a parser that changes values (it cannot cross threads)', async () => {
    const thread = await PgliteThread.create({ dataDir: 'memory://', sharedBuffers: '16MB' });
    const lost: string[] = [];
    thread.onLost((reason) => lost.push(reason));
    try {
      await expect(async () => thread.query('select 1', [], { parsers: { 25: (v: string) => v.toUpperCase() } })).rejects.toThrow(/only parsers returning the text unchanged/);
      expect((await thread.query<{ x: number }>('select 1 as x')).rows[0]!.x).toBe(1);
    } finally {
      await thread.close();
    }
    await expect(thread.query('select 1')).rejects.toThrow(/PGlite is closed/);
    await new Promise((r) => setTimeout(r, 100));
    expect(lost, 'a thread closed on purpose is not lost').toEqual([]);
  });

  it('tells the process when the thread dies under it, and fails every later call with "PGlite is closed"', async () => {
    const thread = await PgliteThread.create({ dataDir: 'memory://', sharedBuffers: '16MB' });
    const reasons: string[] = [];
    thread.onLost((reason) => reasons.push(reason));
    // what a crash of PGlite's WebAssembly looks like from here: the thread ends without being closed
    await (thread as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    await expect.poll(() => reasons.length).toBe(1);
    expect(reasons[0]).toMatch(/the database thread stopped/);
    await expect(thread.query('select 1')).rejects.toThrow(/PGlite is closed/);
    await thread.close(); // closing after the loss is harmless
    expect(reasons).toHaveLength(1);
  });

  it('keeps a command alive while a statement runs, and lets it end once idle without closing', () => {
    const dbModule = fileURLToPath(new URL('./index.ts', import.meta.url));
    const script = `
      const { openDatabase } = await import(${JSON.stringify(dbModule)});
      const database = await openDatabase('memory:', { migrate: false, thread: true });
      await database.query('select pg_sleep(0.3)', []);
      console.log('xong');`;
    const started = Date.now();
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).not.toMatch(/unsettled top-level await/i);
    expect(r.stdout.trim()).toBe('xong');
    expect(r.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(55_000);
  });
});
