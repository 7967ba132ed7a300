import { now } from '../../platform/clock';
import type { Executor } from '../../platform/db';
import { isAppError } from '../../platform/errors';
import { invitationOfToken } from './actions/attend';
import { FEEDBACK_QUESTIONS, FEEDBACK_QUESTION_LABELS, PARTICIPANT_TYPE_LABELS } from './labels';
import { findCourse, findFeedbackOf, findSession, findSessionByCode, type SessionRow } from './repo';
import { checkinWindow, sessionTimeText, windowRefusal } from './window';

/** What the public pages show of a session: never who was invited or who came. */
export interface PortalSession {
  courseTitle: string;
  sessionTitle: string | null;
  timeText: string;
  place: string | null;
  onlineUrl: string | null;
  isCancelled: boolean;
  isClosed: boolean;
  /** Why checking in is not possible now (before or after the window), or null while it is open. */
  checkinRefusal: string | null;
}

async function portalSession(db: Executor, s: SessionRow): Promise<PortalSession> {
  const course = (await findCourse(db, s.courseId))!;
  const refusal = s.status === 'cancelled' ? 'Buổi tập huấn đã bị hủy.' : s.status === 'closed' ? 'Buổi tập huấn đã kết thúc, sổ điểm danh đã khóa.' : windowRefusal(now(), await checkinWindow(db, s));
  return { courseTitle: course.title, sessionTitle: s.title, timeText: sessionTimeText(s.startsAt, s.endsAt), place: s.place, onlineUrl: s.onlineUrl, isCancelled: s.status === 'cancelled', isClosed: s.status === 'closed', checkinRefusal: refusal };
}

export interface PortalInvitation extends PortalSession {
  status: 'invited' | 'accepted' | 'declined' | 'attended';
  hasEnded: boolean;
  hasFeedback: boolean;
  /** The feedback form is open: attended, the session started, not sent yet. */
  canSendFeedback: boolean;
}

/** The page of a personal link, or null for a wrong link. */
export async function invitationForPortal(db: Executor, token: string): Promise<PortalInvitation | null> {
  try {
    const p = await invitationOfToken(db, token);
    const s = (await findSession(db, p.sessionId))!;
    const base = await portalSession(db, s);
    const hasFeedback = (await findFeedbackOf(db, p.id)) !== null;
    const at = now();
    return { ...base, status: p.status as PortalInvitation['status'], hasEnded: at > new Date(s.endsAt), hasFeedback, canSendFeedback: p.status === 'attended' && !hasFeedback && s.status !== 'cancelled' && at >= new Date(s.startsAt) };
  } catch (e) {
    if (isAppError(e) && e.code === 'not-found') return null;
    throw e;
  }
}

/** The page of the walk-in check-in link, or null for a wrong code. */
export async function walkInForPortal(db: Executor, code: string): Promise<PortalSession | null> {
  const s = code.length >= 8 && code.length <= 100 ? await findSessionByCode(db, code) : null;
  return s ? portalSession(db, s) : null;
}

/** The feedback questions and the participant types, in Vietnamese, for the public forms. */
export const FEEDBACK_FORM = FEEDBACK_QUESTIONS.map((code) => ({ code, label: FEEDBACK_QUESTION_LABELS[code][0] }));
export const PARTICIPANT_TYPE_CHOICES = Object.entries(PARTICIPANT_TYPE_LABELS).map(([code, l]) => ({ code, label: l[0] }));
