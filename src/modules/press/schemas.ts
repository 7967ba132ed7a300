import { Type } from 'typebox';
import { CHANNELS, COMPLEXITIES, INQUIRY_KINDS, REFUSAL_GROUNDS, SPOKESPERSON_KINDS, STATUSES } from './labels';

/** Request and response schemas of the press office API (a field not listed is dropped from an answer). */

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const IsoDate = Type.String({ format: 'date' });
const DateTime = Type.String({ format: 'date-time' });
// an enum as JSON Schema's `enum` typed as its union of literals (a Union built from an array would type as never)
const oneOf = <const T extends readonly string[]>(values: T, description: string) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values], description });
const Text = (max: number) => Type.String({ maxLength: max });
const OptText = (max: number) => Type.Optional(Nullable(Text(max)));

export const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });

export const SpokespersonBody = Type.Object(
  {
    unitId: Type.String({ minLength: 1, maxLength: 100 }),
    kind: oneOf(SPOKESPERSON_KINDS, 'Người đứng đầu, người phát ngôn hoặc người được ủy quyền'),
    personName: Type.String({ minLength: 1, maxLength: 200 }),
    title: Type.String({ minLength: 1, maxLength: 300 }),
    phone: OptText(50),
    email: OptText(200),
    scope: OptText(2000),
    validFrom: IsoDate,
    validTo: Type.Optional(Nullable(IsoDate)),
    decisionRef: OptText(300),
  },
  { additionalProperties: false },
);

export const EndSpokespersonBody = Type.Object({ endOn: IsoDate, reason: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false });

export const Spokesperson = Type.Object({
  id: Type.String({ description: 'Mã của việc giao phát ngôn (không đổi qua các phiên bản)' }),
  version: Type.Integer(),
  unitId: Type.String(),
  unitName: Type.String(),
  kind: Type.String(),
  kindLabel: Type.String(),
  personName: Type.String(),
  title: Type.String(),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  scope: Nullable(Type.String()),
  validFrom: IsoDate,
  validTo: Nullable(IsoDate),
  decisionRef: Nullable(Type.String()),
  endReason: Nullable(Type.String()),
  isCurrent: Type.Boolean({ description: 'Còn hiệu lực hôm nay' }),
  recordedAt: DateTime,
});

export const SpokespersonHistory = Type.Object({ current: Spokesperson, versions: Type.Array(Spokesperson) });

export const InquiryBody = Type.Object(
  {
    kind: oneOf(INQUIRY_KINDS, 'Loại yêu cầu'),
    complexity: Type.Optional(Nullable(oneOf(COMPLEXITIES, 'Thông tin đơn giản hoặc phức tạp (yêu cầu cung cấp thông tin)'))),
    receivedOn: IsoDate,
    channel: oneOf(CHANNELS, 'Hình thức tiếp nhận'),
    requesterName: Type.String({ minLength: 1, maxLength: 300 }),
    requesterContact: OptText(300),
    agencyUnitId: OptText(100),
    pressAgencyId: OptText(100),
    journalistName: OptText(200),
    subject: Type.String({ minLength: 1, maxLength: 500 }),
    content: Type.String({ minLength: 1, maxLength: 20000 }),
    policyId: OptText(100),
    unitId: OptText(100),
    officerId: OptText(100),
  },
  { additionalProperties: false },
);

export const AssignBody = Type.Object({ unitId: Type.String({ minLength: 1, maxLength: 100 }), officerId: OptText(100) }, { additionalProperties: false });
export const NoticeBody = Type.Object({ sentOn: Type.String({ format: 'date', description: 'Ngày gửi thông báo' }), ref: Type.String({ minLength: 1, maxLength: 200, description: 'Số, ký hiệu văn bản thông báo' }) }, { additionalProperties: false });
export const ExtendBody = Type.Object({ days: Type.Integer({ minimum: 1, maximum: 60 }), reason: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false });
export const AnswerBody = Type.Object({ text: Type.String({ minLength: 1, maxLength: 50000 }) }, { additionalProperties: false });
export const RefuseBody = Type.Object({ ground: Type.Optional(Nullable(oneOf(REFUSAL_GROUNDS, 'Căn cứ từ chối'))), note: OptText(5000) }, { additionalProperties: false });

export const InquiryQuery = Type.Object(
  {
    kind: Type.Optional(oneOf(INQUIRY_KINDS, 'Loại yêu cầu')),
    unitId: Type.Optional(Type.String({ maxLength: 100 })),
    status: Type.Optional(oneOf([...STATUSES, 'open', 'overdue'], 'Tình trạng; "open" là chưa trả lời, "overdue" là quá hạn')),
    dueThisWeek: Type.Optional(Type.Boolean({ description: 'Chỉ những yêu cầu chưa trả lời có hạn trong tuần này' })),
  },
  { additionalProperties: false },
);

const Ref = Type.Object({ id: Type.String(), name: Type.String() });

export const InquirySummary = Type.Object({
  id: Type.String(),
  refNo: Type.Integer({ description: 'Số thứ tự trong sổ tiếp nhận' }),
  kind: Type.String(),
  kindLabel: Type.String(),
  subject: Type.String(),
  receivedOn: IsoDate,
  dueOn: IsoDate,
  status: Type.String(),
  statusLabel: Type.String(),
  isOverdue: Type.Boolean(),
  unit: Nullable(Ref),
  agency: Nullable(Ref),
});

export const InquiryDetail = Type.Object({
  ...InquirySummary.properties,
  complexity: Nullable(Type.String()),
  complexityLabel: Nullable(Type.String()),
  channel: Type.String(),
  channelLabel: Type.String(),
  requesterName: Type.String(),
  requesterContact: Nullable(Type.String()),
  journalistName: Nullable(Type.String()),
  content: Type.String(),
  policy: Nullable(Type.Object({ id: Type.String(), title: Type.String() })),
  officer: Nullable(Ref),
  dueBasisText: Type.String({ description: 'Căn cứ tính hạn, để in: số ngày, văn bản, những ngày nghỉ không tính' }),
  noticeDueOn: Nullable(IsoDate),
  noticeSentOn: Nullable(IsoDate),
  noticeRef: Nullable(Type.String()),
  noticeLate: Type.Boolean({ description: 'Thông báo thời hạn giải quyết gửi sau hạn, hoặc chưa gửi khi đã quá hạn' }),
  originalDueOn: Nullable(IsoDate),
  extensionReason: Nullable(Type.String()),
  answerText: Nullable(Type.String()),
  answerFile: Nullable(Type.Object({ id: Type.String(), fileName: Type.String(), size: Type.Integer() }, { description: 'Tệp gửi kèm câu trả lời; tải qua GET /api/v1/files/{id}' })),
  refusalGround: Nullable(Type.String()),
  refusalGroundText: Nullable(Type.String()),
  refusalNote: Nullable(Type.String()),
  closedOn: Nullable(IsoDate),
  abilities: Type.Object({ canManage: Type.Boolean(), canAnswer: Type.Boolean(), canExtend: Type.Boolean(), canRecordNotice: Type.Boolean() }),
  timeline: Type.Array(Type.Object({ at: Type.String(), actorName: Type.String(), actionLabel: Type.String(), changes: Type.Array(Type.Object({ field: Type.String(), label: Type.String(), before: Nullable(Type.String()), after: Nullable(Type.String()) })) })),
});

export const InquiryOptions = Type.Object({
  agencies: Type.Array(Ref, { description: 'Cơ quan báo chí trong danh mục hôm nay' }),
  units: Type.Array(Ref, { description: 'Các cơ quan, đơn vị trong danh mục hôm nay, theo tên' }),
  refusalGrounds: Type.Array(Type.Object({ code: Type.String(), label: Type.String(), basis: Type.String(), kinds: Type.Array(Type.String()) })),
});

export const OfficersQuery = Type.Object({ unitId: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false });
export const Officers = Type.Object({ items: Type.Array(Ref) });
