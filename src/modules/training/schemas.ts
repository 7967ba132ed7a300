import { Type } from 'typebox';
import { PARTICIPANT_TYPES, SKILLS } from './labels';

/** Request and response schemas of the training office API (a field not listed is dropped from an answer). */

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const oneOf = <const T extends readonly string[]>(values: T, description: string) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values], description });
const OptText = (max: number) => Type.Optional(Nullable(Type.String({ maxLength: max })));
const DateTime = Type.String({ format: 'date-time' });
const Ref = Type.Object({ id: Type.String(), name: Type.String() });
const Coded = Type.Object({ code: Type.String(), label: Type.String() });

export const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });
export const ParticipantParams = Type.Object({ id: Type.String({ maxLength: 100 }), participantId: Type.String({ maxLength: 100 }) });

export const CourseBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 500 }),
    skills: Type.Array(oneOf(SKILLS, 'Kỹ năng'), { minItems: 1, maxItems: 20 }),
    audiences: Type.Array(oneOf(PARTICIPANT_TYPES, 'Đối tượng tham dự'), { minItems: 1, maxItems: 20 }),
    organiserUnitId: Type.String({ minLength: 1, maxLength: 100 }),
    planTaskId: OptText(100),
    budgetVnd: Type.Optional(Nullable(Type.Integer({ minimum: 0, description: 'Kinh phí (đồng)' }))),
    description: OptText(5000),
  },
  { additionalProperties: false },
);

export const SessionBody = Type.Object(
  {
    title: OptText(300),
    startsAt: Type.String({ format: 'date-time', description: 'Thời gian bắt đầu, có múi giờ (vd. 2026-12-03T08:00:00+07:00)' }),
    endsAt: Type.String({ format: 'date-time', description: 'Thời gian kết thúc, có múi giờ' }),
    place: OptText(500),
    onlineUrl: OptText(1000),
    trainers: OptText(1000),
    capacity: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 100000 }))),
    isRequired: Type.Optional(Type.Boolean({ description: 'Buổi bắt buộc để hoàn thành khóa' })),
  },
  { additionalProperties: false },
);

export const InviteBody = Type.Object(
  {
    personIds: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 2000 })),
    unitId: Type.Optional(Nullable(Type.String({ maxLength: 100, description: 'Mời mọi người của đơn vị trong danh bạ' }))),
    focalOfUnitId: Type.Optional(Nullable(Type.String({ maxLength: 100, description: 'Mời các cán bộ đầu mối truyền thông của đơn vị (mạng lưới) hôm nay' }))),
    participantType: oneOf(PARTICIPANT_TYPES, 'Đối tượng tham dự'),
  },
  { additionalProperties: false },
);

export const StatusBody = Type.Object({ status: oneOf(['held', 'closed', 'cancelled'] as const, 'Đã tổ chức, kết thúc (khóa sổ điểm danh) hoặc hủy') }, { additionalProperties: false });

export const SessionSummary = Type.Object({
  id: Type.String(),
  courseId: Type.String(),
  title: Nullable(Type.String()),
  startsAt: DateTime,
  endsAt: DateTime,
  timeText: Type.String({ description: 'Thời gian để in, giờ Việt Nam' }),
  place: Nullable(Type.String()),
  onlineUrl: Nullable(Type.String()),
  trainers: Nullable(Type.String()),
  capacity: Nullable(Type.Integer()),
  isRequired: Type.Boolean(),
  status: Type.String(),
  statusLabel: Type.String(),
  invitedCount: Type.Integer(),
  attendedCount: Type.Integer(),
});

export const Course = Type.Object({
  id: Type.String(),
  title: Type.String(),
  skills: Type.Array(Coded),
  audiences: Type.Array(Coded),
  organiserUnit: Ref,
  planTask: Nullable(Type.Object({ id: Type.String(), code: Type.String(), title: Type.String(), planId: Type.String(), planTitle: Type.String() })),
  budgetVnd: Nullable(Type.Integer()),
  description: Nullable(Type.String()),
  sessionCount: Type.Integer(),
  nextSession: Nullable(Type.String({ description: 'Thời gian buổi sắp tới' })),
});

export const CourseDetail = Type.Object({
  ...Course.properties,
  sessions: Type.Array(SessionSummary),
  completedCount: Type.Integer(),
  abilities: Type.Object({ canManage: Type.Boolean() }),
});

export const Participant = Type.Object({
  id: Type.String(),
  name: Type.String(),
  title: Nullable(Type.String()),
  unitName: Nullable(Type.String()),
  isWalkIn: Type.Boolean(),
  participantType: Type.String(),
  participantTypeLabel: Type.String(),
  status: Type.String(),
  statusLabel: Type.String(),
  attendedAt: Nullable(DateTime),
  attendedViaLabel: Nullable(Type.String()),
  hasFeedback: Type.Boolean(),
});

export const SessionDetail = Type.Object({
  ...SessionSummary.properties,
  course: Ref,
  participants: Type.Array(Participant, { description: 'Người được mời và người điểm danh tại chỗ (chỉ người tổ chức thấy)' }),
  checkin: Type.Object({
    url: Type.String({ description: 'Liên kết điểm danh tại chỗ (mã QR trong phòng)' }),
    qrSvg: Type.String({ description: 'Mã QR của liên kết, SVG' }),
    opensAt: DateTime,
    closesAt: DateTime,
    isOpen: Type.Boolean(),
  }),
  feedback: Type.Object({
    count: Type.Integer(),
    averages: Type.Array(Type.Object({ code: Type.String(), label: Type.String(), average: Nullable(Type.Number()) })),
    comments: Type.Array(Type.String(), { description: 'Ý kiến tự do (không kèm tên người gửi)' }),
  }),
  abilities: Type.Object({ canSeeParticipants: Type.Boolean(), canInvite: Type.Boolean(), canMarkAttendance: Type.Boolean(), canHold: Type.Boolean(), canClose: Type.Boolean(), canCancel: Type.Boolean() }),
});

export const InviteResult = Type.Object({ invited: Type.Integer(), withoutEmail: Type.Integer({ description: 'Người được mời chưa có email trong danh bạ (không gửi được thư mời)' }) });

export const Options = Type.Object({
  skills: Type.Array(Coded),
  participantTypes: Type.Array(Coded),
  units: Type.Array(Ref),
  unitTypes: Type.Array(Coded),
  plans: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), year: Type.Integer(), tasks: Type.Array(Type.Object({ id: Type.String(), code: Type.String(), title: Type.String() })) }), { description: 'Kế hoạch và nhiệm vụ để liên kết khóa tập huấn' }),
});

export const PeopleQuery = Type.Object({ unitId: Type.Optional(Type.String({ maxLength: 100 })), unitType: Type.Optional(Type.String({ maxLength: 50 })) }, { additionalProperties: false });
export const People = Type.Object({ items: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), title: Nullable(Type.String()), unitName: Type.String(), hasEmail: Type.Boolean() })) });

export const CompletionQuery = Type.Object(
  {
    unitId: Type.Optional(Type.String({ maxLength: 100 })),
    skill: Type.Optional(oneOf(SKILLS, 'Kỹ năng')),
    year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
    courseId: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);

export const Completions = Type.Object({
  items: Type.Array(Type.Object({ personName: Type.String(), personTitle: Nullable(Type.String()), unitName: Nullable(Type.String()), course: Ref, completedOn: Type.String({ format: 'date' }) })),
});
