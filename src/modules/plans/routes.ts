import { Type, type Static } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { AppError, notFound } from '../../platform/errors';
import { canReadFile, openStoredFile } from '../../platform/files';
import { attachmentDisposition, readMultipart, type App } from '../../platform/http';
import { DOCX_TYPE, fileResponse, XLSX_TYPE } from '../../platform/http/responses';
import { can, hasRole, type Actor } from '../../platform/auth';
import { todayVn } from '../../platform/text';
import { getDirectory } from '../organisations';
import { attachReportFile } from './actions/attach-file';
import { importPlan, previewPlan, type NameChoice } from './actions/import-plan';
import { reviewReport } from './actions/review-report';
import { setTaskDue } from './actions/set-task-due';
import { submitReport } from './actions/submit-report';
import { INDICATORS } from './indicators';
import { loadPlanView } from './plan-view';
import { carriedBy, presentPlanHeader, presentPlanPreview, presentReport, presentTaskTree } from './present';
import { assignmentsOfUnits, filesOf, findFile, findTask, listPlans, reportsOfTasks, userNamesOf } from './repo';
import { AttachedFile, IdParams, ImportedPlan, MyTask, PlanDetail, PlanPreview, PlanSummary, Report, ReportBody, ReviewBody } from './schemas';
import { planExportRoutes } from './export-routes';

const tags = ['Kế hoạch'];
const MAX_PLAN_BYTES = 20 * 1024 * 1024;

/** Back-office API of plans: import, task tree and progress, unit reports and their review. */
export async function planRoutes(app: App): Promise<void> {
  const ctx = (request: FastifyRequest) => ({ db: app.db, actor: request.actor, requestId: request.id });

  async function uploadedPlan(request: FastifyRequest) {
    const form = await readMultipart(request, { maxFileBytes: MAX_PLAN_BYTES });
    const file = form.files.find((f) => f.field === 'file') ?? form.files[0];
    if (!file) throw new AppError('validation', 'Chưa chọn tệp kế hoạch.', { errors: [{ path: 'file', message: 'Chọn tệp .docx, .pdf hoặc .txt.' }] });
    return { file: { data: new Uint8Array(file.data), fileName: file.fileName }, fields: form.fields };
  }

  app.post('/api/v1/plans/preview', {
    config: { access: { ability: 'plans.import' } },
    schema: { tags, summary: 'Xem trước kết quả đọc văn bản kế hoạch (không lưu)', consumes: ['multipart/form-data'], response: { 200: PlanPreview } },
    handler: async (request) => {
      const { file } = await uploadedPlan(request);
      return presentPlanPreview(await previewPlan(ctx(request), file));
    },
  });

  app.post('/api/v1/plans', {
    config: { access: { ability: 'plans.import' } },
    schema: { tags, summary: 'Nhập kế hoạch (một giao dịch)', consumes: ['multipart/form-data'], response: { 201: ImportedPlan } },
    handler: async (request, reply) => {
      const { file, fields } = await uploadedPlan(request);
      let mappings: Record<string, NameChoice> = {};
      try {
        mappings = fields.mappings ? (JSON.parse(fields.mappings) as Record<string, NameChoice>) : {};
      } catch {
        throw new AppError('bad-request', 'Trường "mappings" không phải JSON hợp lệ.');
      }
      const result = await importPlan(ctx(request), file, mappings, { expandGroups: fields.expandGroups === 'true' });
      return reply.status(201).send(result);
    },
  });

  app.get('/api/v1/plans', {
    config: { access: { ability: 'plans.read' } },
    schema: { tags, summary: 'Danh sách kế hoạch', response: { 200: Type.Object({ items: Type.Array(PlanSummary) }) } },
    handler: async () => {
      const today = todayVn();
      const list = await listPlans(app.db);
      const items: Static<typeof PlanSummary>[] = [];
      for (const p of list) {
        const view = await loadPlanView(app.db, p.id, today, { withText: false });
        const total = view.progress.tasks.length;
        items.push({
          id: p.id, number: p.number, title: p.title, issuedOn: p.issuedOn, year: p.year, taskCount: total,
          completion: total ? view.progress.tasks.reduce((s, t) => s + t.completion, 0) / total : 0,
          overdueCount: view.progress.tasks.filter((t) => t.status === 'overdue').length,
        });
      }
      return { items };
    },
  });

  app.get('/api/v1/plans/:id', {
    config: { access: { ability: 'plans.read' } },
    schema: { tags, summary: 'Kế hoạch: cây nhiệm vụ, tiến độ theo đơn vị', params: IdParams, response: { 200: PlanDetail } },
    handler: async (request): Promise<Static<typeof PlanDetail>> => {
      // the task tree and the roll-ups need no narratives (300 tasks × 60 units × 4 quarters: 2.0 s with them on PGlite, 0.7 s without)
      const view = await loadPlanView(app.db, request.params.id, todayVn(), { withText: false });
      return {
        ...presentPlanHeader(view.plan, view.periods, view.progress.units, view.dir),
        tasks: presentTaskTree(view.progress.tasks, view.dir, storedHeadings(view.plan.parsed)),
        abilities: {
          canReview: can(request.actor, 'plans.review'),
          // the units whose reports this reviewer may accept or return; null for all (coordinators, administrators)
          reviewUnitIds: reviewUnitsOf(request.actor),
          canReport: can(request.actor, 'plans.report'),
          canExport: can(request.actor, 'plans.read'),
        },
      };
    },
  });

  app.get('/api/v1/plans/:id/reports', {
    config: { access: { ability: 'plans.read' } },
    schema: { tags, summary: 'Báo cáo tiến độ của kế hoạch', params: IdParams, querystring: Type.Object({ state: Type.Optional(Type.Union([Type.Literal('submitted'), Type.Literal('accepted'), Type.Literal('returned')])) }), response: { 200: Type.Object({ items: Type.Array(Report) }) } },
    handler: async (request) => {
      const view = await loadPlanView(app.db, request.params.id, todayVn());
      const reports = view.reports.filter((r) => !request.query.state || r.state === request.query.state);
      const files = await filesOf(app.db, 'progress_report', reports.map((r) => r.id));
      const taskById = new Map(view.tasks.map((t) => [t.id, t]));
      const names = await userNamesOf(app.db, reports.flatMap((r) => [r.submittedBy, r.reviewedBy]));
      return { items: reports.map((r) => presentReport(r, view.dir, taskById.get(r.taskId), files, names)) };
    },
  });

  app.get('/api/v1/my/tasks', {
    config: { access: { ability: 'plans.read' } },
    schema: { tags, summary: 'Nhiệm vụ của các đơn vị của tôi', querystring: Type.Object({ unitId: Type.Optional(Type.String()) }), response: { 200: Type.Object({ items: Type.Array(MyTask) }) } },
    handler: async (request) => {
      const actor = request.actor;
      const myUnits = actor.kind === 'user' ? [...new Set(actor.roles.map((r) => r.unitId))] : [];
      const units = request.query.unitId ? myUnits.filter((u) => u === request.query.unitId) : myUnits;
      const rows = await assignmentsOfUnits(app.db, units);
      const reports = await reportsOfTasks(app.db, [...new Set(rows.map((r) => r.task.id))]);
      const dir = await getDirectory(app.db);
      const today = todayVn();
      const items = rows.map((r): Static<typeof MyTask> => {
        const mine = reports.filter((x) => x.taskId === r.task.id && x.unitId === r.assignment.unitId);
        const live = mine.filter((x) => x.state !== 'returned').at(-1);
        const done = live?.status === 'done' && live.state === 'accepted';
        const status = done ? 'done' : r.task.dueOn && r.task.dueOn < today ? 'overdue' : live ? 'in_progress' : 'not_started';
        return {
          planId: r.task.planId, planNumber: r.planNumber, planTitle: r.planTitle, taskId: r.task.id, code: r.task.code, title: r.task.title, dueOn: r.task.dueOn,
          role: r.assignment.role, requested: r.assignment.isRequested, unitId: r.assignment.unitId, unitName: dir.unit(r.assignment.unitId)?.name ?? r.assignment.unitId, carriedBy: carriedBy(dir, r.assignment.unitId, today), status,
          reports: mine.map((x) => ({ id: x.id, period: x.period, status: x.status, state: x.state, submittedAt: new Date(x.submittedAt).toISOString(), reviewComment: x.reviewComment })),
        };
      });
      return { items };
    },
  });

  app.post('/api/v1/tasks/:id/reports', {
    config: { access: { ability: 'plans.report', scope: 'unit' } },
    schema: { tags, summary: 'Gửi báo cáo tiến độ một nhiệm vụ', params: IdParams, body: ReportBody, response: { 201: Report } },
    handler: async (request, reply) => {
      const row = await submitReport(ctx(request), request.params.id, request.body);
      const [task, dir, names] = await Promise.all([findTask(app.db, row.taskId), getDirectory(app.db), userNamesOf(app.db, [row.submittedBy])]);
      return reply.status(201).send(presentReport(row, dir, task ?? undefined, [], names));
    },
  });

  app.put('/api/v1/tasks/:id/due', {
    config: { access: { ability: 'plans.import' } },
    schema: {
      tags, summary: 'Đặt hoặc xóa hạn của nhiệm vụ, kèm lý do (thời hạn văn bản ghi bằng lời, hoặc đính chính)', params: IdParams,
      body: Type.Object({ dueOn: Type.Union([Type.String({ format: 'date' }), Type.Null()]), reason: Type.String({ maxLength: 1000 }) }, { additionalProperties: false }),
      response: { 200: Type.Object({ id: Type.String(), dueOn: Type.Union([Type.String({ format: 'date' }), Type.Null()]) }) },
    },
    handler: async (request) => setTaskDue(ctx(request), request.params.id, request.body),
  });

  app.post('/api/v1/reports/:id/review', {
    config: { access: { ability: 'plans.review', scope: 'unit' } },
    schema: { tags, summary: 'Chấp nhận hoặc trả lại báo cáo', params: IdParams, body: ReviewBody, response: { 200: Report } },
    handler: async (request) => {
      const row = await reviewReport(ctx(request), request.params.id, request.body.decision, request.body.comment ?? null);
      const [task, dir, files, names] = await Promise.all([findTask(app.db, row.taskId), getDirectory(app.db), filesOf(app.db, 'progress_report', [row.id]), userNamesOf(app.db, [row.submittedBy, row.reviewedBy])]);
      return presentReport(row, dir, task ?? undefined, files, names);
    },
  });

  app.post('/api/v1/reports/:id/files', {
    config: { access: { ability: 'plans.report', scope: 'unit' } },
    schema: { tags, summary: 'Đính kèm tệp minh chứng', params: IdParams, consumes: ['multipart/form-data'], response: { 201: AttachedFile } },
    handler: async (request, reply) => {
      const form = await readMultipart(request, { maxFileBytes: 10 * 1024 * 1024 });
      const file = form.files[0];
      if (!file) throw new AppError('validation', 'Chưa chọn tệp.');
      return reply.status(201).send(await attachReportFile(ctx(request), request.params.id, { data: new Uint8Array(file.data), fileName: file.fileName }));
    },
  });

  app.get('/api/v1/files/:id', {
    config: { access: { ability: 'plans.read', scope: 'unit' } },
    // the stored kinds (platform/files): the type is read from the file's content, never from its name
    schema: { tags, summary: 'Tải tệp đính kèm', params: IdParams, response: { 200: fileResponse('Tệp đính kèm', 'application/pdf', DOCX_TYPE, XLSX_TYPE, 'image/png', 'image/jpeg', 'image/gif', 'image/webp', 'text/plain') } },
    handler: async (request, reply) => {
      const file = await findFile(app.db, request.params.id);
      // 404 rather than 403 for a file the actor may not read, so ids cannot be probed
      if (!file || !(await canReadFile(app.db, request.actor, file))) throw notFound('tệp');
      return reply
        .type(file.mimeType)
        .header('content-disposition', attachmentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(openStoredFile(file.storageKey));
    },
  });

  app.get('/api/v1/indicators', {
    config: { access: { ability: 'plans.read' } },
    schema: {
      tags, summary: 'Danh mục chỉ tiêu định lượng',
      response: { 200: Type.Object({ items: Type.Array(Type.Object({ code: Type.String(), label: Type.String(), unit: Type.String(), whole: Type.Boolean() })) }) },
    },
    handler: async () => ({ items: [...INDICATORS] }),
  });

  await app.register(planExportRoutes);
}

/** The units whose progress reports an actor reviews: null for all (coordinators, administrators), else its approver units. */
function reviewUnitsOf(actor: Actor): string[] | null {
  if (!can(actor, 'plans.review')) return [];
  if (hasRole(actor, 'administrator') || hasRole(actor, 'coordinator')) return null;
  return actor.kind === 'user' ? [...new Set(actor.roles.filter((g) => g.role === 'approver').map((g) => g.unitId))] : [];
}

/** The headings the parser read, from the plan's stored parse (none for plans imported before they were read). */
function storedHeadings(parsed: unknown): { code: string; title: string }[] {
  const h = (parsed as { headings?: unknown } | null)?.headings;
  return Array.isArray(h) ? h.filter((x): x is { code: string; title: string } => typeof x?.code === 'string' && typeof x?.title === 'string') : [];
}
