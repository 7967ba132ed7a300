import type { DB, Executor } from '../../platform/db';
import { loadSnapshot } from './repo';
import { createResolver } from './resolver';
import type { OrgSnapshot, UnitRecord } from './types';

/** The organisation tree in memory with its resolver; reloaded after writes and at most every 30 s. */
export interface Directory {
  snapshot: OrgSnapshot;
  resolver: ReturnType<typeof createResolver>;
  unit(id: string): UnitRecord | undefined;
}

const TTL_MS = 30_000;
const cache = new WeakMap<object, { directory: Promise<Directory>; loadedAt: number }>();

/** The cached directory for this database (another process's writes show within 30 s). */
export function getDirectory(db: DB | Executor): Promise<Directory> {
  const hit = cache.get(db);
  if (hit && Date.now() - hit.loadedAt < TTL_MS) return hit.directory;
  const directory = loadSnapshot(db).then((snapshot) => {
    const byId = new Map(snapshot.units.map((u) => [u.id, u]));
    return { snapshot, resolver: createResolver(snapshot), unit: (id: string) => byId.get(id) };
  });
  directory.catch(() => cache.delete(db));
  cache.set(db, { directory, loadedAt: Date.now() });
  return directory;
}

/** Drops the cached directory after a write to the tree. */
export function invalidateDirectory(db: DB | Executor): void {
  cache.delete(db);
}
