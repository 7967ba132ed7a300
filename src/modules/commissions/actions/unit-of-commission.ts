import { authorize } from '../../../platform/auth';
import type { ActionContext } from '../../../platform/context';
import { notFound } from '../../../platform/errors';
import { findCommission, type CommissionRow } from '../repo';

/**
 * The order, once the actor holds `ability` for its ordering unit: an officer of another unit is refused (403)
 * before anything they sent is read, so a refusal never depends on the body (nor tells them what is wrong with it).
 * The action checks again on the row it locks.
 */
export async function commissionOfUnit(ctx: ActionContext, id: string, ability: string): Promise<CommissionRow> {
  authorize(ctx.actor, ability);
  const c = await findCommission(ctx.db, id);
  if (!c) throw notFound('đơn đặt hàng');
  authorize(ctx.actor, ability, { unitId: c.ordererUnitId });
  return c;
}
