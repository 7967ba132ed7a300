import { randomUUID } from 'node:crypto';
import { ANONYMOUS, authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import { now } from '../../../platform/clock';
import type { ActionContext } from '../../../platform/context';
import type { DB, Executor } from '../../../platform/db';
import { AppError, notFound, type FieldError } from '../../../platform/errors';
import { cleanText } from '../../../platform/text';
import { PARTICIPANT_TYPES, type AttendedVia, type ParticipantType } from '../labels';
import { findParticipantByTokenHash, findParticipantForUpdate, findSessionByCode, findSessionForUpdate, insertParticipants, participantsOfSessions, updateParticipant, type ParticipantRow, type SessionRow } from '../repo';
import { checkinWindow, windowRefusal } from '../window';
import { hashToken } from './invite';

const LINK_INVALID = 'Liên kết không đúng hoặc đã bị thu hồi.';

/** The invitation a personal link opens, or a 404. */
export async function invitationOfToken(db: Executor, token: string): Promise<ParticipantRow> {
  const p = token.length >= 16 && token.length <= 100 ? await findParticipantByTokenHash(db, hashToken(token)) : null;
  if (!p) throw new AppError('not-found', LINK_INVALID);
  return p;
}

async function openSession(tx: Executor, sessionId: string): Promise<SessionRow> {
  const s = await findSessionForUpdate(tx, sessionId);
  if (!s) throw notFound('buổi tập huấn');
  if (s.status === 'cancelled') throw new AppError('conflict', 'Buổi tập huấn đã bị hủy.');
  if (s.status === 'closed') throw new AppError('conflict', 'Buổi tập huấn đã kết thúc, sổ điểm danh đã khóa.');
  return s;
}

async function checkWindow(tx: Executor, s: SessionRow): Promise<void> {
  const refusal = windowRefusal(now(), await checkinWindow(tx, s));
  if (refusal) throw new AppError('conflict', refusal);
}

async function attend(tx: Executor, p: ParticipantRow, via: AttendedVia, ctx: { actor: ActionContext['actor']; requestId?: string | null }): Promise<ParticipantRow> {
  if (p.status === 'attended') throw new AppError('conflict', 'Đã điểm danh người này rồi; không điểm danh lần thứ hai.');
  const row = await updateParticipant(tx, p.id, { status: 'attended', attendedAt: now().toISOString(), attendedVia: via });
  await recordAudit(tx, { actor: ctx.actor, action: 'training.session.attend', subjectType: 'training_session', subjectId: p.sessionId, after: { participantType: p.participantType, via }, requestId: ctx.requestId ?? null });
  return row;
}

/** Accepts or declines an invitation through the personal link (until the session ends). */
export async function answerInvitation(db: DB, token: string, answer: 'accepted' | 'declined'): Promise<ParticipantRow> {
  const p = await invitationOfToken(db, token);
  return db.transaction(async (tx) => {
    const s = await openSession(tx, p.sessionId);
    if (now() > new Date(s.endsAt)) throw new AppError('conflict', 'Buổi tập huấn đã kết thúc.');
    const current = (await findParticipantForUpdate(tx, p.id))!;
    if (current.status === 'attended') throw new AppError('conflict', 'Ông/bà đã điểm danh tham dự buổi tập huấn này.');
    if (current.status === answer) return current;
    if (answer === 'accepted' && current.status === 'declined' && s.capacity !== null) {
      const taken = (await participantsOfSessions(tx, [s.id])).filter((x) => x.status !== 'declined').length;
      if (taken >= s.capacity) throw new AppError('conflict', `Buổi tập huấn đã đủ ${s.capacity} chỗ.`);
    }
    const row = await updateParticipant(tx, p.id, { status: answer, respondedAt: now().toISOString() });
    await recordAudit(tx, { actor: ANONYMOUS, action: `training.invitation.${answer === 'accepted' ? 'accept' : 'decline'}`, subjectType: 'training_session', subjectId: s.id, after: { participantType: p.participantType }, requestId: null });
    return row;
  });
}

/** Checks an invited person in with one click on their personal link, inside the session's check-in window. */
export async function checkInByLink(db: DB, token: string): Promise<ParticipantRow> {
  const p = await invitationOfToken(db, token);
  return db.transaction(async (tx) => {
    const s = await openSession(tx, p.sessionId);
    await checkWindow(tx, s);
    return attend(tx, (await findParticipantForUpdate(tx, p.id))!, 'link', { actor: ANONYMOUS });
  });
}

export interface WalkInInput {
  name: string;
  unit: string;
  title?: string | null;
  participantType: ParticipantType;
}

/**
 * Checks in someone who was not invited, by the session's check-in link (the QR in the room): name, unit and title as
 * they give them. The same name and unit twice in one session is refused; so is a full room.
 */
export async function checkInWalkIn(db: DB, code: string, input: WalkInInput): Promise<ParticipantRow> {
  const session = code.length >= 8 && code.length <= 100 ? await findSessionByCode(db, code) : null;
  if (!session) throw new AppError('not-found', LINK_INVALID);
  const v = { name: cleanText(input.name ?? ''), unit: cleanText(input.unit ?? ''), title: input.title ? cleanText(input.title) || null : null, participantType: input.participantType };
  const errors: FieldError[] = [];
  if (!v.name) errors.push({ path: 'name', message: 'Nhập họ và tên.' });
  if (!v.unit) errors.push({ path: 'unit', message: 'Nhập cơ quan, đơn vị công tác.' });
  if (!PARTICIPANT_TYPES.includes(v.participantType)) errors.push({ path: 'participantType', message: 'Chọn đối tượng.' });
  if (errors.length) throw new AppError('validation', errors.length === 1 ? errors[0]!.message : 'Thông tin điểm danh chưa đủ.', { errors });
  return db.transaction(async (tx) => {
    const s = await openSession(tx, session.id);
    await checkWindow(tx, s);
    const existing = await participantsOfSessions(tx, [s.id]);
    const same = (a: string | null, b: string) => (a ?? '').toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');
    if (existing.some((e) => same(e.walkInName, v.name) && same(e.walkInUnit, v.unit))) throw new AppError('conflict', 'Người này đã điểm danh buổi tập huấn này rồi.');
    if (s.capacity !== null && existing.filter((e) => e.status !== 'declined').length >= s.capacity) throw new AppError('conflict', `Buổi tập huấn đã đủ ${s.capacity} chỗ.`);
    const at = now().toISOString();
    const [row] = await insertParticipants(tx, [{ id: randomUUID(), sessionId: s.id, walkInName: v.name, walkInUnit: v.unit, walkInTitle: v.title, participantType: v.participantType, status: 'attended', attendedAt: at, attendedVia: 'walk_in' }]);
    // the audit keeps the type and the way in, never the name or the unit given (personal data)
    await recordAudit(tx, { actor: ANONYMOUS, action: 'training.session.attend', subjectType: 'training_session', subjectId: s.id, after: { participantType: v.participantType, via: 'walk_in' }, requestId: null });
    return row!;
  });
}

/** The organiser marks an invited person present in the office (from the room's paper list), from the window's opening. */
export async function markAttendance(ctx: ActionContext, sessionId: string, participantId: string): Promise<ParticipantRow> {
  authorize(ctx.actor, 'training.manage');
  return ctx.db.transaction(async (tx) => {
    const s = await openSession(tx, sessionId);
    const w = await checkinWindow(tx, s);
    if (now() < w.opensAt) throw new AppError('conflict', windowRefusal(now(), w)!);
    const p = await findParticipantForUpdate(tx, participantId);
    if (!p || p.sessionId !== sessionId) throw notFound('người tham dự');
    return attend(tx, p, 'office', ctx);
  });
}
