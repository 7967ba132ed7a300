import { randomBytes, randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import { now } from '../../../platform/clock';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound, type FieldError } from '../../../platform/errors';
import { cleanText, formatDateTimeVi } from '../../../platform/text';
import { SESSION_STATUS_LABELS, type SessionStatus } from '../labels';
import { findCourse, findSessionForUpdate, insertSession, updateSession, type SessionRow } from '../repo';

export interface SessionInput {
  title?: string | null;
  /** ISO date-time with its offset, e.g. 2026-12-03T08:00:00+07:00. */
  startsAt: string;
  endsAt: string;
  place?: string | null;
  onlineUrl?: string | null;
  trainers?: string | null;
  capacity?: number | null;
  isRequired?: boolean;
}

/** The longest one session may last, in days. */
const MAX_SESSION_DAYS = 7;

const audited = (s: SessionRow) => ({ courseId: s.courseId, startsAt: s.startsAt, endsAt: s.endsAt, capacity: s.capacity, isRequired: s.isRequired, status: s.status });
const optional = (v: string | null | undefined) => (v ? cleanText(v) || null : null);

/** Adds a session to a course. A session ending before it starts, or with nowhere to meet, is refused. */
export async function createSession(ctx: ActionContext, courseId: string, input: SessionInput): Promise<SessionRow> {
  authorize(ctx.actor, 'training.manage');
  if (!(await findCourse(ctx.db, courseId))) throw notFound('khóa tập huấn');
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  const v = { title: optional(input.title), place: optional(input.place), onlineUrl: optional(input.onlineUrl), trainers: optional(input.trainers), capacity: input.capacity ?? null, isRequired: input.isRequired ?? true };
  const errors: FieldError[] = [];
  if (Number.isNaN(startsAt.getTime())) errors.push({ path: 'startsAt', message: 'Thời gian bắt đầu không hợp lệ.' });
  if (Number.isNaN(endsAt.getTime())) errors.push({ path: 'endsAt', message: 'Thời gian kết thúc không hợp lệ.' });
  else if (!Number.isNaN(startsAt.getTime()) && endsAt <= startsAt) errors.push({ path: 'endsAt', message: `Thời gian kết thúc (${formatDateTimeVi(endsAt)}) phải sau thời gian bắt đầu (${formatDateTimeVi(startsAt)}).` });
  // one session is a morning, a day or a few: a longer course is several sessions (a month typed was a mistake)
  else if (!Number.isNaN(startsAt.getTime()) && endsAt.getTime() - startsAt.getTime() > MAX_SESSION_DAYS * 86_400_000) errors.push({ path: 'endsAt', message: `Một buổi tập huấn dài tối đa ${MAX_SESSION_DAYS} ngày; khóa dài hơn xin chia thành nhiều buổi.` });
  if (!v.place && !v.onlineUrl) errors.push({ path: 'place', message: 'Nhập địa điểm hoặc đường dẫn họp trực tuyến.' });
  if (v.onlineUrl && !/^https?:\/\/\S+$/i.test(v.onlineUrl)) errors.push({ path: 'onlineUrl', message: 'Đường dẫn họp trực tuyến phải bắt đầu bằng http:// hoặc https://.' });
  if (v.capacity !== null && (!Number.isInteger(v.capacity) || v.capacity < 1)) errors.push({ path: 'capacity', message: 'Số chỗ phải là số nguyên dương.' });
  if (errors.length) throw new AppError('validation', errors.length === 1 ? errors[0]!.message : 'Thông tin buổi tập huấn chưa hợp lệ.', { errors });
  return ctx.db.transaction(async (tx) => {
    const row = await insertSession(tx, {
      id: randomUUID(),
      courseId,
      ...v,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      status: 'planned',
      // the walk-in link's code: unguessable, shown only in the office (as a QR to put up in the room)
      checkinCode: randomBytes(12).toString('base64url'),
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    await recordAudit(tx, { actor: ctx.actor, action: 'training.session.create', subjectType: 'training_session', subjectId: row.id, after: audited(row), requestId: ctx.requestId });
    return row;
  });
}

// planned → held → closed, or planned → cancelled; what each target needs of the clock
const FROM: Record<Exclude<SessionStatus, 'planned'>, SessionStatus[]> = { held: ['planned'], closed: ['planned', 'held'], cancelled: ['planned'] };

/**
 * Moves a session on: held once it has started, closed (attendance final) once it has ended, cancelled while only
 * planned. Anything else is a Vietnamese 409 and nothing changes.
 */
export async function setSessionStatus(ctx: ActionContext, id: string, status: Exclude<SessionStatus, 'planned'>): Promise<SessionRow> {
  authorize(ctx.actor, 'training.manage');
  return ctx.db.transaction(async (tx) => {
    const s = await findSessionForUpdate(tx, id);
    if (!s) throw notFound('buổi tập huấn');
    const at = now();
    const from = SESSION_STATUS_LABELS[s.status as SessionStatus]?.[0] ?? s.status;
    if (!FROM[status].includes(s.status as SessionStatus)) throw new AppError('conflict', `Buổi tập huấn đang ở trạng thái "${from}", không thể chuyển sang "${SESSION_STATUS_LABELS[status][0]}".`);
    if (status === 'held' && at < new Date(s.startsAt)) throw new AppError('conflict', `Buổi tập huấn chưa bắt đầu (bắt đầu lúc ${formatDateTimeVi(new Date(s.startsAt))}).`);
    if (status === 'closed' && at < new Date(s.endsAt)) throw new AppError('conflict', `Buổi tập huấn chưa kết thúc (kết thúc lúc ${formatDateTimeVi(new Date(s.endsAt))}); chỉ kết thúc sổ điểm danh sau giờ đó.`);
    const row = await updateSession(tx, id, { status });
    await recordAudit(tx, { actor: ctx.actor, action: `training.session.${status}`, subjectType: 'training_session', subjectId: id, before: { status: s.status }, after: { status }, requestId: ctx.requestId });
    return row;
  });
}
