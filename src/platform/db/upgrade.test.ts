import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db';
import { verifyAuditChain } from '../audit';
import { backupDatabase, restoreDatabase } from '../backup';
import { MIGRATIONS_DIR, migrateDatabase, openDatabase, pendingMigrations, type Database } from './index';

/**
 * Upgrading from a previous release (issue 12): a fresh database is brought to the schema a release had (its
 * migrations, which later releases never rewrite), the release's database is restored into it (a backup of the test
 * province kept in test/fixtures/releases/), and this version's migrations run. Every row of every table the
 * release had must come through unchanged, in the columns it had; the audit chain must still verify.
 */
const RELEASES = ['2026-12-01'];
/** Tables that migrations seed (the dated rules table): later migrations may add rows, never change one. */
const SEEDED_BY_MIGRATIONS = new Set(['legal_rules']);

type Table = { columns: string[]; rows: unknown[][] };

/** The tables of a backup archive, read whole (the fixtures are small; the code under test streams). */
function tablesOf(file: string): { migrations: string[]; tables: Map<string, Table> } {
  const lines = gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);
  const header = lines[0] as { migrations: string[] };
  const tables = new Map<string, Table>();
  let current: Table | null = null;
  for (const value of lines.slice(1)) {
    if (Array.isArray(value)) {
      current?.rows.push(value);
      continue;
    }
    const v = value as { table?: string; columns?: string[] };
    current = v.table ? { columns: v.columns!, rows: [] } : null;
    if (v.table) tables.set(v.table, current!);
  }
  return { migrations: header.migrations, tables };
}

/** A copy of the migrations folder holding only the first `count` migrations, as the release had them. */
function migrationsOfRelease(count: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-release-migrations-'));
  fs.mkdirSync(path.join(dir, 'meta'));
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const entries = journal.entries.slice(0, count);
  for (const e of entries) fs.copyFileSync(path.join(MIGRATIONS_DIR, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  fs.writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return dir;
}

const drivers: ('pglite' | 'postgres')[] = ['pglite'];
if (process.env.TEST_DATABASE_URL || process.env.REQUIRE_ALL_TIERS === '1') drivers.push('postgres');

describe('upgrading the database of an earlier release', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups) await c();
  });

  async function emptyDatabase(driver: 'pglite' | 'postgres'): Promise<Database> {
    if (driver === 'pglite') return openDatabase('memory:', { migrate: false });
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('REQUIRE_ALL_TIERS=1 but TEST_DATABASE_URL is not set');
    const created = await createTestDatabase(url);
    cleanups.push(created.drop);
    return openDatabase(created.url, { migrate: false });
  }

  for (const release of RELEASES) {
    for (const driver of drivers) {
      it(`brings the ${release} release's database to this version on ${driver}, changing no row`, async () => {
        const fixture = path.resolve(`test/fixtures/releases/${release}.jsonl.gz`);
        const before = tablesOf(fixture);
        const database = await emptyDatabase(driver);
        cleanups.unshift(() => database.close());
        const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-upgrade-'));
        cleanups.push(async () => fs.rmSync(work, { recursive: true, force: true }));

        const releaseMigrations = migrationsOfRelease(before.migrations.length);
        cleanups.push(async () => fs.rmSync(releaseMigrations, { recursive: true, force: true }));
        await migrateDatabase(database, releaseMigrations);
        const applied = (await database.query<{ hash: string }>('select hash from drizzle.__drizzle_migrations order by id', [])).rows.map((r) => r.hash);
        expect(applied, 'the release’s migrations are this version’s first ones, unchanged').toEqual(before.migrations);
        await restoreDatabase(database, fixture, { filesDir: path.join(work, 'files') });

        await migrateDatabase(database);
        expect(await pendingMigrations(database)).toEqual([]);
        const audit = await verifyAuditChain(database.db);
        expect(audit.ok, JSON.stringify(audit)).toBe(true);

        const archive = path.join(work, 'after.jsonl.gz');
        await backupDatabase(database, archive, { filesDir: path.join(work, 'files') });
        const after = tablesOf(archive);
        let rows = 0;
        for (const [name, old] of before.tables) {
          const now = after.tables.get(name);
          expect(now, `table ${name} is still there`).toBeDefined();
          const index = old.columns.map((c) => now!.columns.indexOf(c));
          expect(index.filter((i) => i < 0), `columns of ${name} still there`).toEqual([]);
          const projected = now!.rows.map((r) => index.map((i) => r[i]));
          if (SEEDED_BY_MIGRATIONS.has(name)) {
            // later migrations add rows here (a new rule's versions): every old row is still there, unchanged
            const kept = new Set(old.rows.map((r) => JSON.stringify(r)));
            expect(projected.filter((r) => kept.has(JSON.stringify(r))), `rows of ${name}`).toEqual(old.rows);
            const oldIds = new Set(old.rows.map((r) => r[0]));
            expect(projected.filter((r) => !kept.has(JSON.stringify(r))).filter((r) => oldIds.has(r[0])), `rows of ${name} changed`).toEqual([]);
          } else {
            expect(projected, `rows of ${name}`).toEqual(old.rows);
          }
          rows += old.rows.length;
        }
        expect(rows).toBeGreaterThan(600);
      });
    }
  }
});
