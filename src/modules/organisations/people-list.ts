/**
 * The people list, served from memory. Officers' pickers and the people page read it far more often than anyone
 * changes it, and a province has a few thousand people: each process keeps them all, sorted the Vietnamese way, with
 * their folded names and titles for search. Its writes in this process forget the list at once (forgetPeopleList,
 * after their commit); any other write — another web process, an import, a restore, SQL by hand — bumps the list's
 * change counter in its own transaction (migration 0022), which this process reads at most every CHECK_MS (one
 * primary-key read; on PGlite even that cost a third of a list request when read every time).
 */
import { sql } from 'drizzle-orm';
import { rowsOf, type DB } from '../../platform/db';
import { fold } from '../../platform/text';
import type { PersonRow } from './repo';

/** How long a process uses its list before it checks the change counter again: another process's write shows within this. */
export const CHECK_MS = 250;

interface PeopleIndex {
  version: number;
  /** When the counter was last found equal to `version` (performance.now(): monotonic). */
  checkedAt: number;
  rows: PersonRow[];
  /** fold(full name) + "\n" + fold(title), per row: a search never matches across the two. */
  keys: string[];
}

const indexes = new WeakMap<object, Promise<PeopleIndex>>();
const collator = new Intl.Collator('vi');

/** One page of people (by name, Vietnamese order), filtered by unit and by a search ignoring accents and case. */
export async function listPeople(db: DB, opts: { q?: string; unitId?: string; limit: number; offset: number }): Promise<{ items: PersonRow[]; total: number }> {
  const index = await peopleIndex(db);
  const q = opts.q ? fold(opts.q) : '';
  const items: PersonRow[] = [];
  let total = 0;
  for (let i = 0; i < index.rows.length; i++) {
    const row = index.rows[i]!;
    if (opts.unitId && row.unitId !== opts.unitId) continue;
    if (q && !index.keys[i]!.includes(q)) continue;
    if (total >= opts.offset && items.length < opts.limit) items.push(row);
    total++;
  }
  return { items, total };
}

/** Drops this process's list: the next request reads it again (after a write of this process has committed). */
export function forgetPeopleList(db: DB): void {
  indexes.delete(db);
}

async function peopleIndex(db: DB): Promise<PeopleIndex> {
  const held = indexes.get(db);
  if (held) {
    const index = await held.catch(() => null);
    if (index && performance.now() - index.checkedAt < CHECK_MS) return index;
    if (index) {
      const version = await currentVersion(db);
      // the counter only grows: an index at least as new as the counter is current
      if (index.version >= version) {
        index.checkedAt = performance.now();
        return index;
      }
    }
    // another request may have started the reload meanwhile
    const now = indexes.get(db);
    if (now && now !== held) return now;
  }
  const loading = load(db);
  indexes.set(db, loading);
  loading.catch(() => indexes.get(db) === loading && indexes.delete(db));
  return loading;
}

/** The list's change counter (-1 while no write has created it: then any write does, and the index reloads). */
async function currentVersion(db: DB): Promise<number> {
  const [row] = rowsOf<{ version: string | number }>(await db.execute(sql`select version from data_versions where name = 'people'`));
  return row ? Number(row.version) : -1;
}

/**
 * Every person, labelled with the counter read just before: a row written after that read carries a higher counter,
 * so the next check reloads (an index may be newer than its label, never older).
 */
async function load(db: DB): Promise<PeopleIndex> {
  const version = await currentVersion(db);
  const rows = rowsOf<{ id: string; full_name: string; title: string | null; unit_id: string; email: string | null; phone: string | null }>(
    await db.execute(sql`select id, full_name, title, unit_id, email, phone from people`),
  ).map((r): PersonRow => ({ id: r.id, fullName: r.full_name, title: r.title, unitId: r.unit_id, email: r.email, phone: r.phone }));
  rows.sort((a, b) => collator.compare(a.fullName, b.fullName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { version, checkedAt: performance.now(), rows, keys: rows.map((r) => `${fold(r.fullName)}\n${fold(r.title ?? '')}`) };
}
