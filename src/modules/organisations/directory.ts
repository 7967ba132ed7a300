import type { DB, Executor } from '../../platform/db';
import { listWorkCarrierOverrides, loadSnapshot } from './repo';
import { createResolver } from './resolver';
import type { OrgSnapshot, UnitRecord } from './types';
import { createWorkCarriers, type WorkCarrierOverride, type WorkCarriers } from './work-carriers';

/** The organisation tree in memory with its resolver; reloaded after writes and at most every 30 s. */
export interface Directory {
  snapshot: OrgSnapshot;
  resolver: ReturnType<typeof createResolver>;
  unit(id: string): UnitRecord | undefined;
  /** Who carries a closed unit's work now, and whose work a unit inherited (successions + coordinators' decisions). */
  carriers: WorkCarriers;
  overrides: WorkCarrierOverride[];
}

const TTL_MS = 30_000;
const cache = new WeakMap<object, { directory: Promise<Directory>; loadedAt: number }>();

/** The cached directory for this database (another process's writes show within 30 s). */
export function getDirectory(db: DB | Executor): Promise<Directory> {
  const hit = cache.get(db);
  if (hit && performance.now() - hit.loadedAt < TTL_MS) return hit.directory;
  // one query after the other: `db` may be a transaction (see loadSnapshot)
  const directory = loadSnapshot(db).then(async (snapshot) => {
    const overrides = await listWorkCarrierOverrides(db);
    const byId = new Map(snapshot.units.map((u) => [u.id, u]));
    const carriers = createWorkCarriers(snapshot.units, snapshot.successions, overrides);
    return { snapshot, resolver: createResolver(snapshot), unit: (id: string) => byId.get(id), carriers, overrides };
  });
  directory.catch(() => cache.delete(db));
  cache.set(db, { directory, loadedAt: performance.now() }); // monotonic: a clock set back cannot keep it
  return directory;
}

/** Drops the cached directory after a write to the tree. */
export function invalidateDirectory(db: DB | Executor): void {
  cache.delete(db);
}
