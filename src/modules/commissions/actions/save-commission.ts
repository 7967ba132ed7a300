import { randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { checkedCommission, type CheckedCommission, type CommissionInput } from '../input';
import { findCommissionForUpdate, insertCommission, replaceCommission, type CommissionRow } from '../repo';
import { commissionOfUnit } from './unit-of-commission';

const userOf = (ctx: ActionContext) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

const lineRows = (commissionId: string, v: CheckedCommission) => v.lines.map((l, position) => ({ id: randomUUID(), commissionId, position, ...l }));

/** What the audit keeps of an order's content (its lines summarised; amounts in đồng). */
export const auditedCommission = (v: Pick<CheckedCommission, 'title' | 'ordererUnitId' | 'mode' | 'supplierId' | 'policyId' | 'planTaskId' | 'serviceId' | 'fundingSource' | 'startsOn' | 'endsOn' | 'deliverBy' | 'totalAmount'> & { lines?: unknown[] }) => ({
  title: v.title,
  ordererUnitId: v.ordererUnitId,
  mode: v.mode,
  supplierId: v.supplierId,
  policyId: v.policyId,
  planTaskId: v.planTaskId,
  serviceId: v.serviceId,
  fundingSource: v.fundingSource,
  startsOn: v.startsOn,
  endsOn: v.endsOn,
  deliverBy: v.deliverBy,
  totalAmount: v.totalAmount,
  ...(v.lines ? { lineCount: v.lines.length } : {}),
});

/** Drafts an order (status planned) for the ordering unit; its amounts are computed here from the lines. It may have no public service yet (DH-02 asks for one at approval). */
export async function createCommission(ctx: ActionContext, input: CommissionInput): Promise<CommissionRow> {
  authorize(ctx.actor, 'commissions.draft');
  // the unit is checked to exist (422) before the officer is checked to belong to it (403)
  const checked = await checkedCommission(ctx, input);
  authorize(ctx.actor, 'commissions.draft', { unitId: checked.ordererUnitId });
  const { lines: _lines, ...v } = checked;
  return ctx.db.transaction(async (tx) => {
    const id = randomUUID();
    const row = await insertCommission(tx, { id, ...v, status: 'planned', createdBy: userOf(ctx) }, lineRows(id, checked));
    await recordAudit(tx, { actor: ctx.actor, action: 'commissions.create', subjectType: 'press_commission', subjectId: id, after: auditedCommission(checked), requestId: ctx.requestId });
    return row;
  });
}

/** Changes an order still planned (not yet approved): its fields and lines are replaced, the amounts recomputed. */
export async function editCommission(ctx: ActionContext, id: string, input: CommissionInput): Promise<CommissionRow> {
  await commissionOfUnit(ctx, id, 'commissions.draft');
  const checked = await checkedCommission(ctx, input);
  authorize(ctx.actor, 'commissions.draft', { unitId: checked.ordererUnitId });
  const { lines: _lines, ...v } = checked;
  return ctx.db.transaction(async (tx) => {
    const current = await findCommissionForUpdate(tx, id);
    if (!current) throw notFound('đơn đặt hàng');
    authorize(ctx.actor, 'commissions.draft', { unitId: current.ordererUnitId });
    if (current.status !== 'planned') throw new AppError('conflict', 'Đơn đặt hàng đã được phê duyệt; không sửa được nội dung.');
    const row = await replaceCommission(tx, id, v, lineRows(id, checked));
    await recordAudit(tx, { actor: ctx.actor, action: 'commissions.edit', subjectType: 'press_commission', subjectId: id, before: auditedCommission({ ...current, mode: current.mode as CheckedCommission['mode'], fundingSource: current.fundingSource as CheckedCommission['fundingSource'] }), after: auditedCommission(checked), requestId: ctx.requestId });
    return row;
  });
}
