import { and, count, eq, gt, inArray } from 'drizzle-orm';
import { recordAuditMany, type AuditEntry } from '../../platform/audit';
import { ANONYMOUS } from '../../platform/auth';
import type { DB } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { storedFiles, type StoredFile } from '../../platform/files';
import { enqueueMails, type MailMessage } from '../../platform/mail';
import { comments } from './tables';
import type { CommentRow } from './repo';

/** One comment ready to be written, with what must be written alongside it. */
export interface PendingComment {
  row: CommentRow;
  files: (StoredFile & { fileName: string })[];
  mail: MailMessage | null;
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

/**
 * Group commit for public comments. Requests that arrive while a write is in progress wait for the next one,
 * and one transaction then stores them all: one multi-row insert, one batch of audit entries, one batch of
 * mails, and the idempotency and rate-limit checks as a few set queries. Each request is answered only after
 * its batch has committed, so a receipt is never shown for a comment that is not durable.
 */
export class IntakeBatcher {
  private queue: Waiting[] = [];
  private isFlushing = false;

  constructor(private readonly db: DB, private readonly limits: IntakeLimits, private readonly maxBatch = 200) {}

  /** Stores one comment (or finds the one already stored under its idempotency key). */
  submit(item: PendingComment): Promise<Outcome> {
    return new Promise<Outcome>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.isFlushing) {
        this.isFlushing = true;
        // Wait a millisecond before writing: PGlite runs queries in this very thread, so without the pause a
        // batch would close before any other request could join it.
        setTimeout(() => void this.flushLoop(), 1);
      }
    });
  }

  private async flushLoop(): Promise<void> {
    try {
      while (this.queue.length) {
        const batch = this.queue.splice(0, this.maxBatch);
        try {
          await this.write(batch);
        } catch (e) {
          if (batch.length === 1) batch[0]!.reject(e);
          // one bad item must not fail its neighbours: retry them one by one
          else for (const w of batch) await this.write([w]).catch((err: unknown) => w.reject(err));
        }
        await new Promise((r) => setImmediate(r));
      }
    } finally {
      this.isFlushing = false;
    }
  }

  private async write(batch: Waiting[]): Promise<void> {
    const now = Date.now();
    const existing = await this.existingByKey(batch);
    const fresh: Waiting[] = [];
    for (const w of batch) {
      const found = existing.get(`${w.item.row.roundId}|${w.item.row.idempotencyKey}`);
      if (found) w.resolve({ comment: found, isNew: false });
      else fresh.push(w);
    }
    // the same form twice in one batch: the first one is stored, the others get its receipt
    const firstByKey = new Map<string, Waiting>();
    const twins: [Waiting, Waiting][] = [];
    const unique = fresh.filter((w) => {
      const key = `${w.item.row.roundId}|${w.item.row.idempotencyKey}`;
      const first = firstByKey.get(key);
      if (first) twins.push([w, first]);
      else firstByKey.set(key, w);
      return !first;
    });
    const accepted = await this.applyRateLimits(unique, now);
    const storedIds = new Set<string>();
    if (accepted.length) {
      await this.db.transaction(async (tx) => {
        const inserted = await tx
          .insert(comments)
          .values(accepted.map((w) => w.item.row))
          .onConflictDoNothing({ target: [comments.roundId, comments.idempotencyKey] })
          .returning({ id: comments.id });
        for (const r of inserted) storedIds.add(r.id);
        const stored = accepted.filter((w) => storedIds.has(w.item.row.id));
        const files = stored.flatMap((w) => w.item.files.map((f) => ({ id: crypto.randomUUID(), ownerType: 'comment', ownerId: w.item.row.id, fileName: f.fileName, mimeType: f.mimeType, size: f.size, sha256: f.sha256, storageKey: f.storageKey })));
        if (files.length) await tx.insert(storedFiles).values(files);
        await enqueueMails(tx, stored.flatMap((w) => (w.item.mail ? [w.item.mail] : [])));
        const audit: AuditEntry[] = stored.map((w) => ({
          actor: ANONYMOUS,
          action: 'comment.submit',
          subjectType: 'comment',
          subjectId: w.item.row.id,
          after: { roundId: w.item.row.roundId, receiptCode: w.item.row.receiptCode, articleAnchor: w.item.row.articleAnchor, stance: w.item.row.stance, commenterType: w.item.row.commenterType, attachments: w.item.files.length },
        }));
        await recordAuditMany(tx, audit);
      });
      // stored by another process between our check and our insert: answer with that one
      const lost = accepted.filter((w) => !storedIds.has(w.item.row.id));
      const raced = lost.length ? await this.existingByKey(lost) : new Map<string, CommentRow>();
      for (const w of accepted) {
        if (storedIds.has(w.item.row.id)) {
          w.resolve({ comment: w.item.row, isNew: true });
          continue;
        }
        const found = raced.get(`${w.item.row.roundId}|${w.item.row.idempotencyKey}`);
        if (found) w.resolve({ comment: found, isNew: false });
        else w.reject(new AppError('conflict', 'Không lưu được ý kiến; vui lòng gửi lại.'));
      }
    }
    for (const [twin, first] of twins) {
      if (storedIds.has(first.item.row.id)) twin.resolve({ comment: first.item.row, isNew: false });
      else await this.write([twin]).catch((e: unknown) => twin.reject(e));
    }
  }

  private async existingByKey(batch: Waiting[]): Promise<Map<string, CommentRow>> {
    const byRound = new Map<string, string[]>();
    for (const w of batch) byRound.set(w.item.row.roundId, [...(byRound.get(w.item.row.roundId) ?? []), w.item.row.idempotencyKey]);
    const out = new Map<string, CommentRow>();
    for (const [roundId, keys] of byRound) {
      const rows = await this.db.select().from(comments).where(and(eq(comments.roundId, roundId), inArray(comments.idempotencyKey, keys)));
      for (const r of rows) out.set(`${r.roundId}|${r.idempotencyKey}`, r);
    }
    return out;
  }

  /** Counts each client's recent comments once per batch and refuses those over the limit, in arrival order. */
  private async applyRateLimits(batch: Waiting[], now: number): Promise<Waiting[]> {
    if (batch.length === 0) return [];
    const { perAddress, perIdentity } = this.limits;
    const addresses = [...new Set(batch.map((w) => w.item.row.clientKey))];
    const emails = [...new Set(batch.map((w) => w.item.identity.email).filter((x): x is string => !!x))];
    const phones = [...new Set(batch.map((w) => w.item.identity.phone).filter((x): x is string => !!x))];
    const [byAddress, byEmail, byPhone] = await Promise.all([
      this.db.select({ key: comments.clientKey, n: count() }).from(comments).where(and(inArray(comments.clientKey, addresses), gt(comments.createdAt, new Date(now - perAddress.windowMs).toISOString()))).groupBy(comments.clientKey),
      emails.length ? this.db.select({ key: comments.email, n: count() }).from(comments).where(and(inArray(comments.email, emails), gt(comments.createdAt, new Date(now - perIdentity.windowMs).toISOString()))).groupBy(comments.email) : [],
      phones.length ? this.db.select({ key: comments.phone, n: count() }).from(comments).where(and(inArray(comments.phone, phones), gt(comments.createdAt, new Date(now - perIdentity.windowMs).toISOString()))).groupBy(comments.phone) : [],
    ]);
    const counts = new Map<string, number>();
    for (const r of byAddress) counts.set(`a:${r.key}`, Number(r.n));
    for (const r of byEmail) counts.set(`e:${r.key}`, Number(r.n));
    for (const r of byPhone) counts.set(`p:${r.key}`, Number(r.n));
    const accepted: Waiting[] = [];
    for (const w of batch) {
      const a = `a:${w.item.row.clientKey}`;
      const ids = [w.item.identity.email ? `e:${w.item.identity.email}` : null, w.item.identity.phone ? `p:${w.item.identity.phone}` : null].filter((x): x is string => x !== null);
      if ((counts.get(a) ?? 0) >= perAddress.max) {
        w.reject(new AppError('too-many', 'Bạn đã gửi nhiều ý kiến trong thời gian ngắn. Vui lòng thử lại sau 10 phút.', { retryAfterSeconds: Math.round(perAddress.windowMs / 1000) }));
        continue;
      }
      if (ids.some((k) => (counts.get(k) ?? 0) >= perIdentity.max)) {
        w.reject(new AppError('too-many', 'Email hoặc số điện thoại này đã gửi quá số ý kiến cho phép trong ngày. Vui lòng thử lại vào ngày mai.', { retryAfterSeconds: 3600 }));
        continue;
      }
      counts.set(a, (counts.get(a) ?? 0) + 1);
      for (const k of ids) counts.set(k, (counts.get(k) ?? 0) + 1);
      accepted.push(w);
    }
    return accepted;
  }
}

