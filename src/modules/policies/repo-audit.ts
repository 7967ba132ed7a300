import { inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { policyDrafts } from './tables';

/** Titles of drafts by id, for the audit log and other modules' labels. */
export async function draftTitlesByIds(db: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: policyDrafts.id, title: policyDrafts.title }).from(policyDrafts).where(inArray(policyDrafts.id, ids));
  return new Map(rows.map((d) => [d.id, d.title]));
}
