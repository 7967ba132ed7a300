import { fold } from '../../platform/text';
import { registerFigureSource, type Figure } from '../plans';

type FigureRecord = ReturnType<Figure['records']>[number];
import { millions } from './labels';
import { acceptancesOf, budgetUse, commissionsOfPlan, deliverablesOf, linesOf, paymentsOf, policyTitles, tasksOfPlan, type CommissionRow } from './repo';

// Commissions feed the annual results report (DOMAIN.md §8.2, DH-06): I-09 the plan's signed orders (for its tasks,
// or for a policy only and signed in its year), products ordered, delivered and accepted, amounts ordered, accepted
// and paid (millions of đồng, one decimal), products per policy; I-14 the budget allocated to the plan's tasks for
// the year and what was paid from it.
registerFigureSource(async ({ db, year, planId }) => {
  const tasks = await tasksOfPlan(db, planId);
  const orders = await commissionsOfPlan(db, tasks.map((t) => t.id), `${year}-01-01`, `${year + 1}-01-01`);
  const ids = orders.map((o) => o.id);
  const [lines, deliverables, acceptances, payments] = await Promise.all([linesOf(db, ids), deliverablesOf(db, ids), acceptancesOf(db, ids), paymentsOf(db, ids)]);
  const titles = await policyTitles(db, [...new Set(orders.map((o) => o.policyId).filter((p): p is string => p !== null))]);
  const record = (o: CommissionRow, value: number | null): FigureRecord => ({ kind: 'press_commission', id: o.id, title: `Số ${o.refNo} — ${o.title} (${o.supplierName})`, unitName: null, value, href: `/office/commissions/${o.id}` });
  const per = <T extends { commissionId: string }>(rows: T[], f: (r: T) => number) => (o: CommissionRow) => rows.filter((r) => r.commissionId === o.id).reduce((s, r) => s + f(r), 0);
  const ordered = per(lines, (l) => l.quantity);
  const delivered = per(deliverables, () => 1);
  const accepted = per(acceptances, (a) => a.lines.reduce((s, l) => s + l.quantity, 0));
  const acceptedAmount = per(acceptances, (a) => a.amount);
  const paid = per(payments, (p) => p.amount);
  const sum = (f: (o: CommissionRow) => number) => orders.reduce((s, o) => s + f(o), 0);
  const figure = (code: string, label: string, f: (o: CommissionRow) => number, money = false): Figure => ({
    code,
    label,
    value: money ? millions(sum(f)) : sum(f),
    records: () => orders.filter((o) => f(o) > 0).map((o) => record(o, money ? millions(f(o)) : f(o))),
  });
  const figures: Figure[] = [
    { code: 'I-09.orders', label: 'Đơn đặt hàng báo chí đã ký (hợp đồng, quyết định)', value: orders.length, records: () => orders.map((o) => record(o, null)) },
    figure('I-09.products.ordered', 'Sản phẩm báo chí được đặt hàng', ordered),
    figure('I-09.products.delivered', 'Sản phẩm báo chí đã giao (đăng, phát)', delivered),
    figure('I-09.products.accepted', 'Sản phẩm báo chí đã nghiệm thu', accepted),
    figure('I-09.amount.ordered', 'Kinh phí đặt hàng báo chí (triệu đồng)', (o) => o.totalAmount, true),
    figure('I-09.amount.accepted', 'Kinh phí đặt hàng đã nghiệm thu (triệu đồng)', acceptedAmount, true),
    figure('I-09.amount.paid', 'Kinh phí đặt hàng đã thanh toán (triệu đồng)', paid, true),
  ];
  // products per policy, in the order of the policies' titles
  const collator = new Intl.Collator('vi');
  for (const [policyId, title] of [...titles].sort((a, b) => collator.compare(a[1], b[1]))) {
    const of = (o: CommissionRow) => (o.policyId === policyId ? ordered(o) : 0);
    figures.push(figure(`I-09.products.policy.${fold(title).replace(/[^a-z0-9]+/g, '-').slice(0, 60)}`, `Sản phẩm báo chí đặt hàng — ${title}`, of));
  }
  const use = await budgetUse(db, tasks.map((t) => t.id), year);
  const budgetRecords = (f: (u: NonNullable<ReturnType<typeof use.get>>) => number) => () =>
    tasks.filter((t) => f(use.get(t.id)!) > 0).map((t) => ({ kind: 'task', id: t.id, title: `${t.code}. ${t.title}`, unitName: null, value: millions(f(use.get(t.id)!)), href: `/office/commissions/budget?plan=${planId}&year=${year}` }));
  const total = (f: (u: NonNullable<ReturnType<typeof use.get>>) => number) => millions(tasks.reduce((s, t) => s + f(use.get(t.id)!), 0));
  figures.push(
    { code: 'I-14.budget.allocated', label: 'Kinh phí được giao cho các nhiệm vụ của kế hoạch theo dự toán (triệu đồng)', value: total((u) => u.allocated ?? 0), records: budgetRecords((u) => u.allocated ?? 0) },
    { code: 'I-14.budget.spent', label: 'Kinh phí đã thanh toán từ dự toán của các nhiệm vụ (triệu đồng)', value: total((u) => u.paid), records: budgetRecords((u) => u.paid) },
  );
  return figures;
});
