import { PassThrough } from 'node:stream';
import { Type, type Static } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { recordAudit } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import { attachmentDisposition, type App } from '../../platform/http';
import { vietnameseValidationErrors } from '../../platform/http/validation';
import { todayVn } from '../../platform/text';
import { getDirectory } from '../organisations';
import { writeAnnualAnnex } from './annual-annex';
import { defaultSigner, loadAnnualReport, renderAnnualReportDocx, reportDateOf, type ReportSignerInput } from './annual-report';
import { computeFigures } from './figures';
import { loadPlanView } from './plan-view';
import { FigureDetail, IdParams, PlanFigure } from './schemas';
import { findPlan } from './repo';
import { issuerAsOf } from './report-issuer';
import { DOCX_TYPE, fileResponse, XLSX_TYPE } from '../../platform/http/responses';

const tags = ['Kế hoạch'];

/** What the person generating the report chooses: the report date and who signs (NĐ 30 Art. 13). */
export const ReportQuery = Type.Object(
  {
    date: Type.Optional(Type.String({ format: 'date', description: 'Ngày báo cáo (YYYY-MM-DD); mặc định: hôm nay, hoặc hạn báo cáo khi năm của kế hoạch đã qua' })),
    signerName: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Họ và tên người ký' })),
    signerTitle: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Chức vụ người ký, ví dụ "Phó Chủ tịch"' })),
    signerAuthority: Type.Optional(Type.String({ maxLength: 100, description: 'Thẩm quyền ký, ví dụ "KT. Chủ tịch", "TM. Ủy ban nhân dân"; để trống thì suy ra từ chức vụ' })),
  },
  { additionalProperties: false },
);
type ReportQuery = Static<typeof ReportQuery>;

function attachment(reply: FastifyReply, fileName: string, type: string): FastifyReply {
  return reply.type(type).header('content-disposition', attachmentDisposition(fileName));
}

const field = (path: string, message: string) => new AppError('bad-request', 'Thông tin tạo báo cáo chưa hợp lệ.', { errors: [{ path, message }] });

/**
 * Reads the report's options from the query, refusing with Vietnamese messages (400): a date outside the plan's life
 * or in the future, a signer's name without a title or the reverse.
 */
async function optionsOf(app: App, request: FastifyRequest): Promise<{ planId: string; date: string; signer: ReportSignerInput | undefined }> {
  if (request.validationError) {
    const v = request.validationError as unknown as { validation: never[]; validationContext?: string };
    throw new AppError('bad-request', 'Thông tin tạo báo cáo chưa hợp lệ.', { errors: vietnameseValidationErrors(v.validation, v.validationContext ?? 'querystring') });
  }
  const { id } = request.params as { id: string };
  const q = request.query as ReportQuery;
  const plan = await findPlan(app.db, id);
  if (!plan) throw notFound('kế hoạch');
  const today = todayVn();
  const date = q.date ?? reportDateOf(plan, today);
  if (date > today) throw field('date', 'Ngày báo cáo không được sau ngày hôm nay.');
  if (plan.issuedOn && date < plan.issuedOn) throw field('date', 'Ngày báo cáo không được trước ngày ban hành kế hoạch.');
  const name = q.signerName?.normalize('NFC').trim() ?? '';
  const title = q.signerTitle?.normalize('NFC').trim() ?? '';
  if (name && !title) throw field('signerTitle', 'Nhập chức vụ của người ký.');
  if (title && !name) throw field('signerName', 'Nhập họ và tên người ký.');
  const authority = q.signerAuthority?.normalize('NFC').trim() || null;
  const signer = name ? { name, title, authority } : undefined;
  return { planId: id, date, signer };
}

async function reportInputs(app: App, request: FastifyRequest) {
  const { planId, date, signer } = await optionsOf(app, request);
  return loadAnnualReport(app.db, planId, date, signer);
}

/** The annual results report (DOCX per NĐ 30/2020, XLSX annex) and the figures behind it. */
export async function planExportRoutes(app: App): Promise<void> {
  app.get('/api/v1/plans/:id/figures', {
    config: { access: { ability: 'plans.read' } },
    schema: { tags, summary: 'Số liệu của báo cáo kết quả, mỗi số kèm đường dẫn tới hồ sơ', params: IdParams, response: { 200: Type.Object({ figures: Type.Array(PlanFigure) }) } },
    handler: async (request): Promise<{ figures: Static<typeof PlanFigure>[] }> => {
      const view = await loadPlanView(app.db, request.params.id, todayVn(), { withText: false });
      const figures = await computeFigures(app.db, view);
      return { figures: figures.map((f) => ({ code: f.code, label: f.label, value: f.value, source: { kind: 'records', href: `/office/plans/${view.plan.id}/figures/${encodeURIComponent(f.code)}` } })) };
    },
  });

  app.get('/api/v1/plans/:id/figures/:code', {
    config: { access: { ability: 'plans.read' } },
    schema: { tags, summary: 'Các hồ sơ tạo nên một số liệu', params: Type.Object({ id: Type.String({ maxLength: 100 }), code: Type.String({ maxLength: 50 }) }), response: { 200: FigureDetail } },
    handler: async (request): Promise<Static<typeof FigureDetail>> => {
      const view = await loadPlanView(app.db, request.params.id, todayVn(), { withText: false });
      const figure = (await computeFigures(app.db, view)).find((f) => f.code === request.params.code);
      if (!figure) throw notFound('số liệu');
      return { code: figure.code, label: figure.label, value: figure.value, records: figure.records() };
    },
  });

  /**
   * The defaults the office's form starts from, for the report date given (or the default one): the body that issues
   * the report that day, and the plan's signer only while that body is the plan's own issuer (after a merger the
   * successor's signer must be named).
   */
  app.get('/api/v1/plans/:id/annual-report', {
    config: { access: { ability: 'plans.read' } },
    schema: {
      tags,
      summary: 'Ngày báo cáo, cơ quan ban hành và người ký mặc định của báo cáo kết quả',
      params: IdParams,
      querystring: Type.Object({ date: Type.Optional(Type.String({ format: 'date', description: 'Ngày báo cáo (mặc định: hạn báo cáo khi năm của kế hoạch đã qua, nếu không là hôm nay)' })) }, { additionalProperties: false }),
      response: {
        200: Type.Object({
          date: Type.String({ format: 'date' }),
          minDate: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
          maxDate: Type.String({ format: 'date' }),
          issuer: Type.String({ description: 'Cơ quan ban hành báo cáo vào ngày báo cáo' }),
          signer: Type.Union([Type.Object({ name: Type.String(), title: Type.String() }), Type.Null()]),
        }),
      },
    },
    handler: async (request) => {
      const plan = await findPlan(app.db, request.params.id);
      if (!plan) throw notFound('kế hoạch');
      const date = request.query.date ?? reportDateOf(plan);
      const issuer = issuerAsOf(await getDirectory(app.db), plan, date);
      const signer = defaultSigner(plan, issuer);
      return { date, minDate: plan.issuedOn, maxDate: todayVn(), issuer: issuer.text, signer: signer ? { name: signer.name, title: signer.title } : null };
    },
  });

  app.get('/api/v1/plans/:id/annual-report.docx', {
    config: { access: { ability: 'plans.read' } },
    attachValidation: true,
    schema: { tags, summary: 'Tải báo cáo kết quả thực hiện kế hoạch (DOCX)', params: IdParams, querystring: ReportQuery, response: { 200: fileResponse('Báo cáo kết quả (DOCX)', DOCX_TYPE) } },
    handler: async (request, reply) => {
      const { view, figures, opts, audit } = await reportInputs(app, request);
      // a report names its signer's authority, title and name (NĐ 30/2020 Art. 8, DOMAIN.md VB-02); after a merger the
      // plan's signer no longer signs for the successor, so one must be given
      if (!audit.signer) {
        throw new AppError('validation', 'Báo cáo chưa có người ký: nhập họ tên và chức vụ người ký của cơ quan ban hành báo cáo.', {
          errors: [{ path: 'signerName', message: 'Nhập họ và tên người ký.' }, { path: 'signerTitle', message: 'Nhập chức vụ của người ký.' }],
        });
      }
      const buf = await renderAnnualReportDocx(view, figures, opts);
      await app.db.transaction((tx) => recordAudit(tx, { actor: request.actor, action: 'plan.report.export', subjectType: 'plan', subjectId: view.plan.id, after: { format: 'docx', bytes: buf.length, ...audit }, requestId: request.id }));
      return attachment(reply, `Báo cáo kết quả ${view.plan.number ?? 'kế hoạch'}.docx`, DOCX_TYPE).send(buf);
    },
  });

  app.get('/api/v1/plans/:id/annual-report.xlsx', {
    config: { access: { ability: 'plans.read' } },
    attachValidation: true,
    schema: { tags, summary: 'Tải phụ lục số liệu (XLSX)', params: IdParams, querystring: ReportQuery, response: { 200: fileResponse('Phụ lục số liệu (XLSX)', XLSX_TYPE) } },
    handler: async (request, reply) => {
      const { view, figures, opts, audit } = await reportInputs(app, request);
      await app.db.transaction((tx) => recordAudit(tx, { actor: request.actor, action: 'plan.report.export', subjectType: 'plan', subjectId: view.plan.id, after: { format: 'xlsx', ...audit }, requestId: request.id }));
      const stream = new PassThrough();
      writeAnnualAnnex(stream, view, figures, opts).catch((err) => {
        request.log.error({ err }, 'xlsx export failed');
        stream.destroy(err as Error);
      });
      return attachment(reply, `Phụ lục số liệu ${view.plan.number ?? 'kế hoạch'}.xlsx`, XLSX_TYPE).send(stream);
    },
  });
}
