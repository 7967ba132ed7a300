import { randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import { now } from '../../../platform/clock';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound, type FieldError } from '../../../platform/errors';
import { cleanText, isIsoDate } from '../../../platform/text';
import { getDirectory } from '../../organisations';
import { SPOKESPERSON_KINDS, type SpokespersonKind } from '../labels';
import { currentVersionForUpdate, insertSpokespersonVersion, supersedeVersion, type SpokespersonRow } from '../repo';

export interface SpokespersonInput {
  unitId: string;
  kind: SpokespersonKind;
  personName: string;
  title: string;
  phone?: string | null;
  email?: string | null;
  scope?: string | null;
  validFrom: string;
  /** The last day of the assignment (inclusive), or none for "until further notice". */
  validTo?: string | null;
  decisionRef?: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const optional = (v: string | null | undefined) => (v ? cleanText(v) || null : null);

/** Checks an assignment (PN-01): a unit of the directory, dates in order, an authorised person's matter and decision. */
async function checked(ctx: ActionContext, input: SpokespersonInput) {
  const errors: FieldError[] = [];
  const v = {
    unitId: input.unitId,
    kind: input.kind,
    personName: cleanText(input.personName ?? ''),
    title: cleanText(input.title ?? ''),
    phone: optional(input.phone),
    email: optional(input.email)?.toLowerCase() ?? null,
    scope: optional(input.scope),
    validFrom: input.validFrom,
    validTo: input.validTo || null,
    decisionRef: optional(input.decisionRef),
  };
  const unit = (await getDirectory(ctx.db)).unit(v.unitId);
  if (!unit) errors.push({ path: 'unitId', message: 'Không có đơn vị này trong danh mục tổ chức.' });
  if (!SPOKESPERSON_KINDS.includes(v.kind)) errors.push({ path: 'kind', message: 'Chọn người đứng đầu, người phát ngôn hoặc người được ủy quyền.' });
  if (!v.personName) errors.push({ path: 'personName', message: 'Nhập họ và tên.' });
  if (!v.title) errors.push({ path: 'title', message: 'Nhập chức vụ.' });
  if (v.email && !EMAIL.test(v.email)) errors.push({ path: 'email', message: 'Địa chỉ thư điện tử không hợp lệ.' });
  // the portal publishes how the press reaches each one (NĐ 09/2017, Điều 3): a name alone reaches nobody
  if (!v.phone && !v.email) errors.push({ path: 'phone', message: 'Nhập điện thoại hoặc thư điện tử công vụ để báo chí liên hệ (được công bố trên cổng thông tin).' });
  if (!isIsoDate(v.validFrom)) errors.push({ path: 'validFrom', message: 'Ngày bắt đầu không hợp lệ.' });
  if (v.validTo !== null && !isIsoDate(v.validTo)) errors.push({ path: 'validTo', message: 'Ngày kết thúc không hợp lệ.' });
  else if (v.validTo !== null && isIsoDate(v.validFrom) && v.validTo < v.validFrom) errors.push({ path: 'validTo', message: 'Ngày kết thúc không được trước ngày bắt đầu.' });
  if (unit && isIsoDate(v.validFrom) && unit.validTo !== null && v.validFrom >= unit.validTo) errors.push({ path: 'validFrom', message: `${unit.name} không còn hoạt động từ ngày bắt đầu này.` });
  if (v.kind === 'authorised') {
    // NĐ 09/2017 Art. 2: an authorisation is written, for one matter
    if (!v.scope) errors.push({ path: 'scope', message: 'Người được ủy quyền phải có nội dung (vấn đề) được ủy quyền phát ngôn.' });
    if (!v.decisionRef) errors.push({ path: 'decisionRef', message: 'Người được ủy quyền phải có văn bản ủy quyền (số, ký hiệu).' });
  }
  if (errors.length) throw new AppError('validation', errors.length === 1 ? errors[0]!.message : 'Thông tin người phát ngôn chưa hợp lệ.', { errors });
  return v;
}

const audited = (r: SpokespersonRow) => ({ unitId: r.unitId, kind: r.kind, title: r.title, validFrom: r.validFrom, validTo: r.validTo, decisionRef: r.decisionRef, scope: r.scope, version: r.version });

/** Adds a spokesperson assignment to a unit (version 1). */
export async function createSpokesperson(ctx: ActionContext, input: SpokespersonInput): Promise<SpokespersonRow> {
  authorize(ctx.actor, 'press.manage');
  const v = await checked(ctx, input);
  return ctx.db.transaction(async (tx) => {
    const row = await insertSpokespersonVersion(tx, { id: randomUUID(), assignmentId: randomUUID(), version: 1, ...v, createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null });
    await recordAudit(tx, { actor: ctx.actor, action: 'press.spokesperson.create', subjectType: 'press_spokesperson', subjectId: row.assignmentId, after: audited(row), requestId: ctx.requestId });
    return row;
  });
}

/** Changes an assignment by writing its next version; the previous one stays as history. */
export async function editSpokesperson(ctx: ActionContext, assignmentId: string, input: SpokespersonInput): Promise<SpokespersonRow> {
  authorize(ctx.actor, 'press.manage');
  const v = await checked(ctx, input);
  return ctx.db.transaction(async (tx) => {
    const current = await currentVersionForUpdate(tx, assignmentId);
    if (!current) throw notFound('người phát ngôn');
    if (current.endReason) throw new AppError('conflict', 'Việc giao phát ngôn này đã kết thúc; hãy thêm mới nếu giao lại.');
    await supersedeVersion(tx, current.id, now().toISOString());
    const row = await insertSpokespersonVersion(tx, { id: randomUUID(), assignmentId, version: current.version + 1, ...v, createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null });
    await recordAudit(tx, { actor: ctx.actor, action: 'press.spokesperson.edit', subjectType: 'press_spokesperson', subjectId: assignmentId, before: audited(current), after: audited(row), requestId: ctx.requestId });
    return row;
  });
}

/** Ends an assignment on `endOn` (its last day) with a reason, as a new version. */
export async function endSpokesperson(ctx: ActionContext, assignmentId: string, input: { endOn: string; reason: string }): Promise<SpokespersonRow> {
  authorize(ctx.actor, 'press.manage');
  const reason = cleanText(input.reason ?? '');
  if (!reason) throw new AppError('validation', 'Nhập lý do kết thúc.', { errors: [{ path: 'reason', message: 'Nhập lý do kết thúc.' }] });
  if (!isIsoDate(input.endOn)) throw new AppError('validation', 'Ngày kết thúc không hợp lệ.', { errors: [{ path: 'endOn', message: 'Ngày kết thúc không hợp lệ.' }] });
  return ctx.db.transaction(async (tx) => {
    const current = await currentVersionForUpdate(tx, assignmentId);
    if (!current) throw notFound('người phát ngôn');
    if (current.endReason) throw new AppError('conflict', 'Việc giao phát ngôn này đã kết thúc.');
    if (input.endOn < current.validFrom) throw new AppError('validation', 'Ngày kết thúc không được trước ngày bắt đầu.', { errors: [{ path: 'endOn', message: 'Ngày kết thúc không được trước ngày bắt đầu.' }] });
    await supersedeVersion(tx, current.id, now().toISOString());
    const { id: _id, supersededAt: _s, createdAt: _c, ...rest } = current;
    const row = await insertSpokespersonVersion(tx, { ...rest, id: randomUUID(), version: current.version + 1, validTo: input.endOn, endReason: reason, createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null });
    await recordAudit(tx, { actor: ctx.actor, action: 'press.spokesperson.end', subjectType: 'press_spokesperson', subjectId: assignmentId, before: { validTo: current.validTo }, after: { validTo: input.endOn, endReason: reason }, requestId: ctx.requestId });
    return row;
  });
}
