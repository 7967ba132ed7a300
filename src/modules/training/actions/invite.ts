import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { now } from '../../../platform/clock';
import { AppError, notFound } from '../../../platform/errors';
import { enqueueMails, type MailMessage } from '../../../platform/mail';
import { todayVn } from '../../../platform/text';
import { getDirectory } from '../../organisations';
import { PARTICIPANT_TYPES, type ParticipantType } from '../labels';
import { findCourse, findSessionForUpdate, focalPeopleOfUnit, insertParticipants, namedFocalPointsOfUnit, participantsOfSessions, peopleByIds, peopleOfUnits, type ParticipantRow } from '../repo';
import { sessionTimeText } from '../window';

export interface InviteInput {
  /** People of the directory, chosen one by one. */
  personIds?: string[];
  /** Or every person of a unit, as the directory lists them. */
  unitId?: string | null;
  /** Or a unit's communication focal points today (the network's register: directory people, and those entered by name). */
  focalOfUnitId?: string | null;
  participantType: ParticipantType;
}

/** The SHA-256 of a personal link's token: what is stored, so a copy of the database opens no link. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** The personal link of an invitation (reply, check in, feedback). */
export const personalLink = (publicUrl: string, token: string): string => `${publicUrl.replace(/\/$/, '')}/tap-huan/moi/${token}`;

/**
 * Invites people to a session: one row and one personal link each, the invitation mail queued in the same
 * transaction (so it leaves only if the invitation is stored). An unknown person, someone already invited, a session
 * no longer planned or a capacity exceeded: a Vietnamese 4xx and nobody is invited.
 */
export async function inviteToSession(ctx: ActionContext & { publicUrl: string }, sessionId: string, input: InviteInput): Promise<{ invited: ParticipantRow[]; withoutEmail: number }> {
  authorize(ctx.actor, 'training.manage');
  if (!PARTICIPANT_TYPES.includes(input.participantType)) throw new AppError('validation', 'Chọn đối tượng tham dự.', { errors: [{ path: 'participantType', message: 'Chọn đối tượng tham dự.' }] });
  const asked = [...new Set(input.personIds ?? [])];
  const found = await peopleByIds(ctx.db, asked);
  if (found.length !== asked.length) {
    throw new AppError('validation', 'Có người được chọn không có trong danh bạ; chọn lại trong danh sách.', { errors: [{ path: 'personIds', message: 'Người được mời không có trong danh bạ.' }] });
  }
  const dir = await getDirectory(ctx.db);
  if (input.unitId && !dir.unit(input.unitId)) throw new AppError('validation', 'Không có đơn vị này trong danh mục.', { errors: [{ path: 'unitId', message: 'Không có đơn vị này trong danh mục.' }] });
  if (input.focalOfUnitId && !dir.unit(input.focalOfUnitId)) throw new AppError('validation', 'Không có đơn vị này trong danh mục.', { errors: [{ path: 'focalOfUnitId', message: 'Không có đơn vị này trong danh mục.' }] });
  const ofUnit = input.unitId ? await peopleOfUnits(ctx.db, [input.unitId]) : [];
  const focal = input.focalOfUnitId ? await peopleByIds(ctx.db, await focalPeopleOfUnit(ctx.db, input.focalOfUnitId, todayVn())) : [];
  // focal points the network entered by name (not in the staff directory) are invited by name and email
  const focalUnitName = input.focalOfUnitId ? (dir.unit(input.focalOfUnitId)?.name ?? '') : '';
  const named = input.focalOfUnitId ? await namedFocalPointsOfUnit(ctx.db, input.focalOfUnitId, todayVn()) : [];
  const people = [...new Map([...found, ...ofUnit, ...focal].map((p) => [p.id, p])).values()];
  if (people.length === 0 && named.length === 0) {
    const why = input.focalOfUnitId && !input.unitId && asked.length === 0 ? 'đơn vị chưa có cán bộ đầu mối nào trong danh bạ' : 'đơn vị được chọn chưa có ai trong danh bạ';
    throw new AppError('validation', `Chưa chọn người được mời (${why}).`, { errors: [{ path: 'personIds', message: 'Chọn ít nhất một người.' }] });
  }
  const isGroup = Boolean(input.unitId || input.focalOfUnitId);

  return ctx.db.transaction(async (tx) => {
    const session = await findSessionForUpdate(tx, sessionId);
    if (!session) throw notFound('buổi tập huấn');
    if (session.status !== 'planned') throw new AppError('conflict', 'Chỉ mời tham dự buổi tập huấn chưa tổ chức.');
    const course = (await findCourse(tx, session.courseId))!;
    const existing = await participantsOfSessions(tx, [sessionId]);
    const already = people.filter((p) => existing.some((e) => e.personId === p.id));
    // chosen one by one: a repeat is a mistake worth saying; a whole unit: those already invited are skipped
    if (already.length && !isGroup) throw new AppError('conflict', `${already.length === 1 ? `${already[0]!.fullName} đã` : `${already.length} người đã`} được mời dự buổi tập huấn này.`);
    const fresh = people.filter((p) => !existing.some((e) => e.personId === p.id));
    const same = (a: string | null, b: string) => (a ?? '').toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');
    const freshNamed = named.filter((n) => !existing.some((e) => e.personId === null && same(e.walkInName, n.name) && same(e.walkInUnit, focalUnitName)));
    if (fresh.length + freshNamed.length === 0) throw new AppError('conflict', 'Mọi người được chọn đã được mời dự buổi tập huấn này.');
    const taken = existing.filter((e) => e.status !== 'declined').length;
    const adding = fresh.length + freshNamed.length;
    if (session.capacity !== null && taken + adding > session.capacity) {
      throw new AppError('conflict', `Buổi tập huấn có ${session.capacity} chỗ, đã có ${taken} người; không thể mời thêm ${adding} người.`);
    }
    const tokens = new Map(fresh.map((p) => [p.id, randomBytes(24).toString('base64url')]));
    const invitedAt = now().toISOString();
    const namedTokens = freshNamed.map(() => randomBytes(24).toString('base64url'));
    const createdBy = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
    const rows = await insertParticipants(tx, [
      ...fresh.map((p) => ({ id: randomUUID(), sessionId, personId: p.id, participantType: input.participantType, status: 'invited', tokenHash: hashToken(tokens.get(p.id)!), invitedAt, createdBy })),
      ...freshNamed.map((n, i) => ({ id: randomUUID(), sessionId, walkInName: n.name, walkInUnit: focalUnitName, walkInTitle: n.title, participantType: input.participantType, status: 'invited', tokenHash: hashToken(namedTokens[i]!), invitedAt, createdBy })),
    ]);
    const organiser = dir.unit(course.organiserUnitId)?.name ?? 'Cơ quan tổ chức';
    const where = [session.place ? `Địa điểm: ${session.place}` : null, session.onlineUrl ? `Họp trực tuyến: ${session.onlineUrl}` : null].filter(Boolean).join('\n');
    const invitees = [
      ...fresh.map((p) => ({ fullName: p.fullName, email: p.email, token: tokens.get(p.id)! })),
      ...freshNamed.map((n, i) => ({ fullName: n.name, email: n.email, token: namedTokens[i]! })),
    ];
    const mails: MailMessage[] = invitees
      .filter((p) => p.email)
      .map((p) => ({
        to: p.email!,
        purpose: 'training_invitation',
        subject: `Giấy mời tập huấn: ${course.title}`,
        text: [
          `Kính gửi ${p.fullName},`,
          '',
          `${organiser} trân trọng mời ông/bà tham dự ${session.title ? `"${session.title}" thuộc ` : ''}khóa tập huấn "${course.title}".`,
          `Thời gian: ${sessionTimeText(session.startsAt, session.endsAt)}`,
          where,
          session.trainers ? `Giảng viên: ${session.trainers}` : '',
          '',
          'Xin ông/bà trả lời có tham dự hay không, điểm danh khi đến dự và gửi ý kiến sau buổi tập huấn bằng liên kết riêng dưới đây (liên kết dành riêng cho ông/bà, xin không chuyển cho người khác):',
          personalLink(ctx.publicUrl, p.token),
        ].filter((line, i, all) => line !== '' || all[i - 1] !== '').join('\n'),
      }));
    await enqueueMails(tx, mails);
    await recordAudit(tx, { actor: ctx.actor, action: 'training.session.invite', subjectType: 'training_session', subjectId: sessionId, after: { participantType: input.participantType, invited: rows.length, mailed: mails.length }, requestId: ctx.requestId });
    return { invited: rows, withoutEmail: invitees.length - mails.length };
  });
}
