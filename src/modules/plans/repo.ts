import { and, asc, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import { jsonRows, type Executor } from '../../platform/db';
import { storedFiles } from '../../platform/files/tables';
import { accountTables } from '../accounts';
import { planResponsibilities, plans, planTasks, progressReports, taskAssignments, taskReminders } from './tables';

export type PlanRow = typeof plans.$inferSelect;
export type TaskRow = typeof planTasks.$inferSelect;
export type AssignmentRow = typeof taskAssignments.$inferSelect;
export type ReportRow = typeof progressReports.$inferSelect;
export type ResponsibilityRow = typeof planResponsibilities.$inferSelect;
export type FileRow = typeof storedFiles.$inferSelect;

export async function findPlanBySha(db: Executor, sha: string): Promise<Pick<PlanRow, 'id' | 'number' | 'title'> | null> {
  const rows = await db.select({ id: plans.id, number: plans.number, title: plans.title }).from(plans).where(eq(plans.sourceSha256, sha)).limit(1);
  return rows[0] ?? null;
}

export async function findPlan(db: Executor, id: string): Promise<PlanRow | null> {
  const rows = await db.select().from(plans).where(eq(plans.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function listPlans(db: Executor): Promise<Pick<PlanRow, 'id' | 'number' | 'title' | 'issuedOn' | 'year' | 'reportDueOn'>[]> {
  return db
    .select({ id: plans.id, number: plans.number, title: plans.title, issuedOn: plans.issuedOn, year: plans.year, reportDueOn: plans.reportDueOn })
    .from(plans)
    .orderBy(desc(plans.year), desc(plans.createdAt));
}

export async function insertPlanGraph(
  db: Executor,
  graph: { plan: typeof plans.$inferInsert; tasks: (typeof planTasks.$inferInsert)[]; assignments: (typeof taskAssignments.$inferInsert)[]; responsibilities: (typeof planResponsibilities.$inferInsert)[] },
): Promise<void> {
  await db.insert(plans).values(graph.plan);
  for (let i = 0; i < graph.tasks.length; i += 200) await db.insert(planTasks).values(graph.tasks.slice(i, i + 200));
  for (let i = 0; i < graph.assignments.length; i += 500) await db.insert(taskAssignments).values(graph.assignments.slice(i, i + 500));
  if (graph.responsibilities.length) await db.insert(planResponsibilities).values(graph.responsibilities);
}

export async function tasksOfPlan(db: Executor, planId: string): Promise<TaskRow[]> {
  return db.select().from(planTasks).where(eq(planTasks.planId, planId)).orderBy(asc(planTasks.position));
}

export async function findTask(db: Executor, taskId: string): Promise<(TaskRow & { planYear: number }) | null> {
  const rows = await db
    .select({ task: planTasks, planYear: plans.year })
    .from(planTasks)
    .innerJoin(plans, eq(plans.id, planTasks.planId))
    .where(eq(planTasks.id, taskId))
    .limit(1);
  return rows[0] ? { ...rows[0].task, planYear: rows[0].planYear } : null;
}

/** The assignments of a plan's tasks (18,000 for 300 tasks of 60 units: read as one JSON document, see jsonRows). */
export async function assignmentsOfPlan(db: Executor, planId: string): Promise<AssignmentRow[]> {
  const a = taskAssignments;
  return jsonRows<AssignmentRow>(
    db,
    sql`select ${a.id} as "id", ${a.taskId} as "taskId", ${a.unitId} as "unitId", ${a.role} as "role", ${a.isRequested} as "isRequested", ${a.writtenName} as "writtenName", ${a.groupId} as "groupId"
          from ${a} join ${planTasks} on ${planTasks.id} = ${a.taskId} where ${planTasks.planId} = ${planId}`,
  );
}

export async function assignmentsOfTask(db: Executor, taskId: string): Promise<AssignmentRow[]> {
  return db.select().from(taskAssignments).where(eq(taskAssignments.taskId, taskId));
}

export async function responsibilitiesOfPlan(db: Executor, planId: string): Promise<ResponsibilityRow[]> {
  return db.select().from(planResponsibilities).where(eq(planResponsibilities.planId, planId)).orderBy(asc(planResponsibilities.code));
}

/** Assignments of the given units with their task and plan, for "tasks of my unit". */
export async function assignmentsOfUnits(db: Executor, unitIds: string[]) {
  if (unitIds.length === 0) return [];
  return db
    .select({ assignment: taskAssignments, task: planTasks, planNumber: plans.number, planTitle: plans.title, planYear: plans.year })
    .from(taskAssignments)
    .innerJoin(planTasks, eq(planTasks.id, taskAssignments.taskId))
    .innerJoin(plans, eq(plans.id, planTasks.planId))
    .where(inArray(taskAssignments.unitId, unitIds))
    .orderBy(desc(plans.year), asc(planTasks.position));
}

/** Reports of a plan; without `withText` the narratives are left empty (the roll-ups do not need them). */
export async function reportsOfPlan(db: Executor, planId: string, state?: string, opts: { withText?: boolean } = {}): Promise<ReportRow[]> {
  const where = state ? and(eq(planTasks.planId, planId), eq(progressReports.state, state)) : eq(planTasks.planId, planId);
  if (opts.withText === false) {
    // the lean shape reads only what roll-ups and figures use, as one JSON document: tens of thousands of rows stay
    // cheap to fetch (roll-ups compare submission times themselves; only the lists people read need the order)
    const r = progressReports;
    return jsonRows<ReportRow>(
      db,
      sql`select ${r.id} as "id", ${r.taskId} as "taskId", ${r.unitId} as "unitId", ${r.period} as "period", ${r.status} as "status", '' as "narrative",
            ${r.indicators} as "indicators", '[]'::jsonb as "evidenceLinks", ${r.state} as "state", '' as "submittedBy", ${r.submittedAt}::text as "submittedAt",
            null as "reviewedBy", ${r.reviewedAt}::text as "reviewedAt", null as "reviewComment"
          from ${r} join ${planTasks} on ${planTasks.id} = ${r.taskId} where ${where}`,
    );
  }
  return db.select(getTableColumns(progressReports)).from(progressReports).innerJoin(planTasks, eq(planTasks.id, progressReports.taskId)).where(where).orderBy(asc(progressReports.submittedAt));
}

/** The narratives of the given reports (fetched for the few that a document prints). */
export async function narrativesOf(db: Executor, ids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 2000) {
    const rows = await db.select({ id: progressReports.id, narrative: progressReports.narrative }).from(progressReports).where(inArray(progressReports.id, ids.slice(i, i + 2000)));
    for (const r of rows) out.set(r.id, r.narrative);
  }
  return out;
}

export async function reportsOfTasks(db: Executor, taskIds: string[]): Promise<ReportRow[]> {
  if (taskIds.length === 0) return [];
  return db.select().from(progressReports).where(inArray(progressReports.taskId, taskIds)).orderBy(asc(progressReports.submittedAt));
}

/** Display names of the users who submitted or reviewed reports, by user id. */
export async function userNamesOf(db: Executor, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id) && id !== 'system'))];
  if (wanted.length === 0) return new Map();
  const { users } = accountTables;
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((u) => [u.id, u.name]));
}

export async function findReport(db: Executor, id: string): Promise<ReportRow | null> {
  const rows = await db.select().from(progressReports).where(eq(progressReports.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function insertReport(db: Executor, row: typeof progressReports.$inferInsert): Promise<void> {
  await db.insert(progressReports).values(row);
}

export async function updateReportReview(db: Executor, id: string, patch: { state: string; reviewedBy: string; reviewComment: string | null }): Promise<void> {
  await db.update(progressReports).set({ ...patch, reviewedAt: sql`now()` }).where(eq(progressReports.id, id));
}

export async function insertFile(db: Executor, row: typeof storedFiles.$inferInsert): Promise<void> {
  await db.insert(storedFiles).values(row);
}

export async function filesOf(db: Executor, ownerType: string, ownerIds: string[]): Promise<FileRow[]> {
  if (ownerIds.length === 0) return [];
  return db.select().from(storedFiles).where(and(eq(storedFiles.ownerType, ownerType), inArray(storedFiles.ownerId, ownerIds))).orderBy(asc(storedFiles.createdAt));
}

export async function findFile(db: Executor, id: string): Promise<FileRow | null> {
  const rows = await db.select().from(storedFiles).where(eq(storedFiles.id, id)).limit(1);
  return rows[0] ?? null;
}

/** Open assignments whose task is due within the window, for the reminder job. */
export async function assignmentsDueBetween(db: Executor, from: string, to: string) {
  return db
    .select({ assignment: taskAssignments, task: planTasks, planNumber: plans.number })
    .from(taskAssignments)
    .innerJoin(planTasks, eq(planTasks.id, taskAssignments.taskId))
    .innerJoin(plans, eq(plans.id, planTasks.planId))
    .where(and(sql`${planTasks.dueOn} >= ${from}`, sql`${planTasks.dueOn} <= ${to}`));
}

/** Records a reminder; false when it was already sent (the unique index makes the job idempotent). */
export async function claimReminder(db: Executor, row: typeof taskReminders.$inferInsert): Promise<boolean> {
  const inserted = await db.insert(taskReminders).values(row).onConflictDoNothing().returning({ id: taskReminders.id });
  return inserted.length > 0;
}
