import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** An awareness campaign (plan item II.1) for officials, citizens and businesses, over a period. */
export const awarenessCampaigns = pgTable(
  'awareness_campaigns',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    audiences: jsonb('audiences').$type<string[]>().notNull(),
    policyId: text('policy_id'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    organiserUnitId: text('organiser_unit_id').notNull(),
    description: text('description'),
    status: text('status').notNull().default('planned'),
    createdBy: text('created_by'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  // serves listCampaigns
  (t) => [index('awareness_campaigns_starts_idx').on(t.startsOn)],
);

/**
 * One activity of a campaign with the people it reached by audience, and the communication products it used: those of
 * the products library by id (`productIds`, in the order chosen), others named as text (`products`).
 */
export const awarenessActivities = pgTable(
  'awareness_activities',
  {
    id: text('id').primaryKey(),
    campaignId: text('campaign_id').notNull(),
    kind: text('kind').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    place: text('place'),
    reachOfficials: integer('reach_officials').notNull().default(0),
    reachCitizens: integer('reach_citizens').notNull().default(0),
    reachBusinesses: integer('reach_businesses').notNull().default(0),
    productIds: jsonb('product_ids').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    products: text('products'),
    note: text('note'),
    createdBy: text('created_by'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    // serves activitiesOfCampaigns
    index('awareness_activities_campaign_idx').on(t.campaignId, t.heldOn),
    // serves the annual report's figures
    index('awareness_activities_held_idx').on(t.heldOn),
  ],
);
