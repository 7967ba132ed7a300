import type { Answer, BodyOf, QueryOf } from '../../app/contract';

/** Shapes of the plans API, named from the generated contract (never copied). */

/** Response of POST /api/v1/plans/preview (nothing saved). */
export type PlanPreview = Answer<'/api/v1/plans/preview', 'post'>;
/** Header facts of a plan document, shared by the preview and the saved plan. */
export type PlanHeader = Omit<PlanPreview['plan'], 'headings' | 'year'>;
/** A document the plan implements. */
export type PlanBasis = PlanHeader['bases'][number];
/** Who signed the plan. */
export type PlanSigner = NonNullable<PlanHeader['signer']>;
/** A task as read from the document (preview). */
export type PreviewTask = PlanPreview['tasks'][number];
/** A unit name as written in the document; `requested` when it followed "Đề nghị". */
export type WrittenName = PreviewTask['leads'][number];
/** How one distinct written name resolved; unresolved/ambiguous ones need a mapping. */
export type NameResolution = PlanPreview['names'][number];
/** Status of a written name after resolution. */
export type NameStatus = NameResolution['status'];
/** A unit reference. */
export type UnitRef = NameResolution['units'][number];
/** A unit of the organisation tree a name may be mapped to (GET /api/v1/org/tree). */
export type OrgTreeNode = Answer<'/api/v1/org/tree'>['nodes'][number];

/**
 * One mapping sent with POST /api/v1/plans. The import is multipart: the mappings travel as a JSON text field the
 * route parses itself, so the contract does not describe them (the server's `NameChoice`).
 */
export type NameMapping = { unitIds: string[] } | { ignore: true };
/** Response of POST /api/v1/plans. */
export type ImportedPlan = Answer<'/api/v1/plans', 'post'>;

/** One line of GET /api/v1/plans. */
export type PlanSummary = Answer<'/api/v1/plans'>['items'][number];

/** Response of GET /api/v1/plans/:id. */
export type PlanDetail = Answer<'/api/v1/plans/{id}'>;
/** A reporting period of a plan. */
export type PlanPeriod = PlanDetail['periods'][number];
/** A task of a saved plan with its sub-tasks; `status` is a task status or 'heading' for a numbering level. */
export type TaskNode = PlanDetail['tasks'][number];
/** A unit assigned to a task. */
export type Assignment = TaskNode['assignments'][number];
/** Who carries a closed unit's part today (no units: nobody yet). */
export type CarriedBy = NonNullable<Assignment['carriedBy']>;
/** Completion of one unit across the plan. */
export type UnitProgress = PlanDetail['units'][number];

/** One line of GET /api/v1/my/tasks: a task assigned to one of the user's units. */
export type MyTask = Answer<'/api/v1/my/tasks'>['items'][number];
/** Short form of a report listed with a task. */
export type ReportSummary = MyTask['reports'][number];

/** A progress report of a unit on a task (GET /api/v1/plans/:id/reports, and the answer of a submission or review). */
export type Report = Answer<'/api/v1/plans/{id}/reports'>['items'][number];
/** Body of POST /api/v1/tasks/:id/reports. */
export type ReportInput = BodyOf<'/api/v1/tasks/{id}/reports', 'post'>;
/** Status a unit reports for its task. */
export type ReportStatus = ReportInput['status'];
/** Review state of a report, as GET /api/v1/plans/:id/reports filters by it. */
export type ReportState = NonNullable<QueryOf<'/api/v1/plans/{id}/reports'>['state']>;
/** What a reviewer decides (POST /api/v1/reports/:id/review). */
export type ReviewDecision = BodyOf<'/api/v1/reports/{id}/review', 'post'>['decision'];
/** An uploaded file. */
export type StoredFile = Answer<'/api/v1/reports/{id}/files', 'post'>;

/** A quantitative indicator of the catalogue. */
export type Indicator = Answer<'/api/v1/indicators'>['items'][number];

/** A headline figure of the annual report with a link to the records behind it. */
export type PlanFigure = Answer<'/api/v1/plans/{id}/figures'>['figures'][number];
/** Response of GET /api/v1/plans/:id/figures/:code. */
export type FigureDetail = Answer<'/api/v1/plans/{id}/figures/{code}'>;
/** One record a figure was computed from, with the back-office address where it is shown. */
export type FigureRecord = FigureDetail['records'][number];
/** Kind of a record behind a figure: 'task', 'report', 'unit', or one added by another module. */
export type FigureRecordKind = FigureRecord['kind'];

/** The defaults of the annual report form for a report date: its bounds, the issuing body that day, the signer. */
export type AnnualReportDefaults = Answer<'/api/v1/plans/{id}/annual-report'>;
/** What the person generating the annual report chooses: the report date (YYYY-MM-DD) and who signs. */
export type AnnualReportChoice = QueryOf<'/api/v1/plans/{id}/annual-report.docx'>;

/** Progress status of a task or an assignment the task filter offers (the server sends it as a plain string). */
export type TaskStatus = 'not_started' | 'in_progress' | 'done' | 'overdue';
/** Statuses a unit may report, in the order the form offers them. */
export const REPORT_STATUSES = ['not_started', 'in_progress', 'done', 'blocked'] as const satisfies readonly ReportStatus[];
