import { can, type Actor } from '../../platform/auth';
import type { Executor } from '../../platform/db';
import { formatDateVi, todayVn } from '../../platform/text';
import { getDirectory } from '../organisations';
import { PRODUCT_TYPE_LABELS, PRODUCT_TYPES, type ProductType } from './labels';
import { listServiceLists, servicesOfLists, type ServiceListRow } from './repo';
import { isInForce, listLabel, listStateLabel } from './services';

const typeLabels = (types: string[]) => types.map((t) => PRODUCT_TYPE_LABELS[t as ProductType]?.[0] ?? 'Sản phẩm khác');

/** The page of approved lists of public services (DH-02): the one in force today first, then the others, newest first, and what the reader may do. */
export async function presentServiceLists(db: Executor, actor: Actor) {
  const today = todayVn();
  const lists = await listServiceLists(db);
  const [services, dir] = await Promise.all([servicesOfLists(db, lists.map((l) => l.id)), getDirectory(db)]);
  const byId = new Map(lists.map((l) => [l.id, l]));
  const canManage = can(actor, 'commissions.manage');
  const collator = new Intl.Collator('vi');
  const present = (l: ServiceListRow) => {
    const successor = l.supersededBy ? byId.get(l.supersededBy) : undefined;
    return {
      id: l.id,
      label: listLabel(l),
      decisionNo: l.decisionNo,
      signedOn: l.signedOn,
      issuerName: l.issuerName,
      title: l.title,
      validFrom: l.validFrom,
      validTo: l.validTo,
      stateLabel: listStateLabel(l, today),
      isInForce: isInForce(l, today),
      endReason: l.endReason,
      supersededByLabel: successor ? `${listLabel(successor)}, có hiệu lực từ ngày ${formatDateVi(successor.validFrom, 'short')}` : null,
      services: services.filter((s) => s.listId === l.id).map((s) => ({ id: s.id, position: s.position + 1, name: s.name, productTypeLabels: typeLabels(s.productTypes), note: s.note })),
      canEnd: canManage && (l.validTo === null || l.validTo >= today),
    };
  };
  const current = lists.find((l) => isInForce(l, today));
  return {
    current: current ? present(current) : null,
    others: lists.filter((l) => l !== current).map(present),
    canManage,
    productTypes: PRODUCT_TYPES.map((code) => ({ code, label: PRODUCT_TYPE_LABELS[code][0] })),
    // lists are approved by the provincial People's Committee or a department, including those since merged
    issuers: dir.snapshot.units
      .filter((u) => u.type === 'ubnd_tinh' || u.type === 'so')
      .map((u) => ({ id: u.id, name: u.name }))
      .sort((a, b) => collator.compare(a.name, b.name)),
  };
}

/** The services an order form offers, with the days their list is in force: the form keeps those in force on the order's start date (a province has a handful of lists). */
export async function serviceChoices(db: Executor) {
  const lists = await listServiceLists(db);
  const services = await servicesOfLists(db, lists.map((l) => l.id));
  const byId = new Map(lists.map((l) => [l.id, l]));
  return services.map((s) => {
    const l = byId.get(s.listId)!;
    return { id: s.id, name: s.name, productTypes: s.productTypes, productTypeLabels: typeLabels(s.productTypes), listLabel: listLabel(l), decisionNo: l.decisionNo, validFrom: l.validFrom, validTo: l.validTo };
  });
}
