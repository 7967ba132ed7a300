import type { Executor } from '../../platform/db';
import { getDirectory } from '../organisations';
import type { SpokespersonKind } from './labels';
import { listCurrentSpokespeople } from './repo';

/** What the portal prints of a spokesperson: officials' work contacts, public by law (NĐ 09/2017, PN-02). */
export interface PortalSpokesperson {
  kind: SpokespersonKind;
  personName: string;
  title: string;
  phone: string | null;
  email: string | null;
  scope: string | null;
  validTo: string | null;
}

export interface PortalUnitSpokespeople {
  unitName: string;
  people: PortalSpokesperson[];
}

const KIND_ORDER: Record<string, number> = { spokesperson: 0, head: 1, authorised: 2 };

/**
 * The spokespeople in force on `today`, per unit as named today (a unit closed since has no one to speak for it
 * and is left out), the designated spokesperson first.
 */
export async function spokespeopleForPortal(db: Executor, today: string): Promise<PortalUnitSpokespeople[]> {
  const [rows, dir] = await Promise.all([listCurrentSpokespeople(db, { on: today }), getDirectory(db)]);
  const byUnit = new Map<string, PortalUnitSpokespeople>();
  for (const r of rows) {
    const unit = dir.unit(r.unitId);
    if (!unit || unit.validFrom > today || (unit.validTo !== null && today >= unit.validTo)) continue;
    const entry = byUnit.get(r.unitId) ?? { unitName: unit.name, people: [] };
    entry.people.push({ kind: r.kind as SpokespersonKind, personName: r.personName, title: r.title, phone: r.phone, email: r.email, scope: r.scope, validTo: r.validTo });
    byUnit.set(r.unitId, entry);
  }
  const collator = new Intl.Collator('vi');
  return [...byUnit.values()]
    .map((u) => ({ ...u, people: u.people.sort((a, b) => (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) || collator.compare(a.personName, b.personName)) }))
    .sort((a, b) => collator.compare(a.unitName, b.unitName));
}
