import type { Static } from 'typebox';
import type { Directory } from '../../organisations';
import { basisText } from '../deadline';
import { CONFERENCE_KIND_LABELS, CONFERENCE_STATUS_LABELS, INVITATION_STATE_LABELS, MATERIAL_KIND_LABELS, type ConferenceKind, type ConferenceStatus, type MaterialKind } from './labels';
import type { ConferenceDetail, ConferenceSummary } from './schemas';
import type { ConferenceRow, InvitationRow, QuestionRow } from './tables';
import { instantToLocal, spanVi } from './time';

/** A follow-up is overdue after its deadline day (the deadline day itself is still on time). */
export const isFollowUpOverdue = (q: Pick<QuestionRow, 'followUpDueOn' | 'followUpAnsweredOn'>, today: string) => q.followUpDueOn !== null && q.followUpAnsweredOn === null && today > q.followUpDueOn;

const collator = new Intl.Collator('vi');
const unitRef = (dir: Directory, id: string) => ({ id, name: dir.unit(id)?.name ?? 'Đơn vị không rõ' });

/** A conference in the list. */
export function presentConferenceSummary(c: ConferenceRow, dir: Directory, followUps: { open: number; overdue: number }): Static<typeof ConferenceSummary> {
  return {
    id: c.id,
    refNo: c.refNo,
    title: c.title,
    kind: c.kind,
    kindLabel: CONFERENCE_KIND_LABELS[c.kind as ConferenceKind]?.[0] ?? '',
    status: c.status,
    statusLabel: CONFERENCE_STATUS_LABELS[c.status as ConferenceStatus]?.[0] ?? '',
    hostUnit: unitRef(dir, c.hostUnitId),
    startsAt: new Date(c.startsAt).toISOString(),
    endsAt: new Date(c.endsAt).toISOString(),
    startsAtLocal: instantToLocal(c.startsAt),
    endsAtLocal: instantToLocal(c.endsAt),
    timeText: spanVi(c.startsAt, c.endsAt),
    place: c.place,
    openFollowUps: followUps.open,
    overdueFollowUps: followUps.overdue,
  };
}

/** The sent state of an invitation from its mails in the outbox: failed if one failed, sent when all were sent. */
export function invitationState(inv: InvitationRow, mails: Map<string, { state: string }>): 'queued' | 'sent' | 'failed' {
  const states = inv.mailIds.map((id) => mails.get(id)?.state ?? 'pending');
  if (states.some((s) => s === 'failed')) return 'failed';
  return states.length > 0 && states.every((s) => s === 'sent') ? 'sent' : 'queued';
}

export interface DetailParts {
  dir: Directory;
  today: string;
  invitations: InvitationRow[];
  mails: Map<string, { state: string }>;
  agencies: Map<string, string>;
  questions: QuestionRow[];
  materials: { fileId: string; kind: string; fileName: string; size: number }[];
  policies: { id: string; title: string }[];
  /** The plan task the conference carries out, named with its plan. */
  planTask: { id: string; label: string } | null;
  spokesperson: { name: string; title: string } | null;
  abilities: Static<typeof ConferenceDetail>['abilities'];
  canAnswer: (unitId: string) => boolean;
  timeline: { at: string; actorName: string; actionLabel: string }[];
}

/** A conference with its invitations, questions, materials and the actions the reader may take. */
export function presentConferenceDetail(c: ConferenceRow, p: DetailParts): Static<typeof ConferenceDetail> {
  const open = p.questions.filter((q) => q.followUpUnitId && !q.followUpAnsweredOn);
  return {
    ...presentConferenceSummary(c, p.dir, { open: open.length, overdue: open.filter((q) => isFollowUpOverdue(q, p.today)).length }),
    chairName: c.chairName,
    chairTitle: c.chairTitle,
    chairAssignmentId: c.chairAssignmentId,
    spokespersonAssignmentId: c.spokespersonAssignmentId,
    spokesperson: p.spokesperson,
    topics: c.topics,
    policies: p.policies,
    planTaskId: c.planTaskId,
    planTask: p.planTask,
    participants: c.participants,
    summary: c.summary,
    cancelReason: c.cancelReason,
    sequence: c.sequence,
    publicPath: `/hop-bao#hop-bao-${c.refNo}`,
    icsPath: `/hop-bao/${c.refNo}.ics`,
    // by agency name: invitations sent together share their creation time
    invitations: [...p.invitations].sort((a, b) => collator.compare(p.agencies.get(a.agencyId) ?? '', p.agencies.get(b.agencyId) ?? '')).map((inv) => {
      const state = invitationState(inv, p.mails);
      return { agency: { id: inv.agencyId, name: p.agencies.get(inv.agencyId) ?? '' }, emails: inv.emails, state, stateLabel: INVITATION_STATE_LABELS[state][0], sends: inv.sends, lastSentAt: new Date(inv.lastSentAt).toISOString(), attended: inv.attended, reporters: inv.reporters, journalistNames: inv.journalistNames };
    }),
    questions: p.questions.map((q) => ({
      id: q.id,
      seq: q.seq,
      agency: q.agencyId ? { id: q.agencyId, name: p.agencies.get(q.agencyId) ?? '' } : null,
      journalistName: q.journalistName,
      question: q.question,
      answeredOnSpot: q.answeredOnSpot,
      answer: q.answer,
      answeredBy: q.answeredBy,
      followUpUnit: q.followUpUnitId ? unitRef(p.dir, q.followUpUnitId) : null,
      followUpDueOn: q.followUpDueOn,
      followUpBasisText: q.followUpBasis ? basisText(q.followUpBasis) : null,
      followUpAnswer: q.followUpAnswer,
      followUpAnsweredOn: q.followUpAnsweredOn,
      isOverdue: isFollowUpOverdue(q, p.today),
      canAnswer: q.followUpUnitId !== null && q.followUpAnsweredOn === null && p.canAnswer(q.followUpUnitId),
    })),
    materials: p.materials.map((m) => ({ fileId: m.fileId, kind: m.kind, kindLabel: MATERIAL_KIND_LABELS[m.kind as MaterialKind]?.[0] ?? '', fileName: m.fileName, size: m.size })),
    abilities: p.abilities,
    timeline: p.timeline,
  };
}
