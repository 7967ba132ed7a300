import { sql } from 'drizzle-orm';
import { bigserial, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * A communication focal point (đầu mối truyền thông, DOMAIN.md §6.3, TT-03): a person of a unit designated for
 * policy communication, with the channels the network reaches them by. `validTo` is the last day (inclusive). The row
 * keeps the unit it was designated in; after a reform the office shows it under the unit carrying that work today.
 */
export const networkFocalPoints = pgTable(
  'network_focal_points',
  {
    id: text('id').primaryKey(),
    personId: text('person_id'),
    personName: text('person_name').notNull(),
    title: text('title'),
    unitId: text('unit_id').notNull(),
    level: text('level').notNull(),
    email: text('email'),
    phone: text('phone'),
    /** The person's id as a follower of the province's Zalo Official Account (set when they follow it). */
    zaloUserId: text('zalo_user_id'),
    /** When the person joined the external Zalo work group (counted in I-12). */
    zaloJoinedOn: date('zalo_joined_on', { mode: 'string' }),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    endReason: text('end_reason'),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  // serves listFocalPoints by unit and the figures as of a date
  (t) => [index('network_focal_points_unit_idx').on(t.unitId, t.validFrom)],
);

/**
 * A group of focal points a broadcast goes to. The Zalo work group is an external channel: only its name, link and
 * admin are kept (DOMAIN.md §6.3). `channels` are the ways a broadcast reaches the group; the webhook target and its
 * signing secret are set when the webhook channel is used.
 */
export const networkGroups = pgTable('network_groups', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  purpose: text('purpose'),
  channels: jsonb('channels').$type<string[]>().notNull(),
  zaloGroupName: text('zalo_group_name'),
  zaloGroupLink: text('zalo_group_link'),
  zaloGroupAdmin: text('zalo_group_admin'),
  webhookUrl: text('webhook_url'),
  webhookSecret: text('webhook_secret'),
  createdBy: text('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

export const networkGroupMembers = pgTable(
  'network_group_members',
  {
    groupId: text('group_id').notNull(),
    focalPointId: text('focal_point_id').notNull(),
    addedBy: text('added_by'),
    addedAt: timestamp('added_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  // the primary key serves membersOf(group); the index serves groupsOf(focal point)
  (t) => [primaryKey({ columns: [t.groupId, t.focalPointId] }), index('network_group_members_fp_idx').on(t.focalPointId)],
);

/** What was sent to a group, when and by whom (the event log of §6.3); `origin` names what caused it (a crisis). */
export const networkBroadcasts = pgTable(
  'network_broadcasts',
  {
    id: text('id').primaryKey(),
    refNo: bigserial('ref_no', { mode: 'number' }).notNull().unique('network_broadcasts_ref_no_unique'),
    groupId: text('group_id').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    originKind: text('origin_kind'),
    originId: text('origin_id'),
    originLabel: text('origin_label'),
    sentBy: text('sent_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  // serves listBroadcasts (newest first, by group) and the annual figures
  (t) => [index('network_broadcasts_group_idx').on(t.groupId, t.createdAt), index('network_broadcasts_created_idx').on(t.createdAt)],
);

/**
 * One delivery of a broadcast by one channel: to a focal point (email, Zalo OA) or to the group's webhook. A job
 * claims due deliveries (status `sending`) before calling the channel, so a delivery is sent at most once however
 * many times the job runs; `read_token` is the recipient's personal read-confirmation link.
 */
export const networkDeliveries = pgTable(
  'network_deliveries',
  {
    id: text('id').primaryKey(),
    broadcastId: text('broadcast_id').notNull(),
    focalPointId: text('focal_point_id'),
    channel: text('channel').notNull(),
    address: text('address'),
    status: text('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    claimedAt: timestamp('claimed_at', { withTimezone: true, mode: 'string' }),
    lastError: text('last_error'),
    providerId: text('provider_id'),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'string' }),
    readToken: text('read_token'),
    readAt: timestamp('read_at', { withTimezone: true, mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    // serves deliveriesOf(broadcast)
    index('network_deliveries_broadcast_idx').on(t.broadcastId),
    // serves claimDue (the delivery job)
    index('network_deliveries_due_idx').on(t.nextAttemptAt).where(sql`status in ('queued', 'retrying')`),
    // serves the read-confirmation page
    uniqueIndex('network_deliveries_read_token_idx').on(t.readToken),
  ],
);
