import { randomUUID } from 'node:crypto';
import { ANONYMOUS } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import { now } from '../../../platform/clock';
import type { DB } from '../../../platform/db';
import { AppError, type FieldError } from '../../../platform/errors';
import { FEEDBACK_QUESTIONS, FEEDBACK_QUESTION_LABELS } from '../labels';
import { findFeedbackOf, findParticipantForUpdate, findSession, insertFeedback, type FeedbackRow } from '../repo';
import { invitationOfToken } from './attend';

export interface FeedbackInput {
  ratings: Record<string, number>;
  comment?: string | null;
}

/**
 * Records an attendee's answers after the session started, once per person (from the personal link): every question
 * rated 1–5, a free text. A second answer is a 409; the first one stays.
 */
export async function sendFeedback(db: DB, token: string, input: FeedbackInput): Promise<FeedbackRow> {
  const p = await invitationOfToken(db, token);
  const errors: FieldError[] = [];
  const ratings: Record<string, number> = {};
  for (const q of FEEDBACK_QUESTIONS) {
    const r = Number(input.ratings?.[q]);
    if (!Number.isInteger(r) || r < 1 || r > 5) errors.push({ path: `ratings.${q}`, message: `Chọn mức 1–5 cho "${FEEDBACK_QUESTION_LABELS[q][0]}".` });
    else ratings[q] = r;
  }
  const comment = input.comment ? input.comment.normalize('NFC').trim().slice(0, 5000) || null : null;
  if (errors.length) throw new AppError('validation', errors.length === 1 ? errors[0]!.message : 'Xin chấm điểm đủ các câu hỏi (1–5).', { errors });
  return db.transaction(async (tx) => {
    const current = (await findParticipantForUpdate(tx, p.id))!;
    const s = (await findSession(tx, p.sessionId))!;
    if (s.status === 'cancelled') throw new AppError('conflict', 'Buổi tập huấn đã bị hủy.');
    if (now() < new Date(s.startsAt)) throw new AppError('conflict', 'Buổi tập huấn chưa diễn ra; xin gửi ý kiến sau buổi tập huấn.');
    if (current.status !== 'attended') throw new AppError('conflict', 'Chỉ người đã điểm danh tham dự mới gửi ý kiến về buổi tập huấn.');
    if (await findFeedbackOf(tx, p.id)) throw new AppError('conflict', 'Ông/bà đã gửi ý kiến về buổi tập huấn này; mỗi người gửi một lần.');
    const row = await insertFeedback(tx, { id: randomUUID(), participantId: p.id, sessionId: p.sessionId, ratings, comment });
    // the ratings are not personal; the free text stays out of the audit log
    await recordAudit(tx, { actor: ANONYMOUS, action: 'training.session.feedback', subjectType: 'training_session', subjectId: p.sessionId, after: { ratings, hasComment: comment !== null }, requestId: null });
    return row;
  });
}
