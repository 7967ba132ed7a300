import { PassThrough } from 'node:stream';
import { Type } from 'typebox';
import type { FastifyReply } from 'fastify';
import { recordAudit } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import type { App } from '../../platform/http';
import { todayVn, slugify } from '../../platform/text';
import { renderAnnualReportDocx, reportDateOf, writeAnnualAnnex } from './annual-report';
import { computeFigures } from './figures';
import { loadPlanView } from './plan-view';
import { IdParams } from './schemas';
import { findPlan } from './repo';

const tags = ['Kế hoạch'];

function attachment(reply: FastifyReply, fileName: string, type: string): FastifyReply {
  return reply.type(type).header('content-disposition', `attachment; filename="${slugify(fileName)}"; filename*=UTF-8''${encodeURIComponent(fileName)}`);
}

/** The day the annual report speaks for (its due date once its year is over), so progress is computed once. */
async function reportDayOf(db: App['db'], planId: string): Promise<string> {
  const plan = await findPlan(db, planId);
  if (!plan) throw notFound('kế hoạch');
  return reportDateOf(plan);
}

/** The annual results report (DOCX per NĐ 30/2020, XLSX annex) and the figures behind it. */
export async function planExportRoutes(app: App): Promise<void> {
  const reportDay = (planId: string) => reportDayOf(app.db, planId);
  app.get('/api/v1/plans/:id/figures', {
    config: { access: { ability: 'plans.read' } },
    schema: { tags, summary: 'Số liệu của báo cáo kết quả, mỗi số kèm đường dẫn tới hồ sơ', params: IdParams },
    handler: async (request) => {
      const view = await loadPlanView(app.db, request.params.id, todayVn());
      const figures = await computeFigures(app.db, view);
      return { figures: figures.map((f) => ({ code: f.code, label: f.label, value: f.value, source: { kind: 'records', href: `/office/plans/${view.plan.id}/figures/${encodeURIComponent(f.code)}` } })) };
    },
  });

  app.get('/api/v1/plans/:id/figures/:code', {
    config: { access: { ability: 'plans.read' } },
    schema: { tags, summary: 'Các hồ sơ tạo nên một số liệu', params: Type.Object({ id: Type.String({ maxLength: 100 }), code: Type.String({ maxLength: 50 }) }) },
    handler: async (request) => {
      const view = await loadPlanView(app.db, request.params.id, todayVn());
      const figure = (await computeFigures(app.db, view)).find((f) => f.code === request.params.code);
      if (!figure) throw notFound('số liệu');
      return { code: figure.code, label: figure.label, value: figure.value, records: figure.records() };
    },
  });

  app.get('/api/v1/plans/:id/annual-report.docx', {
    config: { access: { ability: 'plans.read' } },
    schema: { tags, summary: 'Tải báo cáo kết quả thực hiện kế hoạch (DOCX)', params: IdParams },
    handler: async (request, reply) => {
      const view = await loadPlanView(app.db, request.params.id, await reportDay(request.params.id), { withText: false });
      const buf = await renderAnnualReportDocx(view, await computeFigures(app.db, view));
      await app.db.transaction((tx) => recordAudit(tx, { actor: request.actor, action: 'plan.report.export', subjectType: 'plan', subjectId: view.plan.id, after: { format: 'docx', bytes: buf.length }, requestId: request.id }));
      return attachment(reply, `Bao cao ket qua ${view.plan.number ?? view.plan.id}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document').send(buf);
    },
  });

  app.get('/api/v1/plans/:id/annual-report.xlsx', {
    config: { access: { ability: 'plans.read' } },
    schema: { tags, summary: 'Tải phụ lục số liệu (XLSX)', params: IdParams },
    handler: async (request, reply) => {
      const view = await loadPlanView(app.db, request.params.id, todayVn(), { withText: false });
      const figures = await computeFigures(app.db, view);
      await app.db.transaction((tx) => recordAudit(tx, { actor: request.actor, action: 'plan.report.export', subjectType: 'plan', subjectId: view.plan.id, after: { format: 'xlsx' }, requestId: request.id }));
      const stream = new PassThrough();
      writeAnnualAnnex(stream, view, figures).catch((err) => {
        request.log.error({ err }, 'xlsx export failed');
        stream.destroy(err as Error);
      });
      return attachment(reply, `Phu luc ${view.plan.number ?? view.plan.id}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(stream);
    },
  });
}
