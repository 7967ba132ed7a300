import { randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, type FieldError } from '../../../platform/errors';
import { addDays, cleanText, formatDateVi, isIsoDate, todayVn } from '../../../platform/text';
import { getDirectory } from '../../organisations';
import { PRODUCT_TYPES, type ProductType } from '../labels';
import { insertServiceList, listServiceListsForUpdate, updateServiceList, type ServiceListRow } from '../repo';
import { listLabel } from '../services';

/** One service as the decision lists it. */
export interface ServiceInput {
  name: string;
  productTypes: ProductType[];
  note?: string | null;
}

/** An approved list of budget-funded public services as its decision states it (DH-02). */
export interface ServiceListInput {
  decisionNo: string;
  signedOn: string;
  issuerUnitId: string;
  title?: string | null;
  validFrom: string;
  /** The last day in force; none while the list is open. */
  validTo?: string | null;
  services: ServiceInput[];
}

const day = (iso: string) => formatDateVi(iso, 'short');
const bad = (errors: FieldError[]) => new AppError('validation', errors.length === 1 ? errors[0]!.message : 'Danh mục dịch vụ chưa hợp lệ.', { errors });

function checked(input: ServiceListInput) {
  const errors: FieldError[] = [];
  const v = {
    decisionNo: cleanText(input.decisionNo ?? ''),
    signedOn: input.signedOn,
    issuerUnitId: input.issuerUnitId,
    title: cleanText(input.title ?? '') || null,
    validFrom: input.validFrom,
    validTo: input.validTo || null,
  };
  if (!v.decisionNo) errors.push({ path: 'decisionNo', message: 'Nhập số, ký hiệu của quyết định phê duyệt danh mục.' });
  if (!isIsoDate(v.signedOn)) errors.push({ path: 'signedOn', message: 'Ngày ký không hợp lệ.' });
  else if (v.signedOn > todayVn()) errors.push({ path: 'signedOn', message: 'Ngày ký không được sau hôm nay.' });
  if (!isIsoDate(v.validFrom)) errors.push({ path: 'validFrom', message: 'Ngày có hiệu lực không hợp lệ.' });
  if (v.validTo !== null && !isIsoDate(v.validTo)) errors.push({ path: 'validTo', message: 'Ngày hết hiệu lực không hợp lệ.' });
  else if (v.validTo !== null && isIsoDate(v.validFrom) && v.validTo < v.validFrom) errors.push({ path: 'validTo', message: 'Ngày hết hiệu lực không được trước ngày có hiệu lực.' });
  const seen = new Set<string>();
  const services = (input.services ?? []).map((s, i) => {
    const name = cleanText(s.name ?? '');
    const productTypes = [...new Set(s.productTypes ?? [])];
    if (!name) errors.push({ path: `services/${i}/name`, message: 'Nhập tên dịch vụ.' });
    else if (seen.has(name.toLocaleLowerCase('vi'))) errors.push({ path: `services/${i}/name`, message: `Dịch vụ "${name}" đã có trong danh mục.` });
    seen.add(name.toLocaleLowerCase('vi'));
    if (productTypes.length === 0 || productTypes.some((t) => !PRODUCT_TYPES.includes(t))) errors.push({ path: `services/${i}/productTypes`, message: 'Chọn ít nhất một loại sản phẩm dịch vụ bao gồm.' });
    return { name, productTypes, note: cleanText(s.note ?? '') || null };
  });
  if (services.length === 0) errors.push({ path: 'services', message: 'Danh mục phải có ít nhất một dịch vụ.' });
  return { v, services, errors };
}

/**
 * Records an approved list of public services (DH-02) — a coordinator's task. A list already in force on its start
 * date is ended the day before (superseded, kept with the orders that name its services); a list starting later
 * must begin after this one ends, and two lists never start on the same day.
 */
export async function createServiceList(ctx: ActionContext, input: ServiceListInput): Promise<ServiceListRow> {
  authorize(ctx.actor, 'commissions.manage');
  const { v, services, errors } = checked(input);
  const issuer = (await getDirectory(ctx.db)).unit(v.issuerUnitId);
  if (!issuer) errors.push({ path: 'issuerUnitId', message: 'Không có cơ quan ban hành này trong danh mục tổ chức.' });
  if (errors.length) throw bad(errors);
  const user = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  return ctx.db.transaction(async (tx) => {
    const lists = await listServiceListsForUpdate(tx);
    for (const l of lists) {
      if (l.validFrom === v.validFrom) throw bad([{ path: 'validFrom', message: `Đã có danh mục theo ${listLabel(l)} có hiệu lực từ cùng ngày ${day(v.validFrom)}.` }]);
      if (l.validFrom > v.validFrom && (v.validTo === null || v.validTo >= l.validFrom)) {
        throw bad([{ path: 'validTo', message: `Danh mục theo ${listLabel(l)} có hiệu lực từ ngày ${day(l.validFrom)}; danh mục này phải hết hiệu lực trước ngày đó.` }]);
      }
    }
    const id = randomUUID();
    const row = await insertServiceList(tx, { id, ...v, issuerName: issuer!.name, createdBy: user }, services.map((s, position) => ({ id: randomUUID(), listId: id, position, ...s })));
    await recordAudit(tx, { actor: ctx.actor, action: 'commissions.services.create', subjectType: 'press_service_list', subjectId: id, after: { decisionNo: v.decisionNo, signedOn: v.signedOn, issuerUnitId: v.issuerUnitId, validFrom: v.validFrom, validTo: v.validTo, services: services.map((s) => s.name) }, requestId: ctx.requestId });
    // the older lists still in force on the new one's first day end the day before
    for (const l of lists.filter((x) => x.validFrom < v.validFrom && (x.validTo === null || x.validTo >= v.validFrom))) {
      const ended = await updateServiceList(tx, l.id, { validTo: addDays(v.validFrom, -1), supersededBy: id });
      await recordAudit(tx, { actor: ctx.actor, action: 'commissions.services.supersede', subjectType: 'press_service_list', subjectId: l.id, before: { validTo: l.validTo }, after: { validTo: ended.validTo, supersededBy: id }, requestId: ctx.requestId });
    }
    return row;
  });
}
