import { createHash } from 'node:crypto';
import { asc, desc, gt, lt, sql } from 'drizzle-orm';
import type { DB, Executor } from '../db';
import { actorName, type Actor } from '../auth';
import { auditLog } from './tables';

export { auditLog } from './tables';

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

/** Sorts object keys recursively so the hash does not depend on jsonb's key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

interface HashedFields {
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

function hashRow(prevHash: string, row: HashedFields): string {
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

/**
 * Appends one entry inside the caller's transaction. An advisory lock serialises appenders until commit, so the
 * chain never forks; keep this the last write of a transaction to hold the lock briefly.
 */
export async function recordAudit(tx: Executor, entry: AuditEntry): Promise<void> {
  await recordAuditMany(tx, [entry]);
}

/**
 * Appends several entries in one statement (high-rate intake commits many comments together); the chain is
 * computed in order, exactly as if they had been appended one by one.
 */
export async function recordAuditMany(tx: Executor, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock(7301)`);
  const last = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  const seqRes = await tx.execute(sql`select nextval(pg_get_serial_sequence('audit_log', 'seq'))::bigint as seq from generate_series(1, ${entries.length})`);
  const seqs = (seqRes as unknown as { rows: { seq: string | number }[] }).rows.map((r) => Number(r.seq)).sort((a, b) => a - b);
  let prevHash = last[0]?.hash ?? GENESIS;
  const at = new Date().toISOString();
  const rows = entries.map((entry, i) => {
    const row: HashedFields = {
      seq: seqs[i]!,
      at,
      actorId: entry.actor.kind === 'user' ? entry.actor.userId : null,
      actorName: actorName(entry.actor),
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId ?? null,
      summary: JSON.parse(canonical({ before: entry.before ?? null, after: entry.after ?? null })),
      requestId: entry.requestId ?? null,
    };
    const hash = hashRow(prevHash, row);
    const out = { ...row, prevHash, hash };
    prevHash = hash;
    return out;
  });
  await tx.insert(auditLog).values(rows);
}

export type VerifyResult =
  | { ok: true; rows: number }
  | { ok: false; rows: number; badSeq: number; reason: string };

/** Walks the whole chain in pages; reports the first row whose content, link or sequence is wrong. */
export async function verifyAuditChain(db: DB, onProgress?: (rows: number) => void): Promise<VerifyResult> {
  let prevHash = GENESIS;
  let prevSeq = 0;
  let count = 0;
  for (;;) {
    const page = await db.select().from(auditLog).where(gt(auditLog.seq, prevSeq)).orderBy(asc(auditLog.seq)).limit(2000);
    if (page.length === 0) return { ok: true, rows: count };
    for (const row of page) {
      if (row.prevHash !== prevHash) {
        const reason = count === 0 && prevSeq === 0 ? 'dòng đầu chuỗi không nối với gốc' : `thiếu hoặc xoá dòng trước ${row.seq}`;
        return { ok: false, rows: count, badSeq: row.seq, reason };
      }
      if (hashRow(prevHash, row) !== row.hash) {
        return { ok: false, rows: count, badSeq: row.seq, reason: 'nội dung dòng đã bị sửa' };
      }
      prevHash = row.hash;
      prevSeq = row.seq;
      count++;
    }
    onProgress?.(count);
  }
}

export interface AuditView {
  seq: number;
  at: string;
  actorName: string;
  action: string;
  subjectType: string;
  subjectId: string | null;
  summary: unknown;
  requestId: string | null;
}

/** The newest entries, before a sequence number when paging back. */
export async function listAudit(db: DB, opts: { limit: number; before?: number }): Promise<AuditView[]> {
  const rows = await db
    .select({
      seq: auditLog.seq,
      at: auditLog.at,
      actorName: auditLog.actorName,
      action: auditLog.action,
      subjectType: auditLog.subjectType,
      subjectId: auditLog.subjectId,
      summary: auditLog.summary,
      requestId: auditLog.requestId,
    })
    .from(auditLog)
    .where(opts.before ? lt(auditLog.seq, opts.before) : undefined)
    .orderBy(desc(auditLog.seq))
    .limit(opts.limit);
  return rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() }));
}
