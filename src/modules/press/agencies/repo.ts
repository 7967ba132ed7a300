import { and, asc, eq, gte, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db';
import { pressAgencies, type PressAgencyRow } from './tables';

/** Agencies valid on `on` (validTo inclusive), or all of them, by name. */
export async function listAgencies(db: Executor, opts: { on?: string } = {}): Promise<PressAgencyRow[]> {
  const where: SQL[] = [];
  if (opts.on) where.push(lte(pressAgencies.validFrom, opts.on), or(isNull(pressAgencies.validTo), gte(pressAgencies.validTo, opts.on))!);
  return db.select().from(pressAgencies).where(where.length ? and(...where) : undefined).orderBy(asc(pressAgencies.name)).limit(2000);
}

export async function findAgency(db: Executor, id: string): Promise<PressAgencyRow | null> {
  const rows = await db.select().from(pressAgencies).where(eq(pressAgencies.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function findAgencyForUpdate(db: Executor, id: string): Promise<PressAgencyRow | null> {
  const rows = await db.select().from(pressAgencies).where(eq(pressAgencies.id, id)).limit(1).for('update');
  return rows[0] ?? null;
}

/** The agency holding a licence number (case-insensitive), other than `exceptId`. */
export async function findByLicence(db: Executor, licenceNo: string, exceptId?: string): Promise<{ id: string; name: string } | null> {
  const where: SQL[] = [sql`lower(${pressAgencies.licenceNo}) = lower(${licenceNo})`];
  if (exceptId) where.push(ne(pressAgencies.id, exceptId));
  const rows = await db.select({ id: pressAgencies.id, name: pressAgencies.name }).from(pressAgencies).where(and(...where)).limit(1);
  return rows[0] ?? null;
}

export async function agenciesByIds(db: Executor, ids: string[]): Promise<PressAgencyRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(pressAgencies).where(inArray(pressAgencies.id, ids));
}

export async function insertAgency(db: Executor, row: typeof pressAgencies.$inferInsert): Promise<PressAgencyRow> {
  const [inserted] = await db.insert(pressAgencies).values(row).returning();
  return inserted!;
}

export async function updateAgency(db: Executor, id: string, patch: Partial<typeof pressAgencies.$inferInsert>): Promise<PressAgencyRow> {
  const [row] = await db.update(pressAgencies).set({ ...patch, updatedAt: sql`now()` }).where(eq(pressAgencies.id, id)).returning();
  return row!;
}

/** Whether any agency row exists (the demo loader runs on an empty directory only). */
export async function hasAgencies(db: Executor): Promise<boolean> {
  return (await db.select({ id: pressAgencies.id }).from(pressAgencies).limit(1)).length > 0;
}
