import type { ActionContext } from '../../platform/context';
import { AppError, type FieldError } from '../../platform/errors';
import { cleanText, isIsoDate, todayVn } from '../../platform/text';
import { getDirectory } from '../organisations';
import { FUNDING_SOURCES, MODES, PRODUCT_TYPES, type FundingSource, type Mode, type ProductType } from './labels';
import { findLinkedPlanTask } from '../plans';
import { findPolicyTitle, findServiceWithList } from './repo';
import { serviceProblem } from './services';
import { supplierOn } from './supplier';

export interface LineInput {
  productType: ProductType;
  topic: string;
  quantity: number;
  unit: string;
  length?: string | null;
  channel?: string | null;
  placement?: string | null;
  /** Price of one unit in đồng; the line total and the order total are computed from it, never sent. */
  unitPrice: number;
}

/** What a person fills in for an order (DH-03). */
export interface CommissionInput {
  title: string;
  ordererUnitId: string;
  mode: Mode;
  supplierId: string;
  legalBasis: string;
  policyId?: string | null;
  planTaskId?: string | null;
  /** The public service of an approved list (DH-02); a draft may leave it empty, approval may not. */
  serviceId?: string | null;
  fundingSource: FundingSource;
  startsOn: string;
  endsOn: string;
  deliverBy: string;
  acceptanceCriteria: string;
  paymentTerms?: string | null;
  lines: LineInput[];
}

/** Largest amount accepted for one line or an order: 10^13 đồng stays exact in a double and in bigint. */
export const MAX_AMOUNT = 10_000_000_000_000;

const opt = (v: string | null | undefined) => (v ? cleanText(v) || null : null);
const bad = (errors: FieldError[]) => new AppError('validation', errors.length === 1 ? errors[0]!.message : 'Thông tin đặt hàng chưa hợp lệ.', { errors });

/**
 * Checks an order and computes its amounts: each line's total is quantity × unit price, the order's total their sum
 * (DH-03, in whole đồng). It must name a policy or a plan task (CT 07, TT-06), a press agency of the directory, and
 * a delivery deadline inside its timeframe that has not passed, and a public service that fits it when one is named
 * (DH-02, services.ts).
 */
export async function checkedCommission(ctx: ActionContext, input: CommissionInput) {
  const errors: FieldError[] = [];
  const today = todayVn();
  const lines = (input.lines ?? []).map((l, i) => {
    const quantity = Number(l.quantity);
    const unitPrice = Number(l.unitPrice);
    if (!PRODUCT_TYPES.includes(l.productType)) errors.push({ path: `lines/${i}/productType`, message: 'Chọn loại sản phẩm.' });
    if (!cleanText(l.topic ?? '')) errors.push({ path: `lines/${i}/topic`, message: 'Nhập chủ đề, nội dung của sản phẩm.' });
    if (!Number.isInteger(quantity) || quantity <= 0) errors.push({ path: `lines/${i}/quantity`, message: 'Số lượng phải là số nguyên lớn hơn 0.' });
    if (!cleanText(l.unit ?? '')) errors.push({ path: `lines/${i}/unit`, message: 'Nhập đơn vị tính (bài, phút, số…).' });
    if (!Number.isInteger(unitPrice) || unitPrice < 0) errors.push({ path: `lines/${i}/unitPrice`, message: 'Đơn giá là số đồng, không âm, không có phần lẻ.' });
    const lineTotal = quantity * unitPrice;
    if (lineTotal > MAX_AMOUNT) errors.push({ path: `lines/${i}/unitPrice`, message: 'Thành tiền quá lớn.' });
    return { productType: l.productType, topic: cleanText(l.topic ?? ''), quantity, unit: cleanText(l.unit ?? ''), length: opt(l.length), channel: opt(l.channel), placement: opt(l.placement), unitPrice, lineTotal };
  });
  if (lines.length === 0) errors.push({ path: 'lines', message: 'Đơn đặt hàng phải có ít nhất một sản phẩm.' });
  const totalAmount = lines.reduce((s, l) => s + l.lineTotal, 0);
  if (totalAmount > MAX_AMOUNT) errors.push({ path: 'lines', message: 'Tổng giá trị quá lớn.' });

  const v = {
    title: cleanText(input.title ?? ''),
    ordererUnitId: input.ordererUnitId,
    mode: input.mode,
    supplierId: input.supplierId,
    legalBasis: cleanText(input.legalBasis ?? ''),
    policyId: input.policyId || null,
    planTaskId: input.planTaskId || null,
    serviceId: input.serviceId || null,
    fundingSource: input.fundingSource,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    deliverBy: input.deliverBy,
    acceptanceCriteria: cleanText(input.acceptanceCriteria ?? ''),
    paymentTerms: opt(input.paymentTerms),
  };
  if (!v.title) errors.push({ path: 'title', message: 'Nhập tên đơn đặt hàng.' });
  if (!(await getDirectory(ctx.db)).unit(v.ordererUnitId)) errors.push({ path: 'ordererUnitId', message: 'Không có đơn vị đặt hàng này trong danh mục tổ chức.' });
  if (!MODES.includes(v.mode)) errors.push({ path: 'mode', message: 'Chọn hình thức: giao nhiệm vụ, đặt hàng hoặc đấu thầu.' });
  if (!FUNDING_SOURCES.includes(v.fundingSource)) errors.push({ path: 'fundingSource', message: 'Chọn nguồn kinh phí.' });
  if (!v.legalBasis) errors.push({ path: 'legalBasis', message: 'Nhập căn cứ pháp lý (ví dụ Nghị định 32/2019/NĐ-CP).' });
  if (!v.acceptanceCriteria) errors.push({ path: 'acceptanceCriteria', message: 'Nhập tiêu chí, phương thức nghiệm thu.' });
  const datesOk = isIsoDate(v.startsOn) && isIsoDate(v.endsOn) && isIsoDate(v.deliverBy);
  if (!isIsoDate(v.startsOn)) errors.push({ path: 'startsOn', message: 'Ngày bắt đầu không hợp lệ.' });
  if (!isIsoDate(v.endsOn)) errors.push({ path: 'endsOn', message: 'Ngày kết thúc không hợp lệ.' });
  if (!isIsoDate(v.deliverBy)) errors.push({ path: 'deliverBy', message: 'Hạn giao sản phẩm không hợp lệ.' });
  if (datesOk && v.endsOn < v.startsOn) errors.push({ path: 'endsOn', message: 'Ngày kết thúc không được trước ngày bắt đầu.' });
  if (datesOk && (v.deliverBy < v.startsOn || v.deliverBy > v.endsOn)) errors.push({ path: 'deliverBy', message: 'Hạn giao sản phẩm phải nằm trong thời gian thực hiện.' });
  if (datesOk && v.deliverBy < today) errors.push({ path: 'deliverBy', message: 'Hạn giao sản phẩm đã qua; chọn một ngày từ hôm nay trở đi.' });

  // CT 07 (TT-06): every commissioned item serves a policy (draft) or a task of the plan
  if (!v.policyId && !v.planTaskId) errors.push({ path: 'policyId', message: 'Đơn đặt hàng phải gắn với một chính sách (dự thảo) hoặc một nhiệm vụ của kế hoạch.' });
  const [policy, task] = await Promise.all([v.policyId ? findPolicyTitle(ctx.db, v.policyId) : null, v.planTaskId ? findLinkedPlanTask(ctx.db, v.planTaskId) : null]);
  if (v.policyId && !policy) errors.push({ path: 'policyId', message: 'Không có chính sách (dự thảo) này.' });
  if (v.planTaskId && !task) errors.push({ path: 'planTaskId', message: 'Không có nhiệm vụ này trong các kế hoạch.' });
  // DH-02: a service chosen must fit the order now; none chosen is allowed on a draft (approval asks for it)
  const service = v.serviceId ? await findServiceWithList(ctx.db, v.serviceId) : null;
  if (v.serviceId && isIsoDate(v.startsOn)) {
    const problem = serviceProblem(service, v.startsOn, lines.map((l) => l.productType));
    if (problem) errors.push({ path: 'serviceId', message: problem });
  }
  if (errors.length) throw bad(errors);

  const supplier = await supplierOn(ctx.db, v.supplierId, v.startsOn);
  return { ...v, serviceName: service?.service.name ?? null, supplierName: supplier.name, budgetYear: Number(v.startsOn.slice(0, 4)), totalAmount, lines };
}

export type CheckedCommission = Awaited<ReturnType<typeof checkedCommission>>;
