import { and, asc, inArray, lt } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { systemActor } from '../../platform/auth';
import type { DB } from '../../platform/db';
import type { JobDefinition } from '../../platform/jobs';
import { todayVn } from '../../platform/text';
import { deliver, recipientsOfUnit } from '../notifications';
import { pressCommissions } from './tables';

export const COMMISSIONS_PATH = '/office/commissions';

/** Orders still waiting for their products: approved, or signed (DH-04 ORDERED), delivered or not in part. */
const AWAITING_DELIVERY = ['approved', 'ordered'];

/**
 * The daily delivery check (job `press-commissions-overdue`): an order whose delivery date has passed while it still
 * waits for its products is announced once per delivery date (a new date agreed and missed is announced again) to
 * the person who drafted it and the coordinators of the ordering unit (or of the unit carrying its work since a
 * reform). The notification's once-key is the guard: a re-run or a second worker sends nothing.
 */
export async function alertOverdueDeliveries(db: DB, publicUrl: string, today = todayVn()): Promise<{ alerted: number }> {
  const late = await db
    .select()
    .from(pressCommissions)
    .where(and(inArray(pressCommissions.status, AWAITING_DELIVERY), lt(pressCommissions.deliverBy, today)))
    .orderBy(asc(pressCommissions.deliverBy));
  let alerted = 0;
  for (const c of late) {
    await db.transaction(async (tx) => {
      const coordinators = await recipientsOfUnit(tx, c.ordererUnitId, ['coordinator'], today, null);
      const userIds = [...new Set([...(c.createdBy ? [c.createdBy] : []), ...coordinators])];
      const key = `commission_overdue:${c.id}:${c.deliverBy}`;
      const sent = await deliver(
        tx,
        userIds.map((userId) => ({ userId, kind: 'commission_overdue', subjectKey: key, dedupeKey: key, params: { refNo: c.refNo, title: c.title, supplierName: c.supplierName, dueOn: c.deliverBy }, link: `${COMMISSIONS_PATH}/${c.id}`, count: 1 })),
        publicUrl,
        today,
      );
      if (sent.notifications === 0) return; // announced already for this date (or everyone turned the kind off)
      await recordAudit(tx, { actor: systemActor('báo quá hạn giao sản phẩm'), action: 'commissions.overdue', subjectType: 'press_commission', subjectId: c.id, after: { deliverBy: c.deliverBy, notified: sent.notifications }, requestId: null });
      alerted++;
    });
  }
  return { alerted };
}

/** The commissions module's scheduled jobs. */
export function commissionJobs(db: DB, publicUrl: string): JobDefinition[] {
  return [{ name: 'press-commissions-overdue', schedule: '35 7 * * *', handler: () => alertOverdueDeliveries(db, publicUrl) }];
}
