import { createHash } from 'node:crypto';
import { and, asc, desc, eq, gt, gte, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { jsonParam, rowsOf, type DB, type Executor } from '../db';
import { addDays, formatDateTimeVi, storableText } from '../text';
import { appendCheckpoint, readCheckpoints, type Checkpoint, type CheckpointFile } from './checkpoint';
import { actorName, type Actor } from '../auth';
import { sealAuditInbox } from './inbox';
import { auditLog } from './tables';

export { auditInbox, auditLog } from './tables';
export { AuditSealer, insertInboxSql, sealAuditInbox } from './inbox';
export { appendCheckpoint, checkpointFileFromEnv, readCheckpoints, type Checkpoint, type CheckpointFile } from './checkpoint';
export { actionLabel, auditVocabulary, codeValue, countValue, pick, plainValue, registerAuditVocabulary, subjectTypeLabel, type AuditVocabulary, type FieldVocabulary, type Label, type Lang, type SubjectName, type SubjectVocabulary, type ValueContext } from './labels';
export { presentAuditEntries, type AuditEntryView, type AuditChange } from './present';
export { writeAuditCsv, writeAuditXlsx } from './export';

const GENESIS = '0'.repeat(64);

export interface AuditEntry {
  actor: Actor;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  /** A short before/after summary: changed fields only, never passwords or tokens. */
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

/**
 * JSON with object keys sorted recursively, so the hash does not depend on jsonb's key order. Takes plain JSON
 * values only (what jsonb gives back); entries are turned into plain JSON before they are hashed.
 */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonical(v))).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort(byObjectKeyOrder);
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(',')}}`;
}

/** The order JavaScript gives sorted keys: array-index keys first, by value; then the others, by code unit. */
function byObjectKeyOrder(a: string, b: string): number {
  const ia = isIndexKey(a);
  const ib = isIndexKey(b);
  if (ia !== ib) return ia ? -1 : 1;
  if (ia) return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

const isIndexKey = (k: string) => /^(?:0|[1-9]\d{0,9})$/.test(k) && Number(k) < 4294967295;

/** An entry as the chain hashes and stores it, before it is numbered and linked. */
export interface PreparedEntry {
  at: string;
  actorId: string | null;
  actorName: string;
  action: string;
  subjectType: string;
  subjectId: string | null;
  summary: unknown;
  requestId: string | null;
}

/** A chain row's hashed fields: the entry and its number. */
export type HashedFields = PreparedEntry & { seq: number };

/** The hash of one row, chained to the previous row's hash (exported for the golden test that pins its format). */
export function hashRow(prevHash: string, row: HashedFields): string {
  const body = canonical([
    row.seq,
    new Date(row.at).toISOString(),
    row.actorId,
    row.actorName,
    row.action,
    row.subjectType,
    row.subjectId,
    row.summary,
    row.requestId,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/** The newest row of the chain (seq 0 and the genesis hash when the chain is empty). */
export interface ChainHead {
  seq: number;
  hash: string;
}

/** The fields of `entry` as stored: every text made storable first, since the hash must cover exactly what the database keeps. */
export function prepareEntry(entry: AuditEntry, at: string): PreparedEntry {
  return {
    at,
    actorId: entry.actor.kind === 'user' ? storableText(entry.actor.userId) : null,
    actorName: storableText(actorName(entry.actor)),
    action: storableText(entry.action),
    subjectType: storableText(entry.subjectType),
    subjectId: entry.subjectId == null ? null : storableText(entry.subjectId),
    // plain, storable JSON (dates as text, no undefined, no NUL or broken UTF-16), as jsonb gives it back
    summary: JSON.parse(jsonParam({ before: entry.before ?? null, after: entry.after ?? null })) as unknown,
    requestId: entry.requestId == null ? null : storableText(entry.requestId),
  };
}

/** Prepared entries numbered and linked after `head`, by their SQL column names, and the new head. */
export function chainPrepared(head: ChainHead, entries: PreparedEntry[]): { rows: Record<string, unknown>[]; tail: ChainHead } {
  let prevHash = head.hash;
  const rows = entries.map((entry, i) => {
    const row: HashedFields = { seq: head.seq + i + 1, ...entry };
    const hash = hashRow(prevHash, row);
    const out = { seq: row.seq, at: row.at, actor_id: row.actorId, actor_name: row.actorName, action: row.action, subject_type: row.subjectType, subject_id: row.subjectId, summary: row.summary, request_id: row.requestId, prev_hash: prevHash, hash };
    prevHash = hash;
    return out;
  });
  return { rows, tail: { seq: head.seq + entries.length, hash: prevHash } };
}

/** The audit rows of `entries` chained after `head`, by their SQL column names, and the new head. */
export function chainAfter(head: ChainHead, entries: AuditEntry[]): { rows: Record<string, unknown>[]; tail: ChainHead } {
  const at = new Date().toISOString();
  return chainPrepared(head, entries.map((e) => prepareEntry(e, at)));
}

/** Reads the head of the chain; under the chain lock (pg_advisory_xact_lock(7301)) when it is to be appended to. */
export async function chainHead(db: Executor): Promise<ChainHead> {
  const [row] = rowsOf<{ seq: string | number; hash: string }>(await db.execute(sql`select seq, hash from audit_log order by seq desc limit 1`));
  return row ? { seq: Number(row.seq), hash: row.hash } : { seq: 0, hash: GENESIS };
}

/**
 * Appends one entry inside the caller's transaction. The chain lock serialises appenders until commit, so the
 * chain never forks; keep this the last write of a transaction to hold the lock briefly.
 */
export async function recordAudit(tx: Executor, entry: AuditEntry): Promise<void> {
  await recordAuditMany(tx, [entry]);
}

/**
 * Appends several entries in one statement, in the caller's transaction; the chain is computed in order, exactly
 * as if they had been appended one by one.
 */
export async function recordAuditMany(tx: Executor, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock(7301)`);
  // read after the lock is held (its own statement, so its snapshot sees the last committed appender)
  const head = await chainHead(tx);
  const { rows } = chainAfter(head, entries);
  // one JSON parameter rather than eleven per row: a batch of a few hundred entries stays one cheap statement
  await tx.execute(sql`
    insert into audit_log (seq, at, actor_id, actor_name, action, subject_type, subject_id, summary, request_id, prev_hash, hash)
    select seq, at, actor_id, actor_name, action, subject_type, subject_id, summary, request_id, prev_hash, hash
    from jsonb_to_recordset(${jsonParam(rows)}::jsonb) as x(seq bigint, at timestamptz, actor_id text, actor_name text, action text,
      subject_type text, subject_id text, summary jsonb, request_id text, prev_hash text, hash text)`);
}

export type VerifyResult =
  | { ok: true; rows: number; checkpoints: number; head: ChainHead }
  | { ok: false; rows: number; badSeq: number; reason: string };

export interface VerifyOptions {
  onProgress?: (rows: number) => void;
  /** Heads recorded outside the database (checkpoint.ts): each must still be in the chain, with its hash. */
  checkpoints?: Checkpoint[];
}

/**
 * Walks the whole chain in pages; reports the first row whose content, link or sequence is wrong, then any
 * checkpointed row that is gone (the newest rows deleted) or different (the chain rewritten).
 */
export async function verifyAuditChain(db: DB, opts: VerifyOptions = {}): Promise<VerifyResult> {
  const expected = new Map<number, Checkpoint>();
  for (const c of opts.checkpoints ?? []) expected.set(c.seq, c);
  const seen = new Set<number>();
  let prevHash = GENESIS;
  let prevSeq = 0;
  let count = 0;
  for (;;) {
    const page = await db.select().from(auditLog).where(gt(auditLog.seq, prevSeq)).orderBy(asc(auditLog.seq)).limit(2000);
    if (page.length === 0) break;
    for (const row of page) {
      if (row.prevHash !== prevHash) {
        const reason = count === 0 && prevSeq === 0 ? 'dòng đầu chuỗi không nối với gốc' : `thiếu hoặc xoá dòng trước ${row.seq}`;
        return { ok: false, rows: count, badSeq: row.seq, reason };
      }
      if (hashRow(prevHash, row) !== row.hash) {
        return { ok: false, rows: count, badSeq: row.seq, reason: 'nội dung dòng đã bị sửa' };
      }
      const checkpoint = expected.get(row.seq);
      if (checkpoint) {
        if (checkpoint.hash !== row.hash) return { ok: false, rows: count, badSeq: row.seq, reason: `dòng khác với mốc kiểm tra lúc ${formatDateTimeVi(new Date(checkpoint.at))}: chuỗi đã bị viết lại` };
        seen.add(row.seq);
      }
      prevHash = row.hash;
      prevSeq = row.seq;
      count++;
    }
    opts.onProgress?.(count);
  }
  const missing = [...expected.values()].filter((c) => !seen.has(c.seq)).sort((a, b) => a.seq - b.seq)[0];
  if (missing) {
    return {
      ok: false,
      rows: count,
      badSeq: prevSeq + 1, // the first row missing
      reason: `mất các dòng mới nhất: mốc kiểm tra lúc ${formatDateTimeVi(new Date(missing.at))} ghi đầu chuỗi ở dòng ${missing.seq} (${missing.rows} dòng), nay chuỗi dừng ở dòng ${prevSeq} (${count} dòng)`,
    };
  }
  return { ok: true, rows: count, checkpoints: seen.size, head: { seq: prevSeq, hash: prevHash } };
}

export interface CheckedChain {
  result: VerifyResult;
  /** Lines of the checkpoint file that could not be trusted (tampered, or written with another key). */
  badLines: { line: number; reason: string }[];
  /** The checkpoint appended after a successful check (null when not asked, or the check failed). */
  written: Checkpoint | null;
  /** The trusted checkpoints the chain was held to, oldest first. */
  checkpoints: Checkpoint[];
}

/**
 * Verifies the chain against the checkpoints in `file`; if it is intact and `checkpoint` is set, appends its
 * head as a new checkpoint (the nightly job and `cli audit checkpoint`). An empty chain is not checkpointed.
 */
export async function checkAuditChain(db: DB, file: CheckpointFile, opts: { checkpoint: boolean; onProgress?: (rows: number) => void }): Promise<CheckedChain> {
  const { checkpoints, bad } = readCheckpoints(file);
  // entries still in the inbox are chained first, so the check and its checkpoint cover every entry stored so far
  while ((await sealAuditInbox(db)) > 0);
  const result = await verifyAuditChain(db, { checkpoints, onProgress: opts.onProgress });
  let written: Checkpoint | null = null;
  if (result.ok && opts.checkpoint && result.rows > 0 && bad.length === 0) {
    written = { ...result.head, at: new Date().toISOString(), rows: result.rows };
    appendCheckpoint(file, written);
  }
  return { result, badLines: bad, written, checkpoints };
}

export interface AuditView {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string;
  action: string;
  subjectType: string;
  subjectId: string | null;
  summary: unknown;
  requestId: string | null;
}

/** Who did it: a user (by id), the background jobs, or an anonymous visitor. */
export type AuditActorFilter = { userId: string } | { kind: 'system' | 'anonymous' };

/** What the audit page filters on; every filter is applied in the query. */
export interface AuditFilter {
  actor?: AuditActorFilter;
  action?: string;
  subjectType?: string;
  subjectId?: string;
  /** First and last day (ISO dates), Vietnam time, both included. */
  from?: string;
  to?: string;
}

// the stored names of the actors without an account (actorName in ../auth)
const SYSTEM_PREFIX = 'hệ thống (';
const ANONYMOUS_NAME = 'khách';

function whereOf(filter: AuditFilter, before?: number): SQL | undefined {
  const parts: SQL[] = [];
  if (before) parts.push(lt(auditLog.seq, before));
  const actor = filter.actor;
  if (actor && 'userId' in actor) parts.push(eq(auditLog.actorId, actor.userId));
  else if (actor?.kind === 'system') parts.push(and(isNull(auditLog.actorId), sql`starts_with(${auditLog.actorName}, ${SYSTEM_PREFIX})`)!);
  else if (actor?.kind === 'anonymous') parts.push(and(isNull(auditLog.actorId), eq(auditLog.actorName, ANONYMOUS_NAME))!);
  if (filter.action) parts.push(eq(auditLog.action, filter.action));
  if (filter.subjectType) parts.push(eq(auditLog.subjectType, filter.subjectType));
  if (filter.subjectId) parts.push(eq(auditLog.subjectId, filter.subjectId));
  // a day is a Vietnamese calendar day (UTC+7, no daylight saving time)
  if (filter.from) parts.push(gte(auditLog.at, `${filter.from}T00:00:00+07:00`));
  if (filter.to) parts.push(lt(auditLog.at, `${addDays(filter.to, 1)}T00:00:00+07:00`));
  return parts.length ? and(...parts) : undefined;
}

/** The newest entries matching `filter`, before a sequence number when paging back (newest first). */
export async function listAudit(db: Executor, opts: AuditFilter & { limit: number; before?: number }): Promise<AuditView[]> {
  const rows = await db
    .select({
      seq: auditLog.seq,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorName: auditLog.actorName,
      action: auditLog.action,
      subjectType: auditLog.subjectType,
      subjectId: auditLog.subjectId,
      summary: auditLog.summary,
      requestId: auditLog.requestId,
    })
    .from(auditLog)
    .where(whereOf(opts, opts.before))
    .orderBy(desc(auditLog.seq))
    .limit(opts.limit);
  return rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() }));
}

/** Every entry matching `filter`, newest first, read in pages (for exports of any size). */
export async function* streamAudit(db: Executor, filter: AuditFilter, pageSize = 1000): AsyncGenerator<AuditView[]> {
  let before: number | undefined;
  for (;;) {
    const page = await listAudit(db, { ...filter, limit: pageSize, before });
    if (page.length === 0) return;
    yield page;
    if (page.length < pageSize) return;
    before = page[page.length - 1]!.seq;
  }
}
