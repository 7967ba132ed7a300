import { randomUUID } from 'node:crypto';
import { authorize } from '../../../../platform/auth';
import { recordAudit } from '../../../../platform/audit';
import { loadWorkCalendar } from '../../../../platform/calendar';
import { now } from '../../../../platform/clock';
import type { ActionContext } from '../../../../platform/context';
import type { Executor } from '../../../../platform/db';
import { AppError, notFound, type FieldError } from '../../../../platform/errors';
import { safeFileName, storeFile } from '../../../../platform/files';
import { ruleVersionAt } from '../../../../platform/rules';
import { cleanText, todayVn } from '../../../../platform/text';
import { getDirectory } from '../../../organisations';
import { agenciesByIds } from '../../agencies/repo';
import { skippedDays } from '../../deadline';
import type { DueBasis } from '../../tables';
import { MATERIAL_KINDS, type MaterialKind } from '../labels';
import { conferenceToEdit } from './conference-to-edit';
import { findConferenceForUpdate, findQuestionForUpdate, insertMaterial, insertQuestion, insertStoredFile, listInvitations, nextQuestionSeq, updateInvitation, updateQuestion } from '../repo';
import type { ConferenceRow, QuestionRow } from '../tables';
import { notifyAssigned } from '../../notify';
import { localDay } from '../time';

const optional = (v: string | null | undefined) => (v ? cleanText(v) || null : null);
const invalid = (errors: FieldError[], summary: string) => new AppError('validation', errors.length === 1 ? errors[0]!.message : summary, { errors });
const userId = (ctx: ActionContext) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

/** A conference that has started and is not cancelled, locked, for what is recorded at or after it. */
async function startedConference(ctx: ActionContext, tx: Executor, id: string, what: string): Promise<ConferenceRow> {
  const c = await findConferenceForUpdate(tx, id);
  if (!c) throw notFound('cuộc họp báo');
  authorize(ctx.actor, 'press.conference.edit', { unitId: c.hostUnitId });
  if (c.status === 'cancelled') throw new AppError('conflict', `Cuộc họp báo đã hủy; không ghi ${what} được.`);
  if (c.status === 'minutes_issued') throw new AppError('conflict', `Biên bản đã ban hành; không ghi thêm ${what} được.`);
  if (new Date(c.startsAt).getTime() > now().getTime()) throw new AppError('conflict', `Cuộc họp báo chưa bắt đầu; chưa ghi ${what} được.`);
  return c;
}

export interface AttendanceItem {
  agencyId: string;
  attended: boolean;
  /** Number of reporters the agency sent. */
  reporters?: number | null;
  journalistNames?: string | null;
}

/** Records which invited agencies came, with their reporters. */
export async function recordAttendance(ctx: ActionContext, id: string, items: AttendanceItem[]): Promise<void> {
  await conferenceToEdit(ctx, id);
  await ctx.db.transaction(async (tx) => {
    await startedConference(ctx, tx, id, 'thành phần dự');
    const invitations = new Map((await listInvitations(tx, id)).map((i) => [i.agencyId, i]));
    const errors: FieldError[] = [];
    items.forEach((item, i) => {
      if (!invitations.has(item.agencyId)) errors.push({ path: `items/${i}/agencyId`, message: 'Cơ quan báo chí này không có trong danh sách được mời.' });
      if (item.reporters !== undefined && item.reporters !== null && (!Number.isInteger(item.reporters) || item.reporters < 0 || item.reporters > 100)) errors.push({ path: `items/${i}/reporters`, message: 'Số phóng viên phải là số nguyên từ 0 đến 100.' });
    });
    if (errors.length) throw invalid(errors, 'Thông tin thành phần dự chưa hợp lệ.');
    for (const item of items) {
      const inv = invitations.get(item.agencyId)!;
      const names = optional(item.journalistNames);
      const reporters = item.attended ? (item.reporters ?? (names ? names.split(/[,;\n]/).filter((n) => n.trim()).length : null)) : null;
      await updateInvitation(tx, inv.id, { attended: item.attended, reporters, journalistNames: item.attended ? names : null });
    }
    const present = (await agenciesByIds(tx, items.filter((i) => i.attended).map((i) => i.agencyId))).map((a) => a.name);
    await recordAudit(tx, { actor: ctx.actor, action: 'press.conference.attendance', subjectType: 'press_conference', subjectId: id, after: { agencies: present.join(', ') || '—' }, requestId: ctx.requestId });
  });
}

export interface QuestionInput {
  agencyId?: string | null;
  journalistName?: string | null;
  question: string;
  answeredOnSpot: boolean;
  answer?: string | null;
  /** Who answered at the conference (an official's name and title). */
  answeredBy?: string | null;
  /** For a question not answered on the spot: the unit that answers later. */
  followUpUnitId?: string | null;
}

/** The follow-up deadline: working days from the conference's day, by the rule in force that day. */
export async function followUpDeadline(db: Executor, conferenceDay: string): Promise<{ dueOn: string; basis: DueBasis }> {
  const rule = await ruleVersionAt(db, 'press.conferenceFollowUpWorkingDays', conferenceDay);
  const cal = await loadWorkCalendar(db);
  const days = Number(rule.value);
  const dueOn = cal.addWorkingDays(conferenceDay, days);
  return { dueOn, basis: { ruleId: rule.ruleId, days, unit: 'working', source: rule.source, skipped: skippedDays(cal, conferenceDay, dueOn) } };
}

/**
 * Logs a question asked at the conference; one not answered on the spot gets a follow-up unit and deadline, and the
 * unit's officers are told (press_assigned).
 */
export async function addQuestion(ctx: ActionContext & { publicUrl: string }, id: string, input: QuestionInput): Promise<QuestionRow> {
  await conferenceToEdit(ctx, id);
  const errors: FieldError[] = [];
  const v = { agencyId: input.agencyId || null, journalistName: optional(input.journalistName), question: cleanText(input.question ?? ''), answeredOnSpot: input.answeredOnSpot === true, answer: optional(input.answer), answeredBy: optional(input.answeredBy), followUpUnitId: input.followUpUnitId || null };
  if (!v.question) errors.push({ path: 'question', message: 'Nhập nội dung câu hỏi.' });
  if (v.answeredOnSpot && !v.answer) errors.push({ path: 'answer', message: 'Nhập nội dung trả lời tại họp báo.' });
  if (!v.answeredOnSpot && !v.followUpUnitId) errors.push({ path: 'followUpUnitId', message: 'Câu hỏi chưa trả lời tại họp báo phải giao cho một đơn vị trả lời sau.' });
  if (v.followUpUnitId && !(await getDirectory(ctx.db)).unit(v.followUpUnitId)) errors.push({ path: 'followUpUnitId', message: 'Không có đơn vị này trong danh mục tổ chức.' });
  if (v.agencyId && (await agenciesByIds(ctx.db, [v.agencyId])).length === 0) errors.push({ path: 'agencyId', message: 'Không có cơ quan báo chí này trong danh mục.' });
  if (errors.length) throw invalid(errors, 'Câu hỏi chưa hợp lệ.');
  return ctx.db.transaction(async (tx) => {
    const c = await startedConference(ctx, tx, id, 'câu hỏi');
    const followUp = v.answeredOnSpot ? null : await followUpDeadline(tx, localDay(c.startsAt));
    const row = await insertQuestion(tx, {
      id: randomUUID(),
      conferenceId: id,
      seq: await nextQuestionSeq(tx, id),
      ...v,
      followUpUnitId: v.answeredOnSpot ? null : v.followUpUnitId,
      followUpDueOn: followUp?.dueOn ?? null,
      followUpBasis: followUp?.basis ?? null,
      createdBy: userId(ctx),
    });
    if (row.followUpUnitId) {
      await notifyAssigned(tx, ctx.publicUrl, userId(ctx), {
        what: `Câu hỏi số ${row.seq} tại họp báo “${c.title}”`,
        subject: row.question.length > 200 ? `${row.question.slice(0, 199)}…` : row.question,
        unitId: row.followUpUnitId,
        officerId: null,
        dueOn: row.followUpDueOn,
        link: `/office/press/conferences/${encodeURIComponent(id)}`,
        key: `question:${row.id}`,
      });
    }
    await recordAudit(tx, { actor: ctx.actor, action: 'press.conference.question', subjectType: 'press_conference', subjectId: id, after: { seq: row.seq, answeredOnSpot: row.answeredOnSpot, followUpUnitId: row.followUpUnitId, followUpDueOn: row.followUpDueOn }, requestId: ctx.requestId });
    return row;
  });
}

/** Records the later answer to a question not answered at the conference, by the unit it was given to. */
export async function answerFollowUp(ctx: ActionContext, questionId: string, input: { answer: string }): Promise<QuestionRow> {
  const answer = cleanText(input.answer ?? '');
  if (!answer) throw invalid([{ path: 'answer', message: 'Nhập nội dung trả lời.' }], '');
  return ctx.db.transaction(async (tx) => {
    const q = await findQuestionForUpdate(tx, questionId);
    if (!q || !q.followUpUnitId) throw notFound('câu hỏi cần trả lời sau');
    authorize(ctx.actor, 'press.answer', { unitId: q.followUpUnitId });
    if (q.followUpAnsweredOn) throw new AppError('conflict', 'Câu hỏi này đã được trả lời.');
    const today = todayVn();
    const row = await updateQuestion(tx, questionId, { followUpAnswer: answer, followUpAnsweredOn: today, followUpAnsweredBy: userId(ctx) });
    await recordAudit(tx, { actor: ctx.actor, action: 'press.conference.followUp', subjectType: 'press_conference', subjectId: q.conferenceId, after: { seq: q.seq, followUpAnsweredOn: today, onTime: q.followUpDueOn !== null && today <= q.followUpDueOn }, requestId: ctx.requestId });
    return row;
  });
}

const MAX_BYTES = 20 * 1024 * 1024;

/** Attaches a material (press kit, slides, press release); the type is checked by content, never by name. */
export async function attachMaterial(ctx: ActionContext, id: string, input: { kind: MaterialKind; data: Uint8Array; fileName: string }): Promise<void> {
  // the host unit is checked before the bytes are written, so an officer of another unit cannot fill the file store
  await conferenceToEdit(ctx, id);
  if (!MATERIAL_KINDS.includes(input.kind)) throw invalid([{ path: 'kind', message: 'Chọn loại tài liệu.' }], '');
  const stored = await storeFile(input.data, { allowed: ['pdf', 'docx', 'xlsx', 'png', 'jpeg', 'zip'], maxBytes: MAX_BYTES });
  const fileName = safeFileName(input.fileName);
  await ctx.db.transaction(async (tx) => {
    const c = await findConferenceForUpdate(tx, id);
    if (!c) throw notFound('cuộc họp báo');
    authorize(ctx.actor, 'press.conference.edit', { unitId: c.hostUnitId });
    if (c.status === 'cancelled') throw new AppError('conflict', 'Cuộc họp báo đã hủy; không thêm tài liệu được.');
    const fileId = randomUUID();
    await insertStoredFile(tx, { id: fileId, ownerType: 'press_conference', ownerId: id, fileName, mimeType: stored.mimeType, size: stored.size, sha256: stored.sha256, storageKey: stored.storageKey, createdBy: userId(ctx) });
    await insertMaterial(tx, { id: randomUUID(), conferenceId: id, fileId, kind: input.kind, createdBy: userId(ctx) });
    await recordAudit(tx, { actor: ctx.actor, action: 'press.conference.material', subjectType: 'press_conference', subjectId: id, after: { fileName, size: stored.size, kindOfFile: input.kind }, requestId: ctx.requestId });
  });
}
