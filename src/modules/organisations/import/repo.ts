/**
 * The queries of the directory import (the module's repo.ts is shared with other work; these serve only the import).
 * Writes are set-based: each kind of change is one statement reading its rows from a JSON parameter, so 1,500
 * units cost the same few round trips as 15.
 */
import { sql } from 'drizzle-orm';
import { jsonParam, type Executor } from '../../../platform/db';
import type { AliasRecord, SuccessionRecord, UnitRecord } from '../types';
import { orgAliases, orgSuccessions, orgUnits } from '../tables';

export interface StoredSuccession extends SuccessionRecord {
  id: string;
}

export interface CurrentDirectory {
  units: UnitRecord[];
  successions: StoredSuccession[];
  aliases: AliasRecord[];
}

/** Serialises directory imports: two uploads applied at once would both see a succession as new. */
export async function lockDirectoryImport(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(7302)`);
}

/** Every unit, succession (with its id) and alias, as the import compares them. */
export async function loadCurrentDirectory(db: Executor): Promise<CurrentDirectory> {
  // one after another: inside the import's transaction there is one connection, which runs one query at a time
  const units = await db
    .select({
      id: orgUnits.id, name: orgUnits.name, shortName: orgUnits.shortName, type: orgUnits.type, level: orgUnits.level, parentId: orgUnits.parentId,
      abbreviations: orgUnits.abbreviations, otherNames: orgUnits.otherNames, place: orgUnits.place, validFrom: orgUnits.validFrom, validTo: orgUnits.validTo,
    })
    .from(orgUnits);
  const successions = await db
    .select({ id: orgSuccessions.id, fromId: orgSuccessions.fromId, toId: orgSuccessions.toId, kind: orgSuccessions.kind, effectiveOn: orgSuccessions.effectiveOn, legalRef: orgSuccessions.legalRef, note: orgSuccessions.note })
    .from(orgSuccessions);
  const aliases = await db.select({ alias: orgAliases.alias, unitId: orgAliases.unitId, validFrom: orgAliases.validFrom, validTo: orgAliases.validTo }).from(orgAliases);
  return { units: units as UnitRecord[], successions: successions as StoredSuccession[], aliases: aliases as AliasRecord[] };
}

/** Inserts new units and overwrites changed ones (by id), in one statement. */
export async function upsertUnits(tx: Executor, units: readonly UnitRecord[]): Promise<void> {
  if (units.length === 0) return;
  const rows = units.map((u) => ({
    id: u.id, name: u.name, short_name: u.shortName, type: u.type, level: u.level, parent_id: u.parentId,
    abbreviations: u.abbreviations, other_names: u.otherNames, place: u.place, valid_from: u.validFrom, valid_to: u.validTo,
  }));
  await tx.execute(sql`
    insert into org_units (id, name, short_name, type, level, parent_id, abbreviations, other_names, place, valid_from, valid_to)
    select id, name, short_name, type, level, parent_id, abbreviations, other_names, place, valid_from, valid_to
    from jsonb_to_recordset(${jsonParam(rows)}::jsonb) as x(id text, name text, short_name text, type text, level text, parent_id text,
      abbreviations jsonb, other_names jsonb, place text, valid_from date, valid_to date)
    on conflict (id) do update set name = excluded.name, short_name = excluded.short_name, type = excluded.type, level = excluded.level,
      parent_id = excluded.parent_id, abbreviations = excluded.abbreviations, other_names = excluded.other_names, place = excluded.place,
      valid_from = excluded.valid_from, valid_to = excluded.valid_to`);
}

/** Adds successions, in one statement. */
export async function insertSuccessions(tx: Executor, rows: readonly StoredSuccession[]): Promise<void> {
  if (rows.length === 0) return;
  const json = rows.map((s) => ({ id: s.id, from_id: s.fromId, to_id: s.toId, kind: s.kind, effective_on: s.effectiveOn, legal_ref: s.legalRef, note: s.note }));
  await tx.execute(sql`
    insert into org_successions (id, from_id, to_id, kind, effective_on, legal_ref, note)
    select id, from_id, to_id, kind, effective_on, legal_ref, note
    from jsonb_to_recordset(${jsonParam(json)}::jsonb) as x(id text, from_id text, to_id text, kind text, effective_on date, legal_ref text, note text)`);
}

/** Rewrites the legal reference and note of existing successions, in one statement. */
export async function updateSuccessionTexts(tx: Executor, rows: readonly { id: string; legalRef: string | null; note: string | null }[]): Promise<void> {
  if (rows.length === 0) return;
  const json = rows.map((s) => ({ id: s.id, legal_ref: s.legalRef, note: s.note }));
  await tx.execute(sql`
    update org_successions s set legal_ref = x.legal_ref, note = x.note
    from jsonb_to_recordset(${jsonParam(json)}::jsonb) as x(id text, legal_ref text, note text)
    where s.id = x.id`);
}

/** Adds aliases, in one statement. */
export async function insertAliasRows(tx: Executor, rows: readonly ({ id: string } & AliasRecord)[]): Promise<void> {
  if (rows.length === 0) return;
  const json = rows.map((a) => ({ id: a.id, alias: a.alias, unit_id: a.unitId, valid_from: a.validFrom, valid_to: a.validTo }));
  await tx.execute(sql`
    insert into org_aliases (id, alias, unit_id, valid_from, valid_to)
    select id, alias, unit_id, valid_from, valid_to
    from jsonb_to_recordset(${jsonParam(json)}::jsonb) as x(id text, alias text, unit_id text, valid_from date, valid_to date)`);
}
