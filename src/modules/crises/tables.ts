import { bigserial, boolean, date, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

// Schema of migration 0031 (indexes and checks live there, each with the query it serves).
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** A communication crisis (sự cố, khủng hoảng truyền thông): its origin, severity, status and detection time. */
export const crises = pgTable('crises', {
  id: text('id').primaryKey(),
  refNo: bigserial('ref_no', { mode: 'number' }).notNull(),
  title: text('title').notNull(),
  summary: text('summary').notNull(),
  origin: text('origin').notNull(),
  originReason: text('origin_reason'),
  alertId: text('alert_id'),
  unitId: text('unit_id'),
  policyId: text('policy_id'),
  severity: integer('severity').notNull(),
  severityUnsure: boolean('severity_unsure').notNull().default(false),
  status: text('status').notNull().default('detected'),
  detectedAt: ts('detected_at').notNull(),
  firstStatementAt: ts('first_statement_at'),
  networkGroupId: text('network_group_id'),
  closedAt: ts('closed_at'),
  createdBy: text('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** Monitoring items linked to a crisis (many reports, one incident). */
export const crisisItems = pgTable('crisis_items', { crisisId: text('crisis_id').notNull(), itemId: text('item_id').notNull(), linkedBy: text('linked_by'), linkedAt: ts('linked_at').notNull().defaultNow() }, (t) => [primaryKey({ columns: [t.crisisId, t.itemId] })]);

/** Who holds a role of the working group, from when to when (a change ends the row and adds one). */
export const crisisMembers = pgTable('crisis_members', {
  id: text('id').primaryKey(),
  crisisId: text('crisis_id').notNull(),
  role: text('role').notNull(),
  userId: text('user_id'),
  personName: text('person_name').notNull(),
  fromRegistry: boolean('from_registry').notNull().default(false),
  validFrom: ts('valid_from').notNull().defaultNow(),
  validTo: ts('valid_to'),
});

/** The on-call roster: who answers, from–to. */
export const crisisRoster = pgTable('crisis_roster', { id: text('id').primaryKey(), crisisId: text('crisis_id').notNull(), userId: text('user_id').notNull(), startsAt: ts('starts_at').notNull(), endsAt: ts('ends_at').notNull(), createdAt: ts('created_at').notNull().defaultNow() });

/** The incident log: append-only (a trigger refuses UPDATE, DELETE and TRUNCATE). */
export const crisisTimeline = pgTable('crisis_timeline', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  crisisId: text('crisis_id').notNull(),
  at: ts('at').notNull().defaultNow(),
  actorId: text('actor_id'),
  actorName: text('actor_name').notNull(),
  kind: text('kind').notNull(),
  text: text('text').notNull(),
});

export const crisisTasks = pgTable('crisis_tasks', {
  id: text('id').primaryKey(),
  crisisId: text('crisis_id').notNull(),
  title: text('title').notNull(),
  ownerUserId: text('owner_user_id'),
  ownerUnitId: text('owner_unit_id'),
  dueAt: ts('due_at').notNull(),
  doneAt: ts('done_at'),
  doneBy: text('done_by'),
  createdBy: text('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

/** A statement (holding, update, final); its text lives in versions, the published one is named here. */
export const crisisStatements = pgTable('crisis_statements', {
  id: text('id').primaryKey(),
  publicNo: bigserial('public_no', { mode: 'number' }).notNull(),
  crisisId: text('crisis_id').notNull(),
  kind: text('kind').notNull(),
  status: text('status').notNull().default('draft'),
  publishedVersionId: text('published_version_id'),
  publishedAt: ts('published_at'),
  withdrawnAt: ts('withdrawn_at'),
  withdrawalNote: text('withdrawal_note'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

/** One version of a statement and its approval chain (drafter → spokesperson → head). */
export const crisisStatementVersions = pgTable('crisis_statement_versions', {
  id: text('id').primaryKey(),
  statementId: text('statement_id').notNull(),
  version: integer('version').notNull(),
  title: text('title').notNull(),
  facts: text('facts').notNull(),
  unknowns: text('unknowns').notNull(),
  actions: text('actions').notNull(),
  nextUpdateAt: ts('next_update_at'),
  state: text('state').notNull().default('awaiting_spokesperson'),
  draftedBy: text('drafted_by'),
  draftedAt: ts('drafted_at').notNull().defaultNow(),
  spokespersonBy: text('spokesperson_by'),
  spokespersonAt: ts('spokesperson_at'),
  headBy: text('head_by'),
  headAt: ts('head_at'),
});

/** A reminder sent (the key names what it was about): the job never sends the same one twice. */
export const crisisReminders = pgTable('crisis_reminders', { crisisId: text('crisis_id').notNull(), key: text('key').notNull(), sentAt: ts('sent_at').notNull().defaultNow() }, (t) => [primaryKey({ columns: [t.crisisId, t.key] })]);

/** A message to the crisis's network group (the network module keeps its deliveries). */
export const crisisBroadcasts = pgTable('crisis_broadcasts', { id: text('id').primaryKey(), crisisId: text('crisis_id').notNull(), broadcastId: text('broadcast_id').notNull(), groupId: text('group_id').notNull(), sentBy: text('sent_by'), sentAt: ts('sent_at').notNull().defaultNow() });

/** The after-action review, written before the crisis closes. */
export const crisisReviews = pgTable('crisis_reviews', { crisisId: text('crisis_id').primaryKey(), summary: text('summary').notNull(), wentWell: text('went_well').notNull(), toImprove: text('to_improve').notNull(), reviewedBy: text('reviewed_by'), reviewedAt: ts('reviewed_at').notNull().defaultNow() });

export const crisisFollowups = pgTable('crisis_followups', { id: text('id').primaryKey(), crisisId: text('crisis_id').notNull(), title: text('title').notNull(), ownerUserId: text('owner_user_id'), ownerUnitId: text('owner_unit_id'), dueOn: date('due_on', { mode: 'string' }).notNull(), doneAt: ts('done_at') });
