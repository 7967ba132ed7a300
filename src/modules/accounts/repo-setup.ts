import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import type { Role } from '../../platform/auth';
import { userRoles, users } from './tables';

/** Units where an enabled account holds one of `roles` (first-run checklist). */
export async function unitsWithRoles(db: Executor, roles: Role[]): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ unitId: userRoles.unitId })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(inArray(userRoles.role, roles), eq(users.isDisabled, false)));
  return new Set(rows.map((r) => r.unitId));
}

/** Enabled accounts holding `role` somewhere. */
export async function countUsersWithRole(db: Executor, role: Role): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(distinct ${users.id})::int` })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(userRoles.role, role), eq(users.isDisabled, false)));
  return Number(rows[0]?.n ?? 0);
}

/** Imported plans (read through the plans module's door; imported late because plans reads accounts' tables). */
export async function countPlans(db: Executor): Promise<number> {
  const { planTables } = await import('../plans');
  const rows = await db.select({ n: count() }).from(planTables.plans);
  return Number(rows[0]?.n ?? 0);
}
