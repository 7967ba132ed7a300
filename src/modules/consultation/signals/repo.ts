import { and, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { rowsOf, jsonParam, type Executor } from '../../../platform/db';
import { consultationRounds } from '../tables';
import { commentAttributionChecks, commentSignalCursors, commentSignals } from './tables';

// The signal job's part of the repository: the cursor, the new comments and their context, the writes of signals.
// The office's reads are in repo-read.ts.

export type SignalRow = typeof commentSignals.$inferSelect;
export type CheckRow = typeof commentAttributionChecks.$inferSelect;

/** A position in a round's comments: arrival (ISO, to the microsecond) then id. */
export interface Position {
  at: string;
  id: string;
}

/** A comment as the job reads it, with its campaign and text key when the campaign job has fingerprinted it. */
export interface ScannedComment {
  id: string;
  at: string;
  ms: number;
  clientKey: string;
  email: string | null;
  phone: string | null;
  body: string;
  campaignId: string | null;
  exactKey: string | null;
}

// microseconds kept: the cursor must compare equal to the stored value, not to a rounded copy of it
const AT = sql`to_char(c.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const SCANNED = sql`c.id, ${AT} as at, (extract(epoch from c.created_at) * 1000)::float8 as ms, c.client_key as "clientKey", c.email, c.phone, c.body,
  f.campaign_id as "campaignId", f.exact_key as "exactKey"`;

const after = (p: Position | null) => (p ? sql`and (c.created_at, c.id) > (${p.at}::timestamptz, ${p.id})` : sql``);
const upTo = (p: Position) => sql`and (c.created_at, c.id) <= (${p.at}::timestamptz, ${p.id})`;

/** Rounds whose comments are still watched: every round until its synthesis report is published. */
export async function roundsToScan(db: Executor): Promise<string[]> {
  const rows = await db.select({ id: consultationRounds.id }).from(consultationRounds).where(isNull(consultationRounds.synthesisPublishedAt)).orderBy(consultationRounds.id);
  return rows.map((r) => r.id);
}

/** The round's cursor, created when missing, locked until the transaction ends (two runs never scan a round at once). */
export async function lockCursor(tx: Executor, roundId: string): Promise<Cursor> {
  await tx.insert(commentSignalCursors).values({ roundId }).onConflictDoNothing();
  return (await readCursor(tx, roundId, true))!;
}

/** Where the job stopped in a round, without locking (null: never scanned). */
export async function cursorPosition(db: Executor, roundId: string): Promise<Position | null> {
  return (await readCursor(db, roundId, false))?.after ?? null;
}

async function readCursor(tx: Executor, roundId: string, isLocked: boolean): Promise<Cursor | null> {
  const [row] = rowsOf<{ at: string | null; id: string | null; firstWindow: string | null; currentWindow: string | null; currentNew: number; pastNew: number }>(
    await tx.execute(sql`select to_char(after_created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at, after_id as id,
        first_window::text as "firstWindow", current_window::text as "currentWindow", current_new as "currentNew", past_new as "pastNew"
      from comment_signal_cursors where round_id = ${roundId} ${isLocked ? sql`for update` : sql``}`),
  );
  if (!row) return null;
  return {
    // an id '' is the end of an empty slice of time (scan.ts): every comment stamped then comes after it
    after: row.at !== null && row.id !== null ? { at: row.at, id: row.id } : null,
    firstWindow: row.firstWindow === null ? null : Number(row.firstWindow),
    currentWindow: row.currentWindow === null ? null : Number(row.currentWindow),
    currentNew: Number(row.currentNew),
    pastNew: Number(row.pastNew),
  };
}

/** Where the job stopped in a round, and the round's counts of new identities per window. */
export interface Cursor {
  after: Position | null;
  firstWindow: number | null;
  currentWindow: number | null;
  currentNew: number;
  pastNew: number;
}

export async function saveCursor(tx: Executor, roundId: string, patch: Partial<Omit<typeof commentSignalCursors.$inferInsert, 'roundId'>>): Promise<void> {
  await tx.update(commentSignalCursors).set({ ...patch, updatedAt: sql`now()` }).where(eq(commentSignalCursors.roundId, roundId));
}

/** The round's next comments after `from` that arrived before `until`, oldest first (comments_round_created_idx). */
export async function commentsAfter(tx: Executor, roundId: string, from: Position | null, until: string, limit: number): Promise<ScannedComment[]> {
  return rowsOf<ScannedComment>(
    await tx.execute(sql`select ${SCANNED} from comments c left join comment_fingerprints f on f.comment_id = c.id
      where c.round_id = ${roundId} ${after(from)} and c.created_at <= ${until}::timestamptz
      order by c.created_at, c.id limit ${limit}`),
  );
}

/**
 * The comments read before (from `since` up to `to`) that belong to the groups of new ones, at most `perGroup` per
 * group, the latest first: a window holding a new comment holds only the latest of the earlier ones, and a window
 * holding `perGroup` earlier ones was seen by an earlier run. Campaigns are read by comment_fingerprints_campaign_idx,
 * text keys by comment_fingerprints_exact_idx; comments not fingerprinted yet (the campaign job is behind) are read
 * from comments_round_created_idx, at most `unplaced`, for the caller to key them.
 */
export async function groupContext(tx: Executor, roundId: string, since: string, to: Position, groups: { campaignIds: string[]; exactKeys: string[] }, perGroup: number, unplaced: number): Promise<ScannedComment[]> {
  const bound = sql`f.comment_created_at >= ${since}::timestamptz and (f.comment_created_at, f.comment_id) <= (${to.at}::timestamptz, ${to.id})`;
  const fromKeys = (keys: string[]) => sql`jsonb_array_elements_text(${jsonParam(keys)}::jsonb) as g(k)`;
  return rowsOf<ScannedComment>(
    await tx.execute(sql`
      select x.* from ${fromKeys(groups.campaignIds)} cross join lateral (
        select ${SCANNED} from comment_fingerprints f join comments c on c.id = f.comment_id
        where f.campaign_id = g.k and ${bound} order by f.comment_created_at desc, f.comment_id desc limit ${perGroup}) x
      union all
      select x.* from ${fromKeys(groups.exactKeys)} cross join lateral (
        select ${SCANNED} from comment_fingerprints f join comments c on c.id = f.comment_id
        where f.round_id = ${roundId} and f.exact_key = g.k and f.campaign_id is null and ${bound}
        order by f.comment_created_at desc, f.comment_id desc limit ${perGroup}) x
      union all
      select x.* from (
        select ${SCANNED} from comments c left join comment_fingerprints f on f.comment_id = c.id
        where c.round_id = ${roundId} and c.created_at >= ${since}::timestamptz ${upTo(to)} and f.comment_id is null
        order by c.created_at desc, c.id desc limit ${unplaced}) x`),
  );
}

export type SourceColumn = 'client_key' | 'email' | 'phone';

// The round as a filter only, never an index condition: a source's comments are found by its own index
// (comments_client/email/phone_idx). PGlite gathers no statistics by itself, and without them the planner would walk
// the whole round by comments_round_created_idx for every address (measured: 0.7 s instead of 6 ms for 500 of them).
const inRound = (roundId: string) => sql`coalesce(c.round_id, '') = ${roundId}`;

/**
 * Of `values`, those with at least `min` comments in the round up to `to` (comments_client/email/phone_idx). Each
 * count stops at `min`, so an address shared by thousands costs no more than one that sent `min`.
 */
export async function busySources(tx: Executor, roundId: string, column: SourceColumn, values: string[], to: Position, min: number): Promise<string[]> {
  if (values.length === 0) return [];
  const col = sql.raw(`c.${column}`);
  const rows = rowsOf<{ v: string }>(
    await tx.execute(sql`select g.v from jsonb_array_elements_text(${jsonParam(values)}::jsonb) as g(v)
      where (select count(*) from (select 1 from comments c where ${col} = g.v and ${inRound(roundId)} and c.created_at <= ${to.at}::timestamptz limit ${min}) x) >= ${min}`),
  );
  return rows.map((r) => r.v);
}

/** The comments of the round from one address, email or phone, after `since` (null: all) up to `to`, oldest first (at most `limit`). */
export async function commentsOfSource(tx: Executor, roundId: string, column: SourceColumn, value: string, since: string | null, to: Position, limit: number): Promise<ScannedComment[]> {
  const col = sql.raw(`c.${column}`);
  return rowsOf<ScannedComment>(
    await tx.execute(sql`select ${SCANNED} from comments c left join comment_fingerprints f on f.comment_id = c.id
      where ${col} = ${value} and ${inRound(roundId)} ${since ? sql`and c.created_at > ${since}::timestamptz` : sql``} ${upTo(to)}
      order by c.created_at, c.id limit ${limit}`),
  );
}

/**
 * The comments of the round in a range whose identity is new to the platform: no comment anywhere arrived
 * before it with the same email, or, for a comment without email, the same phone number (comments_email_idx,
 * comments_phone_idx).
 */
export async function firstTimeIdentities(tx: Executor, roundId: string, range: { after?: Position | null; since?: string; to: Position; limit?: number }): Promise<{ id: string; at: string; ms: number }[]> {
  const since = range.since ? sql`and c.created_at >= ${range.since}::timestamptz` : sql``;
  const earlier = (col: SQL) => sql`not exists (select 1 from comments o where o.${col} = c.${col} and (o.created_at, o.id) < (c.created_at, c.id))`;
  return rowsOf<{ id: string; at: string; ms: number }>(
    await tx.execute(sql`select c.id, ${AT} as at, (extract(epoch from c.created_at) * 1000)::float8 as ms from comments c
      where c.round_id = ${roundId} ${after(range.after ?? null)} ${since} ${upTo(range.to)}
        and case when c.email is not null then ${earlier(sql.raw('email'))} when c.phone is not null then ${earlier(sql.raw('phone'))} else false end
      order by c.created_at, c.id ${range.limit ? sql`limit ${range.limit}` : sql``}`),
  );
}

/** The latest signal of a subject still waiting for review, if its window ends at or after `endsFrom` (null: any). */
export async function openSignalOf(tx: Executor, roundId: string, kind: string, subjectKey: string, endsFrom: string | null): Promise<SignalRow | null> {
  const [row] = await tx
    .select()
    .from(commentSignals)
    .where(and(eq(commentSignals.roundId, roundId), eq(commentSignals.kind, kind), eq(commentSignals.subjectKey, subjectKey), eq(commentSignals.status, 'new'), endsFrom ? sql`${commentSignals.windowEnd} >= ${endsFrom}::timestamptz` : undefined))
    .orderBy(desc(commentSignals.windowEnd))
    .limit(1);
  return row ?? null;
}

/** When the latest signal of a subject ends, whatever its status (null: the subject was never signalled). */
export async function lastSignalEnd(tx: Executor, roundId: string, kind: string, subjectKey: string): Promise<string | null> {
  const [row] = rowsOf<{ at: string }>(
    await tx.execute(sql`select to_char(max(window_end) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at from comment_signals
      where round_id = ${roundId} and kind = ${kind} and subject_key = ${subjectKey}`),
  );
  return row?.at ?? null;
}

/** Whether the round has comments after `from` that arrived before `until` (the cheap test before locking the cursor). */
export async function hasCommentsAfter(db: Executor, roundId: string, from: Position | null, until: string): Promise<boolean> {
  const rows = rowsOf<{ one: number }>(await db.execute(sql`select 1 as one from comments c where c.round_id = ${roundId} ${after(from)} and c.created_at <= ${until}::timestamptz limit 1`));
  return rows.length > 0;
}

/** Of `commentIds`, those already in some signal of the same subject (comment_signal_members_comment_idx). */
export async function alreadySignalled(tx: Executor, roundId: string, kind: string, subjectKey: string, commentIds: string[]): Promise<Set<string>> {
  if (commentIds.length === 0) return new Set();
  const rows = rowsOf<{ id: string }>(
    await tx.execute(sql`select m.comment_id as id from comment_signal_members m join comment_signals s on s.id = m.signal_id
      where m.comment_id = any(array(select jsonb_array_elements_text(${jsonParam(commentIds)}::jsonb)))
        and s.round_id = ${roundId} and s.kind = ${kind} and s.subject_key = ${subjectKey}`),
  );
  return new Set(rows.map((r) => r.id));
}

export async function insertSignal(tx: Executor, row: typeof commentSignals.$inferInsert): Promise<void> {
  await tx.insert(commentSignals).values(row);
}

/** Adds comments to a signal (those already in it are skipped) and brings its window and count up to date. */
export async function addMembers(tx: Executor, signalId: string, members: { id: string; at: string }[]): Promise<void> {
  await tx.execute(sql`insert into comment_signal_members (signal_id, comment_id)
    select ${signalId}, x from jsonb_array_elements_text(${jsonParam(members.map((m) => m.id))}::jsonb) as x on conflict do nothing`);
  const first = members.reduce((a, m) => (m.at < a ? m.at : a), members[0]!.at);
  const last = members.reduce((a, m) => (m.at > a ? m.at : a), members[0]!.at);
  await tx.execute(sql`update comment_signals set
      window_start = least(window_start, ${first}::timestamptz), window_end = greatest(window_end, ${last}::timestamptz),
      comment_count = (select count(*) from comment_signal_members where signal_id = ${signalId}), updated_at = now()
    where id = ${signalId}`);
}
