import { and, asc, count, eq, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import type { AliasRecord, GroupRecord, OrgSnapshot, SuccessionRecord, UnitRecord } from './types';
import { orgAliases, orgGroups, orgSuccessions, orgUnits, orgWorkCarriers, people } from './tables';
import type { WorkCarrierOverride } from './work-carriers';

const unitColumns = {
  id: orgUnits.id,
  name: orgUnits.name,
  shortName: orgUnits.shortName,
  type: orgUnits.type,
  level: orgUnits.level,
  parentId: orgUnits.parentId,
  abbreviations: orgUnits.abbreviations,
  otherNames: orgUnits.otherNames,
  place: orgUnits.place,
  validFrom: orgUnits.validFrom,
  validTo: orgUnits.validTo,
};

/**
 * Every unit, group, alias and succession: the organisation tree is small (hundreds of rows). One query after the
 * other, so `db` may be a transaction: its one connection takes one statement at a time (node-postgres queues a
 * second one, deprecated and refused from pg 9).
 */
export async function loadSnapshot(db: Executor): Promise<OrgSnapshot> {
  const units = await db.select(unitColumns).from(orgUnits).orderBy(asc(orgUnits.name));
  const groups = await db.select().from(orgGroups).orderBy(asc(orgGroups.name));
  const aliases = await db.select({ alias: orgAliases.alias, unitId: orgAliases.unitId, validFrom: orgAliases.validFrom, validTo: orgAliases.validTo }).from(orgAliases);
  const successions = await db
    .select({
      fromId: orgSuccessions.fromId,
      toId: orgSuccessions.toId,
      kind: orgSuccessions.kind,
      effectiveOn: orgSuccessions.effectiveOn,
      legalRef: orgSuccessions.legalRef,
      note: orgSuccessions.note,
    })
    .from(orgSuccessions)
    .orderBy(asc(orgSuccessions.effectiveOn));
  return {
    units: units as UnitRecord[],
    groups: groups.map((g) => ({ id: g.id, name: g.name, aliases: g.aliases, rule: g.rule as GroupRecord['rule'], validFrom: g.validFrom, validTo: g.validTo })),
    aliases: aliases as AliasRecord[],
    successions: successions as SuccessionRecord[],
  };
}

export async function countUnits(db: Executor): Promise<number> {
  const rows = await db.select({ n: count() }).from(orgUnits);
  return Number(rows[0]?.n ?? 0);
}

export async function insertSnapshot(db: Executor, snapshot: OrgSnapshot): Promise<void> {
  // parents first is not needed: parent_id has no foreign key (a parent may be opened later in the same load)
  for (let i = 0; i < snapshot.units.length; i += 200) {
    await db.insert(orgUnits).values(snapshot.units.slice(i, i + 200));
  }
  if (snapshot.successions.length) {
    await db.insert(orgSuccessions).values(snapshot.successions.map((s, i) => ({ id: `succ-${i + 1}-${s.fromId}`, ...s })));
  }
  if (snapshot.groups.length) await db.insert(orgGroups).values(snapshot.groups);
  if (snapshot.aliases.length) {
    await db.insert(orgAliases).values(snapshot.aliases.map((a, i) => ({ id: `alias-${i + 1}`, ...a })));
  }
}

export async function insertAlias(db: Executor, row: { id: string } & AliasRecord): Promise<void> {
  await db.insert(orgAliases).values(row);
}

export async function unitExistsMany(db: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: orgUnits.id }).from(orgUnits).where(inArray(orgUnits.id, ids));
  return new Set(rows.map((r) => r.id));
}

export interface PersonRow {
  id: string;
  fullName: string;
  title: string | null;
  unitId: string;
  email: string | null;
  phone: string | null;
}

const personColumns = {
  id: people.id,
  fullName: people.fullName,
  title: people.title,
  unitId: people.unitId,
  email: people.email,
  phone: people.phone,
};

export async function findPerson(db: Executor, id: string): Promise<PersonRow | null> {
  const rows = await db.select(personColumns).from(people).where(eq(people.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function insertPerson(db: Executor, row: PersonRow): Promise<void> {
  await db.insert(people).values(row);
}

export async function updatePerson(db: Executor, id: string, patch: Partial<Omit<PersonRow, 'id'>>): Promise<void> {
  await db.update(people).set({ ...patch, updatedAt: sql`now()` }).where(eq(people.id, id));
}

/** Learned aliases, written inside the transaction of the action that learned them (e.g. a plan import). */
export async function insertAliases(db: Executor, rows: AliasRecord[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(orgAliases).values(rows.map((r) => ({ id: `alias-${crypto.randomUUID()}`, ...r })));
}

/** People with an email address in the given units: who receives a unit's reminders. */
export async function contactsOfUnits(db: Executor, unitIds: string[]): Promise<{ unitId: string; fullName: string; email: string }[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .select({ unitId: people.unitId, fullName: people.fullName, email: people.email })
    .from(people)
    .where(and(inArray(people.unitId, unitIds), sql`${people.email} is not null and ${people.email} <> ''`));
  return rows as { unitId: string; fullName: string; email: string }[];
}

/** Every coordinator's decision on who carries a closed unit's work (a few rows), for the directory. */
export async function listWorkCarrierOverrides(db: Executor): Promise<WorkCarrierOverride[]> {
  return db
    .select({ fromId: orgWorkCarriers.fromId, toId: orgWorkCarriers.toId, effectiveOn: orgWorkCarriers.effectiveOn, reason: orgWorkCarriers.reason })
    .from(orgWorkCarriers)
    .orderBy(asc(orgWorkCarriers.effectiveOn));
}

/** Records (or replaces, for the same unit and date) a coordinator's decision; returns the replaced one. */
export async function upsertWorkCarrierOverride(db: Executor, row: WorkCarrierOverride & { id: string; createdBy: string | null }): Promise<WorkCarrierOverride | null> {
  const [old] = await db
    .select({ fromId: orgWorkCarriers.fromId, toId: orgWorkCarriers.toId, effectiveOn: orgWorkCarriers.effectiveOn, reason: orgWorkCarriers.reason })
    .from(orgWorkCarriers)
    .where(and(eq(orgWorkCarriers.fromId, row.fromId), eq(orgWorkCarriers.effectiveOn, row.effectiveOn)));
  if (old) await db.delete(orgWorkCarriers).where(and(eq(orgWorkCarriers.fromId, row.fromId), eq(orgWorkCarriers.effectiveOn, row.effectiveOn)));
  await db.insert(orgWorkCarriers).values(row);
  return old ?? null;
}

/** Removes a decision, so the successions decide again; returns the removed one. */
export async function deleteWorkCarrierOverride(db: Executor, fromId: string, effectiveOn: string): Promise<WorkCarrierOverride | null> {
  const [old] = await db
    .delete(orgWorkCarriers)
    .where(and(eq(orgWorkCarriers.fromId, fromId), eq(orgWorkCarriers.effectiveOn, effectiveOn)))
    .returning({ fromId: orgWorkCarriers.fromId, toId: orgWorkCarriers.toId, effectiveOn: orgWorkCarriers.effectiveOn, reason: orgWorkCarriers.reason });
  return old ?? null;
}
