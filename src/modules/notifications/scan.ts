import { recordAudit } from '../../platform/audit';
import { systemActor } from '../../platform/auth';
import type { DB, Executor } from '../../platform/db';
import { addDays, todayVn } from '../../platform/text';
import { findRound, roundsClosingBetween, roundsOfComments } from '../consultation';
import { getDirectory } from '../organisations';
import { reportsWithContext } from '../plans';
import { findDraft } from '../policies';
import { deliver, type Pending } from './deliver';
import { MAX_ROUND_CLOSING_DAYS, periodLabelVi } from './kinds';
import { recipientsOfUnit } from './recipients';
import { auditEventsBetween, auditHead, grantsOf, lockWatermark, setWatermark, type AuditEvent } from './repo';

/** Audit actions the scan turns into notifications. */
const ACTIONS = ['comment.submit', 'comment.answer', 'plan.report.submit', 'plan.report.accept', 'plan.report.return'];
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

/**
 * Turns the events recorded since the last run into notifications: comments received and answers written (per
 * draft, added to the open notification of each officer or approver), reports submitted (per plan, to the
 * coordinators) and reviewed (to the reporting unit). It reads the audit trail after its watermark, which moves
 * in the same transaction as the notifications it writes, so each event is notified once; comment intake does
 * no extra work for it. An audit row is numbered only after the previous one is committed, so no event is
 * skipped by a transaction that commits late.
 */
export async function scanEvents(db: DB, publicUrl: string, today = todayVn()): Promise<{ events: number; notifications: number; mails: number }> {
  const dir = await getDirectory(db);
  return db.transaction(async (tx) => {
    const from = await lockWatermark(tx, 'audit', () => auditHead(tx));
    const head = await auditHead(tx);
    const upTo = Math.min(head, from + MAX_ROWS);
    if (upTo <= from) return { events: 0, notifications: 0, mails: 0 };
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

    const result = await deliver(tx, pending, publicUrl);
    await setWatermark(tx, 'audit', upTo);
    if (result.notifications > 0) {
      await recordAudit(tx, { actor: systemActor('thông báo'), action: 'notification.scan', subjectType: 'notification', subjectId: null, after: { fromSeq: from, toSeq: upTo, events: events.length, ...result } });
    }
    return { events: events.length, ...result };
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
