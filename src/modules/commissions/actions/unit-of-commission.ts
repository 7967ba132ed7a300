import { recordOfUnit } from '../../../platform/auth';
import type { ActionContext } from '../../../platform/context';
import { findCommission, type CommissionRow } from '../repo';

/** The order, once the actor holds `ability` for its ordering unit (recordOfUnit: refused before the body is read). */
export const commissionOfUnit = (ctx: ActionContext, id: string, ability: string): Promise<CommissionRow> =>
  recordOfUnit(ctx.actor, ability, 'đơn đặt hàng', () => findCommission(ctx.db, id), (c) => c.ordererUnitId);
