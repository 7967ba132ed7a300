import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDriver } from '../../../test/db';
import { checkAuditChain, type CheckpointFile } from '../audit';
import { openDatabase, type Database } from '../db';
import type { App } from '../http';
import { backupDatabase, restoreDatabase, verifyBackup, type BackupManifest } from './index';
import { buildProvince } from '../../../test/province';

/**
 * The drill of restoring elsewhere (a province moving from its server to a laptop): a database built through the
 * API is backed up as `cli backup` does, restored into a fresh PGlite data directory with its own file store, and
 * compared whole: the tables, every row of every table, the sequences, every stored file, the audit chain.
 *
 * Values are compared as PostgreSQL's own text output of each column (`col::text`), read on both sides in a
 * transaction with the same output settings (time zone UTC, ISO dates). That is the only normalisation: a
 * timestamptz is one instant whose text depends on the session's TimeZone (the server's default is the host's,
 * PGlite's is UTC), and the drivers turn values into different JavaScript types (node-postgres: Date, bigint as
 * string; PGlite: Date, bigint as number). The text form keeps microseconds, JSON content, NULL vs JSON null vs
 * '', and NFC vs NFD, so a real difference is never normalised away.
 */
const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));
const q = (id: string) => `"${id.replace(/"/g, '""')}"`;
const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const MAX_REPORTED = 20;

interface Column {
  table: string;
  column: string;
  type: string;
}

async function columnsOf(database: Database): Promise<Column[]> {
  const { rows } = await database.query<{ table_name: string; column_name: string; data_type: string }>(
    `select c.table_name, c.column_name, c.data_type from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and t.table_type = 'BASE TABLE' order by c.table_name, c.ordinal_position`,
    [],
  );
  return rows.map((r) => ({ table: r.table_name, column: r.column_name, type: r.data_type }));
}

async function primaryKeys(database: Database): Promise<Map<string, string[]>> {
  const { rows } = await database.query<{ table_name: string; column_name: string }>(
    `select tc.table_name, kcu.column_name from information_schema.table_constraints tc
       join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
      where tc.table_schema = 'public' and tc.constraint_type = 'PRIMARY KEY' order by tc.table_name, kcu.ordinal_position`,
    [],
  );
  const keys = new Map<string, string[]>();
  for (const r of rows) keys.set(r.table_name, [...(keys.get(r.table_name) ?? []), r.column_name]);
  return keys;
}

/** Every row of every public table as text, in primary-key order; and each sequence's next value. */
async function snapshot(database: Database): Promise<{ tables: Map<string, { columns: string[]; key: string[]; rows: (string | null)[][] }>; sequences: Map<string, string> }> {
  const columns = await columnsOf(database);
  const keys = await primaryKeys(database);
  const tables = new Map<string, { columns: string[]; key: string[]; rows: (string | null)[][] }>();
  for (const c of columns) {
    const t = tables.get(c.table) ?? { columns: [], key: keys.get(c.table) ?? [], rows: [] };
    t.columns.push(c.column);
    tables.set(c.table, t);
  }
  const sequences = new Map<string, string>();
  await database.rawTransaction(async (query) => {
    await query(`set local timezone to 'UTC'`);
    await query(`set local datestyle to 'ISO, YMD'`);
    for (const [name, t] of tables) {
      const order = (t.key.length ? t.key : t.columns).map(q).join(', ');
      const { rows } = await query<Record<string, string | null>>(`select ${t.columns.map((c) => `${q(c)}::text as ${q(c)}`).join(', ')} from ${q(name)} order by ${order}`);
      t.rows = rows.map((r) => t.columns.map((c) => r[c] ?? null));
    }
    const seqs = await query<{ name: string }>(`select sequence_name as name from information_schema.sequences where sequence_schema = 'public' order by 1`);
    for (const { name } of seqs.rows) {
      const { rows } = await query<{ last_value: string; is_called: boolean }>(`select last_value::text as last_value, is_called from ${q(name)}`);
      // last_value with is_called, and last_value + 1 without it, are the same state: the next nextval()
      const s = rows[0]!;
      sequences.set(name, s.is_called ? String(BigInt(s.last_value) + 1n) : s.last_value);
    }
  });
  return { tables, sequences };
}

const shown = (v: string | null) => (v === null ? 'NULL' : JSON.stringify(v.length > 120 ? `${v.slice(0, 120)}…` : v));

/** Every difference between two tables, named by table, row key and column (at most MAX_REPORTED). */
function rowDifferences(name: string, columns: string[], key: string[], source: (string | null)[][], restored: (string | null)[][]): string[] {
  const out: string[] = [];
  const keyOf = (row: (string | null)[]) => (key.length ? key : columns).map((k) => `${k}=${row[columns.indexOf(k)]}`).join(', ');
  const restoredByKey = new Map(restored.map((r) => [keyOf(r), r]));
  const sourceKeys = new Set(source.map(keyOf));
  for (const row of source) {
    const other = restoredByKey.get(keyOf(row));
    if (!other) out.push(`${name} (${keyOf(row)}): missing from the restored database`);
    else columns.forEach((c, i) => row[i] !== other[i] && out.push(`${name} (${keyOf(row)}) column ${c}: source ${shown(row[i]!)}, restored ${shown(other[i]!)}`));
  }
  for (const row of restored) if (!sourceKeys.has(keyOf(row))) out.push(`${name} (${keyOf(row)}): in the restored database only`);
  return out.slice(0, MAX_REPORTED);
}

describeEachDriver('backup restored onto another data directory, compared table by table and file by file', (getDb) => {
  // one scratch folder per driver, made when its turn comes and removed after (a PGlite data dir weighs tens of MB)
  let scratch = '';
  let sourceFiles = '';
  let targetDir = '';
  let targetFiles = '';
  let checkpoints: CheckpointFile;
  const filesDirBefore = process.env.FILES_DIR;
  let app: App | undefined;
  let target: Database | undefined;
  let restoredPeopleVersion = 0;
  let manifest: BackupManifest | null = null;
  let source: Awaited<ReturnType<typeof snapshot>>;
  let restored: Awaited<ReturnType<typeof snapshot>>;
  const timings: string[] = [];

  beforeAll(async () => {
    scratch = tmp('dt-restore-compare-');
    sourceFiles = path.join(scratch, 'files-source');
    targetDir = path.join(scratch, 'data-target');
    targetFiles = path.join(scratch, 'files-target');
    for (const dir of [sourceFiles, targetDir, targetFiles]) fs.mkdirSync(dir);
    checkpoints = { path: path.join(scratch, 'audit-checkpoints.jsonl'), key: 'khoá-kiểm-thử' };
    let t = performance.now();
    const lap = (step: string) => {
      timings.push(`${step} ${((performance.now() - t) / 1000).toFixed(1)} s`);
      t = performance.now();
    };
    // the app and `cli backup` both find the file store through FILES_DIR
    process.env.FILES_DIR = sourceFiles;
    app = await buildProvince(getDb());
    // a person of the directory (the people list's cache counter must move when a restore brings people back)
    await getDb().query(`insert into people (id, full_name, title, unit_id) select 'p-restore', 'Nguyễn Thị Khôi Phục', 'Chuyên viên', id from org_units order by id limit 1`);
    // the nightly checkpoint, taken on the source: the restored chain must still match it
    const checked = await checkAuditChain(getDb().db, checkpoints, { checkpoint: true });
    expect(checked.written, 'a checkpoint was written on the source').not.toBeNull();
    lap('build');
    const archive = path.join(scratch, 'province.jsonl.gz');
    await backupDatabase(getDb(), archive);
    manifest = (await verifyBackup(archive)).manifest;
    lap('backup');
    const fresh = await openDatabase(`file:${targetDir}`);
    lap('fresh data dir');
    try {
      await restoreDatabase(fresh, archive, { filesDir: targetFiles });
      lap('restore');
    } finally {
      await fresh.close();
    }
    // compared as the server will find it when it next starts on that directory
    target = await openDatabase(`file:${targetDir}`);
    lap('reopen');
    source = await snapshot(getDb());
    restored = await snapshot(target);
    // data_versions is not data but the caches' change counters (migration 0022): left out of archives; the
    // restore's own writes bump it, so every running process reloads what the restore replaced
    for (const snap of [source, restored]) {
      if (snap === restored) restoredPeopleVersion = Number(snap.tables.get('data_versions')?.rows.find((r) => r[0] === 'people')?.[1] ?? 0);
      snap.tables.delete('data_versions');
    }
    lap('read both sides');
  });

  afterAll(async () => {
    await app?.close();
    await target?.close();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
    if (filesDirBefore === undefined) delete process.env.FILES_DIR;
    else process.env.FILES_DIR = filesDirBefore;
    console.info(`restore-compare [${getDb().kind}]: ${timings.join(', ')}; ${source?.tables.size} tables, ${[...(source?.tables.values() ?? [])].reduce((n, t) => n + t.rows.length, 0)} rows, ${manifest?.files.length} files`);
  });

  it('has the same tables and columns on both sides, and the backup carries every one of them', async () => {
    expect(await columnsOf(target!)).toEqual(await columnsOf(getDb()));
    expect(manifest?.tables.map((t) => t.name).sort(), 'tables in the archive').toEqual([...source.tables.keys()].sort());
    const empty = [...source.tables].filter(([, t]) => t.rows.length === 0).map(([name]) => name);
    console.info(`restore-compare [${getDb().kind}]: tables the scenario leaves empty: ${empty.join(', ')}`);
    expect(source.tables.size - empty.length, 'tables the scenario fills').toBeGreaterThanOrEqual(20);
  });

  it('leaves out of the archive only the schemas that are not data', async () => {
    const { rows } = await getDb().query<{ schema: string }>(
      `select distinct table_schema as schema from information_schema.tables
        where table_schema not in ('public', 'information_schema', 'pg_catalog') and table_schema not like 'pg_toast%' order by 1`,
      [],
    );
    // drizzle: the migrations' own bookkeeping, written by the target's migrations; pgboss: the job queue, whose
    // schedules are declared in code and whose jobs carry no state of their own (mail waits in mail_outbox)
    expect(rows.map((r) => r.schema).filter((s) => s !== 'drizzle' && s !== 'pgboss')).toEqual([]);
  });

  it('bumps the change counter of the people list, so the caches of running processes reload it', () => {
    expect(restoredPeopleVersion).toBeGreaterThan(0);
  });

  it('restores every row of every table, column by column', () => {
    const differences: string[] = [];
    for (const [name, t] of source.tables) {
      const other = restored.tables.get(name)!;
      if (other.rows.length !== t.rows.length) differences.push(`${name}: ${t.rows.length} rows in the source, ${other.rows.length} restored`);
      differences.push(...rowDifferences(name, t.columns, t.key, t.rows, other.rows));
    }
    expect(differences).toEqual([]);
  });

  it('has text with combining marks (NFD) on both sides, unchanged', () => {
    const marked = (snap: typeof source) => [...snap.tables].flatMap(([name, t]) => t.rows.flatMap((r) => r.flatMap((v, i) => (v && /[\u0300-\u036f]/.test(v) ? [`${name}.${t.columns[i]}: ${v}`] : []))));
    expect(marked(source).length, 'the scenario stores NFD text').toBeGreaterThanOrEqual(2);
    expect(marked(restored)).toEqual(marked(source));
  });

  // none in public today (audit_log.seq is numbered explicitly since migration 0008): this holds the next serial
  it('continues every sequence where the source stood', () => {
    expect(Object.fromEntries(restored.sequences)).toEqual(Object.fromEntries(source.sequences));
  });

  it('restores every stored file byte for byte, and nothing else', () => {
    const files = source.tables.get('stored_files')!;
    const col = (c: string) => files.columns.indexOf(c);
    expect(files.rows.length, 'the scenario stores files').toBeGreaterThanOrEqual(2);
    expect(manifest?.missingFiles).toEqual([]);
    const differences: string[] = [];
    for (const row of files.rows) {
      const [id, key, name, sum] = [row[col('id')], row[col('storage_key')]!, row[col('file_name')], row[col('sha256')]];
      const there = path.join(targetFiles, key);
      if (!fs.existsSync(there)) differences.push(`file ${id} (${name}): missing from the restored file store`);
      else if (sha256(there) !== sha256(path.join(sourceFiles, key)) || sha256(there) !== sum) differences.push(`file ${id} (${name}): bytes differ (sha256 ${sha256(there)}, source ${sum})`);
    }
    expect(differences).toEqual([]);
    const onDisk = fs.readdirSync(targetFiles, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(targetFiles, path.join(e.parentPath, e.name)));
    expect(onDisk.sort(), 'files in the restored store').toEqual(files.rows.map((r) => r[col('storage_key')]).sort());
  });

  it('passes `audit verify` on the restored database, held to the checkpoint taken on the source', async () => {
    const { result, badLines, checkpoints: held } = await checkAuditChain(target!.db, checkpoints, { checkpoint: false });
    expect(badLines).toEqual([]);
    expect(held).toHaveLength(1);
    expect(result).toMatchObject({ ok: true, checkpoints: 1, rows: source.tables.get('audit_log')!.rows.length });
  });
});
