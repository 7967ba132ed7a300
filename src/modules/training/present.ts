import type { Directory } from '../organisations';
import { ATTENDED_VIA_LABELS, FEEDBACK_QUESTIONS, FEEDBACK_QUESTION_LABELS, PARTICIPANT_STATUS_LABELS, PARTICIPANT_TYPE_LABELS, SESSION_STATUS_LABELS, SKILL_LABELS, labelVi } from './labels';
import type { CourseRow, FeedbackRow, InviteePerson, ParticipantRow, SessionRow } from './repo';
import { sessionTimeText } from './window';

type PlanTask = { id: string; code: string; title: string; planId: string; planTitle: string } | null;

/** A session for lists: its time in Vietnam, its status in words, how many were invited and came. */
export function presentSessionSummary(s: SessionRow, participants: ParticipantRow[]) {
  const mine = participants.filter((p) => p.sessionId === s.id);
  return {
    id: s.id,
    courseId: s.courseId,
    title: s.title,
    startsAt: new Date(s.startsAt).toISOString(),
    endsAt: new Date(s.endsAt).toISOString(),
    timeText: sessionTimeText(s.startsAt, s.endsAt),
    place: s.place,
    onlineUrl: s.onlineUrl,
    trainers: s.trainers,
    capacity: s.capacity,
    isRequired: s.isRequired,
    status: s.status,
    statusLabel: labelVi(SESSION_STATUS_LABELS, s.status),
    invitedCount: mine.filter((p) => p.personId !== null).length,
    attendedCount: mine.filter((p) => p.status === 'attended').length,
  };
}

/** A course with its labels, organiser, plan task and the time of its next session. */
export function presentCourse(c: CourseRow, sessions: SessionRow[], dir: Directory, planTask: PlanTask, at: Date) {
  const mine = sessions.filter((s) => s.courseId === c.id);
  const next = mine.find((s) => s.status === 'planned' && new Date(s.endsAt) >= at);
  return {
    id: c.id,
    title: c.title,
    skills: c.skills.map((code) => ({ code, label: labelVi(SKILL_LABELS, code) })),
    audiences: c.audiences.map((code) => ({ code, label: labelVi(PARTICIPANT_TYPE_LABELS, code) })),
    organiserUnit: { id: c.organiserUnitId, name: dir.unit(c.organiserUnitId)?.name ?? 'Đơn vị không rõ' },
    planTask,
    budgetVnd: c.budgetVnd,
    description: c.description,
    sessionCount: mine.length,
    nextSession: next ? sessionTimeText(next.startsAt, next.endsAt) : null,
  };
}

/** A participant as the organiser sees them (walk-ins with what they gave; the office only). */
export function presentParticipant(p: ParticipantRow, people: Map<string, InviteePerson>, dir: Directory, feedback: FeedbackRow[]) {
  const person = p.personId ? people.get(p.personId) : undefined;
  return {
    id: p.id,
    name: person?.fullName ?? p.walkInName ?? 'Không rõ',
    title: person ? person.title : p.walkInTitle,
    unitName: person ? (dir.unit(person.unitId)?.name ?? null) : p.walkInUnit,
    isWalkIn: p.personId === null,
    participantType: p.participantType,
    participantTypeLabel: labelVi(PARTICIPANT_TYPE_LABELS, p.participantType),
    status: p.status,
    statusLabel: labelVi(PARTICIPANT_STATUS_LABELS, p.status),
    attendedAt: p.attendedAt ? new Date(p.attendedAt).toISOString() : null,
    attendedViaLabel: p.attendedVia ? labelVi(ATTENDED_VIA_LABELS, p.attendedVia) : null,
    hasFeedback: feedback.some((f) => f.participantId === p.id),
  };
}

/** The averages of each question (one decimal) and the free texts, without who wrote them. */
export function presentFeedback(rows: FeedbackRow[]) {
  return {
    count: rows.length,
    averages: FEEDBACK_QUESTIONS.map((code) => {
      const values = rows.map((r) => r.ratings[code]).filter((v): v is number => typeof v === 'number');
      return { code, label: FEEDBACK_QUESTION_LABELS[code][0], average: values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null };
    }),
    comments: rows.map((r) => r.comment).filter((c): c is string => !!c),
  };
}
