import fs from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import { AppError } from '../errors';
import { redactUrl } from '../config';
import { storableText } from '../text';
import { explainFsError, resolveDataDir } from './data-dir';
import { lockDataDir } from './lock';
import { PgliteThread, type ThreadStatements } from './pglite-thread';
import { createPglite } from './pglite-open.mjs';
import { fromRoot } from '../root';

export type DB = PgDatabase<PgQueryResultHKT>;
/** A transaction handle; repos accept either a DB or a Tx. */
export type Tx = Parameters<Parameters<DB['transaction']>[0]>[0];
export type Executor = DB | Tx;

export interface Database {
  db: DB;
  kind: 'pglite' | 'postgres';
  /** Raw SQL with positional parameters, for pg-boss and maintenance tools. */
  query<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: T[] }>;
  /** Runs `fn` in one transaction on one connection, with raw SQL (backup restore, maintenance). */
  rawTransaction<T>(fn: (query: RawQuery) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /**
   * Registers what to do if the database is lost for good while open (PGlite's thread crashed): nothing will answer
   * again in this process, so a server should stop and let its supervisor start it afresh. PostgreSQL has no such
   * event (a lost connection is replaced by the pool).
   */
  onLost(listener: (reason: string) => void): void;
  /** PGlite only: the whole data folder as a tar, which `openDatabase(…, { loadDataDir })` starts from. */
  dumpDataDir?(): Promise<Uint8Array>;
  url: string;
}

export type RawQuery = <T = Record<string, unknown>>(text: string, values?: unknown[]) => Promise<{ rows: T[] }>;

const kinds = new WeakMap<DB, Database['kind']>();

/** Which driver a drizzle handle runs on (PGlite has one connection in this thread; PostgreSQL a pool). */
export function driverOf(db: DB): Database['kind'] {
  return kinds.get(db) ?? 'pglite';
}

const threaded = new WeakSet<DB>();

/** True when the handle's PGlite runs in a thread of its own (the server's default, PGLITE_THREAD; ADR 010). */
export function runsInOwnThread(db: DB): boolean {
  return threaded.has(db);
}

export const MIGRATIONS_DIR = fromRoot('db/migrations');

/**
 * Opens PGlite (file:DIR or memory:) or PostgreSQL (postgres://) and runs the committed migrations. `thread` puts
 * PGlite in a thread of its own (ADR 010): the server asks for it (Config.pgliteThread), a command-line task or a
 * test, which serves no web request meanwhile, need not.
 */
export async function openDatabase(url: string, opts: { migrate?: boolean; loadDataDir?: Uint8Array; thread?: boolean } = {}): Promise<Database> {
  const database = /^postgres(ql)?:\/\//.test(url) ? await openPostgres(url) : await openPglite(url, opts.loadDataDir, opts.thread ?? false);
  kinds.set(database.db, database.kind);
  if (opts.migrate !== false) {
    try {
      await migrateDatabase(database);
    } catch (e) {
      await database.close();
      throw e;
    }
  }
  return database;
}

async function openPostgres(url: string): Promise<Database> {
  const pg = (await import('pg')).default;
  const { drizzle } = await import('drizzle-orm/node-postgres');
  // DATE columns stay 'YYYY-MM-DD' strings on both drivers (PGlite returns them as strings too).
  pg.types.setTypeParser(1082, (v: string) => v);
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_MAX ?? 10) });
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw new AppError(
      'config',
      `Không kết nối được PostgreSQL tại ${redactUrl(url)}: ${(e as Error).message}. Kiểm tra DATABASE_URL và máy chủ cơ sở dữ liệu.`,
    );
  }
  const db = drizzle(pool) as unknown as DB;
  return {
    db,
    kind: 'postgres',
    url,
    query: async (text, values) => pool.query(text, values as unknown[]) as never,
    rawTransaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(async (text, values) => client.query(text, values as unknown[]) as never);
        await client.query('commit');
        return result;
      } catch (e) {
        await client.query('rollback').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
    onLost: () => undefined,
  };
}

async function openPglite(url: string, loadDataDir: Uint8Array | undefined, thread: boolean): Promise<Database> {
  const { drizzle } = await import('drizzle-orm/pglite');
  const isMemory = url === 'memory:' || url === 'memory://';
  const dir = isMemory ? undefined : resolveDataDir(url.replace(/^file:/, ''));
  const release = dir ? lockDataDir(dir) : () => undefined;
  // PGlite lives inside this process: a smaller buffer pool than PostgreSQL's 128 MB default keeps the whole
  // process (web, exports, the database) within a few hundred MB; PGLITE_SHARED_BUFFERS overrides it.
  const init = { dataDir: dir ?? 'memory://', sharedBuffers: process.env.PGLITE_SHARED_BUFFERS ?? '32MB', ...(loadDataDir ? { loadDataDir } : {}) };
  let client: PgliteClient;
  try {
    // in its own thread (the server's default, ADR 010): its statements no longer stop the web requests of this process
    client = thread ? await PgliteThread.create(init) : ((await createPglite(init)) as unknown as PgliteClient);
  } catch (e) {
    release();
    throw new AppError('config', `Không mở được cơ sở dữ liệu nhúng tại ${dir ?? 'bộ nhớ'}: ${explainFsError(e)}.`);
  }
  const db = drizzle(client as never) as unknown as DB;
  if (client instanceof PgliteThread) threaded.add(db);
  return {
    db,
    kind: 'pglite',
    url,
    query: async (text, values) =>
      values && values.length
        ? (client.query(text, values as unknown[]) as never)
        : (((await client.exec(text)).at(-1) ?? { rows: [] }) as never),
    rawTransaction: (fn) => client.transaction((tx) => fn(async (text, values) => tx.query(text, values as unknown[]) as never)),
    close: async () => {
      await client.close();
      release();
    },
    onLost: (listener) => (client instanceof PgliteThread ? client.onLost(listener) : undefined),
    dumpDataDir: async () => {
      if (client instanceof PgliteThread) return client.dumpDataDir();
      const file = await (client as unknown as { dumpDataDir(c: 'none'): Promise<Blob> }).dumpDataDir('none');
      return new Uint8Array(await file.arrayBuffer());
    },
  };
}

/** What the platform uses of PGlite, in this thread or its own. */
type PgliteClient = ThreadStatements & {
  transaction<T>(fn: (tx: ThreadStatements) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

/**
 * Applies the SQL migrations in db/migrations (same files on both drivers), after {@link checkSchemaVersion}. The
 * upgrade test passes an older copy of the folder to bring a database to a previous release's schema first.
 */
export async function migrateDatabase(database: Database, migrationsFolder = MIGRATIONS_DIR): Promise<void> {
  if (migrationsFolder === MIGRATIONS_DIR) await checkSchemaVersion(database);
  if (database.kind === 'postgres') {
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    await migrate(database.db as never, { migrationsFolder });
  } else {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(database.db as never, { migrationsFolder });
  }
}

/** The committed migrations, oldest first: `when` is what the migrator records as created_at. */
function journalEntries(): { tag: string; when: number }[] {
  return (JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string; when: number }[] }).entries;
}

/**
 * Refuses a database that a newer version of the platform has migrated. The migrator would find nothing to apply
 * and this older code would then read and write a schema it does not know (a column it never fills, a table it
 * ignores), so an upgrade rolled back by redeploying the old version must stop here and say what to do.
 */
export async function checkSchemaVersion(database: Database): Promise<void> {
  const unknown = await unknownMigrations(database);
  if (unknown === 0) return;
  throw new AppError(
    'config',
    `Cơ sở dữ liệu đã được một phiên bản mới hơn của Đồng Thuận cập nhật cấu trúc (${unknown} bản cập nhật mà phiên bản này không có). Hãy chạy phiên bản mới hơn đó, hoặc khôi phục bản sao lưu làm trước khi nâng cấp (docs/operations.md, "Nâng cấp"); phiên bản cũ không được làm việc trên cấu trúc mới.`,
  );
}

/** How many applied migrations this version's journal does not have (0 on a new or current database). */
export async function unknownMigrations(database: Database): Promise<number> {
  const known = new Set(journalEntries().map((e) => e.when));
  let applied: number[];
  try {
    applied = (await database.query<{ created_at: string | number }>('select created_at from drizzle.__drizzle_migrations', [])).rows.map((r) => Number(r.created_at));
  } catch {
    return 0; // no migrations table yet: a new database
  }
  return applied.filter((when) => !known.has(when)).length;
}

/** Names of committed migrations not yet applied (empty when the schema is current). */
export async function pendingMigrations(database: Database): Promise<string[]> {
  const journal = { entries: journalEntries() };
  let applied = 0;
  try {
    const res = await database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    applied = Number((res as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
  } catch {
    applied = 0;
  }
  return journal.entries.slice(applied).map((e) => e.tag);
}

const UNSTORABLE_ESCAPE = /\\u(?:0000|d[89a-f])/i;

/**
 * JSON text for a jsonb parameter (set-based inserts read rows from one). JSON escapes NUL and unpaired
 * surrogates, which PostgreSQL refuses in jsonb text, so strings holding them are made storable first; the
 * common case costs one JSON.stringify and a scan of its output.
 */
export function jsonParam(value: unknown): string {
  const json = JSON.stringify(value);
  return UNSTORABLE_ESCAPE.test(json) ? JSON.stringify(storable(JSON.parse(json))) : json;
}

/** A copy of plain JSON with every string and key storable. */
function storable(v: unknown): unknown {
  if (typeof v === 'string') return storableText(v);
  if (Array.isArray(v)) return v.map(storable);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [storableText(k), storable(x)]));
  return v;
}

/** Rows of a db.execute() result on either driver. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/**
 * The rows of `query` read as one JSON document, for reads of tens of thousands of rows: each row becomes an object
 * keyed by its column names, so the query names its columns as the row's properties (`task_id as "taskId"`). On
 * PGlite an ordinary result is decoded from the wire protocol in JavaScript, row by row, and copied across its
 * thread (72,000 progress reports: 1.4 s); one json_agg text is parsed natively (0.4 s). On PostgreSQL both take
 * about as long. jsonb columns arrive parsed; select timestamps as `::text` to get the text an ordinary read gives
 * (and bigint or numeric as `::text` too where they may pass 2^53, as an ordinary read gives them). The rows come in
 * no particular order.
 */
export async function jsonRows<T>(db: Pick<DB, 'execute'>, query: SQL): Promise<T[]> {
  const [row] = rowsOf<{ rows: string | null }>(await db.execute(sql`select json_agg(q)::text as rows from (${query}) q`));
  return row?.rows ? (JSON.parse(row.rows) as T[]) : [];
}
