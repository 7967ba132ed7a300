/**
 * The audit inbox: entries stored now, chained a moment later.
 *
 * The comment intake stores each batch of comments and their audit entries in one statement. Chaining those
 * entries in that statement needs the chain's head, and with several web processes each one's guess of the head
 * was refused whenever another had appended meanwhile (a rolled-back batch, then a retry). So the intake writes
 * its entries here, unchained, in the same statement as its comments (an acknowledged comment always has its
 * entry), and a sealer chains whatever waits, in arrival order, under the chain lock: one process after another,
 * each taking everything then pending. Every web process seals after its own batches; the worker seals every few
 * seconds what a process stopped by kill -9 left; `audit verify` seals before it checks. On PostgreSQL only: on
 * PGlite one process holds the database, and the intake chains its batches itself (consultation/intake.ts).
 */
import { sql, type SQL } from 'drizzle-orm';
import { jsonParam, rowsOf, type DB } from '../db';
import { chainHead, chainPrepared, prepareEntry, type AuditEntry, type PreparedEntry } from './index';

/** Entries chained per transaction at most (a bigger backlog takes several). */
const SEAL_BATCH = 5000;

/** An INSERT of `entries` into the inbox from one JSON parameter, for a data-modifying WITH clause of a writer's statement. */
export function insertInboxSql(entries: AuditEntry[], at: string = new Date().toISOString()): SQL {
  const rows = entries.map((e) => {
    const p = prepareEntry(e, at);
    return { at: p.at, actor_id: p.actorId, actor_name: p.actorName, action: p.action, subject_type: p.subjectType, subject_id: p.subjectId, summary: p.summary, request_id: p.requestId };
  });
  return sql`insert into audit_inbox (at, actor_id, actor_name, action, subject_type, subject_id, summary, request_id)
    select at, actor_id, actor_name, action, subject_type, subject_id, summary, request_id
    from jsonb_to_recordset(${jsonParam(rows)}::jsonb) as x(at timestamptz, actor_id text, actor_name text, action text, subject_type text, subject_id text, summary jsonb, request_id text)`;
}

interface InboxRow {
  id: string | number;
  at: string | Date;
  actor_id: string | null;
  actor_name: string;
  action: string;
  subject_type: string;
  subject_id: string | null;
  summary: unknown;
  request_id: string | null;
}

/**
 * Chains up to SEAL_BATCH waiting entries after the head, in arrival order, and removes them from the inbox, in one
 * transaction under the chain lock; returns how many. The inbox is read only once the lock is held (its own
 * statement, so its snapshot sees what the previous sealer committed and removed).
 */
export async function sealAuditInbox(db: DB): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(7301)`);
    const waiting = rowsOf<InboxRow>(
      await tx.execute(sql`select id, at, actor_id, actor_name, action, subject_type, subject_id, summary, request_id from audit_inbox order by id limit ${SEAL_BATCH}`),
    );
    if (waiting.length === 0) return 0;
    const entries: PreparedEntry[] = waiting.map((r) => ({
      at: new Date(r.at).toISOString(),
      actorId: r.actor_id,
      actorName: r.actor_name,
      action: r.action,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      summary: typeof r.summary === 'string' ? (JSON.parse(r.summary) as unknown) : r.summary,
      requestId: r.request_id,
    }));
    const { rows } = chainPrepared(await chainHead(tx), entries);
    await tx.execute(sql`
      with sealed as (delete from audit_inbox where id = any(array(select jsonb_array_elements_text(${jsonParam(waiting.map((r) => String(r.id)))}::jsonb))::bigint[]))
      insert into audit_log (seq, at, actor_id, actor_name, action, subject_type, subject_id, summary, request_id, prev_hash, hash)
      select seq, at, actor_id, actor_name, action, subject_type, subject_id, summary, request_id, prev_hash, hash
      from jsonb_to_recordset(${jsonParam(rows)}::jsonb) as x(seq bigint, at timestamptz, actor_id text, actor_name text, action text,
        subject_type text, subject_id text, summary jsonb, request_id text, prev_hash text, hash text)`);
    return waiting.length;
  });
}

/**
 * One process's sealer: `kick()` after a write to the inbox asks for a seal. Seals run one at a time, at most one per
 * `intervalMs` (under load one seal takes the entries of many batches, rather than a seal of six statements after
 * every batch of two: on PGlite, which runs in the server's thread, that tripled the intake's database work); a
 * backlog is drained batch by batch. Never on a request's path: the writer has already answered. A failure is
 * reported and left to the next kick or the worker's periodic seal.
 */
export class AuditSealer {
  private running: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** When the last seal started, on the monotonic clock: a wall clock set back (NTP, an operator) cannot delay the next. */
  private lastStart = -Infinity;

  constructor(
    private readonly db: DB,
    private readonly onError: (err: unknown) => void,
    private readonly intervalMs = 100,
  ) {}

  kick(): void {
    if (this.timer) return; // a seal is already due
    const wait = Math.max(0, this.lastStart + this.intervalMs - performance.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      // still sealing: ask again once it is done (its snapshot may predate the latest batch)
      if (this.running) return void this.running.then(() => this.kick());
      this.lastStart = performance.now();
      this.running = this.drain().finally(() => (this.running = null));
    }, wait);
    // a process stopping does not wait for it: what it leaves is sealed by the worker
    this.timer.unref();
  }

  /** Settles once no seal is due or running (tests; a graceful stop). */
  async idle(): Promise<void> {
    while (this.timer || this.running) {
      if (this.running) await this.running;
      else await new Promise((r) => setTimeout(r, 10));
    }
  }

  private async drain(): Promise<void> {
    try {
      while ((await sealAuditInbox(this.db)) === SEAL_BATCH);
    } catch (err) {
      this.onError(err);
    }
  }
}
