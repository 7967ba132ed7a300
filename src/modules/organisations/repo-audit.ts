import { inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { people } from './tables';

/** Full names of people by id, for the audit log (entries about the people of units). */
export async function personNamesByIds(db: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: people.id, name: people.fullName }).from(people).where(inArray(people.id, ids));
  return new Map(rows.map((p) => [p.id, p.name]));
}
