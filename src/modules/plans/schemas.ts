import { Type } from 'typebox';

export const ReportBody = Type.Object(
  {
    unitId: Type.String({ minLength: 1, maxLength: 100 }),
    period: Type.String({ minLength: 6, maxLength: 10 }),
    status: Type.Union([Type.Literal('not_started'), Type.Literal('in_progress'), Type.Literal('done'), Type.Literal('blocked')]),
    narrative: Type.String({ minLength: 1, maxLength: 20000 }),
    indicators: Type.Record(Type.String({ pattern: '^I-\\d{2}$' }), Type.Number({ minimum: 0 }), { default: {} }),
    evidenceLinks: Type.Array(Type.String({ maxLength: 2000 }), { maxItems: 50, default: [] }),
  },
  { additionalProperties: false },
);

export const ReviewBody = Type.Object(
  { decision: Type.Union([Type.Literal('accept'), Type.Literal('return')]), comment: Type.Optional(Type.Union([Type.String({ maxLength: 5000 }), Type.Null()])) },
  { additionalProperties: false },
);

export const Report = Type.Object({
  id: Type.String(),
  taskId: Type.String(),
  taskCode: Type.String(),
  taskTitle: Type.String(),
  unitId: Type.String(),
  unitName: Type.String(),
  /** Who carries a closed unit's part today (null while the unit itself is valid). */
  carriedBy: Type.Union([Type.Object({ units: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })), isShared: Type.Boolean() }), Type.Null()]),
  period: Type.String(),
  status: Type.String(),
  narrative: Type.String(),
  indicators: Type.Record(Type.String(), Type.Number()),
  evidenceLinks: Type.Array(Type.String()),
  files: Type.Array(Type.Object({ id: Type.String(), fileName: Type.String(), size: Type.Integer() })),
  state: Type.String(),
  submittedBy: Type.String(),
  submittedAt: Type.String(),
  reviewComment: Type.Union([Type.String(), Type.Null()]),
  reviewedBy: Type.Union([Type.String(), Type.Null()]),
  reviewedAt: Type.Union([Type.String(), Type.Null()]),
});

export const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const IsoDate = Type.String({ format: 'date' });
const IsoDateTime = Type.String({ format: 'date-time' });
const UnitRef = Type.Object({ id: Type.String(), name: Type.String() });

/** Who carries a closed unit's part today; null while the unit itself is valid, no units when nobody does. */
const CarriedBy = Nullable(Type.Object({ units: Type.Array(UnitRef), isShared: Type.Boolean() }, { description: 'Đơn vị đang đảm nhận phần việc của một đơn vị đã giải thể, sáp nhập; null khi đơn vị còn hoạt động' }));

const PlanBasis = Type.Object({ number: Type.String(), date: Nullable(IsoDate) });
const PlanSigner = Nullable(Type.Object({ name: Type.String(), title: Type.String() }));
const KindLabels = {
  kindLabel: Nullable(Type.String({ description: 'Tên loại văn bản để hiển thị ("Kế hoạch"); ký hiệu khi chưa biết loại' })),
  kindLabelEn: Nullable(Type.String({ description: 'Tên tiếng Anh của loại văn bản ("Plan")' })),
};

const WrittenName = Type.Object({ written: Type.String(), requested: Type.Boolean({ description: 'Tên viết sau "Đề nghị" (đề nghị, không phải giao)' }) });

/** What POST /api/v1/plans/preview answers: what was read from the document, nothing saved. */
export const PlanPreview = Type.Object({
  fileName: Type.String(),
  sha256: Type.String(),
  at: IsoDate,
  duplicateOf: Nullable(Type.Object({ id: Type.String(), number: Nullable(Type.String()), title: Type.String() }, { description: 'Kế hoạch đã nhập từ cùng tệp' })),
  plan: Type.Object({
    number: Nullable(Type.String()),
    kind: Nullable(Type.String({ description: 'Ký hiệu loại văn bản đọc từ số hiệu ("KH")' })),
    issuer: Nullable(Type.String()),
    place: Nullable(Type.String()),
    issuedOn: Nullable(IsoDate),
    headings: Type.Optional(Type.Array(Type.Object({ code: Type.String(), title: Type.String() }), { description: 'Tiêu đề các mục nhóm nhiệm vụ' })),
    year: Type.Optional(Nullable(Type.Integer({ description: 'Năm của kế hoạch' }))),
    title: Nullable(Type.String()),
    bases: Type.Array(PlanBasis),
    reportDeadline: Nullable(IsoDate),
    signer: PlanSigner,
    recipients: Type.Array(Type.String()),
    ...KindLabels,
  }),
  tasks: Type.Array(Type.Object({
    code: Type.String(),
    title: Type.String(),
    content: Type.String(),
    deadline: Nullable(Type.String({ description: 'Ngày (YYYY-MM-DD) hoặc thời hạn như được viết ("Quý II/2024")' })),
    deadlineWritten: Nullable(Type.String({ description: 'Thời hạn như được viết khi deadline là ngày đọc từ đó' })),
    deadlineDue: Nullable(IsoDate),
    leads: Type.Array(WrittenName),
    coordinators: Type.Array(WrittenName),
  })),
  responsibilities: Type.Array(Type.Object({ code: Type.String(), unit: WrittenName, duties: Type.Array(Type.String()) })),
  names: Type.Array(Type.Object({
    written: Type.String(),
    status: Type.Union([Type.Literal('unit'), Type.Literal('group'), Type.Literal('ambiguous'), Type.Literal('unresolved')]),
    units: Type.Array(UnitRef),
    group: Nullable(UnitRef),
    heldForIssuer: Type.Boolean({ description: 'Kế hoạch của nơi khác và tên này được hiểu là đơn vị của tỉnh: chờ điều phối viên quyết định' }),
  })),
  warnings: Type.Array(Type.String()),
  issuerCheck: Type.Object({
    status: Type.Union([Type.Literal('own'), Type.Literal('other'), Type.Literal('unknown')]),
    issuerProvince: Nullable(Type.String()),
    message: Nullable(Type.String({ description: 'Lời nhắc cho điều phối viên; null khi kế hoạch là của tỉnh' })),
  }),
});

/** What POST /api/v1/plans answers: the new plan and how many tasks and assignments it stored. */
export const ImportedPlan = Type.Object({ id: Type.String(), tasks: Type.Integer(), assignments: Type.Integer() });

/** One line of GET /api/v1/plans. */
export const PlanSummary = Type.Object({
  id: Type.String(),
  number: Nullable(Type.String()),
  title: Type.String(),
  issuedOn: Nullable(IsoDate),
  year: Type.Integer(),
  taskCount: Type.Integer(),
  completion: Type.Number({ description: 'Tỷ lệ hoàn thành trung bình của các nhiệm vụ, 0..1' }),
  overdueCount: Type.Integer(),
});

const Assignment = Type.Object({
  unitId: Type.String(),
  unitName: Type.String(),
  carriedBy: CarriedBy,
  role: Type.String({ description: 'lead (chủ trì) hoặc coordinator (phối hợp)' }),
  requested: Type.Boolean(),
  writtenName: Type.String(),
  groupName: Nullable(Type.String()),
  status: Type.String({ description: 'not_started, in_progress, done, overdue' }),
  lastReport: Nullable(Type.Object({ id: Type.String(), period: Type.String(), state: Type.String(), status: Type.String() })),
});

/** A task of a saved plan and its sub-tasks; a numbering level that is not a task is a node with status "heading". */
export const TaskNode = Type.Cyclic({
  TaskNode: Type.Object({
    id: Type.String(),
    code: Type.String(),
    title: Type.String(),
    content: Type.String(),
    deadlineText: Nullable(Type.String()),
    dueOn: Nullable(IsoDate),
    status: Type.String({ description: 'not_started, in_progress, done, overdue, hoặc heading (mục chỉ để nhóm nhiệm vụ)' }),
    completion: Type.Number({ description: '0..1' }),
    assignments: Type.Array(Assignment),
    children: Type.Array(Type.Ref('TaskNode')),
  }),
}, 'TaskNode');

/** The plan page's header facts, periods and per-unit completion. */
export const PlanHeader = Type.Object({
  id: Type.String(),
  number: Nullable(Type.String()),
  kind: Nullable(Type.String()),
  ...KindLabels,
  title: Type.String(),
  issuer: Nullable(Type.String()),
  place: Nullable(Type.String()),
  issuedOn: Nullable(IsoDate),
  reportDeadline: Nullable(IsoDate),
  reportDue: Nullable(IsoDate),
  signer: PlanSigner,
  bases: Type.Array(PlanBasis),
  recipients: Type.Array(Type.String()),
  periods: Type.Array(Type.Object({ key: Type.String(), label: Type.String(), endsOn: IsoDate })),
  units: Type.Array(Type.Object({
    unitId: Type.String(),
    tasks: Type.Integer(),
    done: Type.Integer(),
    inProgress: Type.Integer(),
    overdue: Type.Integer(),
    completion: Type.Number({ description: '0..1' }),
    unitName: Type.String(),
    carriedBy: CarriedBy,
  })),
});

/** What GET /api/v1/plans/{id} answers. */
export const PlanDetail = Type.Object({
  ...PlanHeader.properties,
  tasks: Type.Array(TaskNode),
  abilities: Type.Object({
    canReview: Type.Boolean(),
    reviewUnitIds: Nullable(Type.Array(Type.String(), { description: 'Các đơn vị mà người dùng được duyệt báo cáo; null: mọi đơn vị' })),
    canReport: Type.Boolean(),
    canExport: Type.Boolean(),
  }),
});

/** One line of GET /api/v1/my/tasks: a task assigned to one of the user's units. */
export const MyTask = Type.Object({
  planId: Type.String(),
  planNumber: Nullable(Type.String()),
  planTitle: Type.String(),
  taskId: Type.String(),
  code: Type.String(),
  title: Type.String(),
  dueOn: Nullable(IsoDate),
  role: Type.String({ description: 'lead (chủ trì) hoặc coordinator (phối hợp)' }),
  requested: Type.Boolean(),
  unitId: Type.String(),
  unitName: Type.String(),
  carriedBy: CarriedBy,
  status: Type.String({ description: 'not_started, in_progress, done, overdue' }),
  reports: Type.Array(Type.Object({ id: Type.String(), period: Type.String(), status: Type.String(), state: Type.String(), submittedAt: IsoDateTime, reviewComment: Nullable(Type.String()) })),
});

/** An evidence file attached to a report. */
export const AttachedFile = Type.Object({ id: Type.String(), fileName: Type.String(), size: Type.Integer({ description: 'Kích thước (byte)' }) });

/** A figure of the annual results report and where its records are listed. */
export const PlanFigure = Type.Object({
  code: Type.String(),
  label: Type.String(),
  value: Type.Number(),
  source: Type.Object({ kind: Type.String(), href: Type.String({ description: 'Trang của văn phòng liệt kê các hồ sơ tạo nên số liệu' }) }),
});

/** One record a figure was computed from, with the back-office address where it is shown. */
const FigureRecord = Type.Object({
  kind: Type.String({ description: 'task, report, unit, consultation_round, …' }),
  id: Type.String(),
  title: Type.String(),
  unitName: Nullable(Type.String()),
  value: Nullable(Type.Number({ description: 'Phần hồ sơ đóng góp vào số liệu, khi không chỉ là đếm' })),
  href: Type.String(),
});

/** What GET /api/v1/plans/{id}/figures/{code} answers. */
export const FigureDetail = Type.Object({ code: Type.String(), label: Type.String(), value: Type.Number(), records: Type.Array(FigureRecord) });
