import { can } from '../../platform/auth';
import { todayVn } from '../../platform/text';
import { homeCard, registerHomeCards, type HomeCard } from '../notifications';
import { crisisWorkOf } from './work';

const LIST = '/office/crises';
const page = (id: string) => `${LIST}/${encodeURIComponent(id)}`;

// Home cards (registered when the composition root imports the module): the statements of open crises waiting for
// this person's approval, and the crisis tasks given to them or their units, earliest first.
registerHomeCards(async ({ db, actor }): Promise<HomeCard[]> => {
  if (actor.kind !== 'user' || !can(actor, 'crises.read')) return [];
  const work = await crisisWorkOf(db, actor);
  const cards: HomeCard[] = [];
  if (work.approvals.length) {
    cards.push(homeCard('crisisApprove', work.approvals.map((a) => ({ title: a.statementTitle, context: a.crisisTitle, count: null, dueOn: null, link: page(a.crisisId) })), LIST, work.approvals.length));
  }
  if (work.tasks.length) {
    cards.push(homeCard('crisisTasks', work.tasks.map((t) => ({ title: t.title, context: t.crisisTitle, count: null, dueOn: todayVn(new Date(t.dueAt)), link: page(t.crisisId) })), LIST, work.tasks.length));
  }
  return cards;
});
