import { can } from '../../platform/auth';
import { homeCard, registerHomeCards, type HomeCard, type HomeItem } from '../notifications';
import { listCommissions, type CommissionRow } from './repo';

const LIST = '/office/commissions';

// Home cards (registered when the composition root imports the module): an order drafted waits for the approver of
// its ordering unit (or a coordinator); an approved one waits for the coordinators to sign it. Nearest delivery first.
registerHomeCards(async ({ db, actor, unitName }): Promise<HomeCard[]> => {
  if (actor.kind !== 'user' || !can(actor, 'commissions.approve')) return [];
  const item = (c: CommissionRow): HomeItem => ({
    title: `Số ${c.refNo} — ${c.title}`,
    context: [c.supplierName, unitName(c.ordererUnitId)].filter(Boolean).join(' — '),
    count: null,
    dueOn: c.deliverBy,
    link: `${LIST}/${encodeURIComponent(c.id)}`,
  });
  const byDue = (a: CommissionRow, b: CommissionRow) => a.deliverBy.localeCompare(b.deliverBy);
  const cards: HomeCard[] = [];
  const toApprove = (await listCommissions(db, { status: 'planned' })).filter((c) => can(actor, 'commissions.approve', { unitId: c.ordererUnitId })).sort(byDue);
  cards.push(homeCard('commissionApprove', toApprove.map(item), LIST, toApprove.length));
  if (can(actor, 'commissions.manage')) {
    const toSign = (await listCommissions(db, { status: 'approved' })).sort(byDue);
    cards.push(homeCard('commissionSign', toSign.map(item), LIST, toSign.length));
  }
  return cards;
});
