import { recordAudit, sealAuditInbox } from '../../platform/audit';
import { systemActor } from '../../platform/auth';
import type { DB, Executor } from '../../platform/db';
import { addDays, todayVn } from '../../platform/text';
import { answerProgressOfRound, findRound, roundsClosingBetween, roundsOfComments, roundsOfDrafts } from '../consultation';
import { getDirectory } from '../organisations';
import { reportsWithContext, submittedCountsByPlan } from '../plans';
import { findDraft, listDrafts } from '../policies';
import { deliver, type Pending } from './deliver';
import { MAX_ROUND_CLOSING_DAYS, periodLabelVi } from './kinds';
import { recipientsOfUnit } from './recipients';
import { auditEventsBetween, auditHead, grantsOf, lockWatermark, resolveOpenNotifications, setWatermark, type AuditEvent } from './repo';

/**
 * Audit actions the scan reads: the events it notifies, those that settle what was waiting (an answer approved,
 * a report reviewed) and grants given to a person (a new approver or coordinator is told what already waits).
 */
const ACTIONS = ['comment.submit', 'comment.answer', 'comment.answer.approve', 'plan.report.submit', 'plan.report.accept', 'plan.report.return', 'user.create', 'user.roles'];
/** Audit rows read per run at most (a busy intake writes one per comment); the rest waits for the next minute. */
const MAX_ROWS = 20_000;

const path = {
  comments: (draftId: string) => `/office/policies/${encodeURIComponent(draftId)}/comments`,
  answers: (draftId: string) => `/office/policies/${encodeURIComponent(draftId)}/answers`,
  consultation: (draftId: string) => `/office/policies/${encodeURIComponent(draftId)}/consultation`,
  plan: (planId: string, reportId?: string) => `/office/plans/${encodeURIComponent(planId)}${reportId ? `#report-${reportId}` : ''}`,
  tasks: '/office/tasks',
};

interface RoundFacts {
  draftId: string;
  draftTitle: string;
  unitId: string;
}

async function roundFacts(db: Executor, roundIds: string[]): Promise<Map<string, RoundFacts>> {
  const out = new Map<string, RoundFacts>();
  for (const id of roundIds) {
    const round = await findRound(db, id);
    const draft = round ? await findDraft(db, round.draftId) : null;
    if (round && draft) out.set(id, { draftId: draft.id, draftTitle: draft.title, unitId: draft.draftingUnitId });
  }
  return out;
}

const summaryAfter = (e: AuditEvent) => ((e.summary as { after?: Record<string, unknown> } | null)?.after ?? {}) as Record<string, unknown>;

/** Answers written and not yet approved, per draft (rounds whose synthesis is published are done), as the home page counts them. */
async function answersWaitingByDraft(db: Executor, draftIds: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const round of await roundsOfDrafts(db, draftIds)) {
    if (round.synthesisPublishedAt) continue;
    const p = await answerProgressOfRound(db, round.id, null);
    out.set(round.draftId, (out.get(round.draftId) ?? 0) + p.answered - p.approved);
  }
  return out;
}

/** Approver and coordinator grants given by the events (an account created with them, roles added). */
function grantsGiven(events: AuditEvent[]): { userId: string; role: string; unitId: string }[] {
  const out: { userId: string; role: string; unitId: string }[] = [];
  for (const e of events.filter((x) => (x.action === 'user.create' || x.action === 'user.roles') && x.subjectId)) {
    const after = summaryAfter(e);
    const list = e.action === 'user.create' ? after.roles : after.added;
    if (!Array.isArray(list)) continue;
    for (const g of list as { role?: unknown; unitId?: unknown }[]) {
      if ((g.role === 'approver' || g.role === 'coordinator') && typeof g.unitId === 'string') out.push({ userId: e.subjectId!, role: g.role, unitId: g.unitId });
    }
  }
  return out;
}

const pendingKey = (p: Pending) => `${p.userId}|${p.kind}|${p.subjectKey}`;

/**
 * Turns the events recorded since the last run into notifications: comments received and answers written (per
 * draft, added to the open notification of each officer or approver), reports submitted (per plan, to the
 * coordinators) and reviewed (to the reporting unit). A person who became an approver or a coordinator since is
 * told what already waits for them (notifications follow events, so without this an approver whose account was
 * made after the answers were written would see them on the home page and never in the bell). Answers approved and
 * reports reviewed settle everyone's unread notification about them (read when nothing of it waits any more).
 * It reads the audit trail after its watermark, which moves in the same transaction as the notifications it
 * writes, so each event is notified once; comment intake does no extra work for it. An audit row is numbered only
 * after the previous one is committed, so no event is skipped by a transaction that commits late.
 */
export async function scanEvents(db: DB, publicUrl: string, today = todayVn()): Promise<{ events: number; notifications: number; mails: number; resolved: number }> {
  // comments stored a moment ago may still have their entries in the audit inbox: chain them, so this run sees them
  while ((await sealAuditInbox(db)) > 0);
  const dir = await getDirectory(db);
  return db.transaction(async (tx) => {
    const from = await lockWatermark(tx, 'audit', () => auditHead(tx));
    const head = await auditHead(tx);
    const upTo = Math.min(head, from + MAX_ROWS);
    if (upTo <= from) return { events: 0, notifications: 0, mails: 0, resolved: 0 };
    const events = await auditEventsBetween(tx, from, upTo, ACTIONS);
    const pending: Pending[] = [];

    // comments received, per round
    const newComments = new Map<string, number>();
    for (const e of events.filter((x) => x.action === 'comment.submit')) {
      const roundId = summaryAfter(e).roundId;
      if (typeof roundId === 'string') newComments.set(roundId, (newComments.get(roundId) ?? 0) + 1);
    }
    // answers written and still waiting for approval, per round (the one who wrote them is not told)
    const answerEvents = events.filter((x) => x.action === 'comment.answer' && x.subjectId);
    const answered = new Map((await roundsOfComments(tx, [...new Set(answerEvents.map((e) => e.subjectId!))])).map((r) => [r.commentId, r]));
    const newAnswers = new Map<string, Map<string | null, number>>();
    for (const e of answerEvents) {
      const r = answered.get(e.subjectId!);
      if (!r || r.answerState !== 'draft') continue;
      const byActor = newAnswers.get(r.roundId) ?? new Map<string | null, number>();
      byActor.set(e.actorId, (byActor.get(e.actorId) ?? 0) + 1);
      newAnswers.set(r.roundId, byActor);
    }
    const rounds = await roundFacts(tx, [...new Set([...newComments.keys(), ...newAnswers.keys()])]);
    for (const [roundId, n] of newComments) {
      const r = rounds.get(roundId);
      if (!r) continue;
      for (const userId of await recipientsOfUnit(tx, r.unitId, ['officer', 'coordinator'], today, null)) {
        pending.push({ userId, kind: 'new_comments', subjectKey: `draft:${r.draftId}`, params: { draftTitle: r.draftTitle }, link: path.comments(r.draftId), count: n });
      }
    }
    for (const [roundId, byActor] of newAnswers) {
      const r = rounds.get(roundId);
      if (!r) continue;
      for (const userId of await recipientsOfUnit(tx, r.unitId, ['approver'], today, null)) {
        const n = [...byActor].filter(([actor]) => actor !== userId).reduce((s, [, k]) => s + k, 0);
        if (n > 0) pending.push({ userId, kind: 'answers_to_approve', subjectKey: `draft:${r.draftId}`, params: { draftTitle: r.draftTitle }, link: path.answers(r.draftId), count: n });
      }
    }

    // progress reports: submitted (to every coordinator, per plan) and reviewed (to the reporting unit)
    const reportEvents = events.filter((x) => x.action.startsWith('plan.report.') && x.subjectId);
    const reports = new Map((await reportsWithContext(tx, [...new Set(reportEvents.map((e) => e.subjectId!))])).map((r) => [r.id, r]));
    const coordinators = reportEvents.some((e) => e.action === 'plan.report.submit') ? [...new Set((await grantsOf(tx, ['coordinator'])).map((g) => g.userId))] : [];
    for (const e of reportEvents) {
      const report = reports.get(e.subjectId!);
      if (!report) continue;
      if (e.action === 'plan.report.submit') {
        for (const userId of coordinators.filter((id) => id !== e.actorId)) {
          pending.push({ userId, kind: 'report_submitted', subjectKey: `plan:${report.planId}`, params: { planTitle: report.planTitle || report.planNumber || '' }, link: path.plan(report.planId), count: 1 });
        }
        continue;
      }
      const decision = e.action === 'plan.report.return' ? 'returned' : 'accepted';
      const comment = summaryAfter(e).comment;
      for (const userId of await recipientsOfUnit(tx, report.unitId, ['officer', 'coordinator'], today, e.actorId)) {
        pending.push({
          userId,
          kind: 'report_reviewed',
          subjectKey: `report:${report.id}:${e.seq}`,
          params: { decision, taskTitle: report.taskTitle, unitName: dir.unit(report.unitId)?.name ?? '', periodLabel: periodLabelVi(report.period), planTitle: report.planTitle, comment: typeof comment === 'string' ? comment : null },
          link: decision === 'returned' ? path.tasks : path.plan(report.planId, report.id),
          count: 1,
        });
      }
    }

    // grants given: a new approver hears of the answers waiting in their units, a new coordinator of the reports
    // waiting for review, as their home page counts them; that count already holds this run's events for them
    const catchUp: Pending[] = [];
    const given = grantsGiven(events);
    if (given.length) {
      const held = await grantsOf(tx, ['approver', 'coordinator']);
      const live = given.filter((g) => held.some((h) => h.userId === g.userId && h.role === g.role && h.unitId === g.unitId));
      const unitsOf = new Map<string, Set<string>>();
      for (const g of live.filter((x) => x.role === 'approver')) {
        const units = unitsOf.get(g.userId) ?? new Set<string>();
        for (const id of [g.unitId, ...dir.carriers.inheritedBy(g.unitId, today)]) units.add(id);
        unitsOf.set(g.userId, units);
      }
      if (unitsOf.size) {
        const covered = new Set([...unitsOf.values()].flatMap((u) => [...u]));
        const drafts = (await listDrafts(tx, {})).filter((d) => covered.has(d.draftingUnitId));
        const waiting = await answersWaitingByDraft(tx, drafts.map((d) => d.id));
        for (const [userId, units] of unitsOf) {
          for (const d of drafts.filter((x) => units.has(x.draftingUnitId) && (waiting.get(x.id) ?? 0) > 0)) {
            catchUp.push({ userId, kind: 'answers_to_approve', subjectKey: `draft:${d.id}`, params: { draftTitle: d.title }, link: path.answers(d.id), count: waiting.get(d.id)! });
          }
        }
      }
      const newCoordinators = [...new Set(live.filter((x) => x.role === 'coordinator').map((x) => x.userId))];
      if (newCoordinators.length) {
        for (const [planId, w] of await submittedCountsByPlan(tx)) {
          for (const userId of newCoordinators) catchUp.push({ userId, kind: 'report_submitted', subjectKey: `plan:${planId}`, params: { planTitle: w.planTitle || w.planNumber || '' }, link: path.plan(planId), count: w.n });
        }
      }
    }
    const caughtUp = new Set(catchUp.map(pendingKey));
    const result = await deliver(tx, [...pending.filter((p) => !caughtUp.has(pendingKey(p))), ...catchUp], publicUrl);

    // what someone settled: everyone's unread notification about it follows (read when nothing of it waits)
    let resolved = 0;
    const approved = events.filter((x) => x.action === 'comment.answer.approve' && x.subjectId);
    if (approved.length) {
      const roundIds = [...new Set((await roundsOfComments(tx, [...new Set(approved.map((e) => e.subjectId!))])).map((r) => r.roundId))];
      const draftIds = [...new Set([...(await roundFacts(tx, roundIds)).values()].map((f) => f.draftId))];
      const waiting = await answersWaitingByDraft(tx, draftIds);
      for (const id of draftIds) resolved += await resolveOpenNotifications(tx, 'answers_to_approve', `draft:${id}`, waiting.get(id) ?? 0);
    }
    const reviewedPlans = [...new Set(reportEvents.filter((e) => e.action !== 'plan.report.submit').flatMap((e) => reports.get(e.subjectId!)?.planId ?? []))];
    if (reviewedPlans.length) {
      const left = await submittedCountsByPlan(tx, reviewedPlans);
      for (const id of reviewedPlans) resolved += await resolveOpenNotifications(tx, 'report_submitted', `plan:${id}`, left.get(id)?.n ?? 0);
    }

    await setWatermark(tx, 'audit', upTo);
    if (result.notifications > 0 || resolved > 0) {
      await recordAudit(tx, { actor: systemActor('thông báo'), action: 'notification.scan', subjectType: 'notification', subjectId: null, after: { fromSeq: from, toSeq: upTo, events: events.length, ...result, resolved } });
    }
    return { events: events.length, ...result, resolved };
  });
}

/**
 * Announces each round of a person's units that ends within their chosen number of days (once per round and end
 * date: an extended round is announced again before its new end).
 */
export async function announceClosingRounds(db: DB, publicUrl: string, today = todayVn()): Promise<{ notifications: number; mails: number }> {
  const rounds = await roundsClosingBetween(db, today, addDays(today, MAX_ROUND_CLOSING_DAYS));
  if (rounds.length === 0) return { notifications: 0, mails: 0 };
  const facts = await roundFacts(db, rounds.map((r) => r.id));
  const pending: Pending[] = [];
  for (const round of rounds) {
    const f = facts.get(round.id);
    if (!f) continue;
    for (const userId of await recipientsOfUnit(db, f.unitId, ['officer', 'coordinator', 'approver'], today, null)) {
      pending.push({
        userId,
        kind: 'round_closing',
        subjectKey: `round:${round.id}`,
        dedupeKey: `round_closing:${round.id}:${round.closesOn}`,
        closesOn: round.closesOn,
        params: { draftTitle: f.draftTitle, closesOn: round.closesOn },
        link: path.consultation(f.draftId),
        count: 1,
      });
    }
  }
  return db.transaction(async (tx) => {
    const result = await deliver(tx, pending, publicUrl, today);
    if (result.notifications > 0) {
      await recordAudit(tx, { actor: systemActor('thông báo'), action: 'notification.rounds', subjectType: 'notification', subjectId: null, after: result });
    }
    return result;
  });
}
