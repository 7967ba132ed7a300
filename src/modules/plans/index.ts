/** Plans: plan documents parsed into tasks, assignments, progress reports and the annual results report. */
import './file-access';
export { plansPolicy } from './policy';
export { planRoutes } from './routes';
export { importPlan, previewPlan, type NameChoice } from './actions/import-plan';
export { submitReport } from './actions/submit-report';
export { reviewReport } from './actions/review-report';
export { loadPlanView } from './plan-view';
export { computeFigures, registerFigureSource, type Figure, type FigureSource } from './figures';
export { loadAnnualReport, renderAnnualReportDocx, reportDateOf } from './annual-report';
export { findPlan } from './repo';
export { writeAnnualAnnex } from './annual-annex';
export { planJobs } from './jobs';
export { parsePlanDocument, parsePlanDocumentIsolated, PlanParseError } from './parser';
export * as planTables from './tables';
export { planTaskChoices, findLinkedPlanTask, type PlanTaskChoices, type LinkedPlanTask } from './task-choices';
// reads for the notifications module (home page, event scan)
export { assignmentsOfUnits, reportsOfTasks } from './repo';
export { reportsWithContext, submittedCountsByPlan, submittedReports, type ReportContext } from './repo-home';
export { unitNameNow } from './present';
