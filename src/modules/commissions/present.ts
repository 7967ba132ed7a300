import { can, type Actor } from '../../platform/auth';
import { listAudit, presentAuditEntries } from '../../platform/audit';
import type { Executor } from '../../platform/db';
import { SENTIMENT_LABELS, type LinkedItem } from '../monitoring';
import { getDirectory } from '../organisations';
import { getPressAgency } from '../press';
import { budgetCheckOf } from './budget';
import { FUNDING_LABELS, MODE_LABELS, PRODUCT_TYPE_LABELS, STATUS_LABELS, type FundingSource, type Mode, type ProductType, type Status } from './labels';
import { monitoringMatches } from './matching';
import { acceptedQuantity, deliveredQuantity, deliveryState } from './quantities';
import { findLinkedPlanTask } from '../plans';
import { acceptancesOf, deliverablesOf, findPolicyTitle, findServiceWithList, linesOf, paymentsOf, policyTitles, storedFilesByIds, type CommissionRow } from './repo';
import { listLabel, NO_SERVICE, serviceProblem } from './services';

const DELIVERY_LABELS = { none: 'Chưa giao sản phẩm', partly: 'Đã giao một phần', fully: 'Đã giao đủ' } as const;

const linked = (i: LinkedItem) => ({ title: i.title || '(không có tiêu đề)', url: i.url, sourceName: i.sourceName, publishedAt: i.publishedAt, sentimentLabel: SENTIMENT_LABELS[i.sentiment]?.[0] ?? 'Chưa rõ' });

/** A line of the list. */
export async function presentSummaries(db: Executor, rows: (CommissionRow & { delivered: number; paid: number })[]) {
  const [dir, titles] = await Promise.all([getDirectory(db), policyTitles(db, [...new Set(rows.map((r) => r.policyId).filter((p): p is string => p !== null))])]);
  return rows.map((r) => ({
    id: r.id,
    refNo: r.refNo,
    title: r.title,
    supplierName: r.supplierName,
    ordererUnitName: dir.unit(r.ordererUnitId)?.name ?? 'Đơn vị không rõ',
    policyTitle: r.policyId ? (titles.get(r.policyId) ?? null) : null,
    serviceName: r.serviceName,
    status: r.status,
    statusLabel: STATUS_LABELS[r.status as Status]?.[0] ?? 'Không rõ',
    totalAmount: r.totalAmount,
    paidAmount: r.paid,
    deliveredCount: r.delivered,
    deliverBy: r.deliverBy,
    signedOn: r.signedOn,
    budgetYear: r.budgetYear,
  }));
}

/** Everything the order's page shows: lines with delivered and accepted quantities, deliverables matched with monitoring, acceptance, payments, budget, timeline, and what the reader may do. */
export async function presentDetail(db: Executor, actor: Actor, c: CommissionRow) {
  const ids = [c.id];
  const [dir, lines, deliverables, acceptances, payments, policy, task, supplier, entries, service] = await Promise.all([
    getDirectory(db),
    linesOf(db, ids),
    deliverablesOf(db, ids),
    acceptancesOf(db, ids),
    paymentsOf(db, ids),
    c.policyId ? findPolicyTitle(db, c.policyId) : null,
    c.planTaskId ? findLinkedPlanTask(db, c.planTaskId) : null,
    getPressAgency(db, c.supplierId),
    listAudit(db, { subjectType: 'press_commission', subjectId: c.id, limit: 200 }),
    c.serviceId ? findServiceWithList(db, c.serviceId) : null,
  ]);
  const [files, matches, budget, timeline] = await Promise.all([
    storedFilesByIds(db, deliverables.map((d) => d.fileId).filter((f): f is string => f !== null)),
    monitoringMatches(db, c, deliverables, { supplierUnitId: supplier?.orgUnitId ?? null, policyTitle: policy?.title ?? null }),
    ['planned', 'approved'].includes(c.status) ? budgetCheckOf(db, c) : null,
    presentAuditEntries(db, entries.reverse(), 'vi'),
  ]);
  const acceptedAmount = acceptances.reduce((s, a) => s + a.amount, 0);
  const paidAmount = payments.reduce((s, p) => s + p.amount, 0);
  const typeLabel = (t: string) => PRODUCT_TYPE_LABELS[t as ProductType]?.[0] ?? 'Sản phẩm khác';
  const lineLabel = new Map(lines.map((l, i) => [l.id, `${i + 1}. ${typeLabel(l.productType)}: ${l.topic}`]));
  const unit = { unitId: c.ordererUnitId };
  const open = !['paid', 'liquidated', 'cancelled'].includes(c.status);
  // DH-02 is checked before approval and signing; later stages keep the service the order was signed for
  const isUnsigned = ['planned', 'approved'].includes(c.status);
  const problem = !isUnsigned ? null : c.serviceId ? serviceProblem(service, c.startsOn, lines.map((l) => l.productType)) : NO_SERVICE;
  return {
    id: c.id,
    refNo: c.refNo,
    title: c.title,
    ordererUnit: { id: c.ordererUnitId, name: dir.unit(c.ordererUnitId)?.name ?? 'Đơn vị không rõ' },
    mode: c.mode,
    modeLabel: MODE_LABELS[c.mode as Mode]?.[0] ?? 'Không rõ',
    supplier: { id: c.supplierId, name: c.supplierName },
    legalBasis: c.legalBasis,
    policy,
    planTask: task ? { id: task.id, code: task.code, title: task.title, planId: task.planId, planTitle: task.planTitle } : null,
    // the name kept on the order (as of the day it was chosen), with the decision of its list
    service: c.serviceId ? { id: c.serviceId, name: c.serviceName ?? service?.service.name ?? 'Dịch vụ không rõ', listLabel: service ? listLabel(service.list) : null } : null,
    serviceProblem: problem,
    fundingSource: c.fundingSource,
    fundingLabel: FUNDING_LABELS[c.fundingSource as FundingSource]?.[0] ?? 'Nguồn khác',
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    deliverBy: c.deliverBy,
    acceptanceCriteria: c.acceptanceCriteria,
    paymentTerms: c.paymentTerms,
    totalAmount: c.totalAmount,
    budgetYear: c.budgetYear,
    status: c.status,
    statusLabel: STATUS_LABELS[c.status as Status]?.[0] ?? 'Không rõ',
    deliveryLabel: DELIVERY_LABELS[deliveryState(lines, deliverables)],
    approvedOn: c.approvedOn,
    contractNo: c.contractNo,
    signedOn: c.signedOn,
    overBudgetReason: c.overBudgetReason,
    liquidatedOn: c.liquidatedOn,
    cancelReason: c.cancelReason,
    lines: lines.map((l) => ({ id: l.id, productType: l.productType, productTypeLabel: typeLabel(l.productType), topic: l.topic, quantity: l.quantity, unit: l.unit, length: l.length, channel: l.channel, placement: l.placement, unitPrice: l.unitPrice, lineTotal: l.lineTotal, delivered: deliveredQuantity(l, deliverables), accepted: acceptedQuantity(l.id, acceptances) })),
    deliverables: deliverables.map((d) => ({
      id: d.id,
      lineId: d.lineId,
      lineLabel: lineLabel.get(d.lineId) ?? '',
      title: d.title,
      url: d.url,
      channel: d.channel,
      airedOn: d.airedOn,
      airedAt: d.airedAt,
      durationMinutes: d.durationMinutes,
      file: d.fileId ? (files.get(d.fileId) ?? null) : null,
      publishedOn: d.publishedOn,
      matches: (matches.byDeliverable.get(d.id) ?? []).map(linked),
    })),
    candidates: matches.candidates.map(linked),
    acceptances: acceptances.map((a) => ({ id: a.id, acceptedOn: a.acceptedOn, members: a.members, quality: a.quality, amount: a.amount, lines: a.lines.map((x) => ({ lineId: x.lineId, topic: lineLabel.get(x.lineId) ?? '', quantity: x.quantity, amount: x.amount })) })),
    payments: payments.map((p) => ({ id: p.id, paidOn: p.paidOn, amount: p.amount, documentNo: p.documentNo })),
    acceptedAmount,
    paidAmount,
    remainingAmount: c.totalAmount - paidAmount,
    payableAmount: acceptedAmount - paidAmount,
    budget,
    abilities: {
      canEdit: c.status === 'planned' && can(actor, 'commissions.draft', unit),
      canSetService: (c.status === 'planned' && can(actor, 'commissions.draft', unit)) || (c.status === 'approved' && can(actor, 'commissions.manage')),
      canApprove: c.status === 'planned' && can(actor, 'commissions.approve', unit),
      canSign: c.status === 'approved' && can(actor, 'commissions.manage'),
      canDeliver: ['ordered', 'delivered', 'accepted'].includes(c.status) && can(actor, 'commissions.deliver', unit),
      // something delivered and not yet accepted (within what was ordered)
      canAccept: ['delivered', 'accepted'].includes(c.status) && lines.some((l) => Math.min(deliveredQuantity(l, deliverables), l.quantity) > acceptedQuantity(l.id, acceptances)) && can(actor, 'commissions.manage'),
      canPay: c.status === 'accepted' && acceptedAmount > paidAmount && can(actor, 'commissions.manage'),
      canLiquidate: ['accepted', 'paid'].includes(c.status) && paidAmount >= acceptedAmount && acceptedAmount > 0 && can(actor, 'commissions.manage'),
      canCancel: open && ['planned', 'approved', 'ordered'].includes(c.status) && deliverables.length === 0 && can(actor, 'commissions.manage'),
    },
    timeline: timeline.map((e) => ({ at: e.at, actorName: e.actorName, actionLabel: e.actionLabel, changes: e.changes })),
  };
}
