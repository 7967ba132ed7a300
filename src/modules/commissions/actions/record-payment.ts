import { randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound, type FieldError } from '../../../platform/errors';
import { cleanText, isIsoDate, todayVn } from '../../../platform/text';
import { formatVnd } from '../labels';
import { acceptancesOf, findCommissionForUpdate, insertPayment, paymentsOf, updateCommission, type PaymentRow } from '../repo';

/**
 * Records a payment (DH-04 PAID): only after an acceptance, never more than what was accepted and not yet paid,
 * and the sum of payments never above the order's total (sum(paid) ≤ totalAmount). The order is "paid" once the
 * whole total has been accepted and paid.
 */
export async function recordPayment(ctx: ActionContext, id: string, input: { paidOn: string; amount: number; documentNo: string }): Promise<PaymentRow> {
  authorize(ctx.actor, 'commissions.manage');
  const amount = Number(input.amount);
  const documentNo = cleanText(input.documentNo ?? '');
  const errors: FieldError[] = [];
  if (!isIsoDate(input.paidOn)) errors.push({ path: 'paidOn', message: 'Ngày thanh toán không hợp lệ.' });
  else if (input.paidOn > todayVn()) errors.push({ path: 'paidOn', message: 'Ngày thanh toán không được sau hôm nay.' });
  if (!Number.isInteger(amount) || amount <= 0) errors.push({ path: 'amount', message: 'Số tiền là số đồng lớn hơn 0, không có phần lẻ.' });
  if (!documentNo) errors.push({ path: 'documentNo', message: 'Nhập số chứng từ thanh toán.' });
  if (errors.length) throw new AppError('validation', errors.length === 1 ? errors[0]!.message : 'Thông tin thanh toán chưa hợp lệ.', { errors });
  return ctx.db.transaction(async (tx) => {
    const c = await findCommissionForUpdate(tx, id);
    if (!c) throw notFound('đơn đặt hàng');
    if (['planned', 'approved', 'ordered', 'delivered'].includes(c.status)) throw new AppError('conflict', 'Chưa nghiệm thu; chỉ thanh toán sau khi có biên bản nghiệm thu.');
    if (c.status !== 'accepted') throw new AppError('conflict', 'Đơn đặt hàng đã thanh toán đủ hoặc đã kết thúc.');
    // sequential: one connection per transaction
    const acceptances = await acceptancesOf(tx, [id]);
    const payments = await paymentsOf(tx, [id]);
    const accepted = acceptances.reduce((s, a) => s + a.amount, 0);
    const paid = payments.reduce((s, p) => s + p.amount, 0);
    const refuse = (message: string) => new AppError('validation', message, { errors: [{ path: 'amount', message }] });
    if (paid + amount > c.totalAmount) throw refuse(`Tổng số tiền thanh toán vượt giá trị đơn đặt hàng (${formatVnd(c.totalAmount)} đồng; đã thanh toán ${formatVnd(paid)} đồng).`);
    if (paid + amount > accepted) throw refuse(`Chỉ thanh toán phần đã nghiệm thu: còn ${formatVnd(accepted - paid)} đồng.`);
    if (acceptances.length && input.paidOn < acceptances[0]!.acceptedOn) throw new AppError('validation', 'Ngày thanh toán không được trước ngày nghiệm thu.', { errors: [{ path: 'paidOn', message: 'Ngày thanh toán không được trước ngày nghiệm thu.' }] });
    const row = await insertPayment(tx, { id: randomUUID(), commissionId: id, paidOn: input.paidOn, amount, documentNo, createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null });
    const fullyPaid = accepted === c.totalAmount && paid + amount === c.totalAmount;
    if (fullyPaid) await updateCommission(tx, id, { status: 'paid' });
    await recordAudit(tx, { actor: ctx.actor, action: 'commissions.pay', subjectType: 'press_commission', subjectId: id, before: { status: c.status }, after: { status: fullyPaid ? 'paid' : c.status, paidOn: input.paidOn, amount, documentNo, remaining: c.totalAmount - paid - amount }, requestId: ctx.requestId });
    return row;
  });
}
