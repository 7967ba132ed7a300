import { Type } from 'typebox';
import { CONFERENCE_KINDS, MATERIAL_KINDS } from './labels';

/** Request and response schemas of the press conferences API (a field not listed is dropped from an answer). */

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const IsoDate = Type.String({ format: 'date' });
const DateTime = Type.String({ format: 'date-time' });
const Local = (description: string) => Type.String({ maxLength: 16, description: `${description}, giờ Việt Nam: YYYY-MM-DDTHH:mm` });
const OptText = (max: number) => Type.Optional(Nullable(Type.String({ maxLength: max })));
const oneOf = <const T extends readonly string[]>(values: T, description: string) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values], description });
const Ref = Type.Object({ id: Type.String(), name: Type.String() });

export const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });
export const QuestionParams = Type.Object({ id: Type.String({ maxLength: 100 }), questionId: Type.String({ maxLength: 100 }) });

export const ConferenceBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 500 }),
    kind: oneOf(CONFERENCE_KINDS, 'Định kỳ, chuyên đề hoặc đột xuất'),
    hostUnitId: Type.String({ minLength: 1, maxLength: 100 }),
    startsAt: Local('Bắt đầu'),
    endsAt: Local('Kết thúc'),
    place: Type.String({ minLength: 1, maxLength: 500 }),
    chairAssignmentId: OptText(100),
    chairName: OptText(200),
    chairTitle: OptText(300),
    spokespersonAssignmentId: OptText(100),
    topics: Type.Array(Type.String({ maxLength: 1000 }), { maxItems: 30 }),
    policyIds: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 30 })),
    planTaskId: OptText(100),
    participants: OptText(5000),
    summary: OptText(50000),
  },
  { additionalProperties: false },
);

export const CancelBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false });
export const HeldBody = Type.Object({ participants: OptText(5000), summary: OptText(50000) }, { additionalProperties: false });
export const InviteBody = Type.Object({ agencyIds: Type.Array(Type.String({ maxLength: 100 }), { minItems: 1, maxItems: 100 }) }, { additionalProperties: false });
export const ResendBody = Type.Object({ agencyId: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false });
export const AttendanceBody = Type.Object(
  {
    items: Type.Array(
      Type.Object({ agencyId: Type.String({ maxLength: 100 }), attended: Type.Boolean(), reporters: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 100 }))), journalistNames: OptText(2000) }, { additionalProperties: false }),
      { maxItems: 200 },
    ),
  },
  { additionalProperties: false },
);
export const QuestionBody = Type.Object(
  {
    agencyId: OptText(100),
    journalistName: OptText(200),
    question: Type.String({ minLength: 1, maxLength: 10000 }),
    answeredOnSpot: Type.Boolean(),
    answer: OptText(20000),
    answeredBy: OptText(300),
    followUpUnitId: OptText(100),
  },
  { additionalProperties: false },
);
export const FollowUpBody = Type.Object({ answer: Type.String({ minLength: 1, maxLength: 20000 }) }, { additionalProperties: false });

export const ConferenceQuery = Type.Object(
  {
    year: Type.Optional(Type.Integer({ minimum: 2017, maximum: 2100, description: 'Năm (mặc định năm nay)' })),
    hostUnitId: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);

export const ConferenceSummary = Type.Object({
  id: Type.String(),
  refNo: Type.Integer({ description: 'Số của cuộc họp báo (dùng trong địa chỉ công khai)' }),
  title: Type.String(),
  kind: Type.String(),
  kindLabel: Type.String(),
  status: Type.String(),
  statusLabel: Type.String(),
  hostUnit: Ref,
  startsAt: DateTime,
  endsAt: DateTime,
  startsAtLocal: Type.String({ description: 'Giờ Việt Nam, YYYY-MM-DDTHH:mm' }),
  endsAtLocal: Type.String(),
  timeText: Type.String({ description: 'Thời gian để in' }),
  place: Type.String(),
  openFollowUps: Type.Integer(),
  overdueFollowUps: Type.Integer(),
});

const Quarter = Type.Object({
  label: Type.String(),
  year: Type.Integer(),
  quarter: Type.Integer(),
  first: IsoDate,
  last: IsoDate,
  required: Type.Integer(),
  count: Type.Integer(),
  isFlagged: Type.Boolean({ description: 'Chưa đủ số cuộc họp báo và quý đã qua hoặc kết thúc trong 30 ngày' }),
  conferences: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), timeText: Type.String() })),
});

export const ConferenceList = Type.Object({
  year: Type.Integer(),
  ruleSource: Type.String({ description: 'Căn cứ nghĩa vụ họp báo định kỳ' }),
  units: Type.Array(Type.Object({ unit: Ref, quarters: Type.Array(Quarter) })),
  items: Type.Array(ConferenceSummary),
  followUps: Type.Array(
    Type.Object({ conferenceId: Type.String(), conferenceTitle: Type.String(), questionId: Type.String(), seq: Type.Integer(), question: Type.String(), unit: Ref, dueOn: IsoDate, isOverdue: Type.Boolean() }),
    { description: 'Câu hỏi chưa trả lời sau họp báo, hạn gần nhất trước' },
  ),
});

const Invitation = Type.Object({
  agency: Ref,
  emails: Type.Array(Type.String()),
  state: Type.String(),
  stateLabel: Type.String(),
  sends: Type.Integer(),
  lastSentAt: DateTime,
  attended: Type.Boolean(),
  reporters: Nullable(Type.Integer()),
  journalistNames: Nullable(Type.String()),
});

const Question = Type.Object({
  id: Type.String(),
  seq: Type.Integer(),
  agency: Nullable(Ref),
  journalistName: Nullable(Type.String()),
  question: Type.String(),
  answeredOnSpot: Type.Boolean(),
  answer: Nullable(Type.String()),
  answeredBy: Nullable(Type.String()),
  followUpUnit: Nullable(Ref),
  followUpDueOn: Nullable(IsoDate),
  followUpBasisText: Nullable(Type.String()),
  followUpAnswer: Nullable(Type.String()),
  followUpAnsweredOn: Nullable(IsoDate),
  isOverdue: Type.Boolean(),
  canAnswer: Type.Boolean(),
});

export const ConferenceDetail = Type.Object({
  ...ConferenceSummary.properties,
  chairName: Type.String(),
  chairTitle: Nullable(Type.String()),
  chairAssignmentId: Nullable(Type.String()),
  spokespersonAssignmentId: Nullable(Type.String()),
  spokesperson: Nullable(Type.Object({ name: Type.String(), title: Type.String() })),
  topics: Type.Array(Type.String()),
  policies: Type.Array(Type.Object({ id: Type.String(), title: Type.String() })),
  planTaskId: Nullable(Type.String()),
  planTask: Nullable(Type.Object({ id: Type.String(), label: Type.String({ description: 'Nhiệm vụ kèm số và tên kế hoạch' }) })),
  participants: Nullable(Type.String()),
  summary: Nullable(Type.String()),
  cancelReason: Nullable(Type.String()),
  sequence: Type.Integer(),
  publicPath: Type.String({ description: 'Trang công khai của cuộc họp báo' }),
  icsPath: Type.String(),
  invitations: Type.Array(Invitation),
  questions: Type.Array(Question),
  materials: Type.Array(Type.Object({ fileId: Type.String(), kind: Type.String(), kindLabel: Type.String(), fileName: Type.String(), size: Type.Integer() })),
  abilities: Type.Object({ canEdit: Type.Boolean(), canInvite: Type.Boolean(), canRecord: Type.Boolean(), canMarkHeld: Type.Boolean(), canIssueMinutes: Type.Boolean(), canCancel: Type.Boolean() }),
  timeline: Type.Array(Type.Object({ at: DateTime, actorName: Type.String(), actionLabel: Type.String() })),
});

export const ConferenceOptions = Type.Object({
  units: Type.Array(Ref),
  agencies: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), kindLabel: Type.String(), hasEmail: Type.Boolean() })),
  spokespeople: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), title: Type.String(), unitName: Type.String() })),
  materialKinds: Type.Array(Type.Object({ code: Type.String(), label: Type.String() })),
  plans: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), year: Type.Integer(), tasks: Type.Array(Type.Object({ id: Type.String(), code: Type.String(), title: Type.String() })) })),
});

export const MaterialKindField = oneOf(MATERIAL_KINDS, 'Loại tài liệu');
