import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** An imported plan document (kế hoạch); the parsed form is kept whole for re-rendering and audits. */
export const plans = pgTable(
  'plans',
  {
    id: text('id').primaryKey(),
    number: text('number'),
    kind: text('kind'),
    title: text('title').notNull(),
    issuerName: text('issuer_name'),
    issuerUnitId: text('issuer_unit_id'),
    place: text('place'),
    issuedOn: date('issued_on', { mode: 'string' }),
    year: integer('year').notNull(),
    reportDeadline: date('report_deadline', { mode: 'string' }),
    reportDueOn: date('report_due_on', { mode: 'string' }),
    signerName: text('signer_name'),
    signerTitle: text('signer_title'),
    bases: jsonb('bases').$type<{ number: string; date: string | null }[]>().notNull().default([]),
    recipients: jsonb('recipients').$type<string[]>().notNull().default([]),
    sourceFileName: text('source_file_name').notNull(),
    sourceSha256: text('source_sha256').notNull(),
    parsed: jsonb('parsed').notNull(),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    // importing the same document twice is detected by its content hash
    uniqueIndex('plans_source_sha_uq').on(t.sourceSha256),
  ],
);

export const planTasks = pgTable(
  'plan_tasks',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    parentCode: text('parent_code'),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    content: text('content').notNull(),
    deadlineText: text('deadline_text'),
    dueOn: date('due_on', { mode: 'string' }),
  },
  // serves the plan page (tasks of a plan in document order)
  (t) => [index('plan_tasks_plan_idx').on(t.planId, t.position)],
);

/** A unit's part in a task: lead or coordinator, ordered or requested ("Đề nghị"), from a group phrase or by name. */
export const taskAssignments = pgTable(
  'task_assignments',
  {
    id: text('id').primaryKey(),
    taskId: text('task_id')
      .notNull()
      .references(() => planTasks.id, { onDelete: 'cascade' }),
    unitId: text('unit_id').notNull(),
    role: text('role').notNull(),
    isRequested: boolean('is_requested').notNull().default(false),
    writtenName: text('written_name').notNull(),
    groupId: text('group_id'),
  },
  (t) => [
    // serves "tasks of my unit" and the per-unit roll-up
    index('task_assignments_unit_idx').on(t.unitId),
    uniqueIndex('task_assignments_uq').on(t.taskId, t.unitId, t.role),
  ],
);

export const planResponsibilities = pgTable('plan_responsibilities', {
  id: text('id').primaryKey(),
  planId: text('plan_id')
    .notNull()
    .references(() => plans.id, { onDelete: 'cascade' }),
  code: text('code').notNull(),
  writtenName: text('written_name').notNull(),
  unitIds: jsonb('unit_ids').$type<string[]>().notNull().default([]),
  duties: jsonb('duties').$type<string[]>().notNull().default([]),
});

/** A unit's progress report on a task for one period, reviewed by the coordinator. */
export const progressReports = pgTable(
  'progress_reports',
  {
    id: text('id').primaryKey(),
    taskId: text('task_id')
      .notNull()
      .references(() => planTasks.id, { onDelete: 'cascade' }),
    unitId: text('unit_id').notNull(),
    period: text('period').notNull(),
    status: text('status').notNull(),
    narrative: text('narrative').notNull(),
    indicators: jsonb('indicators').$type<Record<string, number>>().notNull().default({}),
    evidenceLinks: jsonb('evidence_links').$type<string[]>().notNull().default([]),
    state: text('state').notNull(),
    submittedBy: text('submitted_by').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    reviewedBy: text('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true, mode: 'string' }),
    reviewComment: text('review_comment'),
  },
  (t) => [
    // serves the task's reports and the latest report per (task, unit)
    index('progress_reports_task_idx').on(t.taskId, t.unitId, t.submittedAt),
    index('progress_reports_state_idx').on(t.state),
  ],
);

/** Reminders already sent, so the daily job never mails the same reminder twice. */
export const taskReminders = pgTable(
  'task_reminders',
  {
    id: text('id').primaryKey(),
    taskId: text('task_id')
      .notNull()
      .references(() => planTasks.id, { onDelete: 'cascade' }),
    unitId: text('unit_id').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    daysBefore: integer('days_before').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('task_reminders_uq').on(t.taskId, t.unitId, t.dueOn, t.daysBefore)],
);
