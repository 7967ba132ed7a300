import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { cleanText, todayVn } from '../../../platform/text';
import { findInquiryForUpdate, updateInquiry, type InquiryRow } from '../repo';

/**
 * Records that the written notice of the handling time of a complex information request was sent (Luật Tiếp cận
 * thông tin 2016, Điều 31; TC-01): the day and the document's number. Recorded once; a late notice is kept with its
 * real day (the page shows it was late), never moved back.
 */
export async function recordNotice(ctx: ActionContext, id: string, input: { sentOn: string; ref: string }): Promise<InquiryRow> {
  authorize(ctx.actor, 'press.answer');
  const ref = cleanText(input.ref ?? '');
  const errors: { path: string; message: string }[] = [];
  if (!ref) errors.push({ path: 'ref', message: 'Nhập số, ký hiệu văn bản thông báo.' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.sentOn ?? '')) errors.push({ path: 'sentOn', message: 'Nhập ngày gửi thông báo (dd/mm/yyyy).' });
  else if (input.sentOn > todayVn()) errors.push({ path: 'sentOn', message: 'Ngày gửi thông báo không thể sau hôm nay.' });
  if (errors.length) throw new AppError('validation', 'Thông tin thông báo thời hạn chưa hợp lệ.', { errors });
  return ctx.db.transaction(async (tx) => {
    const inquiry = await findInquiryForUpdate(tx, id);
    if (!inquiry) throw notFound('yêu cầu');
    // the officers of the assigned unit send it; coordinators and the press role may record it for any unit
    authorize(ctx.actor, 'press.answer', { unitId: inquiry.unitId });
    if (inquiry.kind !== 'information_request' || inquiry.complexity !== 'complex') throw new AppError('conflict', 'Chỉ yêu cầu cung cấp thông tin phức tạp mới cần thông báo thời hạn giải quyết (Luật Tiếp cận thông tin, Điều 31).');
    if (inquiry.noticeSentOn) throw new AppError('conflict', 'Thông báo thời hạn của yêu cầu này đã được ghi nhận.');
    if (input.sentOn < inquiry.receivedOn) throw new AppError('validation', 'Ngày gửi thông báo không thể trước ngày nhận yêu cầu.', { errors: [{ path: 'sentOn', message: 'Không trước ngày nhận yêu cầu.' }] });
    const row = await updateInquiry(tx, id, { noticeSentOn: input.sentOn, noticeRef: ref });
    const late = inquiry.noticeDueOn !== null && input.sentOn > inquiry.noticeDueOn;
    await recordAudit(tx, { actor: ctx.actor, action: 'press.inquiry.notice', subjectType: 'press_inquiry', subjectId: id, after: { noticeSentOn: input.sentOn, noticeRef: ref, noticeLate: late }, requestId: ctx.requestId });
    return row;
  });
}
