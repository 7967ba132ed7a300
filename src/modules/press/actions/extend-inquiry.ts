import { authorize } from '../../../platform/auth';
import { loadWorkCalendar } from '../../../platform/calendar';
import { recordAudit } from '../../../platform/audit';
import { now } from '../../../platform/clock';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { cleanText, todayVn } from '../../../platform/text';
import { extendDeadline, maxExtensionDays } from '../deadline';
import { findInquiryForUpdate, updateInquiry, type InquiryRow } from '../repo';

/**
 * Extends a complex information request once, by at most the rule's working days, with a written reason (TC-01);
 * the deadline is recomputed on the working-day calendar from the current one.
 */
export async function extendInquiry(ctx: ActionContext, id: string, input: { days: number; reason: string }): Promise<InquiryRow> {
  authorize(ctx.actor, 'press.manage');
  const reason = cleanText(input.reason ?? '');
  if (!reason) throw new AppError('validation', 'Gia hạn phải có lý do bằng văn bản.', { errors: [{ path: 'reason', message: 'Nhập lý do gia hạn.' }] });
  // read before the transaction: the calendar reads its rules in parallel, which one connection cannot do
  const cal = await loadWorkCalendar(ctx.db);
  return ctx.db.transaction(async (tx) => {
    const inquiry = await findInquiryForUpdate(tx, id);
    if (!inquiry) throw notFound('yêu cầu');
    if (inquiry.kind !== 'information_request' || inquiry.complexity !== 'complex') throw new AppError('conflict', 'Chỉ yêu cầu cung cấp thông tin phức tạp mới được gia hạn (Luật Tiếp cận thông tin, Điều 31).');
    if (inquiry.status === 'answered' || inquiry.status === 'refused') throw new AppError('conflict', 'Yêu cầu này đã được trả lời hoặc từ chối.');
    if (inquiry.originalDueOn) throw new AppError('conflict', 'Yêu cầu này đã được gia hạn một lần; không gia hạn thêm.');
    const max = await maxExtensionDays(tx, inquiry.receivedOn);
    if (!Number.isInteger(input.days) || input.days < 1 || input.days > max) throw new AppError('validation', `Số ngày gia hạn từ 1 đến ${max} ngày làm việc.`, { errors: [{ path: 'days', message: `Từ 1 đến ${max} ngày làm việc.` }] });
    if (inquiry.dueOn < todayVn()) throw new AppError('conflict', 'Hạn trả lời đã qua; việc gia hạn phải được thông báo trước khi hết hạn.');
    const next = await extendDeadline(tx, cal, { dueOn: inquiry.dueOn, basis: inquiry.dueBasis, receivedOn: inquiry.receivedOn }, input.days);
    const row = await updateInquiry(tx, id, { dueOn: next.dueOn, dueBasis: next.basis, originalDueOn: inquiry.dueOn, extensionReason: reason, extendedAt: now().toISOString() });
    await recordAudit(tx, { actor: ctx.actor, action: 'press.inquiry.extend', subjectType: 'press_inquiry', subjectId: id, before: { dueOn: inquiry.dueOn }, after: { dueOn: row.dueOn, days: input.days, reason }, requestId: ctx.requestId });
    return row;
  });
}
