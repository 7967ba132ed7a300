import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { can } from '../../platform/auth';
import { recordAudit } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import { attachmentDisposition, readMultipart, type App } from '../../platform/http';
import { DOCX_TYPE, fileResponse } from '../../platform/http/responses';
import { todayVn } from '../../platform/text';
import { getDirectory } from '../organisations';
import { listDrafts } from '../policies';
import { getPressAgency, listPressAgencies } from '../press';
import { acceptCommission } from './actions/accept-commission';
import { recordPayment } from './actions/record-payment';
import { registerDeliverable, type DeliverableInput } from './actions/register-deliverable';
import { createCommission, editCommission } from './actions/save-commission';
import { setAllocation } from './actions/set-allocation';
import { setCommissionService } from './actions/set-commission-service';
import { createServiceList } from './actions/save-service-list';
import { endServiceList } from './actions/end-service-list';
import { presentServiceLists, serviceChoices } from './present-services';
import { approveCommission, cancelCommission, liquidateCommission, signCommission } from './actions/transitions';
import { budgetOfPlan } from './budget';
import { renderAcceptanceDocx, renderOrderDocx } from './documents';
import { FUNDING_LABELS, FUNDING_SOURCES, MODE_LABELS, MODES, PRODUCT_TYPE_LABELS, PRODUCT_TYPES, QUANTITY_UNITS, STATUS_LABELS, STATUSES } from './labels';
import { presentDetail, presentSummaries } from './present';
import { findLinkedPlanTask, planTaskChoices } from '../plans';
import { acceptancesOf, deliverablesOf, findCommission, findPlanHead, findPolicyTitle, findServiceWithList, linesOf, listCommissions } from './repo';
import { listLabel } from './services';
import { AcceptanceBody, AcceptanceParams, AllocationBody, BudgetQuery, BudgetView, CancelBody, CommissionBody, CommissionDetail, CommissionOptions, CommissionSummary, DeliverableBody, EndServiceListBody, IdParams, LiquidateBody, ListQuery, PaymentBody, ServiceBody, ServiceListBody, ServiceListsView, SignBody, SignerQuery } from './schemas';

const tags = ['Đặt hàng báo chí'];

/** Back-office API of commissions to the press: orders, deliverables, acceptance, payments, documents, budget. */
export async function commissionsRoutes(app: App): Promise<void> {
  const ctx = (request: FastifyRequest) => ({ db: app.db, actor: request.actor, requestId: request.id });
  const detail = async (request: FastifyRequest, id: string) => {
    const row = await findCommission(app.db, id);
    if (!row) throw notFound('đơn đặt hàng');
    return presentDetail(app.db, request.actor, row);
  };

  app.get('/api/v1/commissions', {
    config: { access: { ability: 'commissions.read' } },
    schema: { tags, summary: 'Đơn đặt hàng báo chí, lọc theo tình trạng, cơ quan báo chí, chính sách, năm', querystring: ListQuery, response: { 200: Type.Object({ items: Type.Array(CommissionSummary) }) } },
    handler: async (request) => ({ items: await presentSummaries(app.db, await listCommissions(app.db, request.query)) }),
  });

  app.get('/api/v1/commissions/options', {
    config: { access: { ability: 'commissions.read' } },
    schema: { tags, summary: 'Danh mục để lập đơn đặt hàng: cơ quan báo chí, đơn vị, chính sách, nhiệm vụ kế hoạch', response: { 200: CommissionOptions } },
    handler: async (request) => {
      const today = todayVn();
      const [agencies, dir, drafts, plans, services] = await Promise.all([listPressAgencies(app.db, { on: today }), getDirectory(app.db), listDrafts(app.db, {}), planTaskChoices(app.db), serviceChoices(app.db)]);
      const collator = new Intl.Collator('vi');
      const units = dir.snapshot.units
        .filter((u) => u.type !== 'bao_chi' && u.validFrom <= today && (u.validTo === null || today < u.validTo))
        .map((u) => ({ id: u.id, name: u.name }))
        .sort((a, b) => collator.compare(a.name, b.name));
      const labelled = <T extends string>(codes: readonly T[], labels: Record<T, [string, string]>) => codes.map((code) => ({ code, label: labels[code][0] }));
      return {
        agencies: agencies.map((a) => ({ id: a.id, name: a.name })).sort((a, b) => collator.compare(a.name, b.name)),
        units,
        policies: drafts.map((d) => ({ id: d.id, title: d.title })),
        plans,
        modes: labelled(MODES, MODE_LABELS),
        productTypes: labelled(PRODUCT_TYPES, PRODUCT_TYPE_LABELS),
        fundingSources: labelled(FUNDING_SOURCES, FUNDING_LABELS),
        statuses: labelled(STATUSES, STATUS_LABELS),
        quantityUnits: [...QUANTITY_UNITS],
        services,
        canCreate: can(request.actor, 'commissions.draft'),
      };
    },
  });

  app.post('/api/v1/commissions', {
    config: { access: { ability: 'commissions.draft' } },
    schema: { tags, summary: 'Lập đơn đặt hàng (thành tiền và tổng giá trị do máy chủ tính)', body: CommissionBody, response: { 201: CommissionDetail } },
    handler: async (request, reply) => {
      const row = await createCommission(ctx(request), request.body);
      return reply.status(201).send(await presentDetail(app.db, request.actor, row));
    },
  });

  app.get('/api/v1/commissions/budget', {
    config: { access: { ability: 'commissions.read' } },
    schema: { tags, summary: 'Kinh phí theo nhiệm vụ của một kế hoạch trong năm: được giao, đã đặt hàng, đã nghiệm thu, đã thanh toán', querystring: BudgetQuery, response: { 200: BudgetView } },
    handler: async (request) => {
      const plan = await findPlanHead(app.db, request.query.planId);
      if (!plan) throw notFound('kế hoạch');
      return { ...(await budgetOfPlan(app.db, plan, request.query.year ?? plan.year)), canEdit: can(request.actor, 'commissions.manage') };
    },
  });

  app.put('/api/v1/commissions/budget', {
    config: { access: { ability: 'commissions.manage' } },
    schema: { tags, summary: 'Nhập kinh phí được giao cho một nhiệm vụ trong năm', body: AllocationBody, response: { 200: BudgetView } },
    handler: async (request) => {
      await setAllocation(ctx(request), request.body);
      const task = (await findLinkedPlanTask(app.db, request.body.planTaskId))!;
      return { ...(await budgetOfPlan(app.db, { id: task.planId, title: task.planTitle, year: task.planYear }, request.body.year)), canEdit: true };
    },
  });

  app.get('/api/v1/commissions/service-lists', {
    config: { access: { ability: 'commissions.read' } },
    schema: { tags, summary: 'Danh mục dịch vụ sự nghiệp công sử dụng ngân sách nhà nước: danh mục đang có hiệu lực và các danh mục khác', response: { 200: ServiceListsView } },
    handler: async (request) => presentServiceLists(app.db, request.actor),
  });

  app.post('/api/v1/commissions/service-lists', {
    config: { access: { ability: 'commissions.manage' } },
    schema: { tags, summary: 'Nhập danh mục dịch vụ được phê duyệt (danh mục đang có hiệu lực hết hiệu lực từ ngày danh mục mới có hiệu lực)', body: ServiceListBody, response: { 201: ServiceListsView } },
    handler: async (request, reply) => {
      await createServiceList(ctx(request), request.body);
      return reply.status(201).send(await presentServiceLists(app.db, request.actor));
    },
  });

  app.post('/api/v1/commissions/service-lists/:id/end', {
    config: { access: { ability: 'commissions.manage' } },
    schema: { tags, summary: 'Chấm dứt hiệu lực một danh mục dịch vụ (ngày hết hiệu lực, lý do)', params: IdParams, body: EndServiceListBody, response: { 200: ServiceListsView } },
    handler: async (request) => {
      await endServiceList(ctx(request), request.params.id, request.body);
      return presentServiceLists(app.db, request.actor);
    },
  });

  app.get('/api/v1/commissions/:id', {
    config: { access: { ability: 'commissions.read' } },
    schema: { tags, summary: 'Một đơn đặt hàng: sản phẩm, sản phẩm đã giao, nghiệm thu, thanh toán, diễn biến', params: IdParams, response: { 200: CommissionDetail } },
    handler: async (request) => detail(request, request.params.id),
  });

  app.put('/api/v1/commissions/:id', {
    config: { access: { ability: 'commissions.draft', scope: 'unit' } },
    schema: { tags, summary: 'Sửa đơn đặt hàng chưa phê duyệt', params: IdParams, body: CommissionBody, response: { 200: CommissionDetail } },
    handler: async (request) => presentDetail(app.db, request.actor, await editCommission(ctx(request), request.params.id, request.body)),
  });

  app.post('/api/v1/commissions/:id/service', {
    config: { access: { ability: 'commissions.draft', scope: 'unit' } },
    schema: { tags, summary: 'Gắn dịch vụ sự nghiệp công cho đơn đặt hàng chưa ký', params: IdParams, body: ServiceBody, response: { 200: CommissionDetail } },
    handler: async (request) => presentDetail(app.db, request.actor, await setCommissionService(ctx(request), request.params.id, request.body)),
  });

  app.post('/api/v1/commissions/:id/approve', {
    config: { access: { ability: 'commissions.approve', scope: 'unit' } },
    schema: { tags, summary: 'Phê duyệt đơn đặt hàng', params: IdParams, response: { 200: CommissionDetail } },
    handler: async (request) => presentDetail(app.db, request.actor, await approveCommission(ctx(request), request.params.id)),
  });

  app.post('/api/v1/commissions/:id/sign', {
    config: { access: { ability: 'commissions.manage' } },
    schema: { tags, summary: 'Ghi nhận ký đặt hàng (số, ngày ký); vượt kinh phí còn lại phải nêu lý do', params: IdParams, body: SignBody, response: { 200: CommissionDetail } },
    handler: async (request) => presentDetail(app.db, request.actor, await signCommission(ctx(request), request.params.id, request.body)),
  });

  app.post('/api/v1/commissions/:id/cancel', {
    config: { access: { ability: 'commissions.manage' } },
    schema: { tags, summary: 'Hủy đơn đặt hàng chưa có sản phẩm giao', params: IdParams, body: CancelBody, response: { 200: CommissionDetail } },
    handler: async (request) => presentDetail(app.db, request.actor, await cancelCommission(ctx(request), request.params.id, request.body)),
  });

  app.post('/api/v1/commissions/:id/liquidate', {
    config: { access: { ability: 'commissions.manage' } },
    schema: { tags, summary: 'Thanh lý đơn đặt hàng đã nghiệm thu và thanh toán', params: IdParams, body: LiquidateBody, response: { 200: CommissionDetail } },
    handler: async (request) => presentDetail(app.db, request.actor, await liquidateCommission(ctx(request), request.params.id, request.body)),
  });

  app.post('/api/v1/commissions/:id/deliverables', {
    config: { access: { ability: 'commissions.deliver', scope: 'unit' } },
    schema: { tags, summary: 'Ghi nhận một sản phẩm đã giao (địa chỉ đăng tải hoặc thời điểm phát sóng)', params: IdParams, body: DeliverableBody, response: { 201: CommissionDetail } },
    handler: async (request, reply) => {
      await registerDeliverable(ctx(request), request.params.id, request.body);
      return reply.status(201).send(await detail(request, request.params.id));
    },
  });

  app.post('/api/v1/commissions/:id/deliverables/upload', {
    config: { access: { ability: 'commissions.deliver', scope: 'unit' } },
    schema: { tags, summary: 'Ghi nhận một sản phẩm đã giao kèm tệp (PDF, DOCX, ảnh)', params: IdParams, consumes: ['multipart/form-data'], response: { 201: CommissionDetail } },
    handler: async (request, reply) => {
      const form = await readMultipart(request, { maxFileBytes: 50 * 1024 * 1024 });
      const file = form.files.find((f) => f.field === 'file') ?? null;
      const f = (k: string) => form.fields[k] ?? null;
      const minutes = f('durationMinutes');
      const input: DeliverableInput = { lineId: f('lineId') ?? '', title: f('title') ?? '', url: f('url'), channel: f('channel'), airedOn: f('airedOn') || null, airedAt: f('airedAt') || null, durationMinutes: minutes ? Number(minutes) : null, publishedOn: f('publishedOn') ?? '' };
      await registerDeliverable(ctx(request), request.params.id, input, file ? { data: new Uint8Array(file.data), fileName: file.fileName } : null);
      return reply.status(201).send(await detail(request, request.params.id));
    },
  });

  app.post('/api/v1/commissions/:id/acceptances', {
    config: { access: { ability: 'commissions.manage' } },
    schema: { tags, summary: 'Lập biên bản nghiệm thu (chỉ số lượng đã giao)', params: IdParams, body: AcceptanceBody, response: { 201: CommissionDetail } },
    handler: async (request, reply) => {
      await acceptCommission(ctx(request), request.params.id, request.body);
      return reply.status(201).send(await detail(request, request.params.id));
    },
  });

  app.post('/api/v1/commissions/:id/payments', {
    config: { access: { ability: 'commissions.manage' } },
    schema: { tags, summary: 'Ghi nhận thanh toán (sau nghiệm thu, không vượt tổng giá trị)', params: IdParams, body: PaymentBody, response: { 201: CommissionDetail } },
    handler: async (request, reply) => {
      await recordPayment(ctx(request), request.params.id, request.body);
      return reply.status(201).send(await detail(request, request.params.id));
    },
  });

  const send = async (request: FastifyRequest, reply: FastifyReply, id: string, kind: string, fileName: string, buf: Buffer) => {
    await app.db.transaction((tx) => recordAudit(tx, { actor: request.actor, action: 'commissions.export', subjectType: 'press_commission', subjectId: id, after: { document: kind, bytes: buf.length }, requestId: request.id }));
    return reply.type(DOCX_TYPE).header('content-disposition', attachmentDisposition(fileName)).send(buf);
  };

  app.get('/api/v1/commissions/:id/order.docx', {
    config: { access: { ability: 'commissions.read' } },
    schema: { tags, summary: 'Tải quyết định đặt hàng (DOCX)', params: IdParams, querystring: SignerQuery, response: { 200: fileResponse('Quyết định đặt hàng (DOCX)', DOCX_TYPE) } },
    handler: async (request, reply) => {
      const c = await findCommission(app.db, request.params.id);
      if (!c) throw notFound('đơn đặt hàng');
      const [dir, lines, supplier, policy, task, service] = await Promise.all([getDirectory(app.db), linesOf(app.db, [c.id]), getPressAgency(app.db, c.supplierId), c.policyId ? findPolicyTitle(app.db, c.policyId) : null, c.planTaskId ? findLinkedPlanTask(app.db, c.planTaskId) : null, c.serviceId ? findServiceWithList(app.db, c.serviceId) : null]);
      const named = c.serviceId ? { name: c.serviceName ?? service?.service.name ?? '', listLabel: service ? listLabel(service.list) : null } : null;
      const buf = await renderOrderDocx({ dir, commission: c, lines, supplier, policyTitle: policy?.title ?? null, taskTitle: task ? `${task.code}. ${task.title}` : null, service: named, signer: { name: request.query.signerName ?? '', title: request.query.signerTitle ?? '' } });
      return send(request, reply, c.id, 'order', `Quyết định đặt hàng số ${c.refNo}.docx`, buf);
    },
  });

  app.get('/api/v1/commissions/:id/acceptances/:acceptanceId/record.docx', {
    config: { access: { ability: 'commissions.read' } },
    schema: { tags, summary: 'Tải biên bản nghiệm thu (DOCX)', params: AcceptanceParams, response: { 200: fileResponse('Biên bản nghiệm thu (DOCX)', DOCX_TYPE) } },
    handler: async (request, reply) => {
      const c = await findCommission(app.db, request.params.id);
      if (!c) throw notFound('đơn đặt hàng');
      const [dir, lines, deliverables, acceptances] = await Promise.all([getDirectory(app.db), linesOf(app.db, [c.id]), deliverablesOf(app.db, [c.id]), acceptancesOf(app.db, [c.id])]);
      const at = acceptances.findIndex((a) => a.id === request.params.acceptanceId);
      if (at < 0) throw notFound('biên bản nghiệm thu');
      const buf = await renderAcceptanceDocx({ dir, commission: c, lines, deliverables, acceptance: acceptances[at]!, earlier: acceptances.slice(0, at) });
      return send(request, reply, c.id, 'acceptance', `Biên bản nghiệm thu số ${c.refNo}.docx`, buf);
    },
  });
}
