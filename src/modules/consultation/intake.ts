import { randomFillSync } from 'node:crypto';
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { AuditSealer, chainHead, chainPrepared, insertInboxSql, prepareEntry, recordAuditMany, type AuditEntry, type ChainHead } from '../../platform/audit';
import { ANONYMOUS } from '../../platform/auth';
import { driverOf, jsonParam, rowsOf, type DB } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { insertFileLinksSql, type StoredFile } from '../../platform/files';
import { insertMailsSql, type MailMessage } from '../../platform/mail';
import { intakeBatchSize, intakeComments, intakeDuration } from '../../platform/metrics';
import { comments } from './tables';
import type { CommentRow } from './repo';
import { RECEIPT_ALPHABET as ALPHABET } from './receipt-code';

/** One comment ready to be written, with what must be written alongside it. */
export interface PendingComment {
  row: CommentRow;
  files: (StoredFile & { fileName: string })[];
  /** The mail to queue with the comment, written for its receipt code (which a rare collision renews). */
  mail: ((receiptCode: string) => MailMessage) | null;
  identity: { email: string | null; phone: string | null };
}

export interface IntakeLimits {
  perAddress: { max: number; windowMs: number };
  perIdentity: { max: number; windowMs: number };
}

type Outcome = { comment: CommentRow; isNew: boolean };
interface Waiting {
  item: PendingComment;
  resolve: (o: Outcome) => void;
  reject: (e: unknown) => void;
}

export interface BatcherOptions {
  /** Most comments written by one statement. */
  maxBatch?: number;
  /**
   * Batches in flight. With 2 the next batch checks while the previous one writes: on PostgreSQL on another connection,
   * on PGlite in its own thread (ADR 010) queued right behind it, so the database never waits for this thread. PGlite
   * in this thread: 1.
   */
  parallel?: number;
  /** A further batch starts while others are in flight only once this many comments wait. */
  parallelThreshold?: number;
}

/**
 * Group commit for public comments (ADR 003). Requests that arrive while a write is in progress wait for the next
 * one; a batch is then one query for its idempotency and rate-limit checks and one statement that stores its
 * comments, files, mails and audit rows together. Each request is answered only after its batch has committed,
 * so a receipt is never shown for a comment that is not durable.
 *
 * When several batches are in flight, a comment whose address, email, phone or idempotency key is already in one
 * of them waits for the next batch, so the limits and idempotency stay exact within this process.
 */
export class IntakeBatcher {
  private queue: Waiting[] = [];
  private inFlight = 0;
  /** Chains the batches' audit entries after they are stored, on PostgreSQL (platform/audit/inbox.ts). */
  readonly sealer: AuditSealer;
  private isScheduled = false;
  /** Keys held by the batches in flight, with how many of their comments hold each. */
  private readonly busy = new Map<string, number>();
  private readonly maxBatch: number;
  private readonly parallel: number;
  private readonly parallelThreshold: number;
  /**
   * PGlite: one process holds the database, so a batch chains its own audit entries in its statement, against the
   * head this process expects (audit_append refuses a head that moved, and the batch is chained again). The inbox and
   * its sealer are for PostgreSQL, where several processes would keep moving each other's heads.
   */
  private readonly chainsDirectly: boolean;
  /** The chain's head once the batches in flight are stored (null: read it before the next batch). */
  private head: ChainHead | null = null;

  constructor(
    private readonly db: DB,
    private readonly limits: IntakeLimits,
    options: BatcherOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 200;
    this.parallel = options.parallel ?? 1;
    this.parallelThreshold = options.parallelThreshold ?? 32;
    this.chainsDirectly = driverOf(db) === 'pglite';
    // a failed seal loses nothing (the entries wait in the inbox for the next seal, or the worker's); it is reported
    this.sealer = new AuditSealer(db, (err) => console.error(JSON.stringify({ level: 50, msg: 'audit seal failed', err: String(err) })));
  }

  /** Stores one comment (or finds the one already stored under its idempotency key). */
  submit(item: PendingComment): Promise<Outcome> {
    const started = performance.now();
    let isCounted = false; // a batch that failed after answering some of its comments retries them all
    const done = (outcome: 'accepted' | 'duplicate' | 'refused' | 'failed') => {
      if (isCounted) return;
      isCounted = true;
      intakeComments.inc({ outcome });
      intakeDuration.observe((performance.now() - started) / 1000);
    };
    return new Promise<Outcome>((resolve, reject) => {
      this.queue.push({
        item,
        resolve: (o) => (done(o.isNew ? 'accepted' : 'duplicate'), resolve(o)),
        reject: (e) => (done(e instanceof AppError && e.code === 'too-many' ? 'refused' : 'failed'), reject(e)),
      });
      this.schedule();
    });
  }

  /**
   * Settles once every comment handed to this batcher has been answered and the audit entries of its batches are
   * sealed: a graceful stop waits for it before the database closes (the sealer's timer would otherwise fire on a
   * closed pool and report a failed seal; what it leaves would wait for the worker).
   */
  async settle(): Promise<void> {
    while (this.queue.length > 0 || this.inFlight > 0) await new Promise((r) => setTimeout(r, 5));
    await this.sealer.idle();
  }

  private schedule(): void {
    if (this.isScheduled || this.queue.length === 0 || this.inFlight >= this.parallel) return;
    if (this.inFlight > 0 && this.queue.length < this.parallelThreshold) return; // the running batch will call again
    this.isScheduled = true;
    const start = () => {
      this.isScheduled = false;
      this.startBatch();
    };
    // The first batch waits a millisecond so that the requests arriving together share it (PGlite runs in this very
    // thread with PGLITE_THREAD=false, and without the pause a batch would close before any other could join).
    if (this.inFlight === 0) setTimeout(start, 1);
    else setImmediate(start);
  }

  private startBatch(): void {
    const batch = this.take();
    if (batch.length === 0) return; // every waiting comment shares a key with a batch in flight: it runs after
    intakeBatchSize.observe(batch.length);
    const keys = batch.flatMap((w) => keysOf(w.item));
    for (const k of keys) this.busy.set(k, (this.busy.get(k) ?? 0) + 1);
    this.inFlight++;
    void this.writeIsolated(batch).finally(() => {
      for (const k of keys) {
        const n = (this.busy.get(k) ?? 1) - 1;
        if (n === 0) this.busy.delete(k);
        else this.busy.set(k, n);
      }
      this.inFlight--;
      this.schedule();
    });
    this.schedule();
  }

  /**
   * Takes the next batch from the queue, in arrival order, leaving the comments that clash with a batch in flight
   * and every later comment sharing a key with one left behind (so each key keeps its arrival order).
   */
  private take(): Waiting[] {
    if (this.busy.size === 0) return this.queue.splice(0, this.maxBatch);
    const batch: Waiting[] = [];
    const rest: Waiting[] = [];
    const blocked = new Set(this.busy.keys());
    for (const w of this.queue) {
      const keys = keysOf(w.item);
      if (batch.length < this.maxBatch && !keys.some((k) => blocked.has(k))) batch.push(w);
      else {
        rest.push(w);
        for (const k of keys) blocked.add(k);
      }
    }
    this.queue = rest;
    return batch;
  }

  /** Writes a batch; if it fails, retries its comments one by one, so one bad comment cannot fail its neighbours. */
  private async writeIsolated(batch: Waiting[]): Promise<void> {
    try {
      await this.write(batch);
    } catch (e) {
      for (const w of batch) await this.writeAlone(w, batch.length === 1 ? e : null);
    }
  }

  /** Writes one comment (after `failed`, its own failure, if known); a receipt code already taken is drawn again. */
  private async writeAlone(w: Waiting, failed: unknown): Promise<void> {
    let error = failed;
    for (let attempt = 0; attempt < 3; attempt++) {
      if (error !== null) {
        if (!/comments_receipt_uq/.test(errorText(error))) return w.reject(error);
        w.item.row.receiptCode = newReceiptCode();
      }
      try {
        return await this.write([w]);
      } catch (e) {
        error = e;
      }
    }
    w.reject(error);
  }

  private async write(batch: Waiting[]): Promise<void> {
    const now = Date.now();
    const seen = await this.checkBatch(batch, now);
    const fresh: Waiting[] = [];
    for (const w of batch) {
      const found = seen.existing.get(keyOf(w.item.row));
      if (found) w.resolve({ comment: found, isNew: false });
      else fresh.push(w);
    }
    // the same form twice in one batch: the first one is stored, the others get its receipt
    const firstByKey = new Map<string, Waiting>();
    const twins: [Waiting, Waiting][] = [];
    const unique = fresh.filter((w) => {
      const first = firstByKey.get(keyOf(w.item.row));
      if (first) twins.push([w, first]);
      else firstByKey.set(keyOf(w.item.row), w);
      return !first;
    });
    const { accepted, refused } = this.applyRateLimits(unique, seen.counts);
    const storedIds = accepted.length ? await this.store(accepted) : new Set<string>();
    // refused only once the batch is stored: had it failed, the comments counted against these limits would not
    // exist, and the one-by-one retry decides afresh
    for (const [w, e] of refused) w.reject(e);
    // stored by another process between our check and our insert: answer with that one
    const lost = accepted.filter((w) => !storedIds.has(w.item.row.id));
    const raced = lost.length ? await this.existingByKey(lost) : new Map<string, CommentRow>();
    for (const w of accepted) {
      if (storedIds.has(w.item.row.id)) {
        w.resolve({ comment: w.item.row, isNew: true });
        continue;
      }
      const found = raced.get(keyOf(w.item.row));
      if (found) w.resolve({ comment: found, isNew: false });
      else w.reject(new AppError('conflict', 'Không lưu được ý kiến; vui lòng gửi lại.'));
    }
    for (const [twin, first] of twins) {
      if (storedIds.has(first.item.row.id)) twin.resolve({ comment: first.item.row, isNew: false });
      else await this.write([twin]).catch((e: unknown) => twin.reject(e));
    }
  }

  /**
   * Stores the accepted comments with their files, mails and audit entries; returns the ids stored (all of them
   * unless another process stored one of the keys meanwhile). One statement does it all; when a key was stored
   * concurrently, that statement is undone (require_row_count) and a transaction stores what is still free.
   * The audit entries go to the inbox and are chained by the sealer once the batch has committed.
   */
  private async store(accepted: Waiting[]): Promise<Set<string>> {
    let storedIds: Set<string>;
    try {
      await this.storeAtOnce(accepted);
      storedIds = new Set(accepted.map((w) => w.item.row.id));
    } catch (e) {
      if (!/row-count-mismatch/.test(errorText(e))) throw e;
      storedIds = await this.storeCarefully(accepted);
    }
    if (!this.chainsDirectly) this.sealer.kick();
    return storedIds;
  }

  /** The batch as one statement (its own transaction): the comments, their files, mails and audit entries as data-modifying WITH clauses. */
  private async storeAtOnce(accepted: Waiting[]): Promise<void> {
    const files = accepted.flatMap((w) => w.item.files.map((file) => ({ ownerType: 'comment', ownerId: w.item.row.id, fileName: file.fileName, file })));
    const mails = accepted.flatMap((w) => (w.item.mail ? [w.item.mail(w.item.row.receiptCode)] : []));
    const writes = [sql`c as (${insertCommentsSql(accepted.map((w) => w.item.row))} returning 1)`];
    if (!this.chainsDirectly) writes.push(sql`a as (${insertInboxSql(accepted.map(auditEntryOf))})`);
    if (files.length) writes.push(sql`f as (${insertFileLinksSql(files)})`);
    if (mails.length) writes.push(sql`m as (${insertMailsSql(mails)})`);
    // a key stored meanwhile by another process makes the count differ: the whole statement is undone
    const stored = sql`with ${sql.join(writes, sql`, `)} select require_row_count((select count(*) from c), ${accepted.length}::bigint, 'comments')`;
    if (!this.chainsDirectly) return void (await this.db.execute(stored));
    const at = new Date().toISOString();
    const entries = accepted.map((w) => prepareEntry(auditEntryOf(w), at));
    for (let attempt = 1; ; attempt++) {
      const head = this.head ?? (await chainHead(this.db));
      const { rows, tail } = chainPrepared(head, entries);
      this.head = tail; // a batch started meanwhile chains after this one
      try {
        return void (await this.db.execute(sql`${stored}, audit_append(${jsonParam(rows)}::jsonb, ${head.seq}::bigint, ${head.hash})`));
      } catch (e) {
        this.head = null;
        // an office action appended meanwhile (or a batch before this one failed): chained again from the head
        if (attempt === HEAD_ATTEMPTS || !/audit-head-moved|audit-rows-do-not-follow-head/.test(errorText(e))) throw e;
      }
    }
  }

  /** The same writes in one transaction, keeping only the comments whose keys are still free. */
  private async storeCarefully(accepted: Waiting[]): Promise<Set<string>> {
    const storedIds = new Set<string>();
    await this.db.transaction(async (tx) => {
      const inserted = rowsOf<{ id: string }>(await tx.execute(sql`${insertCommentsSql(accepted.map((w) => w.item.row))} returning id`));
      for (const r of inserted) storedIds.add(r.id);
      const stored = accepted.filter((w) => storedIds.has(w.item.row.id));
      const files = stored.flatMap((w) => w.item.files.map((file) => ({ ownerType: 'comment', ownerId: w.item.row.id, fileName: file.fileName, file })));
      if (files.length) await tx.execute(insertFileLinksSql(files));
      const mails = stored.flatMap((w) => (w.item.mail ? [w.item.mail(w.item.row.receiptCode)] : []));
      if (mails.length) await tx.execute(insertMailsSql(mails));
      if (stored.length && this.chainsDirectly) await recordAuditMany(tx, stored.map(auditEntryOf));
      else if (stored.length) await tx.execute(insertInboxSql(stored.map(auditEntryOf)));
    });
    this.head = null;
    return storedIds;
  }

  /**
   * One statement for the whole batch: which idempotency keys are already stored, and how many comments each
   * address, email and phone number of the batch sent within its rate-limit window.
   */
  private async checkBatch(batch: Waiting[], now: number): Promise<{ existing: Map<string, CommentRow>; counts: Map<string, number> }> {
    const { perAddress, perIdentity } = this.limits;
    const distinct = (xs: (string | null)[]) => jsonParam([...new Set(xs.filter((x): x is string => !!x))]);
    const rows = rowsOf<{ kind: 'k' | 'a' | 'e' | 'p'; key: string; n: number }>(
      await this.db.execute(sql`
        select 'k' as kind, c.id as key, 1 as n
          from jsonb_to_recordset(${jsonParam(batch.map((w) => ({ round_id: w.item.row.roundId, key: w.item.row.idempotencyKey })))}::jsonb) as x(round_id text, key text)
          join comments c on c.round_id = x.round_id and c.idempotency_key = x.key
        union all
        select 'a', client_key, count(*)::int from comments
          where client_key = any(array(select jsonb_array_elements_text(${distinct(batch.map((w) => w.item.row.clientKey))}::jsonb)))
            and created_at > ${new Date(now - perAddress.windowMs).toISOString()}::timestamptz
          group by client_key
        union all
        select 'e', email, count(*)::int from comments
          where email = any(array(select jsonb_array_elements_text(${distinct(batch.map((w) => w.item.identity.email))}::jsonb)))
            and created_at > ${new Date(now - perIdentity.windowMs).toISOString()}::timestamptz
          group by email
        union all
        select 'p', phone, count(*)::int from comments
          where phone = any(array(select jsonb_array_elements_text(${distinct(batch.map((w) => w.item.identity.phone))}::jsonb)))
            and created_at > ${new Date(now - perIdentity.windowMs).toISOString()}::timestamptz
          group by phone`),
    );
    const counts = new Map<string, number>();
    const storedIds: string[] = [];
    for (const r of rows) {
      if (r.kind === 'k') storedIds.push(r.key);
      else counts.set(`${r.kind}:${r.key}`, Number(r.n));
    }
    // a re-sent form (rare): its stored comment is read whole, to answer with the same receipt
    const existing = new Map<string, CommentRow>();
    if (storedIds.length) for (const c of await this.db.select().from(comments).where(inArray(comments.id, storedIds))) existing.set(keyOf(c), c);
    return { existing, counts };
  }

  private async existingByKey(batch: Waiting[]): Promise<Map<string, CommentRow>> {
    const out = new Map<string, CommentRow>();
    const rows = await this.db
      .select()
      .from(comments)
      .where(or(...batch.map((w) => and(eq(comments.roundId, w.item.row.roundId), eq(comments.idempotencyKey, w.item.row.idempotencyKey)))));
    for (const r of rows) out.set(keyOf(r), r);
    return out;
  }

  /** Sorts out, in arrival order, the comments over a client's limit, counting those accepted earlier in the batch. */
  private applyRateLimits(batch: Waiting[], counts: Map<string, number>): { accepted: Waiting[]; refused: [Waiting, AppError][] } {
    const { perAddress, perIdentity } = this.limits;
    const accepted: Waiting[] = [];
    const refused: [Waiting, AppError][] = [];
    for (const w of batch) {
      const a = `a:${w.item.row.clientKey}`;
      const ids = [w.item.identity.email ? `e:${w.item.identity.email}` : null, w.item.identity.phone ? `p:${w.item.identity.phone}` : null].filter((x): x is string => x !== null);
      if ((counts.get(a) ?? 0) >= perAddress.max) {
        refused.push([w, new AppError('too-many', 'Bạn đã gửi nhiều ý kiến trong thời gian ngắn. Vui lòng thử lại sau 10 phút.', { retryAfterSeconds: Math.round(perAddress.windowMs / 1000) })]);
        continue;
      }
      if (ids.some((k) => (counts.get(k) ?? 0) >= perIdentity.max)) {
        refused.push([w, new AppError('too-many', 'Email hoặc số điện thoại này đã gửi quá số ý kiến cho phép trong ngày. Vui lòng thử lại vào ngày mai.', { retryAfterSeconds: Math.round(perIdentity.windowMs / 1000) })]);
        continue;
      }
      counts.set(a, (counts.get(a) ?? 0) + 1);
      for (const k of ids) counts.set(k, (counts.get(k) ?? 0) + 1);
      accepted.push(w);
    }
    return { accepted, refused };
  }
}

/** Times a batch is chained again after its expected head moved, before it fails (and is retried comment by comment). */
const HEAD_ATTEMPTS = 5;

const keyOf = (c: { roundId: string; idempotencyKey: string }) => `${c.roundId}|${c.idempotencyKey}`;

// Crockford base32 without look-alikes: a receipt code is read aloud on the phone. Random bytes come from a pool
// refilled 4 KB at a time (one call per 512 codes); 256 is a multiple of 32, so every letter is equally likely.
const pool = Buffer.alloc(4096);
let poolAt = pool.length;

/** A new receipt code, GY- and 8 letters (40 bits; a collision with a stored code is caught and drawn again). */
export function newReceiptCode(): string {
  if (poolAt + 8 > pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  let code = 'GY-';
  for (let i = 0; i < 8; i++) code += ALPHABET[pool[poolAt++]! % 32];
  return code;
}

/** What two comments in concurrent batches must not share: the idempotency key and the rate-limited identities. */
function keysOf(item: PendingComment): string[] {
  const keys = [`k:${keyOf(item.row)}`, `a:${item.row.clientKey}`];
  if (item.identity.email) keys.push(`e:${item.identity.email}`);
  if (item.identity.phone) keys.push(`p:${item.identity.phone}`);
  return keys;
}

/** INSERT of new comments from one JSON parameter; a key already stored is skipped (ON CONFLICT DO NOTHING). */
function insertCommentsSql(rows: CommentRow[]): SQL {
  return sql`insert into comments (id, round_id, receipt_code, idempotency_key, article_anchor, commenter_type, name, pseudonym, email, phone, consent, stance, body, state, verify_token_hash, client_key, created_at)
    select id, round_id, receipt_code, idempotency_key, article_anchor, commenter_type, name, pseudonym, email, phone, consent, stance, body, state, verify_token_hash, client_key, created_at
    from jsonb_to_recordset(${jsonParam(rows.map(insertable))}::jsonb) as x(
      id text, round_id text, receipt_code text, idempotency_key text, article_anchor text, commenter_type text, name text, pseudonym text,
      email text, phone text, consent jsonb, stance text, body text, state text, verify_token_hash text, client_key text, created_at timestamptz)
    on conflict (round_id, idempotency_key) do nothing`;
}

function auditEntryOf(w: Waiting): AuditEntry {
  const c = w.item.row;
  return {
    actor: ANONYMOUS,
    action: 'comment.submit',
    subjectType: 'comment',
    subjectId: c.id,
    after: { roundId: c.roundId, receiptCode: c.receiptCode, articleAnchor: c.articleAnchor, stance: c.stance, commenterType: c.commenterType, attachments: w.item.files.length },
  };
}

/** The messages of an error and its causes (drizzle wraps the driver's error). */
function errorText(e: unknown): string {
  const parts: string[] = [];
  for (let cur = e, depth = 0; cur && depth < 5; cur = (cur as { cause?: unknown }).cause, depth++) parts.push(String((cur as { message?: unknown }).message ?? cur));
  return parts.join(' | ');
}

/** The columns a new comment sets, by their SQL names (the others keep their defaults). */
function insertable(c: CommentRow) {
  return {
    id: c.id, round_id: c.roundId, receipt_code: c.receiptCode, idempotency_key: c.idempotencyKey, article_anchor: c.articleAnchor,
    commenter_type: c.commenterType, name: c.name, pseudonym: c.pseudonym, email: c.email, phone: c.phone, consent: c.consent,
    stance: c.stance, body: c.body, state: c.state, verify_token_hash: c.verifyTokenHash, client_key: c.clientKey, created_at: c.createdAt,
  };
}
