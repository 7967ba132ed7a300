import { can, type Actor } from '../../platform/auth';
import { homeCard, registerHomeCards, type HomeCard, type HomeItem } from '../notifications';
import { INQUIRY_KIND_LABELS, type InquiryKind } from './labels';
import { listInquiries, type InquiryRow } from './repo';

const LIST = '/office/press/inquiries';

const unitsWithOfficer = (actor: Actor) => (actor.kind === 'user' ? [...new Set(actor.roles.filter((g) => g.role === 'officer').map((g) => g.unitId))] : []);

// Home cards (registered when the composition root imports the module): the press office sees the questions and
// requests not yet given to a unit, a unit's officers those given to their unit and still open, nearest deadline first.
registerHomeCards(async ({ db, actor, unitName }): Promise<HomeCard[]> => {
  const cards: HomeCard[] = [];
  const item = (r: InquiryRow): HomeItem => ({
    title: r.subject,
    context: [INQUIRY_KIND_LABELS[r.kind as InquiryKind][0], r.unitId ? unitName(r.unitId) : null].filter(Boolean).join(' — '),
    count: null,
    dueOn: r.dueOn,
    link: `${LIST}/${encodeURIComponent(r.id)}`,
  });
  const byDue = (a: InquiryRow, b: InquiryRow) => a.dueOn.localeCompare(b.dueOn);
  if (can(actor, 'press.manage')) {
    const waiting = (await listInquiries(db, { statuses: ['received'] })).sort(byDue);
    cards.push(homeCard('pressIntake', waiting.map(item), LIST, waiting.length));
  }
  const units = unitsWithOfficer(actor);
  if (units.length) {
    const open = (await Promise.all(units.map((unitId) => listInquiries(db, { unitId, statuses: ['received', 'assigned'] })))).flat().sort(byDue);
    cards.push(homeCard('pressAnswer', open.map(item), LIST, open.length));
  }
  return cards;
});
