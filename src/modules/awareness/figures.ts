import { registerFigureSource, type Figure } from '../plans';
import { ACTIVITY_KIND_LABELS, labelVi } from './labels';
import { reachOf } from './present';
import { activitiesHeldBetween, campaignsByIds } from './repo';

// Awareness campaigns (plan item II.1) in the annual results report, under their own label ("Chiến dịch nâng cao
// nhận thức", codes AW-…): they are not communication products (I-06), and counting them there would double the
// products the library reports. Counted by the activities held in the year.
registerFigureSource(async ({ db, year }) => {
  const activities = await activitiesHeldBetween(db, `${year}-01-01`, `${year + 1}-01-01`);
  const campaigns = await campaignsByIds(db, [...new Set(activities.map((a) => a.campaignId))]);
  const title = new Map(campaigns.map((c) => [c.id, c.title]));
  const record = (a: (typeof activities)[number], value: number | null = null) => ({ kind: 'awareness_activity', id: a.id, title: `${title.get(a.campaignId) ?? ''} — ${labelVi(ACTIVITY_KIND_LABELS, a.kind)} (${a.heldOn.split('-').reverse().join('/')})`, unitName: null, value, href: `/office/awareness/campaigns/${a.campaignId}` });
  const reach = reachOf(activities);
  const figures: Figure[] = [
    { code: 'AW.campaigns', label: 'Chiến dịch nâng cao nhận thức có hoạt động trong năm', value: campaigns.length, records: () => campaigns.map((c) => ({ kind: 'awareness_campaign', id: c.id, title: c.title, unitName: null, value: null, href: `/office/awareness/campaigns/${c.id}` })) },
    { code: 'AW.activities', label: 'Hoạt động nâng cao nhận thức', value: activities.length, records: () => activities.map((a) => record(a)) },
    { code: 'AW.reach.officials', label: 'Lượt cán bộ, công chức, viên chức được tiếp cận (chiến dịch nâng cao nhận thức)', value: reach.officials, records: () => activities.filter((a) => a.reachOfficials > 0).map((a) => record(a, a.reachOfficials)) },
    { code: 'AW.reach.citizens', label: 'Lượt người dân được tiếp cận (chiến dịch nâng cao nhận thức)', value: reach.citizens, records: () => activities.filter((a) => a.reachCitizens > 0).map((a) => record(a, a.reachCitizens)) },
    { code: 'AW.reach.businesses', label: 'Lượt doanh nghiệp được tiếp cận (chiến dịch nâng cao nhận thức)', value: reach.businesses, records: () => activities.filter((a) => a.reachBusinesses > 0).map((a) => record(a, a.reachBusinesses)) },
  ];
  return figures;
});
