import type { Directory } from '../organisations';
import type { ProductChoice } from '../products';
import { ACTIVITY_KIND_LABELS, AUDIENCE_LABELS, CAMPAIGN_STATUS_LABELS, labelVi } from './labels';
import type { ActivityRow, CampaignRow } from './repo';

/** Reach totals of activities by audience. */
export function reachOf(activities: ActivityRow[]) {
  const sum = (k: 'reachOfficials' | 'reachCitizens' | 'reachBusinesses') => activities.reduce((n, a) => n + a[k], 0);
  const officials = sum('reachOfficials');
  const citizens = sum('reachCitizens');
  const businesses = sum('reachBusinesses');
  return { officials, citizens, businesses, total: officials + citizens + businesses };
}

/** An activity with its library products named (`library` holds every linked product of the campaign by id). */
export function presentActivity(a: ActivityRow, library: Map<string, ProductChoice>) {
  const libraryProducts = a.productIds.flatMap((id) => library.get(id) ?? []);
  return { id: a.id, kind: a.kind, kindLabel: labelVi(ACTIVITY_KIND_LABELS, a.kind), heldOn: a.heldOn, place: a.place, reachOfficials: a.reachOfficials, reachCitizens: a.reachCitizens, reachBusinesses: a.reachBusinesses, libraryProducts, products: a.products, note: a.note };
}

/** A campaign with its labels, organiser, activity count and reach totals. */
export function presentCampaign(c: CampaignRow, activities: ActivityRow[], dir: Directory, policy: { id: string; title: string } | null) {
  const mine = activities.filter((a) => a.campaignId === c.id);
  return {
    id: c.id,
    title: c.title,
    audiences: c.audiences.map((code) => ({ code, label: labelVi(AUDIENCE_LABELS, code) })),
    policy,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    organiserUnit: { id: c.organiserUnitId, name: dir.unit(c.organiserUnitId)?.name ?? 'Đơn vị không rõ' },
    description: c.description,
    status: c.status,
    statusLabel: labelVi(CAMPAIGN_STATUS_LABELS, c.status),
    activityCount: mine.length,
    reach: reachOf(mine),
  };
}
