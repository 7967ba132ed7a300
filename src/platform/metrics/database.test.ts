import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachDriver } from '../../../test/db';
import { instrumentDatabase } from './database';
import { parseExposition, total } from './exposition';
import { registry } from './registry';

describeEachDriver('database timing', (getDb) => {
  const count = async (driver: string) => total(parseExposition(await registry.metrics()), 'dongthuan_db_query_duration_seconds_count', { driver });

  it('times each statement once, on every path the platform takes (raw, drizzle, transactions), even instrumented twice', async () => {
    const database = getDb();
    instrumentDatabase(database);
    instrumentDatabase(database);
    const driver = database.kind;
    let before = await count(driver);
    await database.query('select 1');
    await database.query('select $1::int as n', [2]);
    expect((await count(driver)) - before).toBe(2);

    before = await count(driver);
    await database.db.execute(sql`select 3`);
    expect((await count(driver)) - before).toBe(1);

    before = await count(driver);
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`select 4`);
      await tx.execute(sql`select 5`);
    });
    // the two statements, and BEGIN/COMMIT where the driver sends them as statements of their own (pg)
    expect((await count(driver)) - before).toBe(driver === 'postgres' ? 4 : 2);

    before = await count(driver);
    await database.rawTransaction(async (query) => {
      await query('select 6');
    });
    expect((await count(driver)) - before).toBe(driver === 'postgres' ? 3 : 1);

    before = await count(driver);
    await expect(database.query('select * from no_such_table')).rejects.toThrow();
    expect((await count(driver)) - before).toBe(1);
  });

  it('shows the PostgreSQL pool in use and idle (read at the scrape), and none for the embedded database', async () => {
    const database = getDb();
    instrumentDatabase(database);
    const pool = async () => {
      const samples = parseExposition(await registry.metrics());
      return Object.fromEntries(['in_use', 'idle', 'waiting', 'max'].map((state) => [state, total(samples, 'dongthuan_db_pool_connections', { state })]));
    };
    if (database.kind === 'pglite') {
      expect(await pool()).toEqual({ in_use: 0, idle: 0, waiting: 0, max: 0 });
      return;
    }
    await database.query('select 1');
    const during = await database.rawTransaction(async () => pool());
    expect(during.in_use).toBe(1);
    expect(during.max).toBe(Number(process.env.DATABASE_POOL_MAX ?? 10));
    const after = await pool();
    expect(after.in_use).toBe(0);
    expect(after.idle).toBeGreaterThanOrEqual(1);
  });
});
