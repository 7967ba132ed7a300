import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { findCommission, findCommissionForUpdate, findServiceWithList, linesOf, updateCommission, type CommissionRow } from '../repo';
import { serviceProblem } from '../services';

const invalid = (message: string) => new AppError('validation', message, { errors: [{ path: 'serviceId', message }] });

/**
 * Names the public service of an order not yet signed (DH-02): on a planned order whoever may draft it for its unit,
 * on an approved one the coordinator who signs it (orders approved before lists existed, or whose list has ended since).
 * The service must be of a list in force on the order's start date and cover every line; its name is kept as of today.
 */
export async function setCommissionService(ctx: ActionContext, id: string, input: { serviceId: string }): Promise<CommissionRow> {
  const current = await findCommission(ctx.db, id);
  if (!current) throw notFound('đơn đặt hàng');
  // who may is checked before what was sent: the coordinators once approved, otherwise the ordering unit's officers
  if (current.status === 'approved') authorize(ctx.actor, 'commissions.manage');
  else authorize(ctx.actor, 'commissions.draft', { unitId: current.ordererUnitId });
  if (!input.serviceId) throw invalid('Chọn một dịch vụ trong danh mục dịch vụ sự nghiệp công.');
  return ctx.db.transaction(async (tx) => {
    const c = await findCommissionForUpdate(tx, id);
    if (!c) throw notFound('đơn đặt hàng');
    if (c.status === 'planned') authorize(ctx.actor, 'commissions.draft', { unitId: c.ordererUnitId });
    else if (c.status === 'approved') authorize(ctx.actor, 'commissions.manage');
    else throw new AppError('conflict', 'Đơn đặt hàng đã ký hoặc đã kết thúc; không đổi được dịch vụ.');
    // sequential: one connection per transaction
    const found = await findServiceWithList(tx, input.serviceId);
    const lines = await linesOf(tx, [id]);
    const problem = serviceProblem(found, c.startsOn, lines.map((l) => l.productType));
    if (problem) throw invalid(problem);
    const row = await updateCommission(tx, id, { serviceId: found!.service.id, serviceName: found!.service.name });
    await recordAudit(tx, { actor: ctx.actor, action: 'commissions.service', subjectType: 'press_commission', subjectId: id, before: { serviceId: c.serviceId }, after: { serviceId: row.serviceId }, requestId: ctx.requestId });
    return row;
  });
}
