import { inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { users } from './tables';

/** Display names and user names of users by id, for the audit log (entries about accounts, and who acted). */
export async function userNamesByIds(db: Executor, ids: string[]): Promise<Map<string, { name: string; username: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName, username: users.username }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((u) => [u.id, { name: u.name, username: u.username }]));
}
