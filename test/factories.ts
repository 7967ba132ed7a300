import { randomUUID } from 'node:crypto';
import type { Role } from '../src/platform/auth';
import { systemActor } from '../src/platform/auth';
import type { Database } from '../src/platform/db';
import { createUser } from '../src/modules/accounts';
import { loadOrgSnapshot } from '../src/modules/organisations';
import type { OrgSnapshot } from '../src/modules/organisations';

export const SYSTEM = systemActor('kiểm thử');
export const STRONG_PASSWORD = 'Mat-khau-rat-manh-2024';

/** Loads the demo organisation tree (idempotent). */
export async function buildDemoOrg(database: Database): Promise<void> {
  await loadOrgSnapshot({ db: database.db, actor: SYSTEM });
}

/** Loads a tiny organisation tree (two units) for tests that need units but not the demo province. */
export async function buildTinyOrg(database: Database, snapshot?: OrgSnapshot): Promise<void> {
  await loadOrgSnapshot(
    { db: database.db, actor: SYSTEM },
    snapshot ?? {
      units: [
        { id: 'p', name: 'Ủy ban nhân dân tỉnh Thử', shortName: null, type: 'ubnd_tinh', level: 'province', parentId: null, abbreviations: [], otherNames: [], place: 'Thử', validFrom: '2000-01-01', validTo: null },
        { id: 'p-tp', name: 'Sở Tư pháp', shortName: null, type: 'so', level: 'province', parentId: 'p', abbreviations: [], otherNames: [], place: null, validFrom: '2000-01-01', validTo: null },
      ],
      groups: [],
      aliases: [],
      successions: [],
    },
  );
}

/** Creates a user with one role in one unit and returns its username and id. */
export async function buildUser(database: Database, opts: { role?: Role; unitId: string; username?: string; password?: string }): Promise<{ id: string; username: string; password: string }> {
  const username = opts.username ?? `u${randomUUID().slice(0, 8)}`;
  const password = opts.password ?? STRONG_PASSWORD;
  const id = await createUser({ db: database.db, actor: SYSTEM }, { username, displayName: `Người dùng ${username}`, password, roles: opts.role ? [{ role: opts.role, unitId: opts.unitId }] : [] });
  return { id, username, password };
}
