import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import { query, request } from '../../app/api';
import { client, ok } from '../../app/client';
import type { AnnualReportChoice, ImportedPlan, NameMapping, PlanPreview, ReportInput, ReportState, ReviewDecision, StoredFile } from './api-types';

export type { AnnualReportChoice, AnnualReportDefaults } from './api-types';

const id = (value: string) => encodeURIComponent(value);

/** Plans, tasks, reports and indicators (issue 3), through the typed client. */
export const plansApi = {
  list: (signal?: AbortSignal) => ok(client.GET('/api/v1/plans', { signal })),
  get: (planId: string, signal?: AbortSignal) => ok(client.GET('/api/v1/plans/{id}', { params: { path: { id: planId } }, signal })),
  /** Reads a plan document without saving it (multipart `file`). */
  preview: (file: File) => request<PlanPreview>('/api/v1/plans/preview', { method: 'POST', body: fileForm(file) }),
  /** Imports the document with the mappings of the names that did not resolve by themselves. */
  create: (file: File, mappings: Record<string, NameMapping>, expandGroups = false) =>
    request<ImportedPlan>('/api/v1/plans', {
      method: 'POST',
      // The text fields go before the file so a streaming multipart reader sees them with the file.
      body: fileForm(file, { mappings: JSON.stringify(mappings), expandGroups: String(expandGroups) }),
    }),
  reports: (planId: string, state: ReportState | null, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/plans/{id}/reports', { params: { path: { id: planId }, query: { state: state ?? undefined } }, signal })),
  figures: (planId: string, signal?: AbortSignal) => ok(client.GET('/api/v1/plans/{id}/figures', { params: { path: { id: planId } }, signal })),
  /** One figure with the records it was computed from. */
  figure: (planId: string, code: string, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/plans/{id}/figures/{code}', { params: { path: { id: planId, code } }, signal })),
  /** Address of the annual report of a plan (DOCX report or XLSX annex), for a report date and signer when chosen. */
  exportHref: (planId: string, format: 'docx' | 'xlsx', choice: AnnualReportChoice = {}) =>
    `/api/v1/plans/${id(planId)}/annual-report.${format}${query({
      date: choice.date || null,
      signerName: choice.signerName?.trim() || null,
      signerTitle: choice.signerTitle?.trim() || null,
      signerAuthority: choice.signerAuthority?.trim() || null,
    })}`,
  /** The report date and the plan's signer the annual report form starts from. */
  annualReportDefaults: (planId: string, date: string | undefined, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/plans/{id}/annual-report', { params: { path: { id: planId }, query: { date } }, signal })),
  myTasks: (unitId: string | null, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/my/tasks', { params: { query: { unitId: unitId ?? undefined } }, signal })),
  /** The organisation on a date, whose units an unresolved name may be mapped to. */
  orgTree: (at: string, signal?: AbortSignal) => ok(client.GET('/api/v1/org/tree', { params: { query: { at } }, signal })),
  /** The indicator catalogue. */
  indicators: async (signal?: AbortSignal) => (await ok(client.GET('/api/v1/indicators', { signal }))).items,
};

/** A task's due date, set or cleared by the coordinator with a reason (a deadline the plan wrote in words). */
export const tasksApi = {
  setDue: (taskId: string, dueOn: string | null, reason: string) => ok(client.PUT('/api/v1/tasks/{id}/due', { params: { path: { id: taskId } }, body: { dueOn, reason } })),
};

/** Progress reports: submission, evidence files and review. */
export const reportsApi = {
  create: (taskId: string, input: ReportInput) => ok(client.POST('/api/v1/tasks/{id}/reports', { params: { path: { id: taskId } }, body: input })),
  addFile: (reportId: string, file: File) =>
    request<StoredFile>(`/api/v1/reports/${id(reportId)}/files`, { method: 'POST', body: fileForm(file) }),
  /** Accepts or returns a report; an empty comment is left out (returning requires one). */
  review: (reportId: string, decision: ReviewDecision, comment: string) =>
    ok(client.POST('/api/v1/reports/{id}/review', { params: { path: { id: reportId } }, body: comment ? { decision, comment } : { decision } })),
  /** Download address of a stored file. */
  fileHref: (fileId: string) => `/api/v1/files/${id(fileId)}`,
};

/**
 * The queries of this feature, all under ['plans']; {@link refreshPlan} refreshes those a report or a review changes.
 */
export const plansQueries = {
  all: ['plans'] as const,
  list: () => queryOptions({ queryKey: ['plans', 'list'], queryFn: ({ signal }) => plansApi.list(signal) }),
  detail: (planId: string) =>
    queryOptions({ queryKey: ['plans', 'detail', planId], queryFn: ({ signal }) => plansApi.get(planId, signal), placeholderData: keepPreviousData }),
  /** Every report of a plan: the submitted ones feed the review queue, all of them "Tất cả báo cáo". */
  reports: (planId: string) =>
    queryOptions({ queryKey: ['plans', 'reports', planId], queryFn: ({ signal }) => plansApi.reports(planId, null, signal), placeholderData: keepPreviousData }),
  figures: (planId: string) => queryOptions({ queryKey: ['plans', 'figures', planId], queryFn: ({ signal }) => plansApi.figures(planId, signal) }),
  figure: (planId: string, code: string) =>
    queryOptions({ queryKey: ['plans', 'figures', planId, code], queryFn: ({ signal }) => plansApi.figure(planId, code, signal) }),
  annualReport: (planId: string, date: string | undefined) =>
    queryOptions({
      queryKey: ['plans', 'annual-report', planId, date ?? null],
      queryFn: ({ signal }) => plansApi.annualReportDefaults(planId, date, signal),
      placeholderData: keepPreviousData,
    }),
  myTasks: (unitId: string | null = null) =>
    queryOptions({ queryKey: ['plans', 'my-tasks', unitId], queryFn: ({ signal }) => plansApi.myTasks(unitId, signal), placeholderData: keepPreviousData }),
  /** The units valid on the plan's date, offered for the names that did not resolve. */
  units: (at: string) => queryOptions({ queryKey: ['plans', 'units', at], queryFn: ({ signal }) => plansApi.orgTree(at, signal) }),
  /** The indicator catalogue changes with a deployment, not while a page is open. */
  indicators: () => queryOptions({ queryKey: ['plans', 'indicators'], queryFn: ({ signal }) => plansApi.indicators(signal), staleTime: Infinity }),
};

/** Refreshes what a report or a review changes: the plan's progress, reports and figures, the list of plans, the units' tasks. */
export function refreshPlan(queryClient: QueryClient, planId: string): Promise<unknown> {
  const keys = [['plans', 'detail', planId], ['plans', 'reports', planId], ['plans', 'figures', planId], ['plans', 'list'], ['plans', 'my-tasks']];
  return Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

function fileForm(file: File, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', file, file.name);
  return form;
}
