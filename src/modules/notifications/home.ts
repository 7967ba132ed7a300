import { can, hasRole, type Actor, type Role } from '../../platform/auth';
import type { DB } from '../../platform/db';
import { ruleAt } from '../../platform/rules';
import { addDays } from '../../platform/text';
import { answerProgressOfRound, countsByState, roundsOfDrafts } from '../consultation';
import { getDirectory } from '../organisations';
import { assignmentsOfUnits, reportsOfTasks, submittedReports, unitNameNow } from '../plans';
import { listDrafts, type DraftRow } from '../policies';
import { periodLabelVi } from './kinds';

/** What waits for a person, by kind of work. */
export type HomeCardKey = 'moderate' | 'answer' | 'approve' | 'review' | 'overdue' | 'dueSoon' | 'reportDuty' | 'closingRounds' | 'pressIntake' | 'pressAnswer' | 'crisisApprove' | 'crisisTasks' | 'commissionApprove' | 'commissionSign';

export interface HomeItem {
  /** The name of the draft, task or report's task. */
  title: string;
  /** Where it belongs: the unit and plan, or null. */
  context: string | null;
  count: number | null;
  dueOn: string | null;
  link: string;
}

export interface HomeCard {
  key: HomeCardKey;
  count: number;
  link: string;
  items: HomeItem[];
}

export interface HomeView {
  today: string;
  /** The reporting period whose reports are due now ("quý III năm 2025"), when there is one. */
  periodLabel: string | null;
  cards: HomeCard[];
  showChecklist: boolean;
}

/** Items shown per card: counts and the first few, never a wall. */
const TOP = 5;
/** "Due soon" and "closing this week": within the next seven days. */
const SOON_DAYS = 7;

const office = {
  policies: '/office/policies',
  policyTab: (id: string, tab: 'comments' | 'answers' | 'consultation') => `/office/policies/${encodeURIComponent(id)}/${tab}`,
  plans: '/office/plans',
  plan: (id: string, hash?: string) => `/office/plans/${encodeURIComponent(id)}${hash ? `#${hash}` : ''}`,
  tasks: '/office/tasks',
};

const unitsWith = (actor: Actor, roles: Role[]) => (actor.kind === 'user' ? [...new Set(actor.roles.filter((g) => roles.includes(g.role)).map((g) => g.unitId))] : []);

/** What another module adds to a person's home page (the press office's questions, crises): its cards, maybe none. */
export type HomeCardSource = (ctx: { db: DB; actor: Actor; today: string; unitName: (id: string) => string }) => Promise<HomeCard[]>;
const sources: HomeCardSource[] = [];

/** Registered once by a module when the composition root imports it (as the figures of the annual report are). */
export function registerHomeCards(source: HomeCardSource): void {
  sources.push(source);
}

/** A card: the total, the first few items (those with something waiting) and the list to open for the rest. */
export function card(key: HomeCardKey, rows: HomeItem[], many: string, total?: number): HomeCard {
  const count = total ?? rows.reduce((s, r) => s + (r.count ?? 1), 0);
  const top = rows.filter((r) => (r.count ?? 1) > 0).slice(0, TOP);
  const links = new Set(top.map((r) => r.link));
  return { key, count, link: links.size === 1 && top.length === rows.length ? [...links][0]! : many, items: top };
}

/**
 * The home page of a signed-in person: for each kind of work their roles give them, how much waits and the first
 * few items, with links to the lists. "My units" are the units of the actor's grants, which include the units
 * whose work theirs carries since the 2025 reform.
 */
export async function computeHome(db: DB, actor: Actor, today: string): Promise<HomeView> {
  const cards: HomeCard[] = [];
  const userId = actor.kind === 'user' ? actor.userId : null;
  const writerUnits = unitsWith(actor, ['officer', 'coordinator']);
  const approverUnits = unitsWith(actor, ['approver']);
  const allUnits = unitsWith(actor, ['administrator', 'coordinator', 'officer', 'approver', 'press', 'viewer']);
  const dir = await getDirectory(db);
  // a closed unit's work reads with who carries it now ("… (nay: …)"), as on the plan's pages
  const unitName = (id: string) => unitNameNow(dir, id, today);

  const drafts = allUnits.length ? (await listDrafts(db, {})).filter((d) => allUnits.includes(d.draftingUnitId)) : [];
  const rounds = await roundsOfDrafts(db, drafts.map((d) => d.id));
  const draftById = new Map(drafts.map((d) => [d.id, d]));
  const roundsOf = (units: string[]) => rounds.filter((r) => units.includes(draftById.get(r.draftId)!.draftingUnitId));
  const perDraft = (list: { draftId: string; n: number }[], tab: 'comments' | 'answers') => {
    const sums = new Map<string, number>();
    for (const x of list) sums.set(x.draftId, (sums.get(x.draftId) ?? 0) + x.n);
    return [...sums]
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([draftId, n]): HomeItem => {
        const d = draftById.get(draftId) as DraftRow;
        return { title: d.title, context: unitName(d.draftingUnitId), count: n, dueOn: null, link: office.policyTab(draftId, tab) };
      });
  };

  if (writerUnits.length) {
    const mine = roundsOf(writerUnits);
    const states = await countsByState(db, mine.map((r) => r.id));
    const draftOfRound = new Map(mine.map((r) => [r.id, r.draftId]));
    cards.push(card('moderate', perDraft(states.filter((s) => s.state === 'pending').map((s) => ({ draftId: draftOfRound.get(s.roundId)!, n: s.n })), 'comments'), office.policies));
    const answering = [];
    for (const r of mine.filter((x) => !x.synthesisPublishedAt)) {
      const p = await answerProgressOfRound(db, r.id, userId);
      answering.push({ draftId: r.draftId, n: p.total - p.answered });
    }
    cards.push(card('answer', perDraft(answering, 'answers'), office.policies));
  }
  if (approverUnits.length) {
    const waiting = [];
    for (const r of roundsOf(approverUnits).filter((x) => !x.synthesisPublishedAt)) {
      const p = await answerProgressOfRound(db, r.id, userId);
      waiting.push({ draftId: r.draftId, n: p.answered - p.approved });
    }
    cards.push(card('approve', perDraft(waiting, 'answers'), office.policies));
  }
  // whoever may review progress reports (coordinators, approvers: plans.review) sees those waiting
  if (actor.kind === 'user' && can(actor, 'plans.review')) {
    // an approver sees only its units' reports, the ones it may accept or return
    const reviewAll = hasRole(actor, 'administrator') || hasRole(actor, 'coordinator');
    const waiting = await submittedReports(db, TOP, reviewAll ? null : approverUnits);
    const items = waiting.items.map((r): HomeItem => ({ title: r.taskTitle, context: [unitName(r.unitId), periodLabelVi(r.period), r.planTitle].filter(Boolean).join(' — '), count: null, dueOn: null, link: office.plan(r.planId, `report-${r.id}`) }));
    const plans = new Set(waiting.items.map((r) => r.planId));
    cards.push({ key: 'review', count: waiting.total, link: plans.size === 1 && waiting.total === waiting.items.length ? office.plan([...plans][0]!) : office.plans, items });
  }

  let periodLabel: string | null = null;
  if (writerUnits.length) {
    const duty = await taskCards(db, writerUnits, today, unitName);
    cards.push(...duty.cards);
    periodLabel = duty.periodLabel;
  }

  const closing = rounds
    .filter((r) => r.closesOn >= today && r.closesOn <= addDays(today, SOON_DAYS - 1) && r.opensOn <= today && !r.closedEarlyAt)
    .sort((a, b) => a.closesOn.localeCompare(b.closesOn))
    .map((r): HomeItem => {
      const d = draftById.get(r.draftId)!;
      return { title: d.title, context: unitName(d.draftingUnitId), count: null, dueOn: r.closesOn, link: office.policyTab(d.id, 'consultation') };
    });
  if (allUnits.length) cards.push(card('closingRounds', closing, office.policies, closing.length));

  // the cards other modules register (press questions, crises): what waits for this person there
  for (const source of sources) cards.push(...(await source({ db, actor, today, unitName })));

  return { today, periodLabel, cards, showChecklist: hasRole(actor, 'administrator') };
}

/** Overdue tasks, tasks due within a week and the reports due for the current period, of the given units. */
async function taskCards(db: DB, units: string[], today: string, unitName: (id: string) => string): Promise<{ cards: HomeCard[]; periodLabel: string | null }> {
  const rows = await assignmentsOfUnits(db, units);
  const reports = await reportsOfTasks(db, [...new Set(rows.map((r) => r.task.id))]);
  const reportsOf = new Map<string, typeof reports>();
  for (const r of reports) reportsOf.set(`${r.taskId}|${r.unitId}`, [...(reportsOf.get(`${r.taskId}|${r.unitId}`) ?? []), r]);
  const year = Number(today.slice(0, 4));
  const period = await currentPeriod(db, year, today);
  const overdue: HomeItem[] = [];
  const soon: HomeItem[] = [];
  const duty: HomeItem[] = [];
  for (const { assignment, task, planTitle, planNumber, planYear } of rows) {
    const mine = reportsOf.get(`${task.id}|${assignment.unitId}`) ?? [];
    const live = mine.filter((x) => x.state !== 'returned');
    const isDone = live.at(-1)?.status === 'done' && live.at(-1)?.state === 'accepted';
    if (isDone) continue;
    const item: HomeItem = { title: task.title, context: [unitName(assignment.unitId), planTitle || planNumber].filter(Boolean).join(' — '), count: null, dueOn: task.dueOn, link: office.plan(task.planId, `task-${task.id}`) };
    if (task.dueOn && task.dueOn < today) overdue.push(item);
    else if (task.dueOn && task.dueOn <= addDays(today, SOON_DAYS)) soon.push(item);
    if (period && planYear === year && !live.some((x) => x.period === period.key)) duty.push(item);
  }
  const byDue = (a: HomeItem, b: HomeItem) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999');
  const cards = [card('overdue', overdue.sort(byDue), office.tasks), card('dueSoon', soon.sort(byDue), office.tasks)];
  if (period) cards.push(card('reportDuty', duty.sort(byDue), office.tasks));
  for (const c of cards) c.link = office.tasks;
  return { cards, periodLabel: period?.label ?? null };
}

/** The quarter of today when the rules table has quarterly reports, else the whole year; null without a rule. */
async function currentPeriod(db: DB, year: number, today: string): Promise<{ key: string; label: string } | null> {
  let codes: string[];
  try {
    codes = await ruleAt<string[]>(db, 'plan.report.periods', `${year}-01-01`);
  } catch {
    return null;
  }
  const quarter = `Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
  const code = codes.includes(quarter) ? quarter : codes.includes('Y') ? 'Y' : null;
  return code ? { key: `${year}-${code}`, label: periodLabelVi(`${year}-${code}`) } : null;
}
