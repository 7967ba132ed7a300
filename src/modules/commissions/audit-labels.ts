import { codeValue, plainValue, registerAuditVocabulary, type AuditVocabulary, type ValueContext } from '../../platform/audit';
import { getDirectory } from '../organisations';
import { getPressAgency } from '../press';
import { FUNDING_LABELS, MODE_LABELS, PRODUCT_TYPE_LABELS, STATUS_LABELS, formatVnd, type Label } from './labels';
import { findLinkedPlanTask } from '../plans';
import { commissionsByIds, policyTitles, serviceListsByIds, serviceNames } from './repo';
import { formatDateVi } from '../../platform/text';

const unknown = (ctx: ValueContext) => (ctx.lang === 'en' ? 'unknown' : 'không rõ');

async function unitValue(value: unknown, ctx: ValueContext): Promise<string> {
  if (typeof value !== 'string') return plainValue(null, ctx.lang);
  return (await getDirectory(ctx.db)).unit(value)?.name ?? unknown(ctx);
}

async function agencyValue(value: unknown, ctx: ValueContext): Promise<string> {
  if (typeof value !== 'string') return plainValue(null, ctx.lang);
  return (await getPressAgency(ctx.db, value))?.name ?? unknown(ctx);
}

async function policyValue(value: unknown, ctx: ValueContext): Promise<string> {
  if (typeof value !== 'string') return plainValue(null, ctx.lang);
  return (await policyTitles(ctx.db, [value])).get(value) ?? unknown(ctx);
}

async function taskValue(value: unknown, ctx: ValueContext): Promise<string> {
  if (typeof value !== 'string') return plainValue(null, ctx.lang);
  const t = await findLinkedPlanTask(ctx.db, value);
  return t ? `${t.code}. ${t.title}` : unknown(ctx);
}

async function serviceValue(value: unknown, ctx: ValueContext): Promise<string> {
  if (typeof value !== 'string') return plainValue(null, ctx.lang);
  return (await serviceNames(ctx.db, [value])).get(value) ?? unknown(ctx);
}

async function listValue(value: unknown, ctx: ValueContext): Promise<string> {
  if (typeof value !== 'string') return plainValue(null, ctx.lang);
  const l = (await serviceListsByIds(ctx.db, [value]))[0];
  return l ? `${ctx.lang === 'en' ? 'Decision' : 'Quyết định số'} ${l.decisionNo} ${ctx.lang === 'en' ? 'of' : 'ngày'} ${formatDateVi(l.signedOn, 'short')}` : unknown(ctx);
}

const vnd = (value: unknown, ctx: ValueContext) => (typeof value === 'number' ? `${formatVnd(value)} ${ctx.lang === 'en' ? 'VND' : 'đồng'}` : plainValue(value, ctx.lang));
const labels = (record: Record<string, Label>) => codeValue(record);

/** How the audit log names what the commissions module records (an order's timeline is read from it). */
export const commissionsAuditVocabulary: AuditVocabulary = {
  actions: {
    'commissions.create': ['Lập đơn đặt hàng', 'Drafted an order'],
    'commissions.edit': ['Sửa đơn đặt hàng', 'Changed an order'],
    'commissions.approve': ['Phê duyệt đặt hàng', 'Approved an order'],
    'commissions.sign': ['Ký đặt hàng', 'Signed an order'],
    'commissions.deliver': ['Ghi nhận sản phẩm giao', 'Registered a deliverable'],
    'commissions.accept': ['Nghiệm thu', 'Accepted deliverables'],
    'commissions.pay': ['Thanh toán', 'Recorded a payment'],
    'commissions.liquidate': ['Thanh lý đơn đặt hàng', 'Liquidated an order'],
    'commissions.cancel': ['Hủy đơn đặt hàng', 'Cancelled an order'],
    'commissions.budget': ['Giao kinh phí cho nhiệm vụ', 'Set a task budget'],
    'commissions.export': ['Tải văn bản đặt hàng', 'Downloaded an order document'],
    'commissions.service': ['Gắn dịch vụ sự nghiệp công', 'Named the public service'],
    'commissions.services.create': ['Nhập danh mục dịch vụ sự nghiệp công', 'Recorded a list of public services'],
    'commissions.services.supersede': ['Danh mục được thay thế bởi danh mục mới', 'List superseded by a newer one'],
    'commissions.services.end': ['Chấm dứt hiệu lực danh mục dịch vụ', 'Ended a list of public services'],
    'commissions.overdue': ['Báo quá hạn giao sản phẩm', 'Announced a missed delivery date'],
  },
  subjects: {
    press_commission: {
      label: ['Đơn đặt hàng báo chí', 'Press commission'],
      names: async (db, ids) => new Map((await commissionsByIds(db, ids)).map((r) => [r.id, { name: `Số ${r.refNo} — ${r.title}`, href: `/office/commissions/${encodeURIComponent(r.id)}` }])),
      fields: {
        title: { label: ['Tên đơn đặt hàng', 'Title'] },
        ordererUnitId: { label: ['Đơn vị đặt hàng', 'Ordering unit'], value: unitValue },
        mode: { label: ['Hình thức', 'Mode'], value: labels(MODE_LABELS) },
        supplierId: { label: ['Cơ quan báo chí', 'Press agency'], value: agencyValue },
        policyId: { label: ['Chính sách', 'Policy'], value: policyValue },
        planTaskId: { label: ['Nhiệm vụ kế hoạch', 'Plan task'], value: taskValue },
        serviceId: { label: ['Dịch vụ sự nghiệp công', 'Public service'], value: serviceValue },
        fundingSource: { label: ['Nguồn kinh phí', 'Funding'], value: labels(FUNDING_LABELS) },
        startsOn: { label: ['Từ ngày', 'From'] },
        endsOn: { label: ['Đến ngày', 'To'] },
        deliverBy: { label: ['Hạn giao sản phẩm', 'Deliver by'] },
        totalAmount: { label: ['Tổng giá trị', 'Total'], value: vnd },
        lineCount: { label: ['Số dòng sản phẩm', 'Product lines'] },
        status: { label: ['Tình trạng', 'Status'], value: labels(STATUS_LABELS) },
        approvedOn: { label: ['Ngày phê duyệt', 'Approved on'] },
        contractNo: { label: ['Số quyết định, hợp đồng', 'Contract number'] },
        signedOn: { label: ['Ngày ký', 'Signed on'] },
        overBudgetReason: { label: ['Lý do vượt kinh phí', 'Reason for exceeding the budget'] },
        overBy: { label: ['Vượt kinh phí', 'Over budget by'], value: vnd },
        productType: { label: ['Loại sản phẩm', 'Product type'], value: labels(PRODUCT_TYPE_LABELS) },
        publishedOn: { label: ['Ngày đăng, phát', 'Published on'] },
        hasUrl: { label: ['Có địa chỉ đăng tải', 'Has a URL'] },
        airedOn: { label: ['Ngày phát sóng', 'Aired on'] },
        hasFile: { label: ['Có tệp sản phẩm', 'Has a file'] },
        acceptedOn: { label: ['Ngày nghiệm thu', 'Accepted on'] },
        quantity: { label: ['Số lượng nghiệm thu', 'Quantity accepted'] },
        amount: { label: ['Số tiền', 'Amount'], value: vnd },
        accepted: { label: ['Giá trị nghiệm thu', 'Accepted amount'], value: vnd },
        paid: { label: ['Đã thanh toán', 'Paid'], value: vnd },
        paidOn: { label: ['Ngày thanh toán', 'Paid on'] },
        documentNo: { label: ['Số chứng từ', 'Document number'] },
        remaining: { label: ['Còn lại', 'Remaining'], value: vnd },
        liquidatedOn: { label: ['Ngày thanh lý', 'Liquidated on'] },
        reason: { label: ['Lý do', 'Reason'] },
        document: { label: ['Văn bản', 'Document'], value: codeValue({ order: ['Quyết định đặt hàng', 'Order'], acceptance: ['Biên bản nghiệm thu', 'Acceptance record'] }) },
        bytes: { label: ['Dung lượng (byte)', 'Size (bytes)'] },
      },
    },
    press_service_list: {
      label: ['Danh mục dịch vụ sự nghiệp công', 'List of public services'],
      names: async (db, ids) => new Map((await serviceListsByIds(db, ids)).map((l) => [l.id, { name: `Quyết định số ${l.decisionNo} ngày ${formatDateVi(l.signedOn, 'short')}`, href: '/office/commissions/services' }])),
      fields: {
        decisionNo: { label: ['Số, ký hiệu quyết định', 'Decision number'] },
        signedOn: { label: ['Ngày ký', 'Signed on'] },
        issuerUnitId: { label: ['Cơ quan ban hành', 'Issued by'], value: unitValue },
        validFrom: { label: ['Có hiệu lực từ ngày', 'In force from'] },
        validTo: { label: ['Hiệu lực đến hết ngày', 'In force until'] },
        services: { label: ['Các dịch vụ', 'Services'] },
        supersededBy: { label: ['Được thay thế bởi', 'Superseded by'], value: listValue },
        reason: { label: ['Lý do', 'Reason'] },
      },
    },
    press_budget_allocation: {
      label: ['Kinh phí nhiệm vụ', 'Task budget'],
      fields: {
        planTaskId: { label: ['Nhiệm vụ kế hoạch', 'Plan task'], value: taskValue },
        year: { label: ['Năm', 'Year'], value: (v, ctx) => (typeof v === 'number' ? String(v) : plainValue(v, ctx.lang)) },
        amount: { label: ['Kinh phí được giao', 'Allocated'], value: vnd },
        note: { label: ['Ghi chú', 'Note'] },
      },
    },
  },
};

// registered when the composition root imports this file (src/bootstrap.ts), like the policy rules
registerAuditVocabulary(commissionsAuditVocabulary);
