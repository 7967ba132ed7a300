import { expect, it } from 'vitest';
import { describeEachDriver } from '../../../test/db';
import { migrateDatabase, pendingMigrations, unknownMigrations } from './index';

describeEachDriver('a database migrated by a newer version', (getDb) => {
  it('is refused at start, saying what to do, and nothing is changed', async () => {
    const database = getDb();
    expect(await pendingMigrations(database)).toEqual([]);
    expect(await unknownMigrations(database)).toBe(0);
    await migrateDatabase(database); // a current database starts

    // what a newer release's migration leaves behind: a row the migrator recorded with its own date
    const newest = (await database.query<{ n: string }>('select max(created_at)::text as n from drizzle.__drizzle_migrations', [])).rows[0]!.n;
    await database.query('insert into drizzle.__drizzle_migrations (hash, created_at) values ($1, $2)', ['ban-moi-hon', String(BigInt(newest) + 86_400_000n)]);
    await database.query('create table cot_moi_cua_ban_sau (id text primary key)', []);

    expect(await unknownMigrations(database)).toBe(1);
    await expect(migrateDatabase(database)).rejects.toThrow(/phiên bản mới hơn của Đồng Thuận cập nhật cấu trúc \(1 bản cập nhật mà phiên bản này không có\)/);
    const rows = (await database.query<{ n: number }>('select count(*)::int as n from drizzle.__drizzle_migrations', [])).rows[0]!.n;
    expect(rows).toBe((await database.query<{ n: number }>("select count(*)::int as n from drizzle.__drizzle_migrations where hash <> 'ban-moi-hon'", [])).rows[0]!.n + 1);
  });
});
