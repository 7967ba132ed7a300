import { and, asc, desc, eq, max, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { communicationKits, draftVersions, policyDrafts, policyStageHistory, versionChangeLinks } from './tables';

export type DraftRow = typeof policyDrafts.$inferSelect;
export type VersionRow = typeof draftVersions.$inferSelect;
export type KitRow = typeof communicationKits.$inferSelect;
export type StageRow = typeof policyStageHistory.$inferSelect;

export async function insertDraft(db: Executor, row: typeof policyDrafts.$inferInsert): Promise<void> {
  await db.insert(policyDrafts).values(row);
}

export async function findDraft(db: Executor, id: string): Promise<DraftRow | null> {
  const rows = await db.select().from(policyDrafts).where(eq(policyDrafts.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function findDraftBySlug(db: Executor, slug: string): Promise<DraftRow | null> {
  const rows = await db.select().from(policyDrafts).where(eq(policyDrafts.slug, slug)).limit(1);
  return rows[0] ?? null;
}

/** Drafts matching an accent-insensitive title search, newest first. */
export async function listDrafts(db: Executor, opts: { q?: string; stage?: string }): Promise<DraftRow[]> {
  const conditions = [];
  if (opts.q) conditions.push(sql`f_unaccent(${policyDrafts.title}) like '%' || f_unaccent(${opts.q}) || '%'`);
  if (opts.stage) conditions.push(eq(policyDrafts.stage, opts.stage));
  return db.select().from(policyDrafts).where(conditions.length ? and(...conditions) : undefined).orderBy(desc(policyDrafts.updatedAt)).limit(500);
}

export async function updateDraft(db: Executor, id: string, patch: Partial<Pick<DraftRow, 'title' | 'summary' | 'impact' | 'stage'>>): Promise<void> {
  await db.update(policyDrafts).set({ ...patch, updatedAt: sql`now()` }).where(eq(policyDrafts.id, id));
}

export async function insertStage(db: Executor, row: typeof policyStageHistory.$inferInsert): Promise<void> {
  await db.insert(policyStageHistory).values(row);
}

export async function stageHistory(db: Executor, draftId: string): Promise<StageRow[]> {
  return db.select().from(policyStageHistory).where(eq(policyStageHistory.draftId, draftId)).orderBy(asc(policyStageHistory.at));
}

export async function nextVersionNo(db: Executor, draftId: string): Promise<number> {
  const rows = await db.select({ n: max(draftVersions.versionNo) }).from(draftVersions).where(eq(draftVersions.draftId, draftId));
  return Number(rows[0]?.n ?? 0) + 1;
}

export async function insertVersion(db: Executor, row: typeof draftVersions.$inferInsert): Promise<void> {
  await db.insert(draftVersions).values(row);
}

export async function versionsOf(db: Executor, draftId: string): Promise<VersionRow[]> {
  return db.select().from(draftVersions).where(eq(draftVersions.draftId, draftId)).orderBy(asc(draftVersions.versionNo));
}

export async function findVersion(db: Executor, id: string): Promise<VersionRow | null> {
  const rows = await db.select().from(draftVersions).where(eq(draftVersions.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function insertChangeLinks(db: Executor, rows: (typeof versionChangeLinks.$inferInsert)[]): Promise<void> {
  if (rows.length) await db.insert(versionChangeLinks).values(rows);
}

export async function changeLinksOf(db: Executor, versionId: string) {
  return db.select().from(versionChangeLinks).where(eq(versionChangeLinks.versionId, versionId));
}

export async function findKit(db: Executor, draftId: string): Promise<KitRow | null> {
  const rows = await db.select().from(communicationKits).where(eq(communicationKits.draftId, draftId)).limit(1);
  return rows[0] ?? null;
}

export async function upsertKit(db: Executor, row: typeof communicationKits.$inferInsert): Promise<void> {
  await db
    .insert(communicationKits)
    .values(row)
    .onConflictDoUpdate({ target: communicationKits.draftId, set: { ...row, updatedAt: sql`now()` } });
}
