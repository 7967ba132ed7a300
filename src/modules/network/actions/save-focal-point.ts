import { randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import type { Executor } from '../../../platform/db';
import { AppError, notFound, type FieldError } from '../../../platform/errors';
import { cleanText, fold, isIsoDate, phoneProblem } from '../../../platform/text';
import { getDirectory } from '../../organisations';
import { LEVELS, type Level } from '../labels';
import { findFocalPoint, findPerson, insertFocalPoint, listFocalPoints, updateFocalPoint, type FocalPointRow } from '../repo';

export interface FocalPointInput {
  /** A person of the organisations directory; name, title and contacts left empty are taken from it. */
  personId?: string | null;
  personName?: string | null;
  title?: string | null;
  unitId: string;
  level: Level;
  email?: string | null;
  phone?: string | null;
  /** The person's user id as a follower of the province's Zalo OA. */
  zaloUserId?: string | null;
  /** When they joined the external Zalo work group. */
  zaloJoinedOn?: string | null;
  validFrom: string;
  /** The last day (inclusive), or none for "until further notice". */
  validTo?: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const optional = (v: string | null | undefined) => (v ? cleanText(v) || null : null);
const fail = (errors: FieldError[], summary: string) => new AppError('validation', errors.length === 1 ? errors[0]!.message : summary, { errors });

/** Checks a focal point: a unit of the directory, a name (or a person), contacts in shape, dates in order. */
async function checked(ctx: ActionContext, input: FocalPointInput) {
  const errors: FieldError[] = [];
  const person = input.personId ? await findPerson(ctx.db, input.personId) : null;
  if (input.personId && !person) errors.push({ path: 'personId', message: 'Không có người này trong danh bạ.' });
  const v = {
    personId: person?.id ?? null,
    personName: optional(input.personName) ?? person?.fullName ?? '',
    title: optional(input.title) ?? person?.title ?? null,
    unitId: input.unitId,
    level: input.level,
    email: (optional(input.email) ?? person?.email ?? null)?.toLowerCase() ?? null,
    phone: optional(input.phone) ?? person?.phone ?? null,
    zaloUserId: optional(input.zaloUserId),
    zaloJoinedOn: input.zaloJoinedOn || null,
    validFrom: input.validFrom,
    validTo: input.validTo || null,
  };
  const unit = (await getDirectory(ctx.db)).unit(v.unitId);
  if (!unit) errors.push({ path: 'unitId', message: 'Không có đơn vị này trong danh mục tổ chức.' });
  if (!LEVELS.includes(v.level)) errors.push({ path: 'level', message: 'Chọn cấp của đầu mối (tỉnh, sở ngành, xã hoặc khác).' });
  if (!v.personName) errors.push({ path: 'personName', message: 'Nhập họ và tên, hoặc chọn một người trong danh bạ.' });
  if (v.email && !EMAIL.test(v.email)) errors.push({ path: 'email', message: 'Địa chỉ thư điện tử không hợp lệ.' });
  if (v.phone && phoneProblem(v.phone)) errors.push({ path: 'phone', message: phoneProblem(v.phone)! });
  if (v.zaloUserId && !/^\d{5,30}$/.test(v.zaloUserId)) errors.push({ path: 'zaloUserId', message: 'Mã người theo dõi Zalo OA là một dãy số (Zalo cấp khi người đó quan tâm OA).' });
  if (v.zaloJoinedOn !== null && !isIsoDate(v.zaloJoinedOn)) errors.push({ path: 'zaloJoinedOn', message: 'Ngày vào nhóm Zalo không hợp lệ.' });
  if (!isIsoDate(v.validFrom)) errors.push({ path: 'validFrom', message: 'Ngày bắt đầu không hợp lệ.' });
  if (v.validTo !== null && !isIsoDate(v.validTo)) errors.push({ path: 'validTo', message: 'Ngày kết thúc không hợp lệ.' });
  else if (v.validTo !== null && isIsoDate(v.validFrom) && v.validTo < v.validFrom) errors.push({ path: 'validTo', message: 'Ngày kết thúc không được trước ngày bắt đầu.' });
  if (unit && isIsoDate(v.validFrom) && unit.validTo !== null && v.validFrom >= unit.validTo) errors.push({ path: 'validFrom', message: `${unit.name} không còn hoạt động từ ngày bắt đầu này.` });
  if (errors.length) throw fail(errors, 'Thông tin đầu mối chưa hợp lệ.');
  return v;
}

/** What the audit keeps of a focal point: no contact details (they are personal data), only whether each is set. */
const audited = (r: FocalPointRow) => ({ unitId: r.unitId, level: r.level, title: r.title, hasEmail: r.email !== null, hasZalo: r.zaloUserId !== null, zaloJoinedOn: r.zaloJoinedOn, validFrom: r.validFrom, validTo: r.validTo });
const userOf = (ctx: ActionContext) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

type Span = { validFrom: string; validTo: string | null };
/** Two periods (last days inclusive) share a day. */
const overlaps = (a: Span, b: Span) => (a.validTo === null || a.validTo >= b.validFrom) && (b.validTo === null || b.validTo >= a.validFrom);
/** The same directory person, or the same name (accents and case aside) with the same email. */
const isSamePerson = (a: Pick<FocalPointRow, 'personId' | 'personName' | 'email'>, b: Pick<FocalPointRow, 'personId' | 'personName' | 'email'>) =>
  a.personId !== null || b.personId !== null ? a.personId === b.personId : fold(a.personName) === fold(b.personName) && (a.email ?? '') === (b.email ?? '');

/** The same person twice for the same unit over the same days would receive every broadcast twice: 409. */
async function refuseTwice(tx: Executor, v: Pick<FocalPointRow, 'unitId' | 'personId' | 'personName' | 'email' | 'validFrom' | 'validTo'>, exceptId: string | null): Promise<void> {
  const same = (await listFocalPoints(tx, { unitIds: [v.unitId] })).find((f) => f.id !== exceptId && isSamePerson(f, v) && overlaps(f, v));
  if (same) throw new AppError('conflict', `${same.personName} đã là đầu mối của đơn vị này trong thời gian đó; hãy sửa đầu mối đã có thay vì thêm lần nữa.`);
}

/** Designates a focal point of a unit (the same person for the same unit and days is refused, 409). */
export async function createFocalPoint(ctx: ActionContext, input: FocalPointInput): Promise<FocalPointRow> {
  authorize(ctx.actor, 'network.manage');
  const v = await checked(ctx, input);
  return ctx.db.transaction(async (tx) => {
    await refuseTwice(tx, v, null);
    const row = await insertFocalPoint(tx, { id: randomUUID(), ...v, createdBy: userOf(ctx) });
    await recordAudit(tx, { actor: ctx.actor, action: 'network.focalPoint.create', subjectType: 'network_focal_point', subjectId: row.id, after: audited(row), requestId: ctx.requestId });
    return row;
  });
}

/** Changes a focal point (the audit keeps what it was). */
export async function editFocalPoint(ctx: ActionContext, id: string, input: FocalPointInput): Promise<FocalPointRow> {
  authorize(ctx.actor, 'network.manage');
  const v = await checked(ctx, input);
  return ctx.db.transaction(async (tx) => {
    const current = await findFocalPoint(tx, id, true);
    if (!current) throw notFound('đầu mối');
    if (current.endReason) throw new AppError('conflict', 'Đầu mối này đã kết thúc; hãy thêm mới nếu giao lại.');
    await refuseTwice(tx, v, id);
    const row = await updateFocalPoint(tx, id, v);
    await recordAudit(tx, { actor: ctx.actor, action: 'network.focalPoint.edit', subjectType: 'network_focal_point', subjectId: id, before: audited(current), after: audited(row), requestId: ctx.requestId });
    return row;
  });
}

/** Ends a focal point on `endOn` (its last day) with a reason; it stays in the history and leaves broadcasts after. */
export async function endFocalPoint(ctx: ActionContext, id: string, input: { endOn: string; reason: string }): Promise<FocalPointRow> {
  authorize(ctx.actor, 'network.manage');
  const reason = cleanText(input.reason ?? '');
  if (!reason) throw fail([{ path: 'reason', message: 'Nhập lý do kết thúc.' }], '');
  if (!isIsoDate(input.endOn)) throw fail([{ path: 'endOn', message: 'Ngày kết thúc không hợp lệ.' }], '');
  return ctx.db.transaction(async (tx) => {
    const current = await findFocalPoint(tx, id, true);
    if (!current) throw notFound('đầu mối');
    if (current.endReason) throw new AppError('conflict', 'Đầu mối này đã kết thúc.');
    if (input.endOn < current.validFrom) throw fail([{ path: 'endOn', message: 'Ngày kết thúc không được trước ngày bắt đầu.' }], '');
    const row = await updateFocalPoint(tx, id, { validTo: input.endOn, endReason: reason });
    await recordAudit(tx, { actor: ctx.actor, action: 'network.focalPoint.end', subjectType: 'network_focal_point', subjectId: id, before: { validTo: current.validTo }, after: { validTo: input.endOn, endReason: reason }, requestId: ctx.requestId });
    return row;
  });
}
