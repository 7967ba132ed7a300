/**
 * Stories: items about the same event within 72 hours, found with the near-duplicate library (ADR 007) — an item
 * joins the story of its most similar earlier item when the similarity reaches the near-duplicate threshold.
 * When an item is also close to a second story, the two stories are never merged by the software: the first gets
 * a merge suggestion for a reviewer. A job reads new items by `seq` after a cursor (ingestion never waits for it).
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { jsonParam, rowsOf, type DB, type Executor } from '../../platform/db';
import { encodeSignature, fingerprint, LshIndex, NEAR_DUP_PARAMS, similarity, type Fingerprint } from '../../platform/near-dup';

/** The window of a story: items further apart than this start a new story even when alike. */
export const STORY_WINDOW_MS = 72 * 3_600_000;
/** From this similarity a merge is suggested (below the near-duplicate threshold, or a second story above it): above what independent texts share at the 99th percentile (0.36, near-dup params.ts). */
export const MERGE_SUGGESTION = 0.4;
/** Items read per transaction. */
const BATCH = 500;
/** What is fingerprinted: the title and the beginning of the text (enough to tell a story; bounded work). */
const TEXT_CHARS = 3_000;
const CURSOR = 'stories';

interface Member {
  story: string;
  at: number;
  fp: Fingerprint;
}

/** The items of the last 72 hours in memory (per database handle): LSH index and each item's story and time. */
class StoryWindow {
  readonly index = new LshIndex(NEAR_DUP_PARAMS);
  readonly members = new Map<number, Member>();
  /** Insertion order, for eviction. */
  private readonly order: number[] = [];
  private head = 0;
  afterSeq = -1;

  add(seq: number, m: Member): void {
    this.members.set(seq, m);
    this.index.insert(seq, m.fp);
    this.order.push(seq);
  }

  /** Forgets items older than the window before `now` (ms). */
  evict(now: number): void {
    while (this.head < this.order.length) {
      const seq = this.order[this.head]!;
      const m = this.members.get(seq);
      if (m && now - m.at <= STORY_WINDOW_MS) break;
      this.members.delete(seq);
      this.index.remove(seq);
      this.head++;
    }
    if (this.head > 50_000) {
      this.order.splice(0, this.head);
      this.head = 0;
    }
  }
}

const windows = new WeakMap<object, StoryWindow>();

interface Row {
  seq: number;
  id: string;
  title: string;
  text: string;
  at: string;
  negative: boolean;
}

export interface StoryRun {
  items: number;
  newStories: number;
  joined: number;
  suggestions: number;
}

/** Assigns stories to the items stored since the cursor, a batch per transaction, until none is left. */
export async function assignStories(db: DB, opts: { maxBatches?: number } = {}): Promise<StoryRun> {
  const total: StoryRun = { items: 0, newStories: 0, joined: 0, suggestions: 0 };
  for (let i = 0; i < (opts.maxBatches ?? 100); i++) {
    let run: StoryRun;
    try {
      run = await db.transaction((tx) => assignBatch(db, tx));
    } catch (err) {
      // the window may hold items of the batch that was rolled back: build it again next time
      windows.delete(db);
      throw err;
    }
    total.items += run.items;
    total.newStories += run.newStories;
    total.joined += run.joined;
    total.suggestions += run.suggestions;
    if (run.items < BATCH) break;
  }
  return total;
}

async function assignBatch(db: DB, tx: Executor): Promise<StoryRun> {
  await tx.execute(sql`insert into monitoring_cursors (name, after_seq) values (${CURSOR}, 0) on conflict do nothing`);
  // the row lock makes two workers take turns; a window built by another process's progress is rebuilt
  const after = Number(rowsOf<{ after_seq: string }>(await tx.execute(sql`select after_seq from monitoring_cursors where name = ${CURSOR} for update`))[0]!.after_seq);
  let win = windows.get(db);
  if (!win || win.afterSeq !== after) {
    win = await rebuild(tx, after);
    windows.set(db, win);
  }
  const rows = rowsOf<Row>(
    await tx.execute(sql`select seq::float8 as seq, id, title, substr(body, 1, ${TEXT_CHARS}) as text, coalesce(published_at, ingested_at)::text as at, sentiment = 'negative' as negative
      from monitoring_items where seq > ${after} order by seq limit ${BATCH}`),
  );
  const run: StoryRun = { items: rows.length, newStories: 0, joined: 0, suggestions: 0 };
  if (!rows.length) return run;
  const newStories: { id: string; title: string; at: string }[] = [];
  const assigned: { id: string; story: string; exact: string; sig: string | null }[] = [];
  const suggestions = new Map<string, { with: string; similarity: number }>();
  for (const r of rows) {
    const at = Date.parse(r.at);
    const fp = fingerprint(`${r.title}\n${r.text}`);
    const best = new Map<string, number>();
    for (const seq of win.index.candidates(fp)) {
      const m = win.members.get(seq);
      if (!m || Math.abs(at - m.at) > STORY_WINDOW_MS) continue;
      const s = fp.exact === m.fp.exact ? 1 : similarity(fp, m.fp);
      if (s > (best.get(m.story) ?? -1)) best.set(m.story, s);
    }
    const ranked = [...best.entries()].sort((a, b) => b[1] - a[1]);
    let story: string;
    if (ranked.length && ranked[0]![1] >= NEAR_DUP_PARAMS.threshold) {
      story = ranked[0]![0];
      run.joined++;
    } else {
      story = randomUUID();
      newStories.push({ id: story, title: (r.title || r.text.replace(/\s+/g, ' ')).slice(0, 200) || '—', at: new Date(at).toISOString() });
      run.newStories++;
    }
    const other = ranked.find(([s, sim]) => s !== story && sim >= MERGE_SUGGESTION);
    if (other && !suggestions.has(story)) suggestions.set(story, { with: other[0], similarity: other[1] });
    win.add(r.seq, { story, at, fp });
    assigned.push({ id: r.id, story, exact: fp.exact, sig: fp.signature ? Buffer.from(encodeSignature(fp.signature)).toString('hex') : null });
  }
  run.suggestions = suggestions.size;
  const touched = [...new Set(assigned.map((a) => a.story))];
  if (newStories.length) {
    await tx.execute(sql`insert into monitoring_stories (id, title, first_seen_at, last_seen_at)
      select x.id, x.title, x.at, x.at from jsonb_to_recordset(${jsonParam(newStories)}::jsonb) as x(id text, title text, at timestamptz)`);
  }
  await tx.execute(sql`update monitoring_items m set story_id = x.story, exact_key = x.exact, signature = decode(x.sig, 'hex')
    from jsonb_to_recordset(${jsonParam(assigned)}::jsonb) as x(id text, story text, exact text, sig text) where m.id = x.id`);
  await tx.execute(sql`update monitoring_stories s set item_count = c.n, negative_count = c.neg, first_seen_at = c.first, last_seen_at = c.last
    from (select story_id, count(*)::int as n, count(*) filter (where sentiment = 'negative')::int as neg, min(coalesce(published_at, ingested_at)) as first, max(coalesce(published_at, ingested_at)) as last
          from monitoring_items where story_id in (select jsonb_array_elements_text(${jsonParam(touched)}::jsonb)) group by story_id) c
    where s.id = c.story_id`);
  if (suggestions.size) {
    const list = [...suggestions.entries()].map(([id, s]) => ({ id, other: s.with, similarity: s.similarity }));
    await tx.execute(sql`update monitoring_stories s set suggested_merge_with = x.other, suggested_similarity = x.similarity
      from jsonb_to_recordset(${jsonParam(list)}::jsonb) as x(id text, other text, similarity real) where s.id = x.id and s.suggested_merge_with is null`);
  }
  const last = rows[rows.length - 1]!.seq;
  await tx.execute(sql`update monitoring_cursors set after_seq = ${last}, updated_at = now() where name = ${CURSOR}`);
  win.afterSeq = last;
  win.evict(Math.max(...rows.map((r) => Date.parse(r.at))));
  return run;
}

/** The window rebuilt from the stored items of the last 72 hours up to the cursor (after a restart or another worker's run). */
async function rebuild(tx: Executor, after: number): Promise<StoryWindow> {
  const win = new StoryWindow();
  const rows = rowsOf<{ seq: number; title: string; text: string; at: string; story_id: string }>(
    await tx.execute(sql`select seq::float8 as seq, title, substr(body, 1, ${TEXT_CHARS}) as text, coalesce(published_at, ingested_at)::text as at, story_id
      from monitoring_items where seq <= ${after} and story_id is not null and ingested_at > now() - interval '72 hours' order by seq`),
  );
  for (const r of rows) win.add(r.seq, { story: r.story_id, at: Date.parse(r.at), fp: fingerprint(`${r.title}\n${r.text}`) });
  win.afterSeq = after;
  return win;
}
