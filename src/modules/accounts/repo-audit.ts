import { inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { users } from './tables';

/** Display names of users by id, for the audit log (entries about accounts). */
export async function userNamesByIds(db: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((u) => [u.id, u.name]));
}
