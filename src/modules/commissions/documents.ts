import { renderOfficialDocx, signerFor, type Block, type OfficialDocument, type Signer } from '../../platform/documents';
import { formatDateVi } from '../../platform/text';
import { documentCodeOf, issuerOf, issuingUnitAt, type Directory } from '../organisations';
import type { PressAgency } from '../press';
import { FUNDING_LABELS, MODE_LABELS, PRODUCT_TYPE_LABELS, formatVnd, type FundingSource, type Mode, type ProductType } from './labels';
import { acceptedQuantity, deliveredQuantity } from './quantities';
import type { AcceptanceRow, CommissionRow, DeliverableRow, LineRow } from './repo';

export interface OrderDocumentInput {
  dir: Directory;
  commission: CommissionRow;
  lines: LineRow[];
  supplier: Pick<PressAgency, 'name' | 'licenceNo' | 'licenceDate'> | null;
  policyTitle: string | null;
  taskTitle: string | null;
  /** The public service the order is for (DH-02), its name as kept on the order and the decision of its list. */
  service?: { name: string; listLabel: string | null } | null;
  /** Who signs (name and title as printed); by default the head of the ordering unit, the name left to write by hand. */
  signer?: { name: string; title: string } | null;
}

const money = (n: number) => formatVnd(n);
const short = (iso: string) => formatDateVi(iso, 'short');
const typeLabel = (t: string) => PRODUCT_TYPE_LABELS[t as ProductType]?.[0] ?? 'Sản phẩm khác';

/** The issuing unit's header and its place, as of the document's date. */
function identity(dir: Directory, unitId: string, date: string) {
  const unit = issuingUnitAt(dir, unitId, date);
  const parent = unit?.parentId ? dir.unit(unit.parentId) : undefined;
  return { unit, issuer: issuerOf(dir, unit, date), code: unit ? documentCodeOf(unit) : null, place: unit?.place ?? parent?.place ?? '' };
}

const headTitleOf = (unit: { type: string } | undefined) => (unit?.type === 'so' ? 'Giám đốc' : unit?.type === 'ubnd_tinh' || unit?.type === 'ubnd_xa' ? 'Chủ tịch' : 'Thủ trưởng');

/**
 * The authority a decision is issued by, printed above its "Căn cứ" (NĐ 30 App. I: "GIÁM ĐỐC SỞ Y TẾ"): the head's
 * title and the body, a department named without its province, a people's committee with it.
 */
function authorityOf(unit: { name: string; type: string } | undefined): string {
  if (!unit) return 'THỦ TRƯỞNG ĐƠN VỊ';
  const body = unit.type === 'ubnd_tinh' || unit.type === 'ubnd_xa' ? unit.name : unit.name.replace(/\s+(tỉnh|thành phố)\s+.+$/u, '');
  return `${headTitleOf(unit)} ${body}`.toLocaleUpperCase('vi-VN');
}

/** The signature block: the given signer (a deputy signs "KT."), else the head's title with room for the name. */
function signatureOf(unit: { name: string; type: string } | undefined, signer: { name: string; title: string } | null | undefined): Signer {
  const headTitle = headTitleOf(unit) === 'Thủ trưởng' ? 'Thủ trưởng đơn vị' : headTitleOf(unit);
  return signerFor(signer?.name.trim() ? signer : { name: ' ', title: signer?.title.trim() || headTitle }, unit?.name ?? '');
}

function requirementsOf(l: LineRow): string {
  return [l.length ? `Thời lượng, dung lượng: ${l.length}` : null, l.channel ? `Kênh: ${l.channel}` : null, l.placement ? `Vị trí: ${l.placement}` : null].filter(Boolean).join('; ') || '—';
}

function productTable(lines: LineRow[]): Block {
  return {
    type: 'table',
    columns: [
      { title: 'STT', widthPct: 6, align: 'center', fit: ['STT'] },
      { title: 'Sản phẩm, chủ đề', widthPct: 30 },
      { title: 'Yêu cầu chất lượng', widthPct: 30 },
      { title: 'ĐVT', widthPct: 8, align: 'center', fit: lines.map((l) => l.unit) },
      { title: 'SL', widthPct: 6, align: 'center', fit: ['SL', ...lines.map((l) => String(l.quantity))] },
      { title: 'Đơn giá', widthPct: 12, align: 'right', fit: lines.map((l) => money(l.unitPrice)) },
      { title: 'Thành tiền', widthPct: 14, align: 'right', fit: [money(lines.reduce((s, l) => s + l.lineTotal, 0))] },
    ],
    rows: lines.map((l, i) => [i + 1, `${typeLabel(l.productType)}: ${l.topic}`, requirementsOf(l), l.unit, l.quantity, money(l.unitPrice), money(l.lineTotal)]),
    totals: ['', 'Tổng cộng', '', '', '', '', money(lines.reduce((s, l) => s + l.lineTotal, 0))],
  };
}

/**
 * The order as a decision (quyết định giao nhiệm vụ, đặt hàng; NĐ 32/2019 and DH-03): legal basis, the press agency
 * and its licence, the products with their quality requirements and prices, the timeframe, the acceptance
 * criteria, the payment terms and the funding source. Numbered with the signed number once signed, blank before.
 */
export function orderDocument(input: OrderDocumentInput): OfficialDocument {
  const c = input.commission;
  const date = c.signedOn ?? c.approvedOn ?? c.createdAt.slice(0, 10);
  const { unit, issuer, code, place } = identity(input.dir, c.ordererUnitId, date);
  const mode = (MODE_LABELS[c.mode as Mode]?.[0] ?? 'Đặt hàng').toLowerCase();
  const supplier = input.supplier
    ? `${input.supplier.name}${input.supplier.licenceNo ? ` (Giấy phép hoạt động số ${input.supplier.licenceNo}${input.supplier.licenceDate ? ` ngày ${short(input.supplier.licenceDate)}` : ''})` : ''}`
    : c.supplierName;
  const serves = [input.policyTitle ? `tuyên truyền chính sách: ${input.policyTitle}` : null, input.taskTitle ? `thực hiện nhiệm vụ: ${input.taskTitle}` : null].filter(Boolean).join('; ');
  const bases = c.legalBasis.split(/\n+/u).map((b) => b.trim()).filter(Boolean);
  // the decision approving the list of public services is a basis of the order (NĐ 32/2019)
  if (input.service?.listLabel) bases.push(`${input.service.listLabel} phê duyệt danh mục dịch vụ sự nghiệp công sử dụng ngân sách nhà nước`);
  const service = input.service ? `, thuộc dịch vụ sự nghiệp công "${input.service.name}"` : '';
  const body: Block[] = [
    { type: 'centered', text: authorityOf(unit) },
    ...bases.map((b) => ({ type: 'paragraph' as const, text: `Căn cứ ${b.replace(/^căn cứ\s+/iu, '').replace(/[;.]+$/u, '')};`, italic: true })),
    { type: 'centered', text: 'QUYẾT ĐỊNH:' },
    { type: 'paragraph', lead: 'Điều 1.', text: `${mode.charAt(0).toUpperCase()}${mode.slice(1)} ${supplier} thực hiện các sản phẩm báo chí ${serves}${service}, cụ thể như sau (số tiền tính bằng đồng):` },
    productTable(input.lines),
    { type: 'paragraph', text: `Tổng giá trị: ${money(c.totalAmount)} đồng. Nguồn kinh phí: ${(FUNDING_LABELS[c.fundingSource as FundingSource]?.[0] ?? 'Nguồn khác').toLowerCase()}, năm ${c.budgetYear}.` },
    { type: 'paragraph', lead: 'Điều 2.', text: `Thời gian thực hiện từ ngày ${short(c.startsOn)} đến ngày ${short(c.endsOn)}; hạn giao sản phẩm chậm nhất ngày ${short(c.deliverBy)}. Sản phẩm được đăng, phát đúng kênh, vị trí, thời lượng nêu tại Điều 1.` },
    { type: 'paragraph', text: `Tiêu chí, phương thức nghiệm thu: ${c.acceptanceCriteria.replace(/[.;]+$/u, '')}.` },
    { type: 'paragraph', text: `Thanh toán, quyết toán: ${(c.paymentTerms ?? 'thanh toán theo khối lượng sản phẩm đã nghiệm thu, không vượt tổng giá trị đặt hàng').replace(/[.;]+$/u, '')}. Nhuận bút, thù lao cho tác giả do cơ quan báo chí chi trả theo Nghị định số 18/2014/NĐ-CP.` },
    { type: 'paragraph', lead: 'Điều 3.', text: `${unit?.name ?? 'Đơn vị đặt hàng'}, ${c.supplierName} và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.` },
  ];
  return {
    issuer,
    number: c.contractNo,
    numberSuffix: code ? `/QĐ-${code}` : '/QĐ',
    place,
    date: c.signedOn,
    kind: 'QUYẾT ĐỊNH',
    subject: `Về việc ${mode} sản phẩm báo chí: ${c.title}`,
    body,
    recipients: ['Như Điều 3', code ? `Lưu: VT, ${code}` : 'Lưu: VT'],
    signer: signatureOf(unit, input.signer),
  };
}

export interface AcceptanceDocumentInput {
  dir: Directory;
  commission: CommissionRow;
  lines: LineRow[];
  deliverables: DeliverableRow[];
  acceptance: AcceptanceRow;
  /** Acceptance records before this one (their quantities are not accepted twice). */
  earlier: AcceptanceRow[];
}

/**
 * The biên bản nghiệm thu (DH-04 ACCEPTED): who took part, per line the quantities ordered, delivered and accepted
 * with their amounts, the quality assessment and the amount accepted, in whole đồng.
 */
export function acceptanceDocument(input: AcceptanceDocumentInput): OfficialDocument {
  const c = input.commission;
  const a = input.acceptance;
  const { issuer, code, place } = identity(input.dir, c.ordererUnitId, a.acceptedOn);
  // a record is signed by the parties' representatives: the ordering unit's in the block, the agency's named above it
  const ordered = c.contractNo ? `Quyết định số ${c.contractNo}${c.signedOn ? ` ngày ${short(c.signedOn)}` : ''}` : 'quyết định đặt hàng';
  const rows = input.lines.map((l, i) => {
    const accepted = a.lines.find((x) => x.lineId === l.id);
    return [i + 1, `${typeLabel(l.productType)}: ${l.topic}`, l.unit, `${l.quantity} / ${deliveredQuantity(l, input.deliverables)} / ${(accepted?.quantity ?? 0) + acceptedQuantity(l.id, input.earlier)}`, money(l.unitPrice), money(accepted?.amount ?? 0)];
  });
  return {
    issuer,
    number: null,
    numberSuffix: code ? `/BB-${code}` : '/BB',
    place,
    date: a.acceptedOn,
    kind: 'BIÊN BẢN',
    subject: `Nghiệm thu sản phẩm báo chí đặt hàng: ${c.title}`,
    body: [
      { type: 'paragraph', text: `Căn cứ ${ordered} về việc đặt hàng ${c.supplierName} thực hiện sản phẩm báo chí "${c.title}";` },
      { type: 'paragraph', text: `Hôm nay, ngày ${short(a.acceptedOn)}, thành phần nghiệm thu gồm:` },
      { type: 'bullets', items: a.members },
      { type: 'paragraph', text: `Đại diện bên thực hiện: ${c.supplierName}.` },
      { type: 'paragraph', text: 'Các bên cùng kiểm tra sản phẩm đã đăng, phát và thống nhất kết quả nghiệm thu như sau (số lượng nghiệm thu tính lũy kế; giá trị là của lần nghiệm thu này, tính bằng đồng):' },
      {
        type: 'table',
        columns: [
          { title: 'STT', widthPct: 6, align: 'center', fit: ['STT'] },
          { title: 'Sản phẩm', widthPct: 36 },
          // a unit prints whole ("chương trình"), the product column gives way
          { title: 'ĐVT', widthPct: 10, align: 'center', fit: input.lines.map((l) => l.unit) },
          { title: 'Đặt hàng / đã giao / nghiệm thu', widthPct: 18, align: 'center' },
          { title: 'Đơn giá', widthPct: 14, align: 'right', fit: input.lines.map((l) => money(l.unitPrice)) },
          { title: 'Giá trị', widthPct: 16, align: 'right', fit: [money(a.amount)] },
        ],
        rows,
        totals: ['', 'Cộng', '', '', '', money(a.amount)],
      },
      { type: 'paragraph', text: `Đánh giá chất lượng: ${a.quality.replace(/[.;]+$/u, '')}.` },
      { type: 'paragraph', text: `Kết luận: nghiệm thu khối lượng nêu trên với giá trị ${money(a.amount)} đồng, làm căn cứ thanh toán theo quyết định đặt hàng (tổng giá trị đặt hàng ${money(c.totalAmount)} đồng).` },
      { type: 'paragraph', text: 'Biên bản được lập thành 04 bản có giá trị như nhau, mỗi bên giữ 02 bản./.' },
      { type: 'paragraph', text: `Đại diện ${c.supplierName} (ký, ghi rõ họ tên):`, italic: true },
    ],
    recipients: [c.supplierName, code ? `Lưu: VT, ${code}` : 'Lưu: VT'],
    signer: { authority: null, title: 'Đại diện bên đặt hàng', name: ' ' },
  };
}

export const renderOrderDocx = (input: OrderDocumentInput): Promise<Buffer> => renderOfficialDocx(orderDocument(input));
export const renderAcceptanceDocx = (input: AcceptanceDocumentInput): Promise<Buffer> => renderOfficialDocx(acceptanceDocument(input));
