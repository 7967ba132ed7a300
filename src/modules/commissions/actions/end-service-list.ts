import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { cleanText, formatDateVi, isIsoDate } from '../../../platform/text';
import { findServiceListForUpdate, updateServiceList, type ServiceListRow } from '../repo';

const invalid = (path: string, message: string) => new AppError('validation', message, { errors: [{ path, message }] });

/**
 * Ends a list of public services on a day (its last day in force), with the reason (a decision withdrawing it, a
 * period that closed). Only shortens: orders keep the service they named; those not yet approved must name another.
 */
export async function endServiceList(ctx: ActionContext, id: string, input: { validTo: string; reason: string }): Promise<ServiceListRow> {
  authorize(ctx.actor, 'commissions.manage');
  const reason = cleanText(input.reason ?? '');
  if (!isIsoDate(input.validTo)) throw invalid('validTo', 'Ngày hết hiệu lực không hợp lệ.');
  if (!reason) throw invalid('reason', 'Nhập lý do, căn cứ chấm dứt hiệu lực.');
  return ctx.db.transaction(async (tx) => {
    const l = await findServiceListForUpdate(tx, id);
    if (!l) throw notFound('danh mục dịch vụ');
    if (input.validTo < l.validFrom) throw invalid('validTo', `Ngày hết hiệu lực không được trước ngày danh mục có hiệu lực (${formatDateVi(l.validFrom, 'short')}).`);
    if (l.validTo !== null && input.validTo > l.validTo) throw invalid('validTo', `Danh mục đã hết hiệu lực từ sau ngày ${formatDateVi(l.validTo, 'short')}; chỉ rút ngắn được thời gian hiệu lực.`);
    // ended before its successor starts, it is no longer the list that successor replaced
    const row = await updateServiceList(tx, id, { validTo: input.validTo, endReason: reason, supersededBy: input.validTo === l.validTo ? l.supersededBy : null });
    await recordAudit(tx, { actor: ctx.actor, action: 'commissions.services.end', subjectType: 'press_service_list', subjectId: id, before: { validTo: l.validTo }, after: { validTo: row.validTo, reason }, requestId: ctx.requestId });
    return row;
  });
}
