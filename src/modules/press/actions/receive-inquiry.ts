import { randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, isAppError, type FieldError } from '../../../platform/errors';
import { cleanText, formatDateVi, isIsoDate, todayVn } from '../../../platform/text';
import { getDirectory } from '../../organisations';
import { getPressAgency } from '../agencies';
import { findDraft } from '../../policies';
import { basisText, computeDeadline } from '../deadline';
import { CHANNELS, COMPLEXITIES, INQUIRY_KINDS, type Channel, type Complexity, type InquiryKind } from '../labels';
import { insertInquiry, type InquiryRow } from '../repo';
import { notifyAssigned } from '../notify';
import { assignmentOf, checkAssignee } from './assign-inquiry';

export interface InquiryInput {
  kind: InquiryKind;
  complexity?: Complexity | null;
  receivedOn: string;
  channel: Channel;
  requesterName: string;
  requesterContact?: string | null;
  /** The press agency of a press inquiry or a forwarded issue, from the press agencies directory. */
  pressAgencyId?: string | null;
  /** The same as a unit of type "cơ quan báo chí" (the API before the directory; still accepted). */
  agencyUnitId?: string | null;
  journalistName?: string | null;
  subject: string;
  content: string;
  policyId?: string | null;
  unitId?: string | null;
  officerId?: string | null;
}

const optional = (v: string | null | undefined) => (v ? cleanText(v) || null : null);

/** What the audit keeps of an inquiry: never the requester's name, contact or the text (personal data). */
export const auditedInquiry = (r: InquiryRow) => ({ kind: r.kind, complexity: r.complexity, receivedOn: r.receivedOn, channel: r.channel, agencyUnitId: r.agencyUnitId, pressAgencyId: r.pressAgencyId, unitId: r.unitId, officerId: r.officerId, dueOn: r.dueOn, status: r.status });

/**
 * Records an inquiry at intake (PN-05, PN-07, TC-01): the legal deadline is computed from the rules in force on the
 * day it was received and the working-day calendar, and kept with its basis. A deadline already past, a date in
 * the future, an unknown press agency or unit: a Vietnamese 4xx and nothing saved.
 */
export async function receiveInquiry(ctx: ActionContext & { publicUrl: string }, input: InquiryInput): Promise<InquiryRow> {
  authorize(ctx.actor, 'press.manage');
  const today = todayVn();
  const errors: FieldError[] = [];
  const v = {
    kind: input.kind,
    complexity: input.kind === 'information_request' ? (input.complexity ?? null) : null,
    receivedOn: input.receivedOn,
    channel: input.channel,
    requesterName: cleanText(input.requesterName ?? ''),
    requesterContact: optional(input.requesterContact),
    agencyUnitId: input.kind === 'information_request' ? null : (input.agencyUnitId ?? null),
    pressAgencyId: input.kind === 'information_request' ? null : (input.pressAgencyId || null),
    journalistName: input.kind === 'information_request' ? null : optional(input.journalistName),
    subject: cleanText(input.subject ?? ''),
    content: (input.content ?? '').normalize('NFC').trim(),
    policyId: input.policyId || null,
    unitId: input.unitId || null,
    officerId: input.officerId || null,
  };
  if (!INQUIRY_KINDS.includes(v.kind)) errors.push({ path: 'kind', message: 'Chọn loại: câu hỏi của báo chí, vấn đề báo chí chuyển đến hoặc yêu cầu cung cấp thông tin.' });
  if (v.kind === 'information_request' && !COMPLEXITIES.includes(v.complexity as Complexity)) errors.push({ path: 'complexity', message: 'Chọn thông tin đơn giản, có sẵn hoặc thông tin phức tạp.' });
  if (!CHANNELS.includes(v.channel)) errors.push({ path: 'channel', message: 'Chọn hình thức tiếp nhận.' });
  if (!isIsoDate(v.receivedOn)) errors.push({ path: 'receivedOn', message: 'Ngày tiếp nhận không hợp lệ.' });
  else if (v.receivedOn > today) errors.push({ path: 'receivedOn', message: 'Ngày tiếp nhận không được sau hôm nay.' });
  if (!v.requesterName) errors.push({ path: 'requesterName', message: 'Nhập người (cơ quan) yêu cầu.' });
  if (!v.subject) errors.push({ path: 'subject', message: 'Nhập trích yếu nội dung.' });
  if (!v.content) errors.push({ path: 'content', message: 'Nhập nội dung yêu cầu.' });
  const dir = await getDirectory(ctx.db);
  if (v.kind !== 'information_request' && v.pressAgencyId) {
    // the press agencies directory: the province's press and the resident offices of central agencies
    const agency = await getPressAgency(ctx.db, v.pressAgencyId);
    const existed = agency && (!isIsoDate(v.receivedOn) || (agency.validFrom <= v.receivedOn && (agency.validTo === null || v.receivedOn <= agency.validTo)));
    if (!agency || !existed) errors.push({ path: 'pressAgencyId', message: 'Không có cơ quan báo chí này trong danh mục vào ngày tiếp nhận; chọn một cơ quan báo chí trong danh sách.' });
    else v.agencyUnitId = agency.orgUnitId;
  } else if (v.kind !== 'information_request') {
    // a unit of type bao_chi, as the API took it before the directory (migration 0039)
    const agency = v.agencyUnitId ? dir.unit(v.agencyUnitId) : undefined;
    const existed = agency && (!isIsoDate(v.receivedOn) || (agency.validFrom <= v.receivedOn && (agency.validTo === null || v.receivedOn < agency.validTo)));
    if (!v.agencyUnitId) errors.push({ path: 'pressAgencyId', message: 'Chọn cơ quan báo chí.' });
    else if (!agency || agency.type !== 'bao_chi' || !existed) errors.push({ path: 'agencyUnitId', message: 'Không có cơ quan báo chí này trong danh mục; chọn một cơ quan báo chí trong danh sách.' });
  }
  // a press inquiry comes from a journalist of the agency (PN-05); a forwarded issue from the agency itself
  if (v.kind === 'press' && !v.journalistName) errors.push({ path: 'journalistName', message: 'Nhập tên phóng viên đặt câu hỏi.' });
  if (v.policyId && !(await findDraft(ctx.db, v.policyId))) errors.push({ path: 'policyId', message: 'Không tìm thấy chính sách, dự thảo được liên kết.' });
  if (errors.length) throw new AppError('validation', errors.length === 1 ? errors[0]!.message : 'Thông tin tiếp nhận chưa hợp lệ.', { errors });
  if (v.unitId) await checkAssignee(ctx.db, v.unitId, v.officerId);

  const deadline = await computeDeadline(ctx.db, { kind: v.kind, complexity: v.complexity, receivedOn: v.receivedOn }).catch((e: unknown) => {
    // a day before the law that sets the period (Luật Tiếp cận thông tin from 01/07/2018): no deadline, so no intake
    if (isAppError(e) && e.code === 'config') throw new AppError('validation', 'Không có quy định về thời hạn trả lời áp dụng cho ngày nhận này.', { errors: [{ path: 'receivedOn', message: 'Ngày nhận trước khi có quy định về thời hạn.' }] });
    throw e;
  });
  if (deadline.dueOn < today) {
    throw new AppError('validation', `Hạn trả lời theo quy định là ${formatDateVi(deadline.dueOn, 'short')} (${basisText(deadline.basis)}), đã qua; không thể tiếp nhận với ngày nhận này.`, { errors: [{ path: 'receivedOn', message: 'Hạn trả lời tính từ ngày nhận này đã qua.' }] });
  }
  return ctx.db.transaction(async (tx) => {
    const row = await insertInquiry(tx, {
      id: randomUUID(),
      ...v,
      status: v.unitId ? 'assigned' : 'received',
      dueOn: deadline.dueOn,
      dueBasis: deadline.basis,
      noticeDueOn: deadline.noticeDueOn,
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    if (row.unitId) await notifyAssigned(tx, ctx.publicUrl, row.createdBy, assignmentOf(row));
    await recordAudit(tx, { actor: ctx.actor, action: 'press.inquiry.receive', subjectType: 'press_inquiry', subjectId: row.id, after: auditedInquiry(row), requestId: ctx.requestId });
    return row;
  });
}
