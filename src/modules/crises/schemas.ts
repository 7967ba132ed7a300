import { Type } from 'typebox';
import { OPEN_STATUSES, ROLES, STATEMENT_KINDS } from './labels';

/** Request and response schemas of the crises office API (a field not listed is dropped from an answer). */

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });
const IsoDate = Type.String({ format: 'date' });
const oneOf = <const T extends readonly string[]>(values: T, description: string) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values], description });
const Text = (max: number) => Type.String({ maxLength: max });
const OptText = (max: number) => Type.Optional(Nullable(Text(max)));
const Id = Type.String({ minLength: 1, maxLength: 100 });
const Severity = Type.Integer({ minimum: 1, maximum: 4, description: '1 thấp, 2 trung bình, 3 cao, 4 nghiêm trọng' });

export const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });
export const StatementParams = Type.Object({ id: Type.String({ maxLength: 100 }), statementId: Type.String({ maxLength: 100 }) });
export const TaskParams = Type.Object({ id: Type.String({ maxLength: 100 }), taskId: Type.String({ maxLength: 100 }) });
export const ListQuery = Type.Object({ open: Type.Optional(Type.Boolean()), itemId: Type.Optional(Type.String({ maxLength: 100 })) }, { additionalProperties: false });

export const OpenBody = Type.Object(
  {
    title: OptText(300),
    summary: Text(8000),
    itemId: OptText(100),
    alertId: OptText(100),
    reason: OptText(2000),
    detectedAt: Type.Optional(Nullable(DateTime)),
    severity: Severity,
    isUnsure: Type.Optional(Type.Boolean({ description: 'Chưa chắc chắn: lấy mức cao hơn một bậc' })),
    unitId: OptText(100),
    policyId: OptText(100),
    networkGroupId: OptText(100),
    members: Type.Optional(Type.Array(Type.Object({ role: oneOf(ROLES, 'Vai trò trong tổ công tác'), userId: Id }, { additionalProperties: false }), { maxItems: 12 })),
  },
  { additionalProperties: false },
);
export const StatusBody = Type.Object({ status: oneOf(OPEN_STATUSES as readonly ['detected', 'verifying', 'responding', 'stabilised'], 'Trạng thái') }, { additionalProperties: false });
export const SeverityBody = Type.Object({ severity: Severity, isUnsure: Type.Optional(Type.Boolean()), reason: Text(2000) }, { additionalProperties: false });
export const ItemsBody = Type.Object({ itemIds: Type.Array(Id, { minItems: 1, maxItems: 50 }) }, { additionalProperties: false });
export const NoteBody = Type.Object({ text: Text(4000) }, { additionalProperties: false });
export const MemberBody = Type.Object({ role: oneOf(ROLES, 'Vai trò trong tổ công tác'), userId: Nullable(Id) }, { additionalProperties: false });
export const RosterBody = Type.Object({ userId: Id, startsAt: DateTime, endsAt: DateTime }, { additionalProperties: false });
export const TaskBody = Type.Object({ title: Text(500), ownerUserId: OptText(100), ownerUnitId: OptText(100), dueAt: DateTime }, { additionalProperties: false });
export const StatementBody = Type.Object(
  { kind: oneOf(STATEMENT_KINDS, 'Loại thông cáo'), title: Text(300), facts: Text(8000), unknowns: Text(8000), actions: Text(8000), nextUpdateAt: Type.Optional(Nullable(DateTime)) },
  { additionalProperties: false },
);
export const WithdrawBody = Type.Object({ note: Text(2000) }, { additionalProperties: false });
export const ReviewBody = Type.Object(
  {
    summary: Text(8000),
    wentWell: Text(8000),
    toImprove: Text(8000),
    followups: Type.Array(Type.Object({ title: Text(500), ownerUserId: OptText(100), ownerUnitId: OptText(100), dueOn: IsoDate }, { additionalProperties: false }), { maxItems: 50 }),
  },
  { additionalProperties: false },
);
export const NotifyBody = Type.Object({ groupId: OptText(100), text: OptText(4000) }, { additionalProperties: false });

const Timer = Type.Object({
  detectedAt: DateTime,
  firstStatementAt: Nullable(DateTime),
  elapsedHours: Type.Number({ description: 'Số giờ từ lúc phát hiện đến thông cáo đầu tiên (hoặc đến lúc này), một chữ số thập phân' }),
  targetHours: Type.Number(),
  dueAt: DateTime,
  isStopped: Type.Boolean(),
  isWithinTarget: Type.Boolean(),
});

export const CrisisSummary = Type.Object({
  id: Type.String(),
  refNo: Type.Integer(),
  title: Type.String(),
  severity: Type.Integer(),
  severityLabel: Type.String(),
  status: Type.String(),
  statusLabel: Type.String(),
  unitName: Nullable(Type.String()),
  detectedAt: DateTime,
  timer: Timer,
});

const Version = Type.Object({
  id: Type.String(),
  version: Type.Integer(),
  title: Type.String(),
  facts: Type.String(),
  unknowns: Type.String(),
  actions: Type.String(),
  nextUpdateAt: Nullable(DateTime),
  state: Type.String(),
  stateLabel: Type.String(),
  drafterName: Nullable(Type.String()),
  draftedAt: DateTime,
  spokespersonName: Nullable(Type.String()),
  spokespersonAt: Nullable(DateTime),
  headName: Nullable(Type.String()),
  headAt: Nullable(DateTime),
});

const Statement = Type.Object({
  id: Type.String(),
  publicNo: Type.Integer(),
  kind: Type.String(),
  kindLabel: Type.String(),
  status: Type.String(),
  statusLabel: Type.String(),
  publishedAt: Nullable(DateTime),
  portalPath: Nullable(Type.String()),
  withdrawalNote: Nullable(Type.String()),
  versions: Type.Array(Version),
  abilities: Type.Object({ canApprove: Type.Boolean(), canPublish: Type.Boolean(), canWithdraw: Type.Boolean(), canRevise: Type.Boolean() }),
});

const Broadcast = Type.Object({
  sentAt: DateTime,
  groupName: Type.String(),
  statusLabel: Type.String({ description: 'Tình trạng gửi: đã gửi, đang gửi, lỗi…' }),
});

export const CrisisDetail = Type.Object({
  id: Type.String(),
  refNo: Type.Integer(),
  title: Type.String(),
  summary: Type.String(),
  originLabel: Type.String(),
  originReason: Nullable(Type.String()),
  unitId: Nullable(Type.String()),
  unitName: Nullable(Type.String()),
  policy: Nullable(Type.Object({ id: Type.String(), title: Type.String() })),
  severity: Type.Integer(),
  severityLabel: Type.String(),
  isSeverityUnsure: Type.Boolean(),
  status: Type.String(),
  statusLabel: Type.String(),
  stageLabel: Type.String({ description: 'Bước của quy trình xử lý (DOMAIN.md FI-02)' }),
  closedAt: Nullable(DateTime),
  networkGroupId: Nullable(Type.String()),
  timer: Timer,
  items: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), url: Nullable(Type.String()) })),
  members: Type.Array(Type.Object({ role: Type.String(), roleLabel: Type.String(), userId: Nullable(Type.String()), personName: Type.String(), fromRegistry: Type.Boolean(), isCurrent: Type.Boolean(), validFrom: DateTime, validTo: Nullable(DateTime) })),
  roster: Type.Array(Type.Object({ personName: Type.String(), startsAt: DateTime, endsAt: DateTime, isNow: Type.Boolean() })),
  timeline: Type.Array(Type.Object({ at: DateTime, actorName: Type.String(), kind: Type.String(), kindLabel: Type.String(), text: Type.String() })),
  tasks: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), ownerName: Type.String(), dueAt: DateTime, doneAt: Nullable(DateTime), isOverdue: Type.Boolean() })),
  statements: Type.Array(Statement),
  broadcasts: Type.Array(Broadcast),
  review: Nullable(
    Type.Object({ summary: Type.String(), wentWell: Type.String(), toImprove: Type.String(), reviewedAt: DateTime, followups: Type.Array(Type.Object({ title: Type.String(), ownerName: Type.String(), dueOn: IsoDate })) }),
  ),
  abilities: Type.Object({ canManage: Type.Boolean(), canAct: Type.Boolean(), canReview: Type.Boolean(), canClose: Type.Boolean(), canNotify: Type.Boolean() }),
});

const Option = Type.Object({ id: Type.String(), name: Type.String() });
const Coded = <T extends ReturnType<typeof Type.String> | ReturnType<typeof Type.Integer>>(code: T) => Type.Object({ code, label: Type.String() });
export const CrisisOptions = Type.Object({
  units: Type.Array(Option),
  people: Type.Array(Option),
  groups: Type.Array(Option),
  roles: Type.Array(Coded(Type.String())),
  severities: Type.Array(Coded(Type.Integer())),
  statuses: Type.Array(Coded(Type.String())),
  statementKinds: Type.Array(Coded(Type.String())),
  firstStatementHours: Type.Number(),
});
