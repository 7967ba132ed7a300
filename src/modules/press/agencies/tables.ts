import { sql } from 'drizzle-orm';
import { date, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * The directory of press agencies the province works with (migration 0028): its own press, linked to the
 * organisation unit of type `bao_chi` when it is one, and the resident offices of central agencies. Invitations to
 * press conferences and commissions (đặt hàng) are addressed to these rows. `validTo` is the last day (inclusive).
 */
export const pressAgencies = pgTable(
  'press_agencies',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    licenceNo: text('licence_no'),
    licenceDate: date('licence_date', { mode: 'string' }),
    headOffice: text('head_office'),
    emails: jsonb('emails').$type<string[]>().notNull().default([]),
    phone: text('phone'),
    orgUnitId: text('org_unit_id'),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    note: text('note'),
    endReason: text('end_reason'),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    // the duplicate-licence check
    uniqueIndex('press_agencies_licence_idx').on(sql`lower(${t.licenceNo})`).where(sql`licence_no is not null`),
    // serves listPressAgencies({ on })
    index('press_agencies_valid_idx').on(t.validFrom, t.validTo),
  ],
);

export type PressAgencyRow = typeof pressAgencies.$inferSelect;
