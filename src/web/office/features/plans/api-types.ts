/** Shapes of the plans API (docs/api-v1-draft.md, "Plans (kế hoạch) — issue 3"). */

/** A unit reference. */
export interface UnitRef {
  id: string;
  name: string;
}

/** A unit name as written in the document; `requested` when it followed "Đề nghị". */
export interface WrittenName {
  written: string;
  requested: boolean;
}

/** Status of a written name after resolution. */
export type NameStatus = 'unit' | 'group' | 'ambiguous' | 'unresolved';

/** How one distinct written name resolved; unresolved/ambiguous ones need a mapping. */
export interface NameResolution {
  written: string;
  status: NameStatus;
  units: UnitRef[];
  group: UnitRef | null;
}

/** A document the plan implements. */
export interface PlanBasis {
  number: string;
  date: string | null;
}

/** Who signed the plan. */
export interface PlanSigner {
  name: string;
  title: string;
}

/** Header facts of a plan document (shared by the preview and the saved plan). */
export interface PlanHeader {
  number: string | null;
  /** Document-kind abbreviation read from the number ("KH"); never shown, see kindLabel. */
  kind: string | null;
  /** The kind's name to show ("Kế hoạch"); the abbreviation only when the server does not know it. */
  kindLabel?: string | null;
  /** The kind's English name ("Plan"), for the English office. */
  kindLabelEn?: string | null;
  issuer: string | null;
  place: string | null;
  issuedOn: string | null;
  title: string | null;
  bases: PlanBasis[];
  reportDeadline: string | null;
  signer: PlanSigner | null;
  recipients: string[];
}

/** A task as read from the document (preview). */
export interface PreviewTask {
  code: string;
  title: string;
  content: string;
  deadline: string | null;
  /** The deadline as written when `deadline` is a date read from it, or when it names no date ("Thường xuyên trong năm"). */
  deadlineWritten?: string | null;
  deadlineDue: string | null;
  leads: WrittenName[];
  coordinators: WrittenName[];
}

/** Response of POST /api/v1/plans/preview (nothing saved). */
export interface PlanPreview {
  fileName: string;
  sha256: string;
  /** Date the names were resolved at (not in the draft contract; the server sends it). */
  at?: string | null;
  duplicateOf: { id: string; number: string | null; title: string | null } | null;
  plan: PlanHeader;
  tasks: PreviewTask[];
  responsibilities: Array<{ code: string; unit: WrittenName; duties: string[] }>;
  names: NameResolution[];
  warnings: string[];
  /** Whether the issuer is of this province; otherwise group phrases wait for the coordinator's decision. */
  issuerCheck: { status: 'own' | 'other' | 'unknown'; issuerProvince: string | null; message: string | null };
}

/** One mapping sent with POST /api/v1/plans. */
export type NameMapping = { unitIds: string[] } | { ignore: true };

/** One line of GET /api/v1/plans. */
export interface PlanSummary {
  id: string;
  number: string | null;
  title: string | null;
  issuedOn: string | null;
  year: number | null;
  taskCount: number;
  /** 0..1 */
  completion: number;
  overdueCount: number;
}

/** Progress status of a task or an assignment. */
export type TaskStatus = 'not_started' | 'in_progress' | 'done' | 'overdue';
/** Status a unit reports for its task. */
export type ReportStatus = 'not_started' | 'in_progress' | 'done' | 'blocked';
/** Review state of a report. */
export type ReportState = 'submitted' | 'accepted' | 'returned';
/** Role of a unit in a task. */
export type AssignmentRole = 'lead' | 'coordinator';

/** A reporting period of a plan. */
export interface PlanPeriod {
  key: string;
  label: string;
  endsOn: string;
}

/** A unit assigned to a task. */
/** Who carries a closed unit's part today (null while the unit itself is valid; no units: nobody yet). */
export interface CarriedBy {
  units: Array<{ id: string; name: string }>;
  isShared: boolean;
}

export interface Assignment {
  unitId: string;
  unitName: string;
  carriedBy?: CarriedBy | null;
  role: AssignmentRole;
  requested: boolean;
  writtenName: string | null;
  groupName: string | null;
  status: string;
  lastReport: { id: string; period: string; state: ReportState; status: string } | null;
}

/** A task of a saved plan with its sub-tasks. */
export interface TaskNode {
  id: string;
  code: string;
  title: string;
  content: string;
  deadlineText: string | null;
  dueOn: string | null;
  /** A TaskStatus, or 'heading' for a numbering level that is not a task itself. */
  status: TaskStatus | 'heading';
  completion: number;
  assignments: Assignment[];
  children: TaskNode[];
}

/** Completion of one unit across the plan. */
export interface UnitProgress {
  unitId: string;
  unitName: string;
  /** Who carries the work of a closed unit today (null while the unit itself is valid). */
  carriedBy?: CarriedBy | null;
  tasks: number;
  done: number;
  inProgress: number;
  overdue: number;
  completion: number;
}

/** Response of GET /api/v1/plans/:id. */
export interface PlanDetail extends PlanHeader {
  id: string;
  reportDue: string | null;
  periods: PlanPeriod[];
  tasks: TaskNode[];
  units: UnitProgress[];
  /** reviewUnitIds: the units whose reports this user may accept or return; null for every unit. */
  abilities: { canReview: boolean; reviewUnitIds?: string[] | null; canReport: boolean; canExport: boolean };
}

/** Short form of a report listed with a task (not detailed by the contract; fields beyond id/period/state are optional). */
export interface ReportSummary {
  id: string;
  period: string;
  state: ReportState;
  status?: string;
  submittedAt?: string | null;
  reviewComment?: string | null;
  reviewedAt?: string | null;
}

/** One line of GET /api/v1/my/tasks: a task assigned to one of the user's units. */
export interface MyTask {
  planId: string;
  planNumber: string | null;
  /** Not in the draft contract; used for the plan heading when present. */
  planTitle?: string | null;
  taskId: string;
  code: string;
  title: string;
  dueOn: string | null;
  role: AssignmentRole;
  requested: boolean;
  unitId: string;
  unitName: string;
  carriedBy?: CarriedBy | null;
  status: string;
  reports: ReportSummary[];
}

/** An uploaded file. */
export interface StoredFile {
  id: string;
  fileName: string;
  size: number;
}

/** A progress report of a unit on a task. */
export interface Report {
  id: string;
  taskId: string;
  taskCode: string;
  taskTitle: string;
  unitId: string;
  unitName: string;
  period: string;
  status: ReportStatus;
  narrative: string;
  indicators: Record<string, number>;
  evidenceLinks: string[];
  files: StoredFile[];
  state: ReportState;
  submittedBy: string | null;
  submittedAt: string | null;
  reviewComment: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

/** Body of POST /api/v1/tasks/:taskId/reports. */
export interface ReportInput {
  unitId: string;
  period: string;
  status: ReportStatus;
  narrative: string;
  indicators: Record<string, number>;
  evidenceLinks: string[];
}

/** A quantitative indicator of the catalogue. */
export interface Indicator {
  code: string;
  label: string;
  unit: string;
  /** True when the indicator counts things and takes whole numbers only. */
  whole: boolean;
}

/** A headline figure of the annual report with a link to the records behind it. */
export interface PlanFigure {
  code: string;
  label: string;
  value: number | string;
  source: { kind: string; href: string };
}

/** Kind of a record behind a figure: 'task', 'report' or 'unit' (figures added by other modules may use others). */
export type FigureRecordKind = 'task' | 'report' | 'unit' | (string & {});

/** One record a figure was computed from, with the back-office address where it is shown. */
export interface FigureRecord {
  kind: FigureRecordKind;
  id: string;
  title: string;
  unitName: string | null;
  /** What the record adds to the figure, when it is not simply counted. */
  value: number | string | null;
  /** "/office/plans/:id#task-…", "/office/plans/:id#report-…", "/office/org/:id", … */
  href: string;
}

/** Response of GET /api/v1/plans/:id/figures/:code. */
export interface FigureDetail {
  code: string;
  label: string;
  value: number | string;
  records: FigureRecord[];
}
