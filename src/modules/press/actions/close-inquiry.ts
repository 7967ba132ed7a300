import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { todayVn } from '../../../platform/text';
import { REFUSAL_GROUND_INFO, REFUSAL_GROUNDS, type RefusalGround } from '../labels';
import { findInquiryForUpdate, updateInquiry, type InquiryRow } from '../repo';

async function close(ctx: ActionContext, id: string, patch: (inquiry: InquiryRow) => Partial<InquiryRow>, audit: (row: InquiryRow) => { action: string; after: Record<string, unknown> }): Promise<InquiryRow> {
  return ctx.db.transaction(async (tx) => {
    const inquiry = await findInquiryForUpdate(tx, id);
    if (!inquiry) throw notFound('yêu cầu');
    // the officers of the assigned unit answer; coordinators and the press role may answer any
    authorize(ctx.actor, 'press.answer', { unitId: inquiry.unitId });
    if (inquiry.status === 'answered' || inquiry.status === 'refused') throw new AppError('conflict', 'Yêu cầu này đã được trả lời hoặc từ chối.');
    const row = await updateInquiry(tx, id, { ...patch(inquiry), closedOn: todayVn(), closedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null });
    const { action, after } = audit(row);
    await recordAudit(tx, { actor: ctx.actor, action, subjectType: 'press_inquiry', subjectId: id, before: { status: inquiry.status }, after: { status: row.status, closedOn: row.closedOn, onTime: row.closedOn! <= row.dueOn, ...after }, requestId: ctx.requestId });
    return row;
  });
}

/** Records the answer given to the requester (its text), closing the inquiry. */
export async function answerInquiry(ctx: ActionContext, id: string, input: { text: string }): Promise<InquiryRow> {
  authorize(ctx.actor, 'press.answer');
  const text = (input.text ?? '').normalize('NFC').trim();
  if (!text) throw new AppError('validation', 'Nhập nội dung trả lời.', { errors: [{ path: 'text', message: 'Nhập nội dung trả lời.' }] });
  return close(ctx, id, () => ({ status: 'answered', answerText: text }), () => ({ action: 'press.inquiry.answer', after: {} }));
}

/** Refuses an inquiry, only on a lawful ground that applies to its kind (PN-06), which the answer prints. */
export async function refuseInquiry(ctx: ActionContext, id: string, input: { ground?: string | null; note?: string | null }): Promise<InquiryRow> {
  authorize(ctx.actor, 'press.answer');
  const ground = input.ground as RefusalGround;
  if (!ground || !REFUSAL_GROUNDS.includes(ground)) throw new AppError('validation', 'Từ chối phải nêu căn cứ pháp luật; chọn một căn cứ trong danh sách.', { errors: [{ path: 'ground', message: 'Chọn căn cứ từ chối.' }] });
  const note = (input.note ?? '').normalize('NFC').trim() || null;
  return close(
    ctx,
    id,
    (inquiry) => {
      if (!REFUSAL_GROUND_INFO[ground].kinds.includes(inquiry.kind as never)) throw new AppError('validation', 'Căn cứ này không áp dụng cho loại yêu cầu này.', { errors: [{ path: 'ground', message: 'Chọn căn cứ áp dụng cho loại yêu cầu này.' }] });
      return { status: 'refused', refusalGround: ground, refusalNote: note };
    },
    () => ({ action: 'press.inquiry.refuse', after: { refusalGround: ground } }),
  );
}
