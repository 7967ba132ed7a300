import { randomUUID } from 'node:crypto';
import { authorize } from '../../../../platform/auth';
import { recordAudit } from '../../../../platform/audit';
import { now } from '../../../../platform/clock';
import type { ActionContext } from '../../../../platform/context';
import type { Executor } from '../../../../platform/db';
import { AppError, notFound, type FieldError } from '../../../../platform/errors';
import { enqueueMails, type MailPurpose } from '../../../../platform/mail';
import { cleanText } from '../../../../platform/text';
import { getDirectory } from '../../../organisations';
import { findLinkedPlanTask } from '../../../plans';
import { findDraft } from '../../../policies';
import { agenciesByIds } from '../../agencies/repo';
import { listCurrentSpokespeople } from '../../repo';
import { CONFERENCE_KINDS, type ConferenceKind } from '../labels';
import { cancellationMail, changeMail } from '../mail-text';
import { calendarOfConference } from '../portal';
import { findConferenceForUpdate, insertConference, listInvitations, updateConference } from '../repo';
import { conferenceToEdit } from './conference-to-edit';
import type { ConferenceRow } from '../tables';
import { localToInstant } from '../time';

export interface ConferenceInput {
  title: string;
  kind: ConferenceKind;
  hostUnitId: string;
  /** Local time in Vietnam, "YYYY-MM-DDTHH:mm". */
  startsAt: string;
  endsAt: string;
  place: string;
  /** The chair from the spokespeople registry (an assignment id), or typed by name. */
  chairAssignmentId?: string | null;
  chairName?: string | null;
  chairTitle?: string | null;
  spokespersonAssignmentId?: string | null;
  topics: string[];
  policyIds?: string[];
  planTaskId?: string | null;
  participants?: string | null;
  summary?: string | null;
}

const optional = (v: string | null | undefined) => (v ? cleanText(v) || null : null);
const invalid = (errors: FieldError[], summary: string) => new AppError('validation', errors.length === 1 ? errors[0]!.message : summary, { errors });
const userId = (ctx: ActionContext) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

/** Checks a conference: its host unit, times in order, a chair, topics, and links that exist. */
async function checked(ctx: ActionContext, input: ConferenceInput) {
  const errors: FieldError[] = [];
  const startsAt = localToInstant(input.startsAt ?? '');
  const endsAt = localToInstant(input.endsAt ?? '');
  const topics = (input.topics ?? []).map((t) => cleanText(t)).filter(Boolean);
  const v = {
    title: cleanText(input.title ?? ''),
    kind: input.kind,
    hostUnitId: input.hostUnitId,
    startsAt: startsAt ?? '',
    endsAt: endsAt ?? '',
    place: cleanText(input.place ?? ''),
    chairAssignmentId: input.chairAssignmentId || null,
    chairName: cleanText(input.chairName ?? ''),
    chairTitle: optional(input.chairTitle),
    spokespersonAssignmentId: input.spokespersonAssignmentId || null,
    topics,
    policyIds: [...new Set(input.policyIds ?? [])],
    planTaskId: input.planTaskId || null,
    participants: optional(input.participants),
    summary: optional(input.summary),
  };
  if (!v.title) errors.push({ path: 'title', message: 'Nhập tên cuộc họp báo.' });
  if (!CONFERENCE_KINDS.includes(v.kind)) errors.push({ path: 'kind', message: 'Chọn loại họp báo: định kỳ, chuyên đề hoặc đột xuất.' });
  const unit = (await getDirectory(ctx.db)).unit(v.hostUnitId);
  if (!unit) errors.push({ path: 'hostUnitId', message: 'Không có đơn vị chủ trì này trong danh mục tổ chức.' });
  if (!startsAt) errors.push({ path: 'startsAt', message: 'Thời gian bắt đầu không hợp lệ (ngày và giờ).' });
  if (!endsAt) errors.push({ path: 'endsAt', message: 'Thời gian kết thúc không hợp lệ (ngày và giờ).' });
  else if (startsAt && endsAt <= startsAt) errors.push({ path: 'endsAt', message: 'Thời gian kết thúc phải sau thời gian bắt đầu.' });
  if (!v.place) errors.push({ path: 'place', message: 'Nhập địa điểm.' });
  if (topics.length === 0) errors.push({ path: 'topics', message: 'Nhập ít nhất một nội dung họp báo.' });
  if (v.chairAssignmentId) {
    const [chair] = await listCurrentSpokespeople(ctx.db, {}).then((rows) => rows.filter((r) => r.assignmentId === v.chairAssignmentId));
    if (!chair) errors.push({ path: 'chairAssignmentId', message: 'Không có người này trong danh sách người phát ngôn.' });
    else if (!v.chairName) {
      v.chairName = chair.personName;
      v.chairTitle = v.chairTitle ?? chair.title;
    }
  }
  if (!v.chairName) errors.push({ path: 'chairName', message: 'Chọn hoặc nhập người chủ trì họp báo.' });
  if (v.spokespersonAssignmentId && !(await listCurrentSpokespeople(ctx.db, {})).some((r) => r.assignmentId === v.spokespersonAssignmentId)) errors.push({ path: 'spokespersonAssignmentId', message: 'Không có người này trong danh sách người phát ngôn.' });
  for (const [i, policyId] of v.policyIds.entries()) if (!(await findDraft(ctx.db, policyId))) errors.push({ path: `policyIds/${i}`, message: 'Không có chính sách này trong danh mục dự thảo.' });
  if (v.planTaskId) {
    if (!(await findLinkedPlanTask(ctx.db, v.planTaskId))) errors.push({ path: 'planTaskId', message: 'Không có nhiệm vụ này trong kế hoạch.' });
  }
  if (errors.length) throw invalid(errors, 'Thông tin cuộc họp báo chưa hợp lệ.');
  return v;
}

const audited = (r: ConferenceRow) => ({ title: r.title, kind: r.kind, hostUnitId: r.hostUnitId, startsAt: r.startsAt, endsAt: r.endsAt, place: r.place, chairName: r.chairName, topics: r.topics.join('; '), status: r.status });

/** Schedules a conference (status "planned"); officers schedule for their own unit only. */
export async function scheduleConference(ctx: ActionContext, input: ConferenceInput): Promise<ConferenceRow> {
  authorize(ctx.actor, 'press.conference.edit');
  const v = await checked(ctx, input);
  // the host unit is known once checked: an officer schedules for their own unit only
  authorize(ctx.actor, 'press.conference.edit', { unitId: v.hostUnitId });
  return ctx.db.transaction(async (tx) => {
    const row = await insertConference(tx, { id: randomUUID(), ...v, status: 'planned', createdBy: userId(ctx) });
    await recordAudit(tx, { actor: ctx.actor, action: 'press.conference.schedule', subjectType: 'press_conference', subjectId: row.id, after: audited(row), requestId: ctx.requestId });
    return row;
  });
}

/**
 * Changes a conference's details; every change is a new iCalendar SEQUENCE. When the time or the place of a
 * conference with invitations out changes, the invited agencies are told by mail, with the updated calendar event.
 */
export async function editConference(ctx: ActionContext, id: string, input: ConferenceInput & { publicUrl: string }): Promise<ConferenceRow> {
  await conferenceToEdit(ctx, id);
  const v = await checked(ctx, input);
  return ctx.db.transaction(async (tx) => {
    const current = await findConferenceForUpdate(tx, id);
    if (!current) throw notFound('cuộc họp báo');
    authorize(ctx.actor, 'press.conference.edit', { unitId: current.hostUnitId });
    authorize(ctx.actor, 'press.conference.edit', { unitId: v.hostUnitId });
    if (current.status === 'cancelled' || current.status === 'minutes_issued') throw new AppError('conflict', current.status === 'cancelled' ? 'Cuộc họp báo đã hủy; không sửa được.' : 'Cuộc họp báo đã có biên bản; không sửa được.');
    const row = await updateConference(tx, id, { ...v, sequence: current.sequence + 1 });
    const isMoved = row.startsAt !== current.startsAt || row.endsAt !== current.endsAt || row.place !== current.place;
    const told = isMoved ? await tellInvited(tx, row, (agencyName, hostName) => changeMail(row, current, { agencyName, hostName, publicUrl: input.publicUrl }), 'press_conference_changed', input.publicUrl) : 0;
    await recordAudit(tx, { actor: ctx.actor, action: 'press.conference.edit', subjectType: 'press_conference', subjectId: id, before: audited(current), after: { ...audited(row), ...(told ? { mails: told } : {}) }, requestId: ctx.requestId });
    return row;
  });
}

/** Cancels a planned conference with a reason; agencies already invited are told by mail. */
export async function cancelConference(ctx: ActionContext, id: string, input: { reason: string; publicUrl: string }): Promise<ConferenceRow> {
  await conferenceToEdit(ctx, id);
  const reason = cleanText(input.reason ?? '');
  if (!reason) throw invalid([{ path: 'reason', message: 'Nhập lý do hủy.' }], '');
  return ctx.db.transaction(async (tx) => {
    const current = await findConferenceForUpdate(tx, id);
    if (!current) throw notFound('cuộc họp báo');
    authorize(ctx.actor, 'press.conference.edit', { unitId: current.hostUnitId });
    if (current.status !== 'planned' && current.status !== 'invited') throw new AppError('conflict', 'Chỉ hủy được cuộc họp báo chưa tổ chức.');
    const row = await updateConference(tx, id, { status: 'cancelled', cancelReason: reason, sequence: current.sequence + 1 });
    await tellInvited(tx, row, (agencyName, hostName) => cancellationMail(row, { agencyName, hostName, reason, publicUrl: input.publicUrl }), 'press_conference_cancelled', input.publicUrl);
    await recordAudit(tx, { actor: ctx.actor, action: 'press.conference.cancel', subjectType: 'press_conference', subjectId: id, before: { status: current.status }, after: { status: 'cancelled', cancelReason: reason }, requestId: ctx.requestId });
    return row;
  });
}

/**
 * Mails every invited agency at the addresses its invitation went to, with the conference's calendar event as it now
 * is (a cancelled one as STATUS:CANCELLED), so the calendars that added it update or cancel it; returns the mails queued.
 */
async function tellInvited(tx: Executor, row: ConferenceRow, mail: (agencyName: string, hostName: string) => { subject: string; text: string }, purpose: MailPurpose, publicUrl: string): Promise<number> {
  const invitations = await listInvitations(tx, row.id);
  if (invitations.length === 0) return 0;
  const agencies = new Map((await agenciesByIds(tx, invitations.map((i) => i.agencyId))).map((a) => [a.id, a]));
  const hostName = (await getDirectory(tx)).unit(row.hostUnitId)?.name ?? '';
  const calendar = calendarOfConference(row, hostName, publicUrl);
  const messages = invitations.flatMap((inv) => {
    const text = mail(agencies.get(inv.agencyId)?.name ?? '', hostName);
    return inv.emails.map((to) => ({ to, purpose, calendar, ...text }));
  });
  await enqueueMails(tx, messages);
  return messages.length;
}

/** Records that the conference took place (its start has passed), with the participants and the content for the minutes. */
export async function markConferenceHeld(ctx: ActionContext, id: string, input: { participants?: string | null; summary?: string | null }): Promise<ConferenceRow> {
  await conferenceToEdit(ctx, id);
  return ctx.db.transaction(async (tx) => {
    const current = await findConferenceForUpdate(tx, id);
    if (!current) throw notFound('cuộc họp báo');
    authorize(ctx.actor, 'press.conference.edit', { unitId: current.hostUnitId });
    if (current.status !== 'planned' && current.status !== 'invited' && current.status !== 'held') throw new AppError('conflict', 'Cuộc họp báo này đã hủy hoặc đã có biên bản.');
    if (new Date(current.startsAt).getTime() > now().getTime()) throw new AppError('conflict', 'Cuộc họp báo chưa đến giờ bắt đầu; chưa ghi nhận đã tổ chức được.');
    const patch = { status: 'held', heldAt: current.heldAt ?? now().toISOString(), participants: optional(input.participants) ?? current.participants, summary: optional(input.summary) ?? current.summary };
    const row = await updateConference(tx, id, patch);
    await recordAudit(tx, { actor: ctx.actor, action: 'press.conference.held', subjectType: 'press_conference', subjectId: id, before: { status: current.status }, after: { status: 'held' }, requestId: ctx.requestId });
    return row;
  });
}

/** Issues the minutes of a held conference: from then on it is closed to edits. */
export async function issueMinutes(ctx: ActionContext, id: string): Promise<ConferenceRow> {
  await conferenceToEdit(ctx, id);
  return ctx.db.transaction(async (tx) => {
    const current = await findConferenceForUpdate(tx, id);
    if (!current) throw notFound('cuộc họp báo');
    authorize(ctx.actor, 'press.conference.edit', { unitId: current.hostUnitId });
    if (current.status !== 'held') throw new AppError('conflict', current.status === 'minutes_issued' ? 'Biên bản đã được ban hành.' : 'Chỉ lập biên bản cho cuộc họp báo đã tổ chức.');
    const row = await updateConference(tx, id, { status: 'minutes_issued', minutesIssuedAt: now().toISOString() });
    await recordAudit(tx, { actor: ctx.actor, action: 'press.conference.minutes', subjectType: 'press_conference', subjectId: id, before: { status: 'held' }, after: { status: 'minutes_issued' }, requestId: ctx.requestId });
    return row;
  });
}

