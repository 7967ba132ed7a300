import fs from 'node:fs';
import readline from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { AppError } from '../errors';
import type { Database, RawQuery } from '../db';

/**
 * Logical backup that works the same on PGlite and PostgreSQL (pg_dump cannot dump PGlite): gzip'd JSON lines,
 * one header, then each application table's rows in primary-key order, streamed page by page. Restore loads them
 * into a migrated, empty database in one transaction.
 */
const FORMAT = 'dong-thuan-backup/1';
const PAGE = 1000;

interface TableInfo {
  name: string;
  columns: string[];
  types: string[];
  key: string[];
}

async function appTables(database: Database): Promise<TableInfo[]> {
  const { rows } = await database.query<{ table_name: string; column_name: string; data_type: string }>(
    `select c.table_name, c.column_name, c.data_type from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
      order by c.table_name, c.ordinal_position`,
    [],
  );
  const keys = await database.query<{ table_name: string; column_name: string }>(
    `select tc.table_name, kcu.column_name from information_schema.table_constraints tc
       join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
      where tc.table_schema = 'public' and tc.constraint_type = 'PRIMARY KEY' order by tc.table_name, kcu.ordinal_position`,
    [],
  );
  const byName = new Map<string, TableInfo>();
  for (const r of rows) {
    const t = byName.get(r.table_name) ?? { name: r.table_name, columns: [], types: [], key: [] };
    t.columns.push(r.column_name);
    t.types.push(r.data_type);
    byName.set(r.table_name, t);
  }
  for (const k of keys.rows) byName.get(k.table_name)?.key.push(k.column_name);
  // Parents before children: the order in which foreign keys allow inserting.
  const fks = await database.query<{ child: string; parent: string }>(
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


const q = (id: string) => `"${id.replace(/"/g, '""')}"`;

/** Writes every application table to FILE (gzip JSON lines); returns row counts per table. */
export async function backupDatabase(database: Database, file: string, onProgress?: (table: string, rows: number) => void): Promise<Record<string, number>> {
  const tables = await appTables(database);
  const counts: Record<string, number> = {};
  const migrations = await database.query<{ hash: string }>('select hash from drizzle.__drizzle_migrations order by id', []);
  async function* lines() {
    yield JSON.stringify({ format: FORMAT, createdAt: new Date().toISOString(), migrations: migrations.rows.map((r) => r.hash), tables: tables.map((t) => t.name) }) + '\n';
    for (const t of tables) {
      yield JSON.stringify({ table: t.name, columns: t.columns }) + '\n';
      const orderBy = (t.key.length ? t.key : t.columns).map(q).join(', ');
      const cols = t.columns.map((c, i) => (t.types[i] === 'timestamp with time zone' ? `to_char(${q(c)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as ${q(c)}` : q(c))).join(', ');
      let n = 0;
      for (let offset = 0; ; offset += PAGE) {
        const { rows } = await database.query<Record<string, unknown>>(`select ${cols} from ${q(t.name)} order by ${orderBy} limit ${PAGE} offset ${offset}`, []);
        // bigint comes back as a string from node-postgres and as a number from PGlite: write it as text on both.
        for (const row of rows) yield JSON.stringify(t.columns.map((c, i) => (t.types[i] === 'bigint' && row[c] != null ? String(row[c]) : (row[c] ?? null)))) + '\n';
        n += rows.length;
        onProgress?.(t.name, n);
        if (rows.length < PAGE) break;
      }
      counts[t.name] = n;
    }
  }
  await pipeline(Readable.from(lines()), createGzip(), fs.createWriteStream(file));
  return counts;
}

/** Loads FILE into this (migrated) database in one transaction; refuses a non-empty database unless `force`. */
export async function restoreDatabase(database: Database, file: string, opts: { force?: boolean; onProgress?: (table: string, rows: number) => void } = {}): Promise<Record<string, number>> {
  if (!fs.existsSync(file)) throw new AppError('bad-request', `Không tìm thấy tệp sao lưu ${file}.`);
  const tables = await appTables(database);
  const known = new Map(tables.map((t) => [t.name, t]));
  const input = readline.createInterface({ input: fs.createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const counts: Record<string, number> = {};
  try {
    await database.rawTransaction(async (query) => {
      const statements: { text: string; values: unknown[] }[] = [];
      let header: { format?: string } | null = null;
      let current: { table: TableInfo; columns: string[] } | null = null;
      for await (const line of input) {
        if (!line) continue;
        const parsed = JSON.parse(line) as unknown;
        if (!header) {
          header = parsed as { format?: string };
          if (header.format !== FORMAT) throw new AppError('bad-request', 'Tệp không phải bản sao lưu của Đồng Thuận (sai định dạng).');
          const nonEmpty = [];
          for (const t of tables) {
            const { rows } = await query<{ n: number }>(`select count(*)::int as n from ${q(t.name)}`);
            if (Number(rows[0]?.n) > 0 && !SEEDED_BY_MIGRATIONS.has(t.name)) nonEmpty.push(t.name);
          }
          if (nonEmpty.length && !opts.force) {
            throw new AppError('conflict', `Cơ sở dữ liệu đích đã có dữ liệu (${nonEmpty.join(', ')}). Dùng --force để thay thế toàn bộ.`);
          }
          const replaced = nonEmpty.length ? tables.map((t) => t.name) : [...SEEDED_BY_MIGRATIONS];
          // restoring replaces the audit trail too: the guard against TRUNCATE is lifted inside this transaction only
          const guarded = replaced.includes('audit_log');
          if (guarded) await query('alter table audit_log disable trigger audit_log_no_truncate');
          await query(`truncate ${replaced.map(q).join(', ')} restart identity cascade`);
          if (guarded) await query('alter table audit_log enable trigger audit_log_no_truncate');
          continue;
        }
        if (!Array.isArray(parsed)) {
          const section = parsed as { table: string; columns: string[] };
          const table = known.get(section.table);
          if (!table) throw new AppError('bad-request', `Bảng ${section.table} trong bản sao lưu không có trong cơ sở dữ liệu này.`);
          current = { table, columns: section.columns };
          counts[table.name] = 0;
          continue;
        }
        if (!current) throw new AppError('bad-request', 'Tệp sao lưu hỏng: dữ liệu nằm ngoài bảng.');
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
      if (!header) throw new AppError('bad-request', 'Tệp sao lưu rỗng.');
      await flush(query, statements, current?.table.name ?? '', counts, opts.onProgress);
      // Serial columns continue after the restored rows.
      for (const t of tables) {
        for (const c of t.columns) {
          const { rows } = await query<{ seq: string | null }>(`select pg_get_serial_sequence($1, $2) as seq`, [t.name, c]);
          if (rows[0]?.seq) await query(`select setval($1, coalesce((select max(${q(c)}) from ${q(t.name)}), 0) + 1, false)`, [rows[0].seq]);
        }
      }
    });
  } catch (e) {
    if (e instanceof SyntaxError) throw new AppError('bad-request', 'Tệp sao lưu hỏng (không đọc được JSON).');
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') throw new AppError('bad-request', 'Tệp sao lưu hỏng (không giải nén được).');
    throw e;
  }
  return counts;
}

async function flush(query: RawQuery, statements: { text: string; values: unknown[] }[], table: string, counts: Record<string, number>, onProgress?: (table: string, rows: number) => void): Promise<void> {
  for (const s of statements.splice(0)) await query(s.text, s.values);
  onProgress?.(table, counts[table] ?? 0);
}
