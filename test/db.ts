import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe } from 'vitest';
import pg from 'pg';
import { openDatabase, type Database } from '../src/platform/db';

/**
 * Runs a suite once per driver: PGlite (in memory) always, PostgreSQL when TEST_DATABASE_URL is set. Each suite
 * gets a fresh, migrated database of its own (a new database on the PostgreSQL server), so suites never share
 * state. With REQUIRE_ALL_TIERS=1 (CI) a missing TEST_DATABASE_URL fails instead of skipping.
 */
export function describeEachDriver(name: string, body: (get: () => Database) => void, options: { pgliteOnly?: string } = {}): void {
  const drivers: ('pglite' | 'postgres')[] = ['pglite'];
  // a suite whose subject does not touch the database's behaviour names why it runs once (options.pgliteOnly)
  if (!options.pgliteOnly && (process.env.TEST_DATABASE_URL || process.env.REQUIRE_ALL_TIERS === '1')) drivers.push('postgres');
  for (const driver of drivers) {
    describe(`${name} [${driver}]`, () => {
      let database: Database | undefined;
      let dropDb: (() => Promise<void>) | undefined;
      beforeAll(async () => {
        if (driver === 'pglite') {
          database = await openDatabase('memory:');
          return;
        }
        const url = process.env.TEST_DATABASE_URL;
        if (!url) throw new Error('REQUIRE_ALL_TIERS=1 but TEST_DATABASE_URL is not set: the PostgreSQL tier cannot be skipped');
        const created = await createTestDatabase(url);
        dropDb = created.drop;
        database = await openDatabase(created.url);
      });
      afterAll(async () => {
        await database?.close();
        await dropDb?.();
      });
      body(() => {
        if (!database) throw new Error('database not ready');
        return database;
      });
    });
  }
}

/** Creates an empty database next to TEST_DATABASE_URL's and returns its URL and a dropper. */
export async function createTestDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `dt_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
