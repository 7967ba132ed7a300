import type { Executor } from '../../platform/db';
import { addDays, fold } from '../../platform/text';
import { itemsByUrlKeys, itemsOfUnitSources, type LinkedItem } from '../monitoring';
import type { CommissionRow, DeliverableRow } from './repo';

/**
 * The phrase that names a policy in the press: its title without the kind of act in front ("Nghị quyết về mức hỗ
 * trợ sản xuất" → "mức hỗ trợ sản xuất"), folded like the monitoring module's search key. Articles rarely repeat
 * the act's full title, but they name its subject.
 */
export function policyPhrase(title: string): string {
  const f = fold(title).replace(/\s+/gu, ' ').trim();
  const i = f.indexOf(' ve ');
  return i >= 0 && i < 40 ? f.slice(i + 4) : f;
}

/**
 * For the order's page: the monitoring items with the same canonical URL as each deliverable, and candidates —
 * items of the supplier's sources in the order's timeframe that mention its policy and are not registered yet.
 */
export async function monitoringMatches(
  db: Executor,
  c: Pick<CommissionRow, 'startsOn' | 'endsOn'>,
  deliverables: Pick<DeliverableRow, 'id' | 'urlKey'>[],
  opts: { supplierUnitId: string | null; policyTitle: string | null },
): Promise<{ byDeliverable: Map<string, LinkedItem[]>; candidates: LinkedItem[] }> {
  const keys = [...new Set(deliverables.map((d) => d.urlKey).filter((k): k is string => k !== null))];
  const found = await itemsByUrlKeys(db, keys);
  const byDeliverable = new Map(deliverables.map((d) => [d.id, d.urlKey ? found.filter((i) => i.urlKey === d.urlKey) : []]));
  let candidates: LinkedItem[] = [];
  if (opts.supplierUnitId && opts.policyTitle) {
    const phrase = policyPhrase(opts.policyTitle);
    if (phrase.length >= 6) {
      const items = await itemsOfUnitSources(db, { unitId: opts.supplierUnitId, from: `${c.startsOn}T00:00:00+07:00`, to: `${addDays(c.endsOn, 1)}T00:00:00+07:00`, foldedPhrase: phrase });
      candidates = items.filter((i) => i.urlKey === null || !keys.includes(i.urlKey));
    }
  }
  return { byDeliverable, candidates };
}
