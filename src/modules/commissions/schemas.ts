import { Type } from 'typebox';
import { FUNDING_SOURCES, MODES, PRODUCT_TYPES, STATUSES } from './labels';

/** Request and response schemas of the commissions office API (a field not listed is dropped from an answer). */

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const IsoDate = Type.String({ format: 'date' });
// an enum as JSON Schema's `enum` typed as its union of literals (a Union built from an array would type as never)
const oneOf = <const T extends readonly string[]>(values: T, description: string) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values], description });
const Text = (max: number) => Type.String({ maxLength: max });
const OptText = (max: number) => Type.Optional(Nullable(Text(max)));
const Money = (description: string) => Type.Integer({ minimum: 0, maximum: 10_000_000_000_000, description });
const Ref = Type.Object({ id: Type.String(), name: Type.String() });

export const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });
export const AcceptanceParams = Type.Object({ id: Type.String({ maxLength: 100 }), acceptanceId: Type.String({ maxLength: 100 }) });

export const LineBody = Type.Object(
  {
    productType: oneOf(PRODUCT_TYPES, 'Loại sản phẩm'),
    topic: Type.String({ minLength: 1, maxLength: 1000 }),
    quantity: Type.Integer({ minimum: 1, maximum: 100_000 }),
    unit: Type.String({ minLength: 1, maxLength: 40 }),
    length: OptText(200),
    channel: OptText(200),
    placement: OptText(200),
    unitPrice: Money('Đơn giá (đồng); thành tiền và tổng giá trị do máy chủ tính'),
  },
  { additionalProperties: false },
);

export const CommissionBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 500 }),
    ordererUnitId: Type.String({ minLength: 1, maxLength: 100 }),
    mode: oneOf(MODES, 'Giao nhiệm vụ, đặt hàng hoặc đấu thầu'),
    supplierId: Type.String({ maxLength: 100 }),
    legalBasis: Type.String({ minLength: 1, maxLength: 4000 }),
    policyId: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
    planTaskId: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
    serviceId: Type.Optional(Nullable(Type.String({ maxLength: 100, description: 'Dịch vụ sự nghiệp công trong danh mục được phê duyệt (bắt buộc khi phê duyệt)' }))),
    fundingSource: oneOf(FUNDING_SOURCES, 'Nguồn kinh phí'),
    startsOn: IsoDate,
    endsOn: IsoDate,
    deliverBy: IsoDate,
    acceptanceCriteria: Type.String({ minLength: 1, maxLength: 4000 }),
    paymentTerms: OptText(4000),
    lines: Type.Array(LineBody, { maxItems: 100 }),
  },
  { additionalProperties: false },
);

export const SignBody = Type.Object({ contractNo: Type.String({ minLength: 1, maxLength: 100 }), signedOn: IsoDate, overBudgetReason: OptText(2000) }, { additionalProperties: false });
export const CancelBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false });
export const LiquidateBody = Type.Object({ liquidatedOn: IsoDate }, { additionalProperties: false });

export const DeliverableBody = Type.Object(
  {
    lineId: Type.String({ minLength: 1, maxLength: 100 }),
    title: Type.String({ minLength: 1, maxLength: 500 }),
    url: OptText(2000),
    channel: OptText(200),
    airedOn: Type.Optional(Nullable(IsoDate)),
    airedAt: OptText(5),
    durationMinutes: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 1440 }))),
    publishedOn: IsoDate,
  },
  { additionalProperties: false },
);

export const AcceptanceBody = Type.Object(
  {
    acceptedOn: IsoDate,
    members: Type.Array(Type.String({ maxLength: 300 }), { maxItems: 30 }),
    quality: Type.String({ minLength: 1, maxLength: 4000 }),
    lines: Type.Array(Type.Object({ lineId: Type.String({ maxLength: 100 }), quantity: Type.Integer({ minimum: 0, maximum: 100_000 }) }, { additionalProperties: false }), { maxItems: 100 }),
  },
  { additionalProperties: false },
);

export const PaymentBody = Type.Object({ paidOn: IsoDate, amount: Type.Integer({ minimum: 1, maximum: 10_000_000_000_000 }), documentNo: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false });

export const ListQuery = Type.Object(
  {
    status: Type.Optional(oneOf(STATUSES, 'Tình trạng')),
    supplierId: Type.Optional(Type.String({ maxLength: 100 })),
    policyId: Type.Optional(Type.String({ maxLength: 100 })),
    year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
  },
  { additionalProperties: false },
);

export const CommissionSummary = Type.Object({
  id: Type.String(),
  refNo: Type.Integer(),
  title: Type.String(),
  supplierName: Type.String(),
  ordererUnitName: Type.String(),
  policyTitle: Nullable(Type.String()),
  /** The public service the order names (DH-02), as named the day it was chosen; null when it names none yet. */
  serviceName: Nullable(Type.String()),
  status: Type.String(),
  statusLabel: Type.String(),
  totalAmount: Type.Integer(),
  paidAmount: Type.Integer(),
  deliveredCount: Type.Integer(),
  deliverBy: IsoDate,
  signedOn: Nullable(IsoDate),
  budgetYear: Type.Integer(),
});

const Linked = Type.Object({ title: Type.String(), url: Nullable(Type.String()), sourceName: Type.String(), publishedAt: Nullable(Type.String()), sentimentLabel: Type.String() });

const Budget = Type.Object({
  allocated: Nullable(Type.Integer()),
  committedByOthers: Type.Integer(),
  remaining: Nullable(Type.Integer()),
  overBy: Type.Integer({ description: 'Phần vượt kinh phí còn lại của nhiệm vụ (0 khi không vượt)' }),
});

export const CommissionDetail = Type.Object({
  id: Type.String(),
  refNo: Type.Integer(),
  title: Type.String(),
  ordererUnit: Ref,
  mode: Type.String(),
  modeLabel: Type.String(),
  supplier: Ref,
  legalBasis: Type.String(),
  policy: Nullable(Type.Object({ id: Type.String(), title: Type.String() })),
  planTask: Nullable(Type.Object({ id: Type.String(), code: Type.String(), title: Type.String(), planId: Type.String(), planTitle: Type.String() })),
  service: Nullable(Type.Object({ id: Type.String(), name: Type.String({ description: 'Tên dịch vụ tại ngày chọn' }), listLabel: Nullable(Type.String()) })),
  serviceProblem: Nullable(Type.String({ description: 'Điều còn thiếu theo danh mục dịch vụ sự nghiệp công để phê duyệt, ký đặt hàng (DH-02)' })),
  fundingSource: Type.String(),
  fundingLabel: Type.String(),
  startsOn: IsoDate,
  endsOn: IsoDate,
  deliverBy: IsoDate,
  acceptanceCriteria: Type.String(),
  paymentTerms: Nullable(Type.String()),
  totalAmount: Type.Integer(),
  budgetYear: Type.Integer(),
  status: Type.String(),
  statusLabel: Type.String(),
  deliveryLabel: Type.String(),
  approvedOn: Nullable(IsoDate),
  contractNo: Nullable(Type.String()),
  signedOn: Nullable(IsoDate),
  overBudgetReason: Nullable(Type.String()),
  liquidatedOn: Nullable(IsoDate),
  cancelReason: Nullable(Type.String()),
  lines: Type.Array(
    Type.Object({
      id: Type.String(),
      productType: Type.String(),
      productTypeLabel: Type.String(),
      topic: Type.String(),
      quantity: Type.Integer(),
      unit: Type.String(),
      length: Nullable(Type.String()),
      channel: Nullable(Type.String()),
      placement: Nullable(Type.String()),
      unitPrice: Type.Integer(),
      lineTotal: Type.Integer(),
      delivered: Type.Integer(),
      accepted: Type.Integer(),
    }),
  ),
  deliverables: Type.Array(
    Type.Object({
      id: Type.String(),
      lineId: Type.String(),
      lineLabel: Type.String(),
      title: Type.String(),
      url: Nullable(Type.String()),
      channel: Nullable(Type.String()),
      airedOn: Nullable(IsoDate),
      airedAt: Nullable(Type.String()),
      durationMinutes: Nullable(Type.Integer()),
      file: Nullable(Type.Object({ id: Type.String(), fileName: Type.String(), size: Type.Integer() })),
      publishedOn: IsoDate,
      matches: Type.Array(Linked),
    }),
  ),
  candidates: Type.Array(Linked),
  acceptances: Type.Array(
    Type.Object({
      id: Type.String(),
      acceptedOn: IsoDate,
      members: Type.Array(Type.String()),
      quality: Type.String(),
      amount: Type.Integer(),
      lines: Type.Array(Type.Object({ lineId: Type.String(), topic: Type.String(), quantity: Type.Integer(), amount: Type.Integer() })),
    }),
  ),
  payments: Type.Array(Type.Object({ id: Type.String(), paidOn: IsoDate, amount: Type.Integer(), documentNo: Type.String() })),
  acceptedAmount: Type.Integer(),
  paidAmount: Type.Integer(),
  remainingAmount: Type.Integer({ description: 'Tổng giá trị trừ số đã thanh toán' }),
  payableAmount: Type.Integer({ description: 'Đã nghiệm thu mà chưa thanh toán' }),
  budget: Nullable(Budget),
  abilities: Type.Object({
    canEdit: Type.Boolean(),
    canSetService: Type.Boolean(),
    canApprove: Type.Boolean(),
    canSign: Type.Boolean(),
    canDeliver: Type.Boolean(),
    canAccept: Type.Boolean(),
    canPay: Type.Boolean(),
    canLiquidate: Type.Boolean(),
    canCancel: Type.Boolean(),
  }),
  timeline: Type.Array(Type.Object({ at: Type.String(), actorName: Type.String(), actionLabel: Type.String(), changes: Type.Array(Type.Object({ field: Type.String(), label: Type.String(), before: Nullable(Type.String()), after: Nullable(Type.String()) })) })),
});

const Option = Type.Object({ code: Type.String(), label: Type.String() });

const ServiceChoice = Type.Object({
  id: Type.String(),
  name: Type.String(),
  productTypes: Type.Array(Type.String(), { description: 'Loại sản phẩm dịch vụ bao gồm (để lọc trong biểu mẫu)' }),
  productTypeLabels: Type.Array(Type.String()),
  listLabel: Type.String(),
  decisionNo: Type.String(),
  validFrom: IsoDate,
  validTo: Nullable(IsoDate),
});

export const CommissionOptions = Type.Object({
  agencies: Type.Array(Ref),
  units: Type.Array(Ref),
  policies: Type.Array(Type.Object({ id: Type.String(), title: Type.String() })),
  plans: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), year: Type.Integer(), tasks: Type.Array(Type.Object({ id: Type.String(), code: Type.String(), title: Type.String() })) })),
  modes: Type.Array(Option),
  productTypes: Type.Array(Option),
  fundingSources: Type.Array(Option),
  statuses: Type.Array(Option),
  quantityUnits: Type.Array(Type.String()),
  services: Type.Array(ServiceChoice),
  canCreate: Type.Boolean(),
});

export const BudgetQuery = Type.Object({ planId: Type.String({ maxLength: 100 }), year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) }, { additionalProperties: false });
export const AllocationBody = Type.Object({ planTaskId: Type.String({ minLength: 1, maxLength: 100 }), year: Type.Integer({ minimum: 2000, maximum: 2100 }), amount: Money('Kinh phí được giao (đồng)'), note: OptText(1000) }, { additionalProperties: false });

export const BudgetView = Type.Object({
  plan: Type.Object({ id: Type.String(), title: Type.String(), year: Type.Integer() }),
  year: Type.Integer(),
  canEdit: Type.Boolean(),
  tasks: Type.Array(
    Type.Object({
      id: Type.String(),
      code: Type.String(),
      title: Type.String(),
      allocated: Nullable(Type.Integer()),
      note: Nullable(Type.String()),
      committed: Type.Integer(),
      accepted: Type.Integer(),
      paid: Type.Integer(),
      remaining: Nullable(Type.Integer()),
      orders: Type.Integer(),
      isOver: Type.Boolean(),
    }),
  ),
  totals: Type.Object({ allocated: Type.Integer(), committed: Type.Integer(), accepted: Type.Integer(), paid: Type.Integer() }),
});

export const SignerQuery = Type.Object({ signerName: Type.Optional(Type.String({ maxLength: 200, description: 'Họ tên người ký' })), signerTitle: Type.Optional(Type.String({ maxLength: 200, description: 'Chức vụ người ký, ví dụ Phó Giám đốc' })) }, { additionalProperties: false });

export const ServiceBody = Type.Object({ serviceId: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false });

export const ServiceListBody = Type.Object(
  {
    decisionNo: Type.String({ minLength: 1, maxLength: 100, description: 'Số, ký hiệu quyết định phê duyệt danh mục' }),
    signedOn: IsoDate,
    issuerUnitId: Type.String({ minLength: 1, maxLength: 100 }),
    title: OptText(1000),
    validFrom: IsoDate,
    validTo: Type.Optional(Nullable(IsoDate)),
    services: Type.Array(
      Type.Object({ name: Type.String({ minLength: 1, maxLength: 500 }), productTypes: Type.Array(oneOf(PRODUCT_TYPES, 'Loại sản phẩm'), { minItems: 1, maxItems: PRODUCT_TYPES.length }), note: OptText(1000) }, { additionalProperties: false }),
      { minItems: 1, maxItems: 100 },
    ),
  },
  { additionalProperties: false },
);

export const EndServiceListBody = Type.Object({ validTo: IsoDate, reason: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false });

const ServiceList = Type.Object({
  id: Type.String(),
  label: Type.String(),
  decisionNo: Type.String(),
  signedOn: IsoDate,
  issuerName: Type.String(),
  title: Nullable(Type.String()),
  validFrom: IsoDate,
  validTo: Nullable(IsoDate),
  stateLabel: Type.String(),
  isInForce: Type.Boolean(),
  endReason: Nullable(Type.String()),
  supersededByLabel: Nullable(Type.String()),
  services: Type.Array(Type.Object({ id: Type.String(), position: Type.Integer(), name: Type.String(), productTypeLabels: Type.Array(Type.String()), note: Nullable(Type.String()) })),
  canEnd: Type.Boolean(),
});

export const ServiceListsView = Type.Object({
  current: Nullable(ServiceList),
  others: Type.Array(ServiceList),
  canManage: Type.Boolean(),
  productTypes: Type.Array(Option),
  issuers: Type.Array(Ref),
});
