import { date, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Units are versioned in time: a renamed or merged unit is closed (valid_to) and a new one opened, linked by a
 * succession; records keep the unit id they had. valid_to is exclusive.
 */
export const orgUnits = pgTable(
  'org_units',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    type: text('type').notNull(),
    level: text('level').notNull(),
    parentId: text('parent_id'),
    abbreviations: jsonb('abbreviations').$type<string[]>().notNull().default([]),
    otherNames: jsonb('other_names').$type<string[]>().notNull().default([]),
    place: text('place'),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  // serves the tree as of a date (children of a parent valid at that date)
  (t) => [index('org_units_parent_idx').on(t.parentId, t.validFrom)],
);

export const orgSuccessions = pgTable(
  'org_successions',
  {
    id: text('id').primaryKey(),
    fromId: text('from_id')
      .notNull()
      .references(() => orgUnits.id),
    toId: text('to_id').references(() => orgUnits.id),
    kind: text('kind').notNull(),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    legalRef: text('legal_ref'),
    note: text('note'),
  },
  // serves successorsOf / predecessorsOf on the unit page
  (t) => [index('org_successions_from_idx').on(t.fromId), index('org_successions_to_idx').on(t.toId)],
);

export const orgGroups = pgTable('org_groups', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  aliases: jsonb('aliases').$type<string[]>().notNull().default([]),
  rule: jsonb('rule').notNull(),
  validFrom: date('valid_from', { mode: 'string' }).notNull(),
  validTo: date('valid_to', { mode: 'string' }),
});

/** Names learned from imports ("Sở TT và TT" → the unit), so the next import resolves them. */
export const orgAliases = pgTable(
  'org_aliases',
  {
    id: text('id').primaryKey(),
    alias: text('alias').notNull(),
    unitId: text('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('org_aliases_unit_idx').on(t.unitId)],
);

export const people = pgTable(
  'people',
  {
    id: text('id').primaryKey(),
    fullName: text('full_name').notNull(),
    title: text('title'),
    unitId: text('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    email: text('email'),
    phone: text('phone'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  // serve the people list filtered by unit, and in name order (migration 0018)
  (t) => [index('people_unit_idx').on(t.unitId), index('people_name_idx').on(t.fullName, t.id)],
);

/**
 * A coordinator's decision on who carries a closed unit's work (overrides what the successions say), e.g. the
 * communication tasks of Sở TT&TT go to Sở VHTTDL rather than to Sở KH&CN that it merged into.
 */
export const orgWorkCarriers = pgTable(
  'org_work_carriers',
  {
    id: text('id').primaryKey(),
    fromId: text('from_id')
      .notNull()
      .references(() => orgUnits.id),
    toId: text('to_id')
      .notNull()
      .references(() => orgUnits.id),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  // one decision per unit and date; serves the directory load
  (t) => [uniqueIndex('org_work_carriers_uq').on(t.fromId, t.effectiveOn)],
);
