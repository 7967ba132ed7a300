import type { Executor } from '../../../platform/db';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { cleanText, formatDateVi, isIsoDate, todayVn } from '../../../platform/text';
import { budgetCheckOf } from '../budget';
import { serviceProblemOf } from '../services';
import { formatVnd } from '../labels';
import { acceptancesOf, deliverablesOf, findCommissionForUpdate, paymentsOf, updateCommission, type CommissionRow } from '../repo';

const userOf = (ctx: ActionContext) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);
const invalid = (path: string, message: string) => new AppError('validation', message, { errors: [{ path, message }] });

/** Locks the order and checks it is in one of `from`; the message says what the order is waiting for. */
async function locked(tx: Executor, id: string, from: string[], wrong: string): Promise<CommissionRow> {
  const c = await findCommissionForUpdate(tx, id);
  if (!c) throw notFound('đơn đặt hàng');
  if (!from.includes(c.status)) throw new AppError('conflict', wrong);
  return c;
}

/**
 * Approves a planned order (DH-04 APPROVED: its budget line accepted) — the approver of the ordering unit or a
 * coordinator; only for a public service of a list in force on its start date that covers its lines (DH-02).
 */
export async function approveCommission(ctx: ActionContext, id: string): Promise<CommissionRow> {
  authorize(ctx.actor, 'commissions.approve');
  return ctx.db.transaction(async (tx) => {
    const c = await locked(tx, id, ['planned'], 'Chỉ phê duyệt được đơn đặt hàng đang ở trạng thái dự kiến.');
    authorize(ctx.actor, 'commissions.approve', { unitId: c.ordererUnitId });
    const problem = await serviceProblemOf(tx, c);
    if (problem) throw invalid('serviceId', problem);
    const row = await updateCommission(tx, id, { status: 'approved', approvedOn: todayVn(), approvedBy: userOf(ctx) });
    await recordAudit(tx, { actor: ctx.actor, action: 'commissions.approve', subjectType: 'press_commission', subjectId: id, before: { status: c.status }, after: { status: row.status, approvedOn: row.approvedOn }, requestId: ctx.requestId });
    return row;
  });
}

/**
 * Records the signed order or contract (DH-04 ORDERED): its number and signing date. An order without a public
 * service that fits it (DH-02) and a delivery deadline already past are refused; an order over what remains of its plan task's budget needs a reason (DH-02), kept with it.
 */
export async function signCommission(ctx: ActionContext, id: string, input: { contractNo: string; signedOn: string; overBudgetReason?: string | null }): Promise<CommissionRow> {
  authorize(ctx.actor, 'commissions.manage');
  const contractNo = cleanText(input.contractNo ?? '');
  const reason = cleanText(input.overBudgetReason ?? '') || null;
  const today = todayVn();
  if (!contractNo) throw invalid('contractNo', 'Nhập số quyết định hoặc hợp đồng đặt hàng.');
  if (!isIsoDate(input.signedOn)) throw invalid('signedOn', 'Ngày ký không hợp lệ.');
  if (input.signedOn > today) throw invalid('signedOn', 'Ngày ký không được sau hôm nay.');
  return ctx.db.transaction(async (tx) => {
    const c = await locked(tx, id, ['approved'], 'Chỉ ký đặt hàng được đơn đã được phê duyệt.');
    // the decision is signed after it was approved: an earlier date would also move it to another year's report
    if (c.approvedOn && input.signedOn < c.approvedOn) throw invalid('signedOn', `Ngày ký không được trước ngày phê duyệt (${formatDateVi(c.approvedOn, 'short')}).`);
    // the list may have been ended since approval (a newer one, a decision withdrawn)
    const problem = await serviceProblemOf(tx, c);
    if (problem) throw invalid('serviceId', problem);
    if (c.deliverBy < today || c.deliverBy < input.signedOn) throw invalid('deliverBy', `Hạn giao sản phẩm (${formatDateVi(c.deliverBy, 'short')}) đã qua; sửa hạn trước khi ký đặt hàng.`);
    const budget = await budgetCheckOf(tx, c);
    if (budget && budget.overBy > 0 && !reason) {
      const left = budget.remaining === null ? 'chưa được giao kinh phí' : `chỉ còn ${formatVnd(Math.max(0, budget.remaining))} đồng`;
      throw invalid('overBudgetReason', `Đơn đặt hàng vượt kinh phí của nhiệm vụ năm ${c.budgetYear} (${left}, vượt ${formatVnd(budget.overBy)} đồng). Nhập lý do để xác nhận.`);
    }
    const row = await updateCommission(tx, id, { status: 'ordered', contractNo, signedOn: input.signedOn, overBudgetReason: budget && budget.overBy > 0 ? reason : null });
    await recordAudit(tx, { actor: ctx.actor, action: 'commissions.sign', subjectType: 'press_commission', subjectId: id, before: { status: c.status }, after: { status: row.status, contractNo, signedOn: row.signedOn, ...(row.overBudgetReason ? { overBudgetReason: row.overBudgetReason, overBy: budget!.overBy } : {}) }, requestId: ctx.requestId });
    return row;
  });
}

/** Cancels an order not yet delivered, with its reason. */
export async function cancelCommission(ctx: ActionContext, id: string, input: { reason: string }): Promise<CommissionRow> {
  authorize(ctx.actor, 'commissions.manage');
  const reason = cleanText(input.reason ?? '');
  if (!reason) throw invalid('reason', 'Nhập lý do hủy.');
  return ctx.db.transaction(async (tx) => {
    const c = await locked(tx, id, ['planned', 'approved', 'ordered'], 'Đơn đặt hàng đã có sản phẩm giao hoặc đã kết thúc; không hủy được.');
    if ((await deliverablesOf(tx, [id])).length) throw new AppError('conflict', 'Đơn đặt hàng đã có sản phẩm giao; không hủy được.');
    const row = await updateCommission(tx, id, { status: 'cancelled', cancelReason: reason });
    await recordAudit(tx, { actor: ctx.actor, action: 'commissions.cancel', subjectType: 'press_commission', subjectId: id, before: { status: c.status }, after: { status: row.status, reason }, requestId: ctx.requestId });
    return row;
  });
}

/** Closes an order (thanh lý, DH-04 LIQUIDATED) once what was accepted has been paid in full. */
export async function liquidateCommission(ctx: ActionContext, id: string, input: { liquidatedOn: string }): Promise<CommissionRow> {
  authorize(ctx.actor, 'commissions.manage');
  if (!isIsoDate(input.liquidatedOn) || input.liquidatedOn > todayVn()) throw invalid('liquidatedOn', 'Ngày thanh lý không hợp lệ (không được sau hôm nay).');
  return ctx.db.transaction(async (tx) => {
    const c = await locked(tx, id, ['accepted', 'paid'], 'Chỉ thanh lý được đơn đặt hàng đã nghiệm thu và thanh toán.');
    // sequential: one connection per transaction
    const acceptances = await acceptancesOf(tx, [id]);
    const payments = await paymentsOf(tx, [id]);
    const accepted = acceptances.reduce((s, a) => s + a.amount, 0);
    const paid = payments.reduce((s, p) => s + p.amount, 0);
    if (paid < accepted) throw new AppError('conflict', `Còn ${formatVnd(accepted - paid)} đồng đã nghiệm thu chưa thanh toán; thanh toán trước khi thanh lý.`);
    if (c.signedOn && input.liquidatedOn < c.signedOn) throw invalid('liquidatedOn', 'Ngày thanh lý không được trước ngày ký đặt hàng.');
    const row = await updateCommission(tx, id, { status: 'liquidated', liquidatedOn: input.liquidatedOn });
    await recordAudit(tx, { actor: ctx.actor, action: 'commissions.liquidate', subjectType: 'press_commission', subjectId: id, before: { status: c.status }, after: { status: row.status, liquidatedOn: row.liquidatedOn, accepted, paid }, requestId: ctx.requestId });
    return row;
  });
}
