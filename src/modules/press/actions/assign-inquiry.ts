import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import type { Executor } from '../../../platform/db';
import { AppError, notFound } from '../../../platform/errors';
import { getDirectory } from '../../organisations';
import { INQUIRY_KIND_LABELS, type InquiryKind } from '../labels';
import { notifyAssigned, type Assignment } from '../notify';
import { findInquiryForUpdate, updateInquiry, usersOfUnit, type InquiryRow } from '../repo';

/** The unit must be in the directory and the officer, when named, must work there (officer or coordinator). */
export async function checkAssignee(db: Executor, unitId: string, officerId: string | null): Promise<void> {
  if (!(await getDirectory(db)).unit(unitId)) throw new AppError('validation', 'Không có đơn vị này trong danh mục tổ chức.', { errors: [{ path: 'unitId', message: 'Không có đơn vị này trong danh mục tổ chức.' }] });
  if (officerId && !(await usersOfUnit(db, unitId, ['officer', 'coordinator'])).some((u) => u.id === officerId)) {
    throw new AppError('validation', 'Người được giao không thuộc đơn vị này.', { errors: [{ path: 'officerId', message: 'Chọn một cán bộ của đơn vị được giao.' }] });
  }
}

/** What the people given an inquiry are told (notify.ts). */
export function assignmentOf(row: InquiryRow): Assignment {
  return {
    what: `${INQUIRY_KIND_LABELS[row.kind as InquiryKind][0]} số ${row.refNo}`,
    subject: row.subject,
    unitId: row.unitId!,
    officerId: row.officerId,
    dueOn: row.dueOn,
    link: `/office/press/inquiries/${encodeURIComponent(row.id)}`,
    key: `inquiry:${row.id}:${row.unitId}:${row.officerId ?? ''}`,
  };
}

const userOf = (ctx: ActionContext) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

/**
 * Gives an open inquiry to a unit (and an officer of it) to answer; a later assignment replaces the earlier one. The
 * officer, or the unit's officers, are told (press_assigned).
 */
export async function assignInquiry(ctx: ActionContext & { publicUrl: string }, id: string, input: { unitId: string; officerId?: string | null }): Promise<InquiryRow> {
  authorize(ctx.actor, 'press.manage');
  const officerId = input.officerId || null;
  await checkAssignee(ctx.db, input.unitId, officerId);
  return ctx.db.transaction(async (tx) => {
    const inquiry = await findInquiryForUpdate(tx, id);
    if (!inquiry) throw notFound('yêu cầu');
    if (inquiry.status === 'answered' || inquiry.status === 'refused') throw new AppError('conflict', 'Yêu cầu này đã được trả lời hoặc từ chối; không giao lại được.');
    const row = await updateInquiry(tx, id, { unitId: input.unitId, officerId, status: 'assigned' });
    if (row.unitId !== inquiry.unitId || row.officerId !== inquiry.officerId) await notifyAssigned(tx, ctx.publicUrl, userOf(ctx), assignmentOf(row));
    await recordAudit(tx, { actor: ctx.actor, action: 'press.inquiry.assign', subjectType: 'press_inquiry', subjectId: id, before: { unitId: inquiry.unitId, officerId: inquiry.officerId, status: inquiry.status }, after: { unitId: row.unitId, officerId: row.officerId, status: row.status }, requestId: ctx.requestId });
    return row;
  });
}
