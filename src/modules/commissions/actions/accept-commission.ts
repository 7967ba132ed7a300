import { randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound, type FieldError } from '../../../platform/errors';
import { cleanText, isIsoDate, todayVn } from '../../../platform/text';
import { acceptedQuantity, deliveredQuantity } from '../quantities';
import { acceptancesOf, deliverablesOf, findCommissionForUpdate, insertAcceptance, linesOf, updateCommission, type AcceptanceRow } from '../repo';

export interface AcceptanceInput {
  acceptedOn: string;
  /** Members of the acceptance council (name and title as printed in the record). */
  members: string[];
  quality: string;
  lines: { lineId: string; quantity: number }[];
}

/**
 * Records a biên bản nghiệm thu (DH-04 ACCEPTED): per line, a quantity no larger than what was delivered and not
 * yet accepted (nor than what was ordered); the amount accepted is computed from the lines' unit prices.
 */
export async function acceptCommission(ctx: ActionContext, id: string, input: AcceptanceInput): Promise<AcceptanceRow> {
  authorize(ctx.actor, 'commissions.manage');
  const members = (input.members ?? []).map((m) => cleanText(m)).filter(Boolean);
  const quality = cleanText(input.quality ?? '');
  const errors: FieldError[] = [];
  if (!isIsoDate(input.acceptedOn)) errors.push({ path: 'acceptedOn', message: 'Ngày nghiệm thu không hợp lệ.' });
  else if (input.acceptedOn > todayVn()) errors.push({ path: 'acceptedOn', message: 'Ngày nghiệm thu không được sau hôm nay.' });
  if (members.length === 0) errors.push({ path: 'members', message: 'Nhập thành phần nghiệm thu (ít nhất một người).' });
  if (!quality) errors.push({ path: 'quality', message: 'Nhập đánh giá chất lượng sản phẩm.' });
  if (errors.length) throw new AppError('validation', errors.length === 1 ? errors[0]!.message : 'Biên bản nghiệm thu chưa hợp lệ.', { errors });
  return ctx.db.transaction(async (tx) => {
    const c = await findCommissionForUpdate(tx, id);
    if (!c) throw notFound('đơn đặt hàng');
    if (c.status !== 'delivered' && c.status !== 'accepted') throw new AppError('conflict', c.status === 'ordered' ? 'Chưa có sản phẩm nào được giao; chưa nghiệm thu được.' : 'Đơn đặt hàng không ở giai đoạn nghiệm thu.');
    if (c.signedOn && input.acceptedOn < c.signedOn) throw new AppError('validation', 'Ngày nghiệm thu không được trước ngày ký đặt hàng.', { errors: [{ path: 'acceptedOn', message: 'Ngày nghiệm thu không được trước ngày ký đặt hàng.' }] });
    // one after the other: a transaction has one connection, and queries sent on it at once are refused by pg 9 (and stall PGlite)
    const lines = await linesOf(tx, [id]);
    const deliverables = await deliverablesOf(tx, [id]);
    const previous = await acceptancesOf(tx, [id]);
    const accepted = [];
    for (const [i, asked] of (input.lines ?? []).entries()) {
      const quantity = Number(asked.quantity);
      if (quantity === 0) continue;
      const line = lines.find((l) => l.id === asked.lineId);
      if (!line) throw new AppError('validation', 'Sản phẩm nghiệm thu không thuộc đơn đặt hàng này.', { errors: [{ path: `lines/${i}/lineId`, message: 'Không thuộc đơn đặt hàng này.' }] });
      const already = acceptedQuantity(line.id, previous);
      const open = Math.min(deliveredQuantity(line, deliverables), line.quantity) - already;
      if (!Number.isInteger(quantity) || quantity < 0 || quantity > open) {
        const message = `Chỉ nghiệm thu được tối đa ${Math.max(0, open)} ${line.unit} đã giao của sản phẩm "${line.topic}".`;
        throw new AppError('validation', message, { errors: [{ path: `lines/${i}/quantity`, message }] });
      }
      accepted.push({ lineId: line.id, quantity, amount: quantity * line.unitPrice });
    }
    if (accepted.length === 0) throw new AppError('validation', 'Nhập số lượng nghiệm thu của ít nhất một sản phẩm.', { errors: [{ path: 'lines', message: 'Nhập số lượng nghiệm thu.' }] });
    const amount = accepted.reduce((s, l) => s + l.amount, 0);
    const row = await insertAcceptance(tx, { id: randomUUID(), commissionId: id, acceptedOn: input.acceptedOn, members, quality, lines: accepted, amount, createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null });
    if (c.status !== 'accepted') await updateCommission(tx, id, { status: 'accepted' });
    await recordAudit(tx, { actor: ctx.actor, action: 'commissions.accept', subjectType: 'press_commission', subjectId: id, before: { status: c.status }, after: { status: 'accepted', acceptedOn: input.acceptedOn, quantity: accepted.reduce((s, l) => s + l.quantity, 0), amount }, requestId: ctx.requestId });
    return row;
  });
}
