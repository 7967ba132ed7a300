import { and, eq, sql } from 'drizzle-orm';
import { jsonParam, rowsOf, type Executor } from '../../../platform/db';
import { commentAttributionChecks, commentSignalMembers, commentSignals } from './tables';
import type { CheckRow, SignalRow } from './repo';

// The office's reads of signals and the writes of its actions (review, the "was this you?" checks).

/** A signal with how many of its comments were sent a check and how many their commenter disowned. */
export type SignalListRow = SignalRow & { checksSent: number; disputed: number };

/** A comment of a signal, with what the office may show of its sender once masked, and its check. */
export interface MemberRow {
  signalId: string;
  commentId: string;
  receiptCode: string;
  createdAt: string;
  body: string;
  state: string;
  email: string | null;
  phone: string | null;
  clientKey: string;
  checkSentAt: string | null;
  answer: string | null;
  answeredAt: string | null;
}

const ISO = (col: string) => sql.raw(`to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
const MEMBER = sql`m.signal_id as "signalId", c.id as "commentId", c.receipt_code as "receiptCode", ${ISO('c.created_at')} as "createdAt", c.body, c.state,
  c.email, c.phone, c.client_key as "clientKey", ${ISO('k.sent_at')} as "checkSentAt", k.answer, ${ISO('k.answered_at')} as "answeredAt"`;

/** The signals of a round, those waiting for review first, then newest first (comment_signals_round_idx). */
export async function signalsOfRound(db: Executor, roundId: string, page: { status?: string; limit: number; offset: number }): Promise<{ items: SignalListRow[]; total: number }> {
  const where = and(eq(commentSignals.roundId, roundId), page.status ? eq(commentSignals.status, page.status) : undefined);
  const [items, [count]] = await Promise.all([
    db
      .select({
        signal: commentSignals,
        checksSent: sql<number>`(select count(*)::int from ${commentAttributionChecks} k where k.signal_id = ${commentSignals.id})`,
        disputed: sql<number>`(select count(*)::int from ${commentSignalMembers} m join ${commentAttributionChecks} k on k.comment_id = m.comment_id where m.signal_id = ${commentSignals.id} and k.answer = 'denied')`,
      })
      .from(commentSignals)
      .where(where)
      .orderBy(sql`${commentSignals.status} = 'new' desc`, sql`${commentSignals.createdAt} desc`, commentSignals.id)
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(commentSignals).where(where),
  ]);
  return { items: items.map((r) => ({ ...r.signal, checksSent: Number(r.checksSent), disputed: Number(r.disputed) })), total: Number(count?.n ?? 0) };
}

/** The first `perSignal` comments of each signal, oldest first. */
export async function firstMembersOf(db: Executor, signalIds: string[], perSignal: number): Promise<MemberRow[]> {
  if (signalIds.length === 0) return [];
  return rowsOf<MemberRow>(
    await db.execute(sql`select ${MEMBER} from (
        select m.*, row_number() over (partition by m.signal_id order by c.created_at, c.id) as n
        from comment_signal_members m join comments c on c.id = m.comment_id
        where m.signal_id = any(array(select jsonb_array_elements_text(${jsonParam(signalIds)}::jsonb)))) m
      join comments c on c.id = m.comment_id left join comment_attribution_checks k on k.comment_id = c.id
      where m.n <= ${perSignal} order by m.signal_id, c.created_at, c.id`),
  );
}

/** One page of a signal's comments, oldest first, and how many it has. */
export async function membersOfSignal(db: Executor, signalId: string, page: { limit: number; offset: number }): Promise<{ items: MemberRow[]; total: number }> {
  const items = rowsOf<MemberRow>(
    await db.execute(sql`select ${MEMBER} from comment_signal_members m join comments c on c.id = m.comment_id
      left join comment_attribution_checks k on k.comment_id = c.id
      where m.signal_id = ${signalId} order by c.created_at, c.id limit ${page.limit} offset ${page.offset}`),
  );
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(commentSignalMembers).where(eq(commentSignalMembers.signalId, signalId));
  return { items, total: Number(count?.n ?? 0) };
}

export async function findSignal(db: Executor, id: string): Promise<SignalRow | null> {
  const [row] = await db.select().from(commentSignals).where(eq(commentSignals.id, id));
  return row ?? null;
}

export async function isMemberOf(db: Executor, signalId: string, commentId: string): Promise<boolean> {
  const [row] = await db.select({ id: commentSignalMembers.commentId }).from(commentSignalMembers).where(and(eq(commentSignalMembers.signalId, signalId), eq(commentSignalMembers.commentId, commentId)));
  return row !== undefined;
}

export async function reviewSignalRow(tx: Executor, id: string, patch: { status: string; note: string | null; reviewedBy: string | null }): Promise<void> {
  await tx.update(commentSignals).set({ ...patch, reviewedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(commentSignals.id, id));
}

/** Stores a check unless the comment already has one (at most one mail per comment); true when stored. */
export async function insertCheck(tx: Executor, row: { commentId: string; signalId: string; tokenHash: string; sentBy: string | null }): Promise<boolean> {
  const rows = await tx.insert(commentAttributionChecks).values(row).onConflictDoNothing().returning({ id: commentAttributionChecks.commentId });
  return rows.length === 1;
}

export async function findCheckByToken(db: Executor, tokenHash: string): Promise<CheckRow | null> {
  const [row] = await db.select().from(commentAttributionChecks).where(eq(commentAttributionChecks.tokenHash, tokenHash));
  return row ?? null;
}

/** Records the answer once: true when this call recorded it (a link used again changes nothing). */
export async function answerCheckRow(tx: Executor, commentId: string, answer: string): Promise<boolean> {
  const rows = await tx
    .update(commentAttributionChecks)
    .set({ answer, answeredAt: sql`now()` })
    .where(and(eq(commentAttributionChecks.commentId, commentId), sql`${commentAttributionChecks.answer} is null`))
    .returning({ id: commentAttributionChecks.commentId });
  return rows.length === 1;
}
