import { and, asc, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { awarenessActivities, awarenessCampaigns } from './tables';

export type CampaignRow = typeof awarenessCampaigns.$inferSelect;
export type ActivityRow = typeof awarenessActivities.$inferSelect;

export async function insertCampaign(db: Executor, row: typeof awarenessCampaigns.$inferInsert): Promise<CampaignRow> {
  return (await db.insert(awarenessCampaigns).values(row).returning())[0]!;
}

export async function updateCampaign(db: Executor, id: string, patch: Partial<typeof awarenessCampaigns.$inferInsert>): Promise<CampaignRow> {
  return (await db.update(awarenessCampaigns).set({ ...patch, updatedAt: sql`now()` }).where(eq(awarenessCampaigns.id, id)).returning())[0]!;
}

export async function findCampaign(db: Executor, id: string): Promise<CampaignRow | null> {
  return (await db.select().from(awarenessCampaigns).where(eq(awarenessCampaigns.id, id)).limit(1))[0] ?? null;
}

export async function campaignsByIds(db: Executor, ids: string[]): Promise<CampaignRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(awarenessCampaigns).where(inArray(awarenessCampaigns.id, ids));
}

export async function listCampaigns(db: Executor): Promise<CampaignRow[]> {
  return db.select().from(awarenessCampaigns).orderBy(desc(awarenessCampaigns.startsOn), desc(awarenessCampaigns.createdAt));
}

export async function insertActivity(db: Executor, row: typeof awarenessActivities.$inferInsert): Promise<ActivityRow> {
  return (await db.insert(awarenessActivities).values(row).returning())[0]!;
}

export async function updateActivity(db: Executor, id: string, patch: Partial<typeof awarenessActivities.$inferInsert>): Promise<ActivityRow> {
  return (await db.update(awarenessActivities).set(patch).where(eq(awarenessActivities.id, id)).returning())[0]!;
}

export async function findActivity(db: Executor, id: string): Promise<ActivityRow | null> {
  return (await db.select().from(awarenessActivities).where(eq(awarenessActivities.id, id)).limit(1))[0] ?? null;
}

export async function activitiesOfCampaigns(db: Executor, ids: string[]): Promise<ActivityRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(awarenessActivities).where(inArray(awarenessActivities.campaignId, ids)).orderBy(asc(awarenessActivities.heldOn), asc(awarenessActivities.createdAt));
}

/** Activities held in [from, to) (dates), for the annual report. */
export async function activitiesHeldBetween(db: Executor, from: string, to: string): Promise<ActivityRow[]> {
  return db.select().from(awarenessActivities).where(and(gte(awarenessActivities.heldOn, from), lt(awarenessActivities.heldOn, to))).orderBy(asc(awarenessActivities.heldOn));
}
