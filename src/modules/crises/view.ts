import { can, type Actor } from '../../platform/auth';
import { now } from '../../platform/clock';
import type { Executor } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { ruleAt } from '../../platform/rules';
import { cleanText, slugify, todayVn } from '../../platform/text';
import { getDirectory } from '../organisations';
import { findDraft } from '../policies';
import { headUnitsOf, isSecondApproval, mayApprove } from './actions/statements';
import { currentMembers } from './actions/common';
import { FI02_STAGES, ORIGIN_LABELS, ROLE_LABELS, SEVERITY_LABELS, STATEMENT_KIND_LABELS, STATEMENT_STATUS_LABELS, STATUS_LABELS, TIMELINE_KIND_LABELS, VERSION_STATE_LABELS, type MemberRole, type StatementKind, type Status } from './labels';
import { broadcastsOf, findCrisis, itemIdsOf, membersOf, monitoringItemFacts, reviewOf, rosterOf, statementsOf, tasksOf, timelineOf, userNames, versionsOf, type CrisisRow } from './repo';
import { broadcastSummary } from './network-link';
import { oneDecimal, timerOf } from './timer';

/** The rule (legal_rules) giving the hours from detection to the first statement. */
export const FIRST_STATEMENT_RULE = 'crisis.firstStatementHours';
export const FIRST_REMINDER_RULE = 'crisis.firstStatementReminderHours';

const iso = (s: string | null) => (s ? new Date(s).toISOString() : null);
const vnDay = (s: string) => todayVn(new Date(s));

/** The portal address of a published statement: its number, then its title as a slug (the number decides). */
export const statementPath = (publicNo: number, title: string) => `/thong-tin-su-co/${publicNo}-${slugOf(title)}`;
export const slugOf = (title: string) => slugify(title).slice(0, 80).replace(/-+$/, '');

/** The timer of a crisis at `at`, against the rule in force on its detection day. */
export async function crisisTimer(db: Executor, crisis: Pick<CrisisRow, 'detectedAt' | 'firstStatementAt'>, at = now()) {
  const target = Number(await ruleAt<number | string>(db, FIRST_STATEMENT_RULE, vnDay(crisis.detectedAt)));
  const t = timerOf(crisis.detectedAt, crisis.firstStatementAt, target, at);
  return { ...t, elapsedHours: oneDecimal(t.elapsedHours), detectedAt: iso(crisis.detectedAt)!, firstStatementAt: iso(crisis.firstStatementAt) };
}

/** One row of the office list. */
export async function crisisSummary(db: Executor, c: CrisisRow, unitName: string | null) {
  return {
    id: c.id,
    refNo: c.refNo,
    title: c.title,
    severity: c.severity,
    severityLabel: SEVERITY_LABELS[c.severity]!,
    status: c.status,
    statusLabel: STATUS_LABELS[c.status as Status],
    unitName,
    detectedAt: iso(c.detectedAt)!,
    timer: await crisisTimer(db, c),
  };
}

/** Everything the crisis page shows, with what the reader may do. */
export async function crisisView(db: Executor, actor: Actor, id: string) {
  const crisis = await findCrisis(db, id);
  if (!crisis) throw notFound('sự cố');
  const [members, roster, timeline, tasks, statements, itemIds, review, broadcasts, dir, policy] = await Promise.all([
    membersOf(db, id),
    rosterOf(db, id),
    timelineOf(db, id),
    tasksOf(db, id),
    statementsOf(db, id),
    itemIdsOf(db, id),
    reviewOf(db, id),
    broadcastsOf(db, id),
    getDirectory(db),
    crisis.policyId ? findDraft(db, crisis.policyId) : Promise.resolve(null),
  ]);
  const current = currentMembers(members);
  const subject = { unitId: crisis.unitId, memberUserIds: current.flatMap((m) => (m.userId ? [m.userId] : [])) };
  if (!can(actor, 'crises.read', subject)) throw notFound('sự cố');
  const versions = await versionsOf(db, statements.map((s) => s.id));
  const items = await monitoringItemFacts(db, itemIds);
  const names = await userNames(db, [
    ...tasks.flatMap((t) => (t.ownerUserId ? [t.ownerUserId] : [])),
    ...roster.map((r) => r.userId),
    ...versions.flatMap((v) => [v.draftedBy, v.spokespersonBy, v.headBy].filter((x): x is string => x !== null)),
    ...(review?.followups.flatMap((f) => (f.ownerUserId ? [f.ownerUserId] : [])) ?? []),
  ]);
  const nameOf = (userId: string | null) => (userId ? (names.get(userId) ?? 'người dùng đã xoá') : null);
  const unitName = (unitId: string | null) => (unitId ? (dir.unit(unitId)?.name ?? null) : null);
  const at = now();
  const isOpen = crisis.status !== 'closed';
  const canManage = isOpen && can(actor, 'crises.manage');
  const canAct = isOpen && can(actor, 'crises.act', subject);
  const owner = (userId: string | null, unitId: string | null) => [nameOf(userId), unitName(unitId)].filter(Boolean).join(', ');
  return {
    id: crisis.id,
    refNo: crisis.refNo,
    title: crisis.title,
    summary: crisis.summary,
    originLabel: ORIGIN_LABELS[crisis.origin]!,
    originReason: crisis.originReason,
    unitId: crisis.unitId,
    unitName: unitName(crisis.unitId),
    policy: policy ? { id: policy.id, title: policy.title } : null,
    severity: crisis.severity,
    severityLabel: SEVERITY_LABELS[crisis.severity]!,
    isSeverityUnsure: crisis.severityUnsure,
    status: crisis.status,
    statusLabel: STATUS_LABELS[crisis.status as Status],
    stageLabel: FI02_STAGES[crisis.status as Status],
    closedAt: iso(crisis.closedAt),
    networkGroupId: crisis.networkGroupId,
    timer: await crisisTimer(db, crisis, at),
    items: items.map((i) => ({ id: i.id, title: cleanText(i.title || i.body).slice(0, 200), url: i.url })),
    members: members.map((m) => ({ role: m.role, roleLabel: ROLE_LABELS[m.role as MemberRole], userId: m.userId, personName: m.personName, fromRegistry: m.fromRegistry, isCurrent: m.validTo === null, validFrom: iso(m.validFrom)!, validTo: iso(m.validTo) })),
    roster: roster.map((r) => ({ personName: nameOf(r.userId)!, startsAt: iso(r.startsAt)!, endsAt: iso(r.endsAt)!, isNow: new Date(r.startsAt) <= at && at < new Date(r.endsAt) })),
    timeline: timeline.map((e) => ({ at: iso(e.at)!, actorName: e.actorName, kind: e.kind, kindLabel: TIMELINE_KIND_LABELS[e.kind] ?? 'Ghi chép', text: e.text })),
    tasks: tasks.map((t) => ({ id: t.id, title: t.title, ownerName: owner(t.ownerUserId, t.ownerUnitId), dueAt: iso(t.dueAt)!, doneAt: iso(t.doneAt), isOverdue: t.doneAt === null && new Date(t.dueAt) < at })),
    statements: statements.map((s) => {
      const own = versions.filter((v) => v.statementId === s.id);
      const latest = own[0];
      const published = own.find((v) => v.id === s.publishedVersionId);
      const step = latest?.state === 'awaiting_spokesperson' ? 'spokesperson' : latest?.state === 'awaiting_head' ? 'head' : null;
      const isDrafter = actor.kind === 'user' && latest?.draftedBy === actor.userId;
      return {
        id: s.id,
        publicNo: s.publicNo,
        kind: s.kind,
        kindLabel: STATEMENT_KIND_LABELS[s.kind as StatementKind],
        status: s.status,
        statusLabel: STATEMENT_STATUS_LABELS[s.status]!,
        publishedAt: iso(s.publishedAt),
        portalPath: s.status === 'published' && published ? statementPath(s.publicNo, published.title) : null,
        withdrawalNote: s.withdrawalNote,
        versions: own.map((v) => ({ id: v.id, version: v.version, title: v.title, facts: v.facts, unknowns: v.unknowns, actions: v.actions, nextUpdateAt: iso(v.nextUpdateAt), state: v.state, stateLabel: VERSION_STATE_LABELS[v.state]!, drafterName: nameOf(v.draftedBy), draftedAt: iso(v.draftedAt)!, spokespersonName: nameOf(v.spokespersonBy), spokespersonAt: iso(v.spokespersonAt), headName: nameOf(v.headBy), headAt: iso(v.headAt) })),
        abilities: {
          canApprove: isOpen && step !== null && !isDrafter && !isSecondApproval(actor, latest!) && mayApprove(step, actor, current, headUnitsOf(dir, crisis.unitId)),
          canPublish: canManage && latest?.state === 'approved' && s.publishedVersionId !== latest.id && s.status !== 'withdrawn',
          canWithdraw: canManage && s.status === 'published',
          canRevise: canAct && s.status !== 'withdrawn',
        },
      };
    }),
    broadcasts: await Promise.all(broadcasts.map(async (b) => ({ sentAt: iso(b.sentAt)!, ...(await broadcastSummary(db, b.broadcastId)) }))),
    review: review
      ? { summary: review.review.summary, wentWell: review.review.wentWell, toImprove: review.review.toImprove, reviewedAt: iso(review.review.reviewedAt)!, followups: review.followups.map((f) => ({ title: f.title, ownerName: owner(f.ownerUserId, f.ownerUnitId), dueOn: f.dueOn })) }
      : null,
    abilities: { canManage, canAct, canReview: canManage && review === null, canClose: canManage && review !== null, canNotify: isOpen && can(actor, 'network.broadcast') },
  };
}

export type CrisisView = Awaited<ReturnType<typeof crisisView>>;
