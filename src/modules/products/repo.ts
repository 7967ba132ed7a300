import { and, asc, desc, eq, exists, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { storedFiles } from '../../platform/files';
import { accountTables } from '../accounts';
import { planTables } from '../plans';
import { productItems, productLanguages, productReach, productVersions } from './tables';

export type ProductRow = typeof productItems.$inferSelect;
export type LanguageRow = typeof productLanguages.$inferSelect;
export type ReachRow = typeof productReach.$inferSelect;
export type ProductVersionRow = typeof productVersions.$inferSelect;
export type FileRow = Pick<typeof storedFiles.$inferSelect, 'id' | 'ownerType' | 'ownerId' | 'fileName' | 'mimeType' | 'size' | 'sha256' | 'storageKey' | 'createdAt'>;

export interface ProductFilter {
  statuses?: string[];
  kind?: string;
  policyId?: string;
  unitId?: string;
  /** Products with a version in this language. */
  lang?: string;
}

/** Products matching the filter, newest first (the office list and the portal's gallery). */
export async function listProducts(db: Executor, f: ProductFilter): Promise<ProductRow[]> {
  const where: SQL[] = [];
  if (f.statuses?.length) where.push(inArray(productItems.status, f.statuses));
  if (f.kind) where.push(eq(productItems.kind, f.kind));
  if (f.policyId) where.push(eq(productItems.policyId, f.policyId));
  if (f.unitId) where.push(eq(productItems.unitId, f.unitId));
  if (f.lang) where.push(exists(db.select({ one: sql`1` }).from(productLanguages).where(and(eq(productLanguages.productId, productItems.id), eq(productLanguages.lang, f.lang)))));
  return db.select().from(productItems).where(and(...where)).orderBy(desc(productItems.publishedAt), desc(productItems.refNo)).limit(1000);
}

export async function findProduct(db: Executor, id: string): Promise<ProductRow | null> {
  const rows = await db.select().from(productItems).where(eq(productItems.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function findProductByRef(db: Executor, refNo: number): Promise<ProductRow | null> {
  const rows = await db.select().from(productItems).where(eq(productItems.refNo, refNo)).limit(1);
  return rows[0] ?? null;
}

export async function findProductForUpdate(db: Executor, id: string): Promise<ProductRow | null> {
  const rows = await db.select().from(productItems).where(eq(productItems.id, id)).limit(1).for('update');
  return rows[0] ?? null;
}

export async function productsByIds(db: Executor, ids: string[]): Promise<Pick<ProductRow, 'id' | 'refNo' | 'title'>[]> {
  if (ids.length === 0) return [];
  return db.select({ id: productItems.id, refNo: productItems.refNo, title: productItems.title }).from(productItems).where(inArray(productItems.id, ids));
}

export async function insertProduct(db: Executor, row: typeof productItems.$inferInsert): Promise<ProductRow> {
  const [inserted] = await db.insert(productItems).values(row).returning();
  return inserted!;
}

export async function updateProduct(db: Executor, id: string, patch: Partial<typeof productItems.$inferInsert>): Promise<ProductRow> {
  const [row] = await db.update(productItems).set({ ...patch, updatedAt: sql`now()` }).where(eq(productItems.id, id)).returning();
  return row!;
}

export async function insertVersion(db: Executor, row: typeof productVersions.$inferInsert): Promise<void> {
  await db.insert(productVersions).values(row);
}

/** Every version of a product, newest first. */
export async function versionsOf(db: Executor, productId: string): Promise<ProductVersionRow[]> {
  return db.select().from(productVersions).where(eq(productVersions.productId, productId)).orderBy(desc(productVersions.version));
}

export async function languagesOf(db: Executor, productIds: string[]): Promise<LanguageRow[]> {
  if (productIds.length === 0) return [];
  return db.select().from(productLanguages).where(inArray(productLanguages.productId, productIds)).orderBy(asc(productLanguages.lang));
}

export async function findLanguage(db: Executor, productId: string, lang: string): Promise<LanguageRow | null> {
  const rows = await db.select().from(productLanguages).where(and(eq(productLanguages.productId, productId), eq(productLanguages.lang, lang))).limit(1);
  return rows[0] ?? null;
}

export async function upsertLanguage(db: Executor, row: typeof productLanguages.$inferInsert): Promise<LanguageRow> {
  const [saved] = await db
    .insert(productLanguages)
    .values(row)
    .onConflictDoUpdate({ target: [productLanguages.productId, productLanguages.lang], set: { title: row.title, summary: row.summary, body: row.body, translator: row.translator, updatedAt: sql`now()` } })
    .returning();
  return saved!;
}

export async function insertReach(db: Executor, row: typeof productReach.$inferInsert): Promise<ReachRow> {
  const [saved] = await db.insert(productReach).values(row).returning();
  return saved!;
}

/** The reach measurements of products, latest first. */
export async function reachOf(db: Executor, productIds: string[]): Promise<ReachRow[]> {
  if (productIds.length === 0) return [];
  return db.select().from(productReach).where(inArray(productReach.productId, productIds)).orderBy(desc(productReach.measuredOn), desc(productReach.createdAt));
}

/** Files of products ('product') or language versions ('product_language'), oldest first. */
export async function filesOf(db: Executor, ownerType: 'product' | 'product_language', ownerIds: string[]): Promise<FileRow[]> {
  if (ownerIds.length === 0) return [];
  return db
    .select({ id: storedFiles.id, ownerType: storedFiles.ownerType, ownerId: storedFiles.ownerId, fileName: storedFiles.fileName, mimeType: storedFiles.mimeType, size: storedFiles.size, sha256: storedFiles.sha256, storageKey: storedFiles.storageKey, createdAt: storedFiles.createdAt })
    .from(storedFiles)
    .where(and(eq(storedFiles.ownerType, ownerType), inArray(storedFiles.ownerId, ownerIds)))
    .orderBy(asc(storedFiles.createdAt), asc(storedFiles.id));
}

export async function insertStoredFile(db: Executor, row: typeof storedFiles.$inferInsert): Promise<void> {
  await db.insert(storedFiles).values(row);
}

export async function findTask(db: Executor, id: string): Promise<{ id: string; code: string; title: string } | null> {
  const t = planTables.planTasks;
  const rows = await db.select({ id: t.id, code: t.code, title: t.title }).from(t).where(eq(t.id, id)).limit(1);
  return rows[0] ?? null;
}

/** The tasks of the plans of `years` (the form's choice of a plan task), by plan then position. */
export async function tasksOfYears(db: Executor, years: number[]): Promise<{ id: string; code: string; title: string; year: number }[]> {
  const t = planTables.planTasks;
  const p = planTables.plans;
  return db.select({ id: t.id, code: t.code, title: t.title, year: p.year }).from(t).innerJoin(p, eq(p.id, t.planId)).where(inArray(p.year, years)).orderBy(desc(p.year), asc(t.position)).limit(2000);
}

/** Products published in [from, to) (the annual report). */
export async function publishedBetween(db: Executor, from: string, to: string): Promise<ProductRow[]> {
  return db.select().from(productItems).where(and(inArray(productItems.status, ['published', 'withdrawn']), gte(productItems.publishedAt, from), lt(productItems.publishedAt, to)));
}

export async function userNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const u = accountTables.users;
  const rows = await db.select({ id: u.id, name: u.displayName }).from(u).where(inArray(u.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}
