import { randomUUID } from 'node:crypto';
import { authorize } from '../../../../platform/auth';
import { recordAudit } from '../../../../platform/audit';
import { now } from '../../../../platform/clock';
import type { ActionContext } from '../../../../platform/context';
import type { Executor } from '../../../../platform/db';
import { AppError, notFound } from '../../../../platform/errors';
import { enqueueMail } from '../../../../platform/mail';
import { getDirectory } from '../../../organisations';
import { agenciesByIds } from '../../agencies/repo';
import { isValidOn } from '../../agencies/present';
import type { PressAgencyRow } from '../../agencies/tables';
import { invitationMail } from '../mail-text';
import { calendarOfConference } from '../portal';
import { findConferenceForUpdate, findInvitation, insertInvitation, updateConference, updateInvitation } from '../repo';
import type { ConferenceRow, InvitationRow } from '../tables';
import { localDay } from '../time';

const userId = (ctx: ActionContext) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);
const names = (rows: { name: string }[]) => rows.map((a) => `«${a.name}»`).join(', ');

/** A conference invitations may still go out for: not cancelled, not yet started. */
async function openForInvitations(ctx: ActionContext, tx: Executor, id: string): Promise<ConferenceRow> {
  const c = await findConferenceForUpdate(tx, id);
  if (!c) throw notFound('cuộc họp báo');
  authorize(ctx.actor, 'press.manage');
  if (c.status !== 'planned' && c.status !== 'invited') throw new AppError('conflict', 'Chỉ gửi giấy mời cho cuộc họp báo chưa tổ chức và chưa hủy.');
  if (new Date(c.startsAt).getTime() <= now().getTime()) throw new AppError('conflict', 'Cuộc họp báo đã bắt đầu hoặc đã qua; không gửi giấy mời được.');
  return c;
}

async function queueMails(tx: Executor, c: ConferenceRow, agency: PressAgencyRow, publicUrl: string): Promise<string[]> {
  const hostName = (await getDirectory(tx)).unit(c.hostUnitId)?.name ?? '';
  const mail = invitationMail(c, { agencyName: agency.name, hostName, publicUrl });
  const calendar = calendarOfConference(c, hostName, publicUrl);
  const ids: string[] = [];
  for (const to of agency.emails) ids.push(await enqueueMail(tx, { to, subject: mail.subject, text: mail.text, purpose: 'press_conference_invitation', calendar }));
  return ids;
}

/**
 * Invites press agencies of the directory by email (the outbox, in the same transaction): every agency must be in
 * the directory on the conference's day and have an address, or nothing is sent. The conference becomes "invited".
 */
export async function inviteAgencies(ctx: ActionContext, id: string, input: { agencyIds: string[]; publicUrl: string }): Promise<InvitationRow[]> {
  authorize(ctx.actor, 'press.manage');
  const wanted = [...new Set(input.agencyIds)];
  if (wanted.length === 0) throw new AppError('validation', 'Chọn ít nhất một cơ quan báo chí để mời.', { errors: [{ path: 'agencyIds', message: 'Chọn ít nhất một cơ quan báo chí để mời.' }] });
  return ctx.db.transaction(async (tx) => {
    const c = await openForInvitations(ctx, tx, id);
    const agencies = await agenciesByIds(tx, wanted);
    if (agencies.length !== wanted.length) throw new AppError('validation', 'Có cơ quan báo chí không có trong danh mục.', { errors: [{ path: 'agencyIds', message: 'Có cơ quan báo chí không có trong danh mục.' }] });
    const day = localDay(c.startsAt);
    const ended = agencies.filter((a) => !isValidOn(a, day));
    if (ended.length) throw new AppError('validation', `${names(ended)} không còn trong danh mục cơ quan báo chí vào ngày họp báo.`, { errors: [{ path: 'agencyIds', message: 'Cơ quan báo chí không còn trong danh mục.' }] });
    const withoutMail = agencies.filter((a) => a.emails.length === 0);
    if (withoutMail.length) throw new AppError('validation', `${names(withoutMail)} chưa có địa chỉ thư điện tử nhận giấy mời. Bổ sung trong danh mục cơ quan báo chí rồi gửi lại.`, { errors: [{ path: 'agencyIds', message: 'Cơ quan báo chí chưa có địa chỉ thư điện tử.' }] });
    const already: PressAgencyRow[] = [];
    for (const a of agencies) if (await findInvitation(tx, id, a.id)) already.push(a);
    if (already.length) throw new AppError('conflict', `${names(already)} đã được mời; dùng «Gửi lại» nếu cần gửi lại giấy mời.`);
    const rows: InvitationRow[] = [];
    for (const a of agencies) {
      const mailIds = await queueMails(tx, c, a, input.publicUrl);
      rows.push(await insertInvitation(tx, { id: randomUUID(), conferenceId: id, agencyId: a.id, emails: a.emails, mailIds, createdBy: userId(ctx) }));
    }
    if (c.status === 'planned') await updateConference(tx, id, { status: 'invited' });
    await recordAudit(tx, { actor: ctx.actor, action: 'press.conference.invite', subjectType: 'press_conference', subjectId: id, after: { agencies: agencies.map((a) => a.name).join(', '), mails: rows.reduce((n, r) => n + r.mailIds.length, 0) }, requestId: ctx.requestId });
    return rows;
  });
}

/** Sends an invitation again, to the agency's current addresses (one corrected after a failure, for instance). */
export async function resendInvitation(ctx: ActionContext, id: string, input: { agencyId: string; publicUrl: string }): Promise<InvitationRow> {
  authorize(ctx.actor, 'press.manage');
  return ctx.db.transaction(async (tx) => {
    const c = await openForInvitations(ctx, tx, id);
    const invitation = await findInvitation(tx, id, input.agencyId);
    if (!invitation) throw notFound('giấy mời');
    const [agency] = await agenciesByIds(tx, [input.agencyId]);
    if (!agency || agency.emails.length === 0) throw new AppError('validation', `«${agency?.name ?? ''}» chưa có địa chỉ thư điện tử nhận giấy mời. Bổ sung trong danh mục cơ quan báo chí rồi gửi lại.`);
    const mailIds = await queueMails(tx, c, agency, input.publicUrl);
    const row = await updateInvitation(tx, invitation.id, { emails: agency.emails, mailIds, sends: invitation.sends + 1, lastSentAt: now().toISOString() });
    await recordAudit(tx, { actor: ctx.actor, action: 'press.conference.resend', subjectType: 'press_conference', subjectId: id, after: { agencies: agency.name, mails: mailIds.length }, requestId: ctx.requestId });
    return row;
  });
}
