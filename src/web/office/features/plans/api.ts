import { query, request } from '../../app/api';
import type { FigureDetail, Indicator, MyTask, NameMapping, PlanDetail, PlanFigure, PlanPreview, PlanSummary, Report, ReportInput, ReportState, StoredFile } from './api-types';

type Signal = AbortSignal | undefined;

/** What the person generating the annual report chooses: the report date (YYYY-MM-DD) and who signs. */
export interface AnnualReportChoice {
  date?: string;
  signerName?: string;
  signerTitle?: string;
  signerAuthority?: string;
}

/** The defaults of the annual report form for a report date: its bounds, the issuing body that day, the signer. */
export interface AnnualReportDefaults {
  date: string;
  minDate: string | null;
  maxDate: string;
  /** The body that issues the report on that date ("Ủy ban nhân dân tỉnh Lào Cai" after the merger). */
  issuer: string;
  /** The plan's signer while that body is the plan's own issuer; null once a successor issues the report. */
  signer: { name: string; title: string } | null;
}

const id = (value: string) => encodeURIComponent(value);

/** Plans, tasks, reports and indicators (issue 3). */
export const plansApi = {
  list: (signal?: Signal) => request<{ items: PlanSummary[] }>('/api/v1/plans', { signal }),
  get: (planId: string, signal?: Signal) => request<PlanDetail>(`/api/v1/plans/${id(planId)}`, { signal }),
  /** Reads a plan document without saving it (multipart `file`). */
  preview: (file: File) => request<PlanPreview>('/api/v1/plans/preview', { method: 'POST', body: fileForm(file) }),
  /** Imports the document with the mappings of the names that did not resolve by themselves. */
  create: (file: File, mappings: Record<string, NameMapping>, expandGroups = false) =>
    request<{ id: string }>('/api/v1/plans', {
      method: 'POST',
      // The text fields go before the file so a streaming multipart reader sees them with the file.
      body: fileForm(file, { mappings: JSON.stringify(mappings), expandGroups: String(expandGroups) }),
    }),
  reports: (planId: string, state: ReportState | null, signal?: Signal) =>
    request<{ items: Report[] }>(`/api/v1/plans/${id(planId)}/reports${query({ state })}`, { signal }),
  figures: (planId: string, signal?: Signal) =>
    request<{ figures: PlanFigure[] }>(`/api/v1/plans/${id(planId)}/figures`, { signal }),
  /** One figure with the records it was computed from. */
  figure: (planId: string, code: string, signal?: Signal) =>
    request<FigureDetail>(`/api/v1/plans/${id(planId)}/figures/${id(code)}`, { signal }),
  /** Address of the annual report of a plan (DOCX report or XLSX annex), for a report date and signer when chosen. */
  exportHref: (planId: string, format: 'docx' | 'xlsx', choice: AnnualReportChoice = {}) =>
    `/api/v1/plans/${id(planId)}/annual-report.${format}${query({
      date: choice.date || null,
      signerName: choice.signerName?.trim() || null,
      signerTitle: choice.signerTitle?.trim() || null,
      signerAuthority: choice.signerAuthority?.trim() || null,
    })}`,
  /** The report date and the plan's signer the annual report form starts from. */
  annualReportDefaults: (planId: string, date: string | undefined, signal?: Signal) =>
    request<AnnualReportDefaults>(`/api/v1/plans/${id(planId)}/annual-report${query({ date })}`, { signal }),
  myTasks: (unitId: string | null, signal?: Signal) =>
    request<{ items: MyTask[] }>(`/api/v1/my/tasks${query({ unitId })}`, { signal }),
  /** The indicator catalogue; accepts a bare array (draft contract) or `{ items }`. */
  indicators: async (signal?: Signal): Promise<Indicator[]> => {
    const body = await request<Indicator[] | { items?: Indicator[] }>('/api/v1/indicators', { signal });
    return Array.isArray(body) ? body : (body?.items ?? []);
  },
};

/** Progress reports: submission, evidence files and review. */
export const reportsApi = {
  create: (taskId: string, input: ReportInput) =>
    request<Report>(`/api/v1/tasks/${id(taskId)}/reports`, { method: 'POST', body: input }),
  addFile: (reportId: string, file: File) =>
    request<StoredFile>(`/api/v1/reports/${id(reportId)}/files`, { method: 'POST', body: fileForm(file) }),
  /** Accepts or returns a report; an empty comment is left out (returning requires one). */
  review: (reportId: string, decision: 'accept' | 'return', comment: string) =>
    request<Report>(`/api/v1/reports/${id(reportId)}/review`, {
      method: 'POST',
      body: comment ? { decision, comment } : { decision },
    }),
  /** Download address of a stored file. */
  fileHref: (fileId: string) => `/api/v1/files/${id(fileId)}`,
};

function fileForm(file: File, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', file, file.name);
  return form;
}
