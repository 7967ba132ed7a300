import { createHash, randomUUID, type Hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { AppError } from '../errors';
import type { Database, RawQuery } from '../db';
import { filesDir as defaultFilesDir } from '../files';

/**
 * Logical backup that works the same on PGlite and PostgreSQL (pg_dump cannot dump PGlite), as one self-contained
 * archive: gzip'd JSON lines, written and read as a stream (never whole in memory).
 *   {"format","createdAt","migrations","tables","sequences"} header (sequences: next value per "table.column")
 *   {"table","columns"} then one JSON array per row           each application table, in primary-key order
 *   {"file","size"} then JSON strings (base64 chunks)         each stored file the stored_files rows name
 *   {"manifest":{format,createdAt,tables:[{name,rows,sha256}],files:[{key,size,sha256}],missingFiles}}   last line
 * A table's sha256 is over its row lines (each with its newline), a file's over its bytes. Restore reads the
 * archive twice: first it verifies everything against the manifest (nothing touched), then it loads the database
 * in one transaction and the files through a staging folder moved into place before the commit.
 * Format 1 (database only, no manifest) is still read, and said to be so.
 */
const FORMAT = 'dong-thuan-backup/2';
const FORMAT_V1 = 'dong-thuan-backup/1';
const CHUNK = 48 * 1024;
const PAGE = 1000;

interface TableInfo {
  name: string;
  columns: string[];
  types: string[];
  key: string[];
}

/** The next value of every serial column's sequence, by "table.column" (read inside the backup's transaction). */
async function sequenceStates(query: RawQuery, tables: TableInfo[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of tables) {
    for (const c of t.columns) {
      const { rows } = await query<{ seq: string | null }>(`select pg_get_serial_sequence($1, $2) as seq`, [t.name, c]);
      const seq = rows[0]?.seq;
      if (!seq) continue;
      const state = await query<{ last_value: string | number; is_called: boolean }>(`select last_value, is_called from ${seq}`, []);
      const row = state.rows[0];
      if (row) out[`${t.name}.${c}`] = Number(row.last_value) + (row.is_called ? 1 : 0);
    }
  }
  return out;
}

async function appTables(query: RawQuery): Promise<TableInfo[]> {
  const { rows } = await query<{ table_name: string; column_name: string; data_type: string }>(
    `select c.table_name, c.column_name, c.data_type from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
      order by c.table_name, c.ordinal_position`,
    [],
  );
  const keys = await query<{ table_name: string; column_name: string }>(
    `select tc.table_name, kcu.column_name from information_schema.table_constraints tc
       join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
      where tc.table_schema = 'public' and tc.constraint_type = 'PRIMARY KEY' order by tc.table_name, kcu.ordinal_position`,
    [],
  );
  const byName = new Map<string, TableInfo>();
  for (const r of rows) {
    if (NOT_BACKED_UP.has(r.table_name)) continue;
    const t = byName.get(r.table_name) ?? { name: r.table_name, columns: [], types: [], key: [] };
    t.columns.push(r.column_name);
    t.types.push(r.data_type);
    byName.set(r.table_name, t);
  }
  for (const k of keys.rows) byName.get(k.table_name)?.key.push(k.column_name);
  // Parents before children: the order in which foreign keys allow inserting.
  const fks = await query<{ child: string; parent: string }>(
    `select tc.table_name as child, ccu.table_name as parent from information_schema.table_constraints tc
       join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
      where tc.table_schema = 'public' and tc.constraint_type = 'FOREIGN KEY'`,
    [],
  );
  return topological([...byName.values()].sort((a, b) => a.name.localeCompare(b.name)), fks.rows);
}

function topological(tables: TableInfo[], edges: { child: string; parent: string }[]): TableInfo[] {
  const done = new Set<string>();
  const out: TableInfo[] = [];
  const visit = (t: TableInfo, path: Set<string>) => {
    if (done.has(t.name) || path.has(t.name)) return;
    path.add(t.name);
    for (const e of edges) if (e.child === t.name && e.parent !== t.name) {
      const parent = tables.find((x) => x.name === e.parent);
      if (parent) visit(parent, path);
    }
    done.add(t.name);
    out.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return out;
}

/** Reference tables filled by the migrations themselves: replaced by a restore instead of blocking it. */
const SEEDED_BY_MIGRATIONS = new Set(['legal_rules']);
/** Not data: counters that tell the web processes' caches a table changed (migration 0022). A restore's writes bump them. */
const NOT_BACKED_UP = new Set(['data_versions']);


const q = (id: string) => `"${id.replace(/"/g, '""')}"`;

/** A storage key as the file store makes them (`ab/uuid`): relative, no `..`, nothing that leaves the folder. */
function safeKey(key: unknown): key is string {
  return typeof key === 'string' && /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/.test(key) && !key.split('/').some((s) => s === '.' || s === '..') && key.length <= 300;
}

export interface BackupManifest {
  format: string;
  createdAt: string;
  tables: { name: string; rows: number; sha256: string }[];
  files: { key: string; size: number; sha256: string }[];
  /** Files named by stored_files rows that were not in the file store when the backup was taken. */
  missingFiles: string[];
}

export interface BackupResult {
  counts: Record<string, number>;
  files: number;
  fileBytes: number;
  missingFiles: string[];
}

export interface BackupOptions {
  filesDir?: string;
  onProgress?: (step: string, n: number) => void;
}

/**
 * Writes every application table and every stored file to FILE, with a manifest of counts and checksums. The rows
 * are read in one read-only transaction at REPEATABLE READ, so a backup taken while the platform runs (PostgreSQL
 * with its web processes writing) is one moment of the database: no comment without its audit entry, no answer
 * whose comment came later. Stored files are never changed once written, so those the rows name are still there.
 */
export async function backupDatabase(database: Database, file: string, opts: BackupOptions = {}): Promise<BackupResult> {
  return database.rawTransaction(async (query) => {
    await query('set transaction isolation level repeatable read, read only', []);
    return writeBackup(query, file, opts);
  });
}

async function writeBackup(query: RawQuery, file: string, opts: BackupOptions): Promise<BackupResult> {
  const dir = opts.filesDir ?? defaultFilesDir();
  const tables = await appTables(query);
  const createdAt = new Date().toISOString();
  const manifest: BackupManifest = { format: FORMAT, createdAt, tables: [], files: [], missingFiles: [] };
  const keys = new Set<string>();
  const migrations = await query<{ hash: string }>('select hash from drizzle.__drizzle_migrations order by id', []);
  const sequences = await sequenceStates(query, tables);
  async function* lines() {
    yield JSON.stringify({ format: FORMAT, createdAt, migrations: migrations.rows.map((r) => r.hash), tables: tables.map((t) => t.name), sequences }) + '\n';
    for (const t of tables) {
      yield JSON.stringify({ table: t.name, columns: t.columns }) + '\n';
      const hash = createHash('sha256');
      const keyColumn = t.name === 'stored_files' ? t.columns.indexOf('storage_key') : -1;
      const orderBy = (t.key.length ? t.key : t.columns).map(q).join(', ');
      const cols = t.columns.map((c, i) => (t.types[i] === 'timestamp with time zone' ? `to_char(${q(c)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as ${q(c)}` : q(c))).join(', ');
      let n = 0;
      for (let offset = 0; ; offset += PAGE) {
        const { rows } = await query<Record<string, unknown>>(`select ${cols} from ${q(t.name)} order by ${orderBy} limit ${PAGE} offset ${offset}`, []);
        for (const row of rows) {
          // bigint comes back as a string from node-postgres and as a number from PGlite: write it as text on both.
          const values = t.columns.map((c, i) => (t.types[i] === 'bigint' && row[c] != null ? String(row[c]) : (row[c] ?? null)));
          if (keyColumn >= 0) keys.add(String(values[keyColumn]));
          const line = JSON.stringify(values) + '\n';
          hash.update(line);
          yield line;
        }
        n += rows.length;
        opts.onProgress?.(t.name, n);
        if (rows.length < PAGE) break;
      }
      manifest.tables.push({ name: t.name, rows: n, sha256: hash.digest('hex') });
    }
    // the files the dumped rows name (not whatever else lies in the folder: temporary files, orphans)
    for (const key of [...keys].sort()) {
      if (!safeKey(key)) throw new AppError('conflict', 'Một tệp đính kèm có khoá lưu trữ không hợp lệ; không sao lưu được.');
      const p = path.join(dir, key);
      let stat: fs.Stats;
      try {
        stat = fs.statSync(p);
      } catch {
        manifest.missingFiles.push(key);
        continue;
      }
      yield JSON.stringify({ file: key, size: stat.size }) + '\n';
      const hash = createHash('sha256');
      let size = 0;
      for await (const chunk of fs.createReadStream(p, { highWaterMark: CHUNK })) {
        const buf = chunk as Buffer;
        hash.update(buf);
        size += buf.length;
        yield JSON.stringify(buf.toString('base64')) + '\n';
      }
      manifest.files.push({ key, size, sha256: hash.digest('hex') });
      opts.onProgress?.('tệp', manifest.files.length);
    }
    yield JSON.stringify({ manifest }) + '\n';
  }
  const tmp = `${file}.${randomUUID()}.part`;
  try {
    // readable by its owner only, whatever the umask: it holds accounts, citizens' contacts and the mail outbox
    await pipeline(Readable.from(lines()), createGzip(), fs.createWriteStream(tmp, { mode: 0o600 }));
    // a half-written archive never carries the final name
    fs.renameSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  return {
    counts: Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows])),
    files: manifest.files.length,
    fileBytes: manifest.files.reduce((s, f) => s + f.size, 0),
    missingFiles: manifest.missingFiles,
  };
}

const corrupt = (why: string) => new AppError('bad-request', `Tệp sao lưu hỏng hoặc đã bị sửa: ${why}. Không khôi phục gì.`);

/** The archive's lines, parsed; gzip and JSON errors become Vietnamese refusals. */
async function* archiveLines(file: string): AsyncGenerator<{ line: string; value: unknown }> {
  if (!fs.existsSync(file)) throw new AppError('bad-request', `Không tìm thấy tệp sao lưu ${file}.`);
  const raw = fs.createReadStream(file);
  const gunzip = raw.pipe(createGunzip());
  const input = readline.createInterface({ input: gunzip, crlfDelay: Infinity });
  try {
    for await (const line of input) {
      if (!line) continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw corrupt('có dòng không đọc được');
      }
      yield { line, value };
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' || code === 'ERR_STREAM_PREMATURE_CLOSE') throw corrupt('không giải nén được (tệp bị cắt cụt hoặc sai từng byte)');
    throw e;
  } finally {
    // also when the reader stops early (a format-1 header, a refusal): the file is closed at once
    input.close();
    gunzip.destroy();
    raw.destroy();
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface VerifiedBackup {
  format: string;
  createdAt?: string;
  /** Null for a format-1 archive (database only, no checksums). */
  manifest: BackupManifest | null;
}

/**
 * Reads the whole archive and checks it against its manifest: every table's row count and checksum, every file's
 * size and checksum, every file a stored_files row names present (or recorded as missing at backup time), nothing
 * after the manifest. Touches nothing; throws a Vietnamese refusal on the first fault.
 */
export async function verifyBackup(file: string): Promise<VerifiedBackup> {
  let header: Record<string, unknown> | null = null;
  let manifest: BackupManifest | null = null;
  type Section = { kind: 'table'; name: string; hash: Hash; rows: number; keyColumn: number } | { kind: 'file'; key: string; hash: Hash; size: number };
  let section: Section | null = null;
  const tables = new Map<string, { rows: number; sha256: string }>();
  const files = new Map<string, { size: number; sha256: string }>();
  const referenced = new Set<string>();
  const close = () => {
    if (section?.kind === 'table') tables.set(section.name, { rows: section.rows, sha256: section.hash.digest('hex') });
    if (section?.kind === 'file') files.set(section.key, { size: section.size, sha256: section.hash.digest('hex') });
    section = null;
  };
  for await (const { line, value } of archiveLines(file)) {
    if (!header) {
      if (!isRecord(value) || (value.format !== FORMAT && value.format !== FORMAT_V1)) throw new AppError('bad-request', 'Tệp không phải bản sao lưu của Đồng Thuận (sai định dạng).');
      header = value;
      // format 1 has no manifest to check against: the restore's single transaction is its only guard
      if (value.format === FORMAT_V1) return { format: FORMAT_V1, createdAt: String(value.createdAt ?? ''), manifest: null };
      continue;
    }
    if (manifest) throw corrupt('có dữ liệu sau phần kê khai');
    if (Array.isArray(value)) {
      const s = section as Section | null;
      if (s?.kind !== 'table') throw corrupt('có dòng dữ liệu nằm ngoài bảng');
      s.hash.update(line + '\n');
      s.rows += 1;
      if (s.keyColumn >= 0) referenced.add(String(value[s.keyColumn]));
    } else if (typeof value === 'string') {
      const s = section as Section | null;
      if (s?.kind !== 'file') throw corrupt('có nội dung tệp nằm ngoài tệp');
      const buf = Buffer.from(value, 'base64');
      s.hash.update(buf);
      s.size += buf.length;
    } else if (isRecord(value) && typeof value.table === 'string' && Array.isArray(value.columns)) {
      close();
      if (tables.has(value.table)) throw corrupt(`bảng ${value.table} xuất hiện hai lần`);
      section = { kind: 'table', name: value.table, hash: createHash('sha256'), rows: 0, keyColumn: value.table === 'stored_files' ? value.columns.indexOf('storage_key') : -1 };
    } else if (isRecord(value) && 'file' in value) {
      close();
      if (!safeKey(value.file)) throw corrupt('có tệp mang tên không hợp lệ');
      if (files.has(value.file)) throw corrupt('một tệp xuất hiện hai lần');
      section = { kind: 'file', key: value.file, hash: createHash('sha256'), size: 0 };
    } else if (isRecord(value) && isRecord(value.manifest)) {
      close();
      manifest = value.manifest as unknown as BackupManifest;
    } else {
      throw corrupt('có dòng không thuộc định dạng sao lưu');
    }
  }
  if (!header) throw new AppError('bad-request', 'Tệp sao lưu rỗng.');
  if (!manifest) throw corrupt('thiếu phần kê khai ở cuối (tệp bị cắt cụt?)');
  const m = manifest as BackupManifest;
  if (m.format !== FORMAT || !Array.isArray(m.tables) || !Array.isArray(m.files) || !Array.isArray(m.missingFiles)) throw corrupt('phần kê khai không đúng định dạng');
  if (m.tables.length !== tables.size) throw corrupt(`phần kê khai ghi ${m.tables.length} bảng, tệp có ${tables.size}`);
  for (const t of m.tables) {
    const got = tables.get(t.name);
    if (!got) throw corrupt(`thiếu bảng ${t.name}`);
    if (got.rows !== t.rows) throw corrupt(`bảng ${t.name} có ${got.rows} dòng, phần kê khai ghi ${t.rows}`);
    if (got.sha256 !== t.sha256) throw corrupt(`dữ liệu bảng ${t.name} không khớp mã kiểm tra`);
  }
  const listed = new Set(m.files.map((f) => f.key));
  const missing = m.files.filter((f) => !files.has(f.key)).length;
  if (missing) throw corrupt(`thiếu ${missing} tệp đính kèm mà phần kê khai ghi`);
  const changed = m.files.filter((f) => files.get(f.key)!.sha256 !== f.sha256 || files.get(f.key)!.size !== f.size).length;
  if (changed) throw corrupt(`${changed} tệp đính kèm không khớp mã kiểm tra`);
  if ([...files.keys()].some((k) => !listed.has(k))) throw corrupt('có tệp không ghi trong phần kê khai');
  const declaredMissing = new Set(m.missingFiles);
  const unaccounted = [...referenced].filter((k) => !files.has(k) && !declaredMissing.has(k)).length;
  if (unaccounted) throw corrupt(`thiếu ${unaccounted} tệp đính kèm mà cơ sở dữ liệu trỏ tới`);
  return { format: FORMAT, createdAt: m.createdAt, manifest: m };
}

export interface RestoreResult {
  counts: Record<string, number>;
  files: number;
  format: string;
  /** False for a format-1 archive (database only). */
  manifest: boolean;
  /** Files that were already missing when the backup was taken (their records are restored, their bytes cannot be). */
  missingFiles: string[];
}

/**
 * Verifies FILE whole (verifyBackup), then loads it into this (migrated) database in one transaction and its files
 * into the file store; refuses a non-empty database unless `force`. A refusal or a failure changes nothing.
 */
export async function restoreDatabase(database: Database, file: string, opts: { force?: boolean; filesDir?: string; onProgress?: (step: string, n: number) => void } = {}): Promise<RestoreResult> {
  const verified = await verifyBackup(file);
  const expected = new Map((verified.manifest?.files ?? []).map((f) => [f.key, f]));
  const dir = opts.filesDir ?? defaultFilesDir();
  const tables = await appTables((text, values) => database.query(text, values));
  const known = new Map(tables.map((t) => [t.name, t]));
  const counts: Record<string, number> = {};
  let staging: string | null = null;
  let restoredFiles = 0;
  try {
    await database.rawTransaction(async (query) => {
      const statements: { text: string; values: unknown[] }[] = [];
      let header = false;
      let current: { table: TableInfo; columns: string[] } | null = null;
      let writing: { key: string; fd: number; hash: Hash; size: number } | null = null;
      const finishFile = () => {
        if (!writing) return;
        fs.closeSync(writing.fd);
        const want = expected.get(writing.key);
        // the archive changed between the check and now: stop, the transaction rolls back
        if (!want || want.sha256 !== writing.hash.digest('hex') || want.size !== writing.size) throw corrupt('tệp đã thay đổi trong lúc khôi phục');
        restoredFiles += 1;
        opts.onProgress?.('tệp', restoredFiles);
        writing = null;
      };
      let sequences: Record<string, unknown> = {};
      for await (const { value: parsed } of archiveLines(file)) {
        if (!header) {
          header = true;
          if (isRecord(parsed) && isRecord(parsed.sequences)) sequences = parsed.sequences;
          const nonEmpty = [];
          for (const t of tables) {
            const { rows } = await query<{ n: number }>(`select count(*)::int as n from ${q(t.name)}`);
            if (Number(rows[0]?.n) > 0 && !SEEDED_BY_MIGRATIONS.has(t.name)) nonEmpty.push(t.name);
          }
          if (nonEmpty.length && !opts.force) {
            throw new AppError('conflict', `Cơ sở dữ liệu đích đã có dữ liệu (${nonEmpty.join(', ')}). Dùng --force để thay thế toàn bộ.`);
          }
          const replaced = nonEmpty.length ? tables.map((t) => t.name) : [...SEEDED_BY_MIGRATIONS];
          // restoring replaces the append-only tables too (the audit trail, a crisis's incident log): their guards
          // against TRUNCATE (triggers named *_no_truncate by convention) are lifted inside this transaction only
          const { rows: guards } = await query<{ table: string; trigger: string }>(
            `select c.relname as "table", t.tgname as "trigger" from pg_trigger t join pg_class c on c.oid = t.tgrelid where not t.tgisinternal and t.tgname like '%\\_no\\_truncate'`,
          );
          const lifted = guards.filter((g) => replaced.includes(g.table));
          for (const g of lifted) await query(`alter table ${q(g.table)} disable trigger ${q(g.trigger)}`);
          await query(`truncate ${replaced.map(q).join(', ')} restart identity cascade`);
          for (const g of lifted) await query(`alter table ${q(g.table)} enable trigger ${q(g.trigger)}`);
          continue;
        }
        if (typeof parsed === 'string') {
          if (!writing) throw corrupt('có nội dung tệp nằm ngoài tệp');
          const buf = Buffer.from(parsed, 'base64');
          fs.writeSync(writing.fd, buf);
          writing.hash.update(buf);
          writing.size += buf.length;
          continue;
        }
        if (isRecord(parsed) && 'file' in parsed) {
          finishFile();
          if (current) await flush(query, statements, current.table.name, counts, opts.onProgress);
          current = null;
          const key = parsed.file;
          if (!safeKey(key)) throw corrupt('có tệp mang tên không hợp lệ');
          if (!staging) {
            fs.mkdirSync(path.join(dir, 'tmp'), { recursive: true });
            staging = fs.mkdtempSync(path.join(dir, 'tmp', 'restore-'));
          }
          const target = path.join(staging, key);
          fs.mkdirSync(path.dirname(target), { recursive: true });
          writing = { key, fd: fs.openSync(target, 'w'), hash: createHash('sha256'), size: 0 };
          continue;
        }
        if (isRecord(parsed) && 'manifest' in parsed) {
          finishFile();
          break;
        }
        if (!Array.isArray(parsed)) {
          const section = parsed as { table: string; columns: string[] };
          const table = known.get(section.table);
          if (!table) throw new AppError('bad-request', `Bảng ${section.table} trong bản sao lưu không có trong cơ sở dữ liệu này.`);
          if (current) await flush(query, statements, current.table.name, counts, opts.onProgress);
          current = { table, columns: section.columns };
          counts[table.name] = 0;
          continue;
        }
        if (!current) throw corrupt('có dòng dữ liệu nằm ngoài bảng');
        const target = current;
        const cols = target.columns.map(q).join(', ');
        const params = target.columns.map((c, i) => {
          const type = target.table.types[target.table.columns.indexOf(c)];
          return type === 'jsonb' || type === 'json' ? `$${i + 1}::jsonb` : `$${i + 1}`;
        });
        const values = (parsed as unknown[]).map((v, i) => {
          const type = target.table.types[target.table.columns.indexOf(target.columns[i]!)];
          return v !== null && (type === 'jsonb' || type === 'json' || typeof v === 'object') ? JSON.stringify(v) : v;
        });
        statements.push({ text: `insert into ${q(target.table.name)} (${cols}) values (${params.join(', ')})`, values });
        counts[target.table.name]! += 1;
        if (statements.length >= 500) await flush(query, statements, target.table.name, counts, opts.onProgress);
      }
      finishFile();
      if (!header) throw new AppError('bad-request', 'Tệp sao lưu rỗng.');
      await flush(query, statements, current?.table.name ?? '', counts, opts.onProgress);
      if (restoredFiles !== expected.size) throw corrupt('tệp đã thay đổi trong lúc khôi phục');
      // Serial columns continue where the source stood (a table emptied as it goes, like the audit inbox, too), and
      // in any case after the restored rows (an archive written before sequences were recorded).
      for (const t of tables) {
        for (const c of t.columns) {
          const { rows } = await query<{ seq: string | null }>(`select pg_get_serial_sequence($1, $2) as seq`, [t.name, c]);
          const recorded = Number(sequences[`${t.name}.${c}`] ?? 1);
          const next = Number.isSafeInteger(recorded) && recorded > 0 ? recorded : 1;
          if (rows[0]?.seq) await query(`select setval($1, greatest(coalesce((select max(${q(c)}) from ${q(t.name)}), 0) + 1, $2::bigint), false)`, [rows[0].seq, next]);
        }
      }
      // Last step before the commit: the verified files take their places (a failed commit leaves only unreferenced files).
      for (const key of expected.keys()) {
        const target = path.join(dir, key);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.renameSync(path.join(staging!, key), target);
      }
    });
  } finally {
    if (staging) fs.rmSync(staging, { recursive: true, force: true });
  }
  return { counts, files: restoredFiles, format: verified.format, manifest: verified.manifest !== null, missingFiles: verified.manifest?.missingFiles ?? [] };
}

async function flush(query: RawQuery, statements: { text: string; values: unknown[] }[], table: string, counts: Record<string, number>, onProgress?: (table: string, rows: number) => void): Promise<void> {
  for (const s of statements.splice(0)) await query(s.text, s.values);
  onProgress?.(table, counts[table] ?? 0);
}
