import { randomUUID } from 'node:crypto';
import { now as clockNow } from '../../../platform/clock';
import type { DB, Executor } from '../../../platform/db';
import { fingerprint } from '../../../platform/near-dup';
import { addressLabel, bursts, excerptOf, identityKey, maskEmail, maskPhone, windowOf, type Stamp } from './detect';
import { addMembers, alreadySignalled, busySources, commentsAfter, commentsOfSource, cursorPosition, firstTimeIdentities, groupContext, hasCommentsAfter, insertSignal, lastSignalEnd, lockCursor, openSignalOf, roundsToScan, saveCursor, type Cursor, type Position, type ScannedComment, type SourceColumn } from './repo';
import { SIGNAL_THRESHOLDS as T, type SignalKind } from './thresholds';

/** Comments read per transaction: small enough that intake, which shares PGlite's one connection, waits some 50 ms at most. */
const BATCH = 200;
/** The first slice of time read after the cursor (scanBatch). */
const FIRST_SLICE_MS = 60_000;
/** Comments not yet placed by the campaign job read as a burst's context (it runs every 2 s: normally none). */
const UNPLACED_CONTEXT = 2000;
/** Most comments of one source read as a new signal's evidence. */
const MAX_SOURCE_MEMBERS = 5000;

export interface ScanResult {
  /** Comments read past the cursors. */
  scanned: number;
  /** Signals raised (a pattern that extends a signal waiting for review is not counted again). */
  raised: number;
}

type Member = Stamp & { iso: string };
const member = (c: { id: string; at: string; ms: number }): Member => ({ id: c.id, at: c.ms, iso: c.at });

interface Pattern {
  roundId: string;
  kind: SignalKind;
  subjectKey: string;
  label: string;
  excerpt?: string | null;
  threshold: number;
  baseline?: number | null;
  /** A signal waiting for review extends only if its window ends at most this long before the pattern (null: any). */
  joinWithinMs: number | null;
}

/**
 * Reads each watched round's comments that arrived since its cursor (and settled: see thresholds.ts) and raises or
 * extends signals. A round is scanned in one transaction per batch, under its cursor's row lock, so overlapping runs
 * never read the same comments twice; a run with nothing new returns zeros.
 */
export async function scanSignals(db: DB, opts: { now?: Date; batch?: number } = {}): Promise<ScanResult> {
  const result: ScanResult = { scanned: 0, raised: 0 };
  const until = new Date((opts.now ?? clockNow()).getTime() - T.settleMs).toISOString();
  const batch = opts.batch ?? BATCH;
  for (const roundId of await roundsToScan(db)) {
    // an idle round costs one read, no lock and no write
    if (!(await hasCommentsAfter(db, roundId, await cursorPosition(db, roundId), until))) continue;
    for (let span = FIRST_SLICE_MS, isDone = false; !isDone; ) {
      const slice = span;
      ({ isDone, span } = await db.transaction((tx) => scanBatch(tx, roundId, until, batch, slice, result)));
    }
  }
  return result;
}

/**
 * Reads and scans the next comments of a round: those after the cursor up to `span` ms later (or `until`), at most
 * `batch`. PGlite keeps no statistics, and without them its planner sorts every comment after the cursor to give
 * the first `batch` in order; a slice of time keeps that sort small however large the backlog. The next slice is
 * sized from this one (twice the time a full batch covered, four times an empty or partial slice).
 */
async function scanBatch(tx: Executor, roundId: string, until: string, batch: number, span: number, result: ScanResult): Promise<{ isDone: boolean; span: number }> {
  const cursor = await lockCursor(tx, roundId);
  const fromMs = cursor.after ? Date.parse(cursor.after.at) : null;
  const upper = fromMs === null || fromMs + span >= Date.parse(until) ? until : new Date(fromMs + span).toISOString();
  const found = await commentsAfter(tx, roundId, cursor.after, upper, batch);
  const isFull = found.length === batch;
  const next = { isDone: !isFull && upper === until, span: isFull && fromMs !== null ? Math.max(2 * (found[found.length - 1]!.ms - fromMs), 1) : span * 4 };
  if (found.length === 0) {
    // nothing in this slice: the cursor moves to its end (no comment can arrive there any more: it has settled)
    if (upper !== until) await saveCursor(tx, roundId, { afterCreatedAt: upper, afterId: '' });
    return next;
  }
  const last = found[found.length - 1]!;
  const to: Position = { at: last.at, id: last.id };
  result.scanned += found.length;
  await detectBursts(tx, roundId, found, cursor.after, result);
  await detectSources(tx, roundId, found, to, result);
  const windows = await detectNewIdentities(tx, roundId, cursor, to, result);
  await saveCursor(tx, roundId, { afterCreatedAt: last.at, afterId: last.id, ...windows });
  return next;
}

/**
 * Raises the signal of a pattern, or extends the signal of the same subject still waiting for review. Once a
 * signal is reviewed it is not reopened: the subject is signalled again only when its comments that are in none
 * of its signals meet the threshold by themselves.
 */
async function record(tx: Executor, p: Pattern, members: Member[], result: ScanResult, loadSince?: (since: string | null) => Promise<Member[]>): Promise<void> {
  const endsFrom = p.joinWithinMs === null ? null : new Date(members[0]!.at - p.joinWithinMs).toISOString();
  const open = await openSignalOf(tx, p.roundId, p.kind, p.subjectKey, endsFrom);
  if (open) {
    // a comment stays in the signal it was first put in (a burst's earlier comments may be in a reviewed one)
    const seen = await alreadySignalled(tx, p.roundId, p.kind, p.subjectKey, members.map((m) => m.id));
    const added = members.filter((m) => !seen.has(m.id));
    if (added.length) await addMembers(tx, open.id, added.map((m) => ({ id: m.id, at: m.iso })));
    return;
  }
  // the subject's comments since its last signal ended (all of them when it was never signalled)
  const all = loadSince ? await loadSince(await lastSignalEnd(tx, p.roundId, p.kind, p.subjectKey)) : members;
  const seen = await alreadySignalled(tx, p.roundId, p.kind, p.subjectKey, all.map((m) => m.id));
  const fresh = all.filter((m) => !seen.has(m.id));
  if (fresh.length < p.threshold) return;
  const id = randomUUID();
  await insertSignal(tx, { id, roundId: p.roundId, kind: p.kind, subjectKey: p.subjectKey, subjectLabel: p.label, excerpt: p.excerpt ?? null, windowStart: fresh[0]!.iso, windowEnd: fresh[fresh.length - 1]!.iso, threshold: p.threshold, baseline: p.baseline ?? null });
  await addMembers(tx, id, fresh.map((m) => ({ id: m.id, at: m.iso })));
  result.raised++;
}

/** A comment's group of near-identical texts: its campaign, else its exact text key (computed if not stored yet). */
function groupOf(c: ScannedComment): string {
  return c.campaignId ? `campaign:${c.campaignId}` : `text:${c.exactKey ?? fingerprint(c.body).exact}`;
}

async function detectBursts(tx: Executor, roundId: string, found: ScannedComment[], before: Position | null, result: ScanResult): Promise<void> {
  const { min, windowMs } = T.burst;
  const groups = new Map<string, ScannedComment[]>();
  const keys = new Map(found.map((c) => [c.id, groupOf(c)]));
  for (const key of keys.values()) groups.set(key, []);
  // the comments of the same groups read by earlier runs within one window: a burst may straddle two runs
  if (before) {
    const campaignIds = [...groups.keys()].filter((k) => k.startsWith('campaign:')).map((k) => k.slice(9));
    const exactKeys = [...groups.keys()].filter((k) => k.startsWith('text:')).map((k) => k.slice(5));
    const since = new Date(found[0]!.ms - windowMs).toISOString();
    const context = await groupContext(tx, roundId, since, before, { campaignIds, exactKeys }, min, UNPLACED_CONTEXT);
    // read latest first; a group's list must run in arrival order
    context.sort((a, b) => a.ms - b.ms || (a.id < b.id ? -1 : 1));
    for (const c of context) groups.get(groupOf(c))?.push(c);
  }
  for (const c of found) groups.get(keys.get(c.id)!)!.push(c);
  for (const [key, list] of groups) {
    if (list.length < min) continue;
    for (const run of bursts(list.map(member), min, windowMs)) {
      if (!run.some((m) => keys.has(m.id))) continue;
      const first = list.find((c) => c.id === run[0]!.id)!;
      const p: Pattern = { roundId, kind: 'burst', subjectKey: key, label: key.startsWith('campaign:') ? 'campaign' : 'text', excerpt: excerptOf(first.body), threshold: min, joinWithinMs: windowMs };
      await record(tx, p, run as Member[], result);
    }
  }
}

const SOURCES: { kind: SignalKind; column: SourceColumn; min: number; valueOf: (c: ScannedComment) => string | null; keyOf: (v: string) => string; labelOf: (v: string) => string }[] = [
  { kind: 'same_address', column: 'client_key', min: T.sameAddress.min, valueOf: (c) => c.clientKey, keyOf: (v) => `address:${v}`, labelOf: addressLabel },
  { kind: 'same_email', column: 'email', min: T.sameIdentity.min, valueOf: (c) => c.email, keyOf: (v) => identityKey('email', v), labelOf: maskEmail },
  { kind: 'same_phone', column: 'phone', min: T.sameIdentity.min, valueOf: (c) => c.phone, keyOf: (v) => identityKey('phone', v), labelOf: maskPhone },
];

async function detectSources(tx: Executor, roundId: string, found: ScannedComment[], to: Position, result: ScanResult): Promise<void> {
  for (const s of SOURCES) {
    const byValue = new Map<string, Member[]>();
    for (const c of found) {
      const v = s.valueOf(c);
      if (v) byValue.set(v, [...(byValue.get(v) ?? []), member(c)]);
    }
    for (const v of await busySources(tx, roundId, s.column, [...byValue.keys()], to, s.min)) {
      const p: Pattern = { roundId, kind: s.kind, subjectKey: s.keyOf(v), label: s.labelOf(v), threshold: s.min, joinWithinMs: null };
      await record(tx, p, byValue.get(v)!, result, async (since) => (await commentsOfSource(tx, roundId, s.column, v, since, to, MAX_SOURCE_MEMBERS)).map(member));
    }
  }
}

/** Counts the new identities of the comments read, window by window, against the round's baseline; returns the cursor's counts. */
async function detectNewIdentities(tx: Executor, roundId: string, cursor: Cursor, to: Position, result: ScanResult): Promise<Partial<Omit<Cursor, 'after'>>> {
  const { min, factor, windowMs, warmupWindows } = T.newIdentities;
  const state = { firstWindow: cursor.firstWindow, currentWindow: cursor.currentWindow, currentNew: cursor.currentNew, pastNew: cursor.pastNew };
  const byWindow = new Map<number, Member[]>();
  for (const c of await firstTimeIdentities(tx, roundId, { after: cursor.after, to })) {
    const w = windowOf(c.ms, windowMs);
    byWindow.set(w, [...(byWindow.get(w) ?? []), member(c)]);
  }
  for (const [w, list] of byWindow) {
    if (state.firstWindow === null || state.currentWindow === null) state.firstWindow = state.currentWindow = w;
    if (w > state.currentWindow) {
      state.pastNew += state.currentNew;
      state.currentWindow = w;
      state.currentNew = 0;
    }
    const earlierInWindow = state.currentNew;
    state.currentNew += list.length;
    const windowsBefore = w - state.firstWindow;
    const baseline = windowsBefore > 0 ? state.pastNew / windowsBefore : 0;
    const threshold = windowsBefore < warmupWindows ? min * factor : Math.max(min, Math.ceil(factor * baseline));
    if (state.currentNew < threshold) continue;
    const start = new Date(w * windowMs).toISOString();
    const end = (w + 1) * windowMs;
    const p: Pattern = { roundId, kind: 'new_identities', subjectKey: `window:${w}`, label: start, threshold, baseline: Math.round(baseline * 100) / 100, joinWithinMs: null };
    // a new signal holds the window's new identities read by earlier runs too
    const inWindow = async (since: string | null) =>
      earlierInWindow === 0 && since === null ? list : (await firstTimeIdentities(tx, roundId, { since: since ?? start, to, limit: MAX_SOURCE_MEMBERS })).filter((c) => c.ms < end).map(member);
    await record(tx, p, list, result, inWindow);
  }
  return state;
}
