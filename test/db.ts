import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import pg from 'pg';
import { MIGRATIONS_DIR, openDatabase, type Database } from '../src/platform/db';

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
          database = await openMigratedMemory();
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

/** An empty in-memory PGlite with every migration, from the template below (not a new cluster migrated again). */
export async function openMigratedMemory(): Promise<Database> {
  return openDatabase('memory:', { loadDataDir: await migratedTemplate() });
}

/**
 * A migrated, empty PGlite data folder (a tar), made once per set of migrations and PGlite version and kept in the
 * temp folder: each suite starts from it instead of creating a cluster and running every migration (about 3 s of
 * CPU each, over a hundred suites). `openDatabase` still checks the migrations against it, so a stale copy cannot
 * pass unnoticed; its name carries the hash of every migration file.
 */
export async function migratedTemplate(): Promise<Uint8Array> {
  const hash = createHash('sha256');
  const pglite = JSON.parse(fs.readFileSync(path.resolve('node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version: string };
  hash.update(pglite.version);
  for (const name of [...fs.readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).sort(), 'meta/_journal.json']) {
    hash.update(name).update(fs.readFileSync(path.join(MIGRATIONS_DIR, name)));
  }
  const file = path.join(os.tmpdir(), `dt-pglite-migrated-${hash.digest('hex').slice(0, 20)}.tar`);
  if (fs.existsSync(file)) return new Uint8Array(fs.readFileSync(file));
  const database = await openDatabase('memory:');
  try {
    const tar = await database.dumpDataDir!();
    // written aside and renamed: suites starting at the same moment read a whole file or make their own
    const aside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    fs.writeFileSync(aside, tar);
    fs.renameSync(aside, file);
    pruneTemplates(file);
    return tar;
  } finally {
    await database.close();
  }
}

/**
 * Removes the templates of other migration sets (each ~46 MB) once a new one is written. One not touched for an hour
 * only: another checkout's run of the tests may be using its own at this moment.
 */
function pruneTemplates(kept: string): void {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of fs.readdirSync(os.tmpdir())) {
    const file = path.join(os.tmpdir(), name);
    if (!/^dt-pglite-migrated-[0-9a-f]{20}\.tar$/.test(name) || file === kept) continue;
    try {
      if (fs.statSync(file).mtimeMs < hourAgo) fs.rmSync(file, { force: true });
    } catch {
      // removed meanwhile by another run
    }
  }
}
