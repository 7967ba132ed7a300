import { randomUUID } from 'node:crypto';
import { authorize } from '../../../../platform/auth';
import { recordAudit } from '../../../../platform/audit';
import type { ActionContext } from '../../../../platform/context';
import { AppError, notFound, type FieldError } from '../../../../platform/errors';
import { cleanText, isIsoDate } from '../../../../platform/text';
import { getDirectory } from '../../../organisations';
import { AGENCY_KINDS, type AgencyKind } from '../labels';
import { findAgencyForUpdate, findByLicence, insertAgency, updateAgency } from '../repo';
import type { PressAgencyRow } from '../tables';

export interface PressAgencyInput {
  name: string;
  kind: AgencyKind;
  licenceNo?: string | null;
  licenceDate?: string | null;
  headOffice?: string | null;
  /** Where invitations go: one or more addresses. */
  emails?: string[];
  phone?: string | null;
  /** The province's own unit of type `bao_chi` this agency is, if it is one. */
  orgUnitId?: string | null;
  validFrom: string;
  /** The last day (inclusive), or none. */
  validTo?: string | null;
  note?: string | null;
}

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;
const optional = (v: string | null | undefined) => (v ? cleanText(v) || null : null);
const invalid = (errors: FieldError[], summary: string) => new AppError('validation', errors.length === 1 ? errors[0]!.message : summary, { errors });

/** Checks an agency: a name and kind, well-formed addresses, dates in order, a linked unit that is a press unit. */
async function checked(ctx: ActionContext, input: PressAgencyInput, exceptId?: string) {
  const errors: FieldError[] = [];
  const emails = [...new Set((input.emails ?? []).map((e) => cleanText(e).toLowerCase()).filter(Boolean))];
  const v = {
    name: cleanText(input.name ?? ''),
    kind: input.kind,
    licenceNo: optional(input.licenceNo),
    licenceDate: input.licenceDate || null,
    headOffice: optional(input.headOffice),
    emails,
    phone: optional(input.phone),
    orgUnitId: input.orgUnitId || null,
    validFrom: input.validFrom,
    validTo: input.validTo || null,
    note: optional(input.note),
  };
  if (!v.name) errors.push({ path: 'name', message: 'Nhập tên cơ quan báo chí.' });
  if (!AGENCY_KINDS.includes(v.kind)) errors.push({ path: 'kind', message: 'Chọn loại hình báo chí.' });
  emails.forEach((e, i) => {
    if (!EMAIL.test(e)) errors.push({ path: `emails/${i}`, message: `Địa chỉ thư điện tử «${e}» không hợp lệ.` });
  });
  if (v.licenceDate !== null && !isIsoDate(v.licenceDate)) errors.push({ path: 'licenceDate', message: 'Ngày cấp giấy phép không hợp lệ.' });
  if (!isIsoDate(v.validFrom)) errors.push({ path: 'validFrom', message: 'Ngày bắt đầu không hợp lệ.' });
  if (v.validTo !== null && !isIsoDate(v.validTo)) errors.push({ path: 'validTo', message: 'Ngày kết thúc không hợp lệ.' });
  else if (v.validTo !== null && isIsoDate(v.validFrom) && v.validTo < v.validFrom) errors.push({ path: 'validTo', message: 'Ngày kết thúc không được trước ngày bắt đầu.' });
  if (v.orgUnitId) {
    const unit = (await getDirectory(ctx.db)).unit(v.orgUnitId);
    if (!unit) errors.push({ path: 'orgUnitId', message: 'Không có đơn vị này trong danh mục tổ chức.' });
    else if (unit.type !== 'bao_chi') errors.push({ path: 'orgUnitId', message: `${unit.name} không phải là cơ quan báo chí trong danh mục tổ chức.` });
  }
  if (v.licenceNo) {
    const other = await findByLicence(ctx.db, v.licenceNo, exceptId);
    if (other) errors.push({ path: 'licenceNo', message: `Số giấy phép ${v.licenceNo} đã có trong danh mục (${other.name}).` });
  }
  if (errors.length) throw invalid(errors, 'Thông tin cơ quan báo chí chưa hợp lệ.');
  return v;
}

const audited = (r: PressAgencyRow) => ({ name: r.name, kind: r.kind, licenceNo: r.licenceNo, licenceDate: r.licenceDate, headOffice: r.headOffice, emails: r.emails.join(', '), phone: r.phone, orgUnitId: r.orgUnitId, validFrom: r.validFrom, validTo: r.validTo, note: r.note });
// two people saving the same licence at once: the unique index decides, and the loser gets the same message
const duplicateLicence = (e: unknown, licenceNo: string | null): never => {
  const code = (e as { code?: string; cause?: { code?: string } }).code ?? (e as { cause?: { code?: string } }).cause?.code;
  if (code === '23505' && licenceNo) throw invalid([{ path: 'licenceNo', message: `Số giấy phép ${licenceNo} đã có trong danh mục.` }], '');
  throw e;
};
const userId = (ctx: ActionContext) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

/** Adds a press agency to the directory. */
export async function createPressAgency(ctx: ActionContext, input: PressAgencyInput): Promise<PressAgencyRow> {
  authorize(ctx.actor, 'press.manage');
  const v = await checked(ctx, input);
  return ctx.db.transaction(async (tx) => {
    const row = await insertAgency(tx, { id: randomUUID(), ...v, createdBy: userId(ctx) }).catch((e: unknown) => duplicateLicence(e, v.licenceNo));
    await recordAudit(tx, { actor: ctx.actor, action: 'press.agency.create', subjectType: 'press_agency', subjectId: row.id, after: audited(row), requestId: ctx.requestId });
    return row;
  });
}

/** Changes an agency's details; the audit log keeps the previous values. */
export async function editPressAgency(ctx: ActionContext, id: string, input: PressAgencyInput): Promise<PressAgencyRow> {
  authorize(ctx.actor, 'press.manage');
  const v = await checked(ctx, input, id);
  return ctx.db.transaction(async (tx) => {
    const current = await findAgencyForUpdate(tx, id);
    if (!current) throw notFound('cơ quan báo chí');
    const row = await updateAgency(tx, id, v).catch((e: unknown) => duplicateLicence(e, v.licenceNo));
    await recordAudit(tx, { actor: ctx.actor, action: 'press.agency.edit', subjectType: 'press_agency', subjectId: id, before: audited(current), after: audited(row), requestId: ctx.requestId });
    return row;
  });
}

/** Ends an agency on `endOn` (its last day in the directory) with a reason; invitations stop offering it after. */
export async function endPressAgency(ctx: ActionContext, id: string, input: { endOn: string; reason: string }): Promise<PressAgencyRow> {
  authorize(ctx.actor, 'press.manage');
  const reason = cleanText(input.reason ?? '');
  if (!reason) throw invalid([{ path: 'reason', message: 'Nhập lý do kết thúc.' }], '');
  if (!isIsoDate(input.endOn)) throw invalid([{ path: 'endOn', message: 'Ngày kết thúc không hợp lệ.' }], '');
  return ctx.db.transaction(async (tx) => {
    const current = await findAgencyForUpdate(tx, id);
    if (!current) throw notFound('cơ quan báo chí');
    if (current.endReason) throw new AppError('conflict', 'Cơ quan báo chí này đã kết thúc trong danh mục.');
    if (input.endOn < current.validFrom) throw invalid([{ path: 'endOn', message: 'Ngày kết thúc không được trước ngày bắt đầu.' }], '');
    const row = await updateAgency(tx, id, { validTo: input.endOn, endReason: reason });
    await recordAudit(tx, { actor: ctx.actor, action: 'press.agency.end', subjectType: 'press_agency', subjectId: id, before: { validTo: current.validTo }, after: { validTo: input.endOn, endReason: reason }, requestId: ctx.requestId });
    return row;
  });
}
