import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../platform/db';
import { storedFiles } from '../../platform/files';
import { planTables } from '../plans';
import { policyTables } from '../policies';
import { pressBudgetAllocations, pressCommissionAcceptances, pressCommissionDeliverables, pressCommissionLines, pressCommissionPayments, pressCommissions, pressServiceLists, pressServices } from './tables';

export type CommissionRow = typeof pressCommissions.$inferSelect;
export type LineRow = typeof pressCommissionLines.$inferSelect;
export type DeliverableRow = typeof pressCommissionDeliverables.$inferSelect;
export type AcceptanceRow = typeof pressCommissionAcceptances.$inferSelect;
export type PaymentRow = typeof pressCommissionPayments.$inferSelect;
export type AllocationRow = typeof pressBudgetAllocations.$inferSelect;
export type ServiceListRow = typeof pressServiceLists.$inferSelect;
export type ServiceRow = typeof pressServices.$inferSelect;

/** Statuses whose amount is committed against the budget (signed and not cancelled). */
export const COMMITTED_STATUSES = ['ordered', 'delivered', 'accepted', 'paid', 'liquidated'];

export async function insertCommission(db: Executor, row: typeof pressCommissions.$inferInsert, lines: (typeof pressCommissionLines.$inferInsert)[]): Promise<CommissionRow> {
  const [inserted] = await db.insert(pressCommissions).values(row).returning();
  if (lines.length) await db.insert(pressCommissionLines).values(lines);
  return inserted!;
}

/** Replaces the lines of an order still being prepared (planned), with the order's new fields. */
export async function replaceCommission(db: Executor, id: string, patch: Partial<typeof pressCommissions.$inferInsert>, lines: (typeof pressCommissionLines.$inferInsert)[]): Promise<CommissionRow> {
  await db.delete(pressCommissionLines).where(eq(pressCommissionLines.commissionId, id));
  if (lines.length) await db.insert(pressCommissionLines).values(lines);
  return updateCommission(db, id, patch);
}

export async function findCommission(db: Executor, id: string): Promise<CommissionRow | null> {
  const rows = await db.select().from(pressCommissions).where(eq(pressCommissions.id, id)).limit(1);
  return rows[0] ?? null;
}

/** The order locked for a transition (two clerks recording a payment at once are serialised). */
export async function findCommissionForUpdate(db: Executor, id: string): Promise<CommissionRow | null> {
  const rows = await db.select().from(pressCommissions).where(eq(pressCommissions.id, id)).limit(1).for('update');
  return rows[0] ?? null;
}

export async function updateCommission(db: Executor, id: string, patch: Partial<typeof pressCommissions.$inferInsert>): Promise<CommissionRow> {
  const [row] = await db.update(pressCommissions).set({ ...patch, updatedAt: sql`now()` as unknown as string }).where(eq(pressCommissions.id, id)).returning();
  return row!;
}

export interface CommissionFilter {
  status?: string;
  supplierId?: string;
  policyId?: string;
  year?: number;
}

/** Orders for the office list, newest first, with their delivered and paid counts. */
export async function listCommissions(db: Executor, f: CommissionFilter): Promise<(CommissionRow & { delivered: number; paid: number })[]> {
  const c = pressCommissions;
  const where: SQL[] = [];
  if (f.status) where.push(eq(c.status, f.status));
  if (f.supplierId) where.push(eq(c.supplierId, f.supplierId));
  if (f.policyId) where.push(eq(c.policyId, f.policyId));
  if (f.year) where.push(eq(c.budgetYear, f.year));
  const rows = await db
    .select({
      row: c,
      delivered: sql<number>`(select count(*)::int from press_commission_deliverables d where d.commission_id = press_commissions.id)`,
      paid: sql<number>`(select coalesce(sum(p.amount), 0)::float8 from press_commission_payments p where p.commission_id = press_commissions.id)`,
    })
    .from(c)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(c.createdAt))
    .limit(500);
  return rows.map((r) => ({ ...r.row, delivered: Number(r.delivered), paid: Number(r.paid) }));
}

export async function linesOf(db: Executor, commissionIds: string[]): Promise<LineRow[]> {
  if (commissionIds.length === 0) return [];
  return db.select().from(pressCommissionLines).where(inArray(pressCommissionLines.commissionId, commissionIds)).orderBy(asc(pressCommissionLines.commissionId), asc(pressCommissionLines.position));
}

export async function deliverablesOf(db: Executor, commissionIds: string[]): Promise<DeliverableRow[]> {
  if (commissionIds.length === 0) return [];
  return db.select().from(pressCommissionDeliverables).where(inArray(pressCommissionDeliverables.commissionId, commissionIds)).orderBy(asc(pressCommissionDeliverables.publishedOn), asc(pressCommissionDeliverables.createdAt));
}

/** The order (its number) that already has a deliverable published at this address (its normalised key), if any. */
export async function orderWithDeliverableAt(db: Executor, urlKey: string): Promise<{ refNo: number; title: string } | null> {
  const d = pressCommissionDeliverables;
  const c = pressCommissions;
  const [hit] = await db.select({ refNo: c.refNo, title: c.title }).from(d).innerJoin(c, eq(c.id, d.commissionId)).where(and(eq(d.urlKey, urlKey), ne(c.status, 'cancelled'))).limit(1);
  return hit ?? null;
}

export async function insertDeliverable(db: Executor, row: typeof pressCommissionDeliverables.$inferInsert): Promise<DeliverableRow> {
  const [inserted] = await db.insert(pressCommissionDeliverables).values(row).returning();
  return inserted!;
}

export async function acceptancesOf(db: Executor, commissionIds: string[]): Promise<AcceptanceRow[]> {
  if (commissionIds.length === 0) return [];
  return db.select().from(pressCommissionAcceptances).where(inArray(pressCommissionAcceptances.commissionId, commissionIds)).orderBy(asc(pressCommissionAcceptances.acceptedOn), asc(pressCommissionAcceptances.createdAt));
}

export async function insertAcceptance(db: Executor, row: typeof pressCommissionAcceptances.$inferInsert): Promise<AcceptanceRow> {
  const [inserted] = await db.insert(pressCommissionAcceptances).values(row).returning();
  return inserted!;
}

export async function paymentsOf(db: Executor, commissionIds: string[]): Promise<PaymentRow[]> {
  if (commissionIds.length === 0) return [];
  return db.select().from(pressCommissionPayments).where(inArray(pressCommissionPayments.commissionId, commissionIds)).orderBy(asc(pressCommissionPayments.paidOn), asc(pressCommissionPayments.createdAt));
}

export async function insertPayment(db: Executor, row: typeof pressCommissionPayments.$inferInsert): Promise<PaymentRow> {
  const [inserted] = await db.insert(pressCommissionPayments).values(row).returning();
  return inserted!;
}

export async function commissionsByIds(db: Executor, ids: string[]): Promise<Pick<CommissionRow, 'id' | 'refNo' | 'title'>[]> {
  if (ids.length === 0) return [];
  return db.select({ id: pressCommissions.id, refNo: pressCommissions.refNo, title: pressCommissions.title }).from(pressCommissions).where(inArray(pressCommissions.id, ids));
}

/**
 * The signed orders (not cancelled) a plan's annual report counts: those for one of its tasks, whenever signed, and
 * those for no task (a policy only) signed in [from, to) (ISO dates). An order for another plan's task is that plan's.
 */
export async function commissionsOfPlan(db: Executor, taskIds: string[], from: string, to: string): Promise<CommissionRow[]> {
  const c = pressCommissions;
  const ofTask = taskIds.length ? inArray(c.planTaskId, taskIds) : sql`false`;
  const ofYear = and(isNull(c.planTaskId), gte(c.signedOn, from), lt(c.signedOn, to));
  return db.select().from(c).where(and(isNotNull(c.signedOn), ne(c.status, 'cancelled'), or(ofTask, ofYear))).orderBy(asc(c.signedOn), asc(c.refNo));
}

/** The tasks of a plan in document order (the budget page's lines). */
export async function tasksOfPlan(db: Executor, planId: string): Promise<{ id: string; code: string; title: string }[]> {
  const { planTasks } = planTables;
  return db.select({ id: planTasks.id, code: planTasks.code, title: planTasks.title }).from(planTasks).where(eq(planTasks.planId, planId)).orderBy(asc(planTasks.position));
}

/** A draft policy's title (the order's subject), or null when there is no such draft. */
export async function findPolicyTitle(db: Executor, policyId: string): Promise<{ id: string; title: string } | null> {
  const { policyDrafts } = policyTables;
  const rows = await db.select({ id: policyDrafts.id, title: policyDrafts.title }).from(policyDrafts).where(eq(policyDrafts.id, policyId)).limit(1);
  return rows[0] ?? null;
}

export async function policyTitles(db: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const { policyDrafts } = policyTables;
  const rows = await db.select({ id: policyDrafts.id, title: policyDrafts.title }).from(policyDrafts).where(inArray(policyDrafts.id, ids));
  return new Map(rows.map((r) => [r.id, r.title]));
}

export async function findAllocation(db: Executor, planTaskId: string, year: number): Promise<AllocationRow | null> {
  const rows = await db.select().from(pressBudgetAllocations).where(and(eq(pressBudgetAllocations.planTaskId, planTaskId), eq(pressBudgetAllocations.year, year))).limit(1);
  return rows[0] ?? null;
}

export async function upsertAllocation(db: Executor, row: typeof pressBudgetAllocations.$inferInsert): Promise<AllocationRow> {
  const [saved] = await db
    .insert(pressBudgetAllocations)
    .values(row)
    .onConflictDoUpdate({ target: [pressBudgetAllocations.planTaskId, pressBudgetAllocations.year], set: { amount: row.amount, note: row.note, updatedBy: row.updatedBy, updatedAt: sql`now()` as unknown as string } })
    .returning();
  return saved!;
}

export interface BudgetUse {
  planTaskId: string;
  allocated: number | null;
  note: string | null;
  committed: number;
  accepted: number;
  paid: number;
  orders: number;
}

/**
 * Per plan task of `taskIds` for `year`: the allocation, and the amounts of its orders committed (signed, not
 * cancelled), accepted and paid. `exceptId` leaves one order out (the one being signed).
 */
export async function budgetUse(db: Executor, taskIds: string[], year: number, exceptId: string | null = null): Promise<Map<string, BudgetUse>> {
  const out = new Map<string, BudgetUse>(taskIds.map((id) => [id, { planTaskId: id, allocated: null, note: null, committed: 0, accepted: 0, paid: 0, orders: 0 }]));
  if (taskIds.length === 0) return out;
  const allocations = await db.select().from(pressBudgetAllocations).where(and(inArray(pressBudgetAllocations.planTaskId, taskIds), eq(pressBudgetAllocations.year, year)));
  for (const a of allocations) Object.assign(out.get(a.planTaskId)!, { allocated: a.amount, note: a.note });
  const sums = rowsOf<{ taskId: string; committed: number; accepted: number; paid: number; orders: number }>(
    await db.execute(sql`select c.plan_task_id as "taskId", coalesce(sum(c.total_amount), 0)::float8 as committed,
        coalesce(sum((select coalesce(sum(a.amount), 0) from press_commission_acceptances a where a.commission_id = c.id)), 0)::float8 as accepted,
        coalesce(sum((select coalesce(sum(p.amount), 0) from press_commission_payments p where p.commission_id = c.id)), 0)::float8 as paid,
        count(*)::int as orders
      from press_commissions c
      where c.plan_task_id in (${sql.join(taskIds.map((id) => sql`${id}`), sql`, `)}) and c.budget_year = ${year}
        and c.status in (${sql.join(COMMITTED_STATUSES.map((s) => sql`${s}`), sql`, `)}) and (${exceptId}::text is null or c.id <> ${exceptId})
      group by c.plan_task_id`),
  );
  for (const s of sums) Object.assign(out.get(s.taskId)!, { committed: Number(s.committed), accepted: Number(s.accepted), paid: Number(s.paid), orders: Number(s.orders) });
  return out;
}

export async function insertStoredFile(db: Executor, row: typeof storedFiles.$inferInsert): Promise<void> {
  await db.insert(storedFiles).values(row);
}

export async function storedFilesByIds(db: Executor, ids: string[]): Promise<Map<string, { id: string; fileName: string; size: number }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: storedFiles.id, fileName: storedFiles.fileName, size: storedFiles.size }).from(storedFiles).where(inArray(storedFiles.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Whether a stored file belongs to a deliverable of an order (file access). */
export async function deliverableFileOwner(db: Executor, deliverableId: string): Promise<boolean> {
  const rows = await db.select({ id: pressCommissionDeliverables.id }).from(pressCommissionDeliverables).where(eq(pressCommissionDeliverables.id, deliverableId)).limit(1);
  return rows.length > 0;
}

/** A plan's id, title and year (the budget page's heading). */
export async function findPlanHead(db: Executor, planId: string): Promise<{ id: string; title: string; year: number } | null> {
  const { plans } = planTables;
  const rows = await db.select({ id: plans.id, title: plans.title, year: plans.year }).from(plans).where(eq(plans.id, planId)).limit(1);
  return rows[0] ?? null;
}

export async function insertServiceList(db: Executor, row: typeof pressServiceLists.$inferInsert, services: (typeof pressServices.$inferInsert)[]): Promise<ServiceListRow> {
  const [inserted] = await db.insert(pressServiceLists).values(row).returning();
  if (services.length) await db.insert(pressServices).values(services);
  return inserted!;
}

/** Every approved list of public services, the latest start first (a province has a handful). */
export async function listServiceLists(db: Executor): Promise<ServiceListRow[]> {
  return db.select().from(pressServiceLists).orderBy(desc(pressServiceLists.validFrom), desc(pressServiceLists.createdAt));
}

/** Every list locked, so two lists entered at once cannot both end the same older one. */
export async function listServiceListsForUpdate(db: Executor): Promise<ServiceListRow[]> {
  // a lock of its own, not only the rows': two first lists entered at once find no row to lock and would overlap
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('commissions.service-lists'))`);
  return db.select().from(pressServiceLists).orderBy(asc(pressServiceLists.validFrom)).for('update');
}

export async function findServiceListForUpdate(db: Executor, id: string): Promise<ServiceListRow | null> {
  const rows = await db.select().from(pressServiceLists).where(eq(pressServiceLists.id, id)).limit(1).for('update');
  return rows[0] ?? null;
}

export async function updateServiceList(db: Executor, id: string, patch: Partial<typeof pressServiceLists.$inferInsert>): Promise<ServiceListRow> {
  const [row] = await db.update(pressServiceLists).set({ ...patch, updatedAt: sql`now()` as unknown as string }).where(eq(pressServiceLists.id, id)).returning();
  return row!;
}

/** The services of lists, each list's in its order. */
export async function servicesOfLists(db: Executor, listIds: string[]): Promise<ServiceRow[]> {
  if (listIds.length === 0) return [];
  return db.select().from(pressServices).where(inArray(pressServices.listId, listIds)).orderBy(asc(pressServices.listId), asc(pressServices.position));
}

/** A service with the list it belongs to (the order's check, DH-02). */
export async function findServiceWithList(db: Executor, serviceId: string): Promise<{ service: ServiceRow; list: ServiceListRow } | null> {
  const rows = await db.select({ service: pressServices, list: pressServiceLists }).from(pressServices).innerJoin(pressServiceLists, eq(pressServiceLists.id, pressServices.listId)).where(eq(pressServices.id, serviceId)).limit(1);
  return rows[0] ?? null;
}

/** Names of services by id (the audit log). */
export async function serviceNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: pressServices.id, name: pressServices.name }).from(pressServices).where(inArray(pressServices.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function serviceListsByIds(db: Executor, ids: string[]): Promise<Pick<ServiceListRow, 'id' | 'decisionNo' | 'signedOn'>[]> {
  if (ids.length === 0) return [];
  return db.select({ id: pressServiceLists.id, decisionNo: pressServiceLists.decisionNo, signedOn: pressServiceLists.signedOn }).from(pressServiceLists).where(inArray(pressServiceLists.id, ids));
}
