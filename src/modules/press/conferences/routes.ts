import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { can } from '../../../platform/auth';
import { now } from '../../../platform/clock';
import { listAudit, presentAuditEntries } from '../../../platform/audit';
import { AppError, notFound } from '../../../platform/errors';
import { attachmentDisposition, readMultipart, type App } from '../../../platform/http';
import { DOCX_TYPE, fileResponse } from '../../../platform/http/responses';
import { todayVn } from '../../../platform/text';
import { getDirectory } from '../../organisations';
import { findLinkedPlanTask, planTaskChoices } from '../../plans';
import { findDraft } from '../../policies';
import { agenciesByIds, listAgencies } from '../agencies/repo';
import { AGENCY_KIND_LABELS, type AgencyKind } from '../agencies/labels';
import { listCurrentSpokespeople } from '../repo';
import { inviteAgencies, resendInvitation } from './actions/invite';
import { addQuestion, answerFollowUp, attachMaterial, recordAttendance } from './actions/record-conference';
import { cancelConference, editConference, issueMinutes, markConferenceHeld, scheduleConference } from './actions/save-conference';
import { MATERIAL_KIND_LABELS, MATERIAL_KINDS, type MaterialKind } from './labels';
import { renderMinutesDocx } from './minutes';
import { isFollowUpOverdue, presentConferenceDetail, presentConferenceSummary } from './present';
import { dutyUnits, quartersOf } from './quarters';
import { findConference, listConferences, listInvitations, listMaterials, listOpenFollowUps, listQuestions, mailStates } from './repo';
import { AttendanceBody, CancelBody, ConferenceBody, ConferenceDetail, ConferenceList, ConferenceOptions, ConferenceQuery, FollowUpBody, HeldBody, IdParams, InviteBody, QuestionBody, QuestionParams, ResendBody } from './schemas';
import type { ConferenceRow } from './tables';
import { dayRangeInstants, spanVi } from './time';

const tags = ['Báo chí'];

/** Back-office API of press conferences: the quarter view, scheduling, invitations, the record of the day, minutes. */
export async function pressConferenceRoutes(app: App, opts: { publicUrl: string }): Promise<void> {
  const ctx = (request: FastifyRequest) => ({ db: app.db, actor: request.actor, requestId: request.id, publicUrl: opts.publicUrl });

  app.get('/api/v1/press/conferences', {
    config: { access: { ability: 'press.read' } },
    schema: { tags, summary: 'Họp báo trong năm theo đơn vị và quý (đánh dấu quý chưa có họp báo), câu hỏi chờ trả lời', querystring: ConferenceQuery, response: { 200: ConferenceList } },
    handler: async (request) => {
      const today = todayVn();
      const year = request.query.year ?? Number(today.slice(0, 4));
      const [dir, conferences, followUps] = await Promise.all([getDirectory(app.db), listConferences(app.db, { ...dayRangeInstants(`${year}-01-01`, `${year}-12-31`), hostUnitId: request.query.hostUnitId, withCancelled: true }), listOpenFollowUps(app.db)]);
      const on = year === Number(today.slice(0, 4)) ? today : `${year}-12-31`;
      const unitIds = request.query.hostUnitId ? [request.query.hostUnitId] : [...new Set([...dutyUnits(dir, on).map((u) => u.id), ...conferences.map((c) => c.hostUnitId)])];
      const byUnit = (id: string) => conferences.filter((c) => c.hostUnitId === id);
      let ruleSource = '';
      const units = [];
      for (const id of unitIds) {
        const quarters = await quartersOf(app.db, byUnit(id), year, today);
        ruleSource = quarters[0]?.ruleSource ?? ruleSource;
        units.push({ unit: { id, name: dir.unit(id)?.name ?? 'Đơn vị không rõ' }, quarters: quarters.map((q) => ({ label: q.label, year: q.year, quarter: q.quarter, first: q.first, last: q.last, required: q.required, count: q.counted.length, isFlagged: q.isFlagged, conferences: q.counted.map((c) => ({ id: c.id, title: c.title, timeText: spanVi(c.startsAt, c.endsAt) })) })) });
      }
      const collator = new Intl.Collator('vi');
      units.sort((a, b) => collator.compare(a.unit.name, b.unit.name));
      const questionsByConference = new Map<string, typeof followUps>();
      for (const q of followUps) questionsByConference.set(q.conferenceId, [...(questionsByConference.get(q.conferenceId) ?? []), q]);
      const titles = new Map((await Promise.all([...questionsByConference.keys()].map((id) => findConference(app.db, id)))).filter((c): c is ConferenceRow => c !== null).map((c) => [c.id, c.title]));
      return {
        year,
        ruleSource,
        units,
        items: conferences.map((c) => {
          const open = questionsByConference.get(c.id) ?? [];
          return presentConferenceSummary(c, dir, { open: open.length, overdue: open.filter((q) => isFollowUpOverdue(q, today)).length });
        }),
        followUps: followUps.map((q) => ({ conferenceId: q.conferenceId, conferenceTitle: titles.get(q.conferenceId) ?? '', questionId: q.id, seq: q.seq, question: q.question, unit: { id: q.followUpUnitId!, name: dir.unit(q.followUpUnitId!)?.name ?? '' }, dueOn: q.followUpDueOn!, isOverdue: isFollowUpOverdue(q, today) })),
      };
    },
  });

  app.get('/api/v1/press/conference-options', {
    config: { access: { ability: 'press.read' } },
    schema: { tags, summary: 'Danh mục cho biểu mẫu họp báo: đơn vị, cơ quan báo chí, người phát ngôn, loại tài liệu', response: { 200: ConferenceOptions } },
    handler: async () => {
      const today = todayVn();
      const [dir, agencies, spokespeople, plans] = await Promise.all([getDirectory(app.db), listAgencies(app.db, { on: today }), listCurrentSpokespeople(app.db, { on: today }), planTaskChoices(app.db)]);
      const collator = new Intl.Collator('vi');
      const units = dir.snapshot.units.filter((u) => u.validFrom <= today && (u.validTo === null || today < u.validTo) && u.type !== 'bao_chi').map((u) => ({ id: u.id, name: u.name })).sort((a, b) => collator.compare(a.name, b.name));
      return {
        units,
        agencies: agencies.map((a) => ({ id: a.id, name: a.name, kindLabel: AGENCY_KIND_LABELS[a.kind as AgencyKind]?.[0] ?? '', hasEmail: a.emails.length > 0 })),
        spokespeople: spokespeople.map((s) => ({ id: s.assignmentId, name: s.personName, title: s.title, unitName: dir.unit(s.unitId)?.name ?? '' })),
        materialKinds: MATERIAL_KINDS.map((code) => ({ code, label: MATERIAL_KIND_LABELS[code][0] })),
        plans,
      };
    },
  });

  app.post('/api/v1/press/conferences', {
    config: { access: { ability: 'press.conference.edit' } },
    schema: { tags, summary: 'Lên lịch một cuộc họp báo', body: ConferenceBody, response: { 201: ConferenceDetail } },
    handler: async (request, reply) => reply.status(201).send(await detail(request, await scheduleConference(ctx(request), request.body))),
  });

  app.get('/api/v1/press/conferences/:id', {
    config: { access: { ability: 'press.read' } },
    schema: { tags, summary: 'Một cuộc họp báo: giấy mời, thành phần dự, câu hỏi, tài liệu, diễn biến', params: IdParams, response: { 200: ConferenceDetail } },
    handler: async (request) => detail(request, await found(request.params.id)),
  });

  app.put('/api/v1/press/conferences/:id', {
    config: { access: { ability: 'press.conference.edit', scope: 'unit' } },
    schema: { tags, summary: 'Sửa thông tin cuộc họp báo', params: IdParams, body: ConferenceBody, response: { 200: ConferenceDetail } },
    handler: async (request) => detail(request, await editConference(ctx(request), request.params.id, { ...request.body, publicUrl: opts.publicUrl })),
  });

  app.post('/api/v1/press/conferences/:id/cancel', {
    config: { access: { ability: 'press.conference.edit', scope: 'unit' } },
    schema: { tags, summary: 'Hủy cuộc họp báo (báo cho cơ quan báo chí đã được mời)', params: IdParams, body: CancelBody, response: { 200: ConferenceDetail } },
    handler: async (request) => detail(request, await cancelConference(ctx(request), request.params.id, { reason: request.body.reason, publicUrl: opts.publicUrl })),
  });

  app.post('/api/v1/press/conferences/:id/invitations', {
    config: { access: { ability: 'press.manage' } },
    schema: { tags, summary: 'Gửi giấy mời qua thư điện tử cho các cơ quan báo chí đã chọn', params: IdParams, body: InviteBody, response: { 200: ConferenceDetail } },
    handler: async (request) => {
      await inviteAgencies(ctx(request), request.params.id, { agencyIds: request.body.agencyIds, publicUrl: opts.publicUrl });
      return detail(request, await found(request.params.id));
    },
  });

  app.post('/api/v1/press/conferences/:id/invitations/resend', {
    config: { access: { ability: 'press.manage' } },
    schema: { tags, summary: 'Gửi lại giấy mời cho một cơ quan báo chí', params: IdParams, body: ResendBody, response: { 200: ConferenceDetail } },
    handler: async (request) => {
      await resendInvitation(ctx(request), request.params.id, { agencyId: request.body.agencyId, publicUrl: opts.publicUrl });
      return detail(request, await found(request.params.id));
    },
  });

  app.post('/api/v1/press/conferences/:id/held', {
    config: { access: { ability: 'press.conference.edit', scope: 'unit' } },
    schema: { tags, summary: 'Ghi nhận đã tổ chức (thành phần, nội dung cho biên bản)', params: IdParams, body: HeldBody, response: { 200: ConferenceDetail } },
    handler: async (request) => detail(request, await markConferenceHeld(ctx(request), request.params.id, request.body)),
  });

  app.post('/api/v1/press/conferences/:id/attendance', {
    config: { access: { ability: 'press.conference.edit', scope: 'unit' } },
    schema: { tags, summary: 'Ghi cơ quan báo chí dự và phóng viên', params: IdParams, body: AttendanceBody, response: { 200: ConferenceDetail } },
    handler: async (request) => {
      await recordAttendance(ctx(request), request.params.id, request.body.items);
      return detail(request, await found(request.params.id));
    },
  });

  app.post('/api/v1/press/conferences/:id/questions', {
    config: { access: { ability: 'press.conference.edit', scope: 'unit' } },
    schema: { tags, summary: 'Ghi một câu hỏi (trả lời tại chỗ, hoặc giao đơn vị trả lời sau với hạn theo ngày làm việc)', params: IdParams, body: QuestionBody, response: { 200: ConferenceDetail } },
    handler: async (request) => {
      await addQuestion(ctx(request), request.params.id, request.body);
      return detail(request, await found(request.params.id));
    },
  });

  app.post('/api/v1/press/conferences/:id/questions/:questionId/answer', {
    config: { access: { ability: 'press.answer' } },
    schema: { tags, summary: 'Trả lời câu hỏi sau họp báo (đơn vị được giao)', params: QuestionParams, body: FollowUpBody, response: { 200: ConferenceDetail } },
    handler: async (request) => {
      const q = await answerFollowUp(ctx(request), request.params.questionId, request.body);
      if (q.conferenceId !== request.params.id) throw notFound('câu hỏi');
      return detail(request, await found(request.params.id));
    },
  });

  app.post('/api/v1/press/conferences/:id/materials', {
    config: { access: { ability: 'press.conference.edit', scope: 'unit' } },
    schema: { tags, summary: 'Đính kèm tài liệu (PDF, DOCX, XLSX, ảnh, ZIP)', params: IdParams, consumes: ['multipart/form-data'], response: { 200: ConferenceDetail } },
    handler: async (request) => {
      const form = await readMultipart(request, { maxFileBytes: 20 * 1024 * 1024 });
      const file = form.files.find((f) => f.field === 'file') ?? form.files[0];
      if (!file) throw new AppError('validation', 'Chưa chọn tệp.', { errors: [{ path: 'file', message: 'Chọn tệp tài liệu.' }] });
      const kind = (form.fields.kind ?? 'other') as MaterialKind;
      await attachMaterial(ctx(request), request.params.id, { kind, data: new Uint8Array(file.data), fileName: file.fileName });
      return detail(request, await found(request.params.id));
    },
  });

  app.post('/api/v1/press/conferences/:id/minutes', {
    config: { access: { ability: 'press.conference.edit', scope: 'unit' } },
    schema: { tags, summary: 'Ban hành biên bản (khóa hồ sơ cuộc họp báo)', params: IdParams, response: { 200: ConferenceDetail } },
    handler: async (request) => detail(request, await issueMinutes(ctx(request), request.params.id)),
  });

  app.get('/api/v1/press/conferences/:id/minutes.docx', {
    config: { access: { ability: 'press.read' } },
    schema: { tags, summary: 'Biên bản họp báo (DOCX, thể thức Nghị định 30/2020)', params: IdParams, response: { 200: fileResponse('Biên bản họp báo (DOCX)', DOCX_TYPE) } },
    handler: async (request, reply) => {
      const c = await found(request.params.id);
      if (c.status !== 'held' && c.status !== 'minutes_issued') throw new AppError('conflict', 'Chỉ lập biên bản cho cuộc họp báo đã tổ chức.');
      const [dir, invitations, questions, spokespeople] = await Promise.all([getDirectory(app.db), listInvitations(app.db, c.id), listQuestions(app.db, c.id), c.spokespersonAssignmentId ? listCurrentSpokespeople(app.db, {}) : Promise.resolve([])]);
      const agencies = new Map((await agenciesByIds(app.db, [...invitations.map((i) => i.agencyId), ...questions.flatMap((q) => (q.agencyId ? [q.agencyId] : []))])).map((a) => [a.id, a.name]));
      const sp = spokespeople.find((s) => s.assignmentId === c.spokespersonAssignmentId);
      const buf = await renderMinutesDocx({ dir, conference: c, invitations: invitations.map((i) => ({ ...i, agencyName: agencies.get(i.agencyId) ?? '' })), questions: questions.map((q) => ({ ...q, agencyName: q.agencyId ? (agencies.get(q.agencyId) ?? null) : null })), spokesperson: sp ? { name: sp.personName, title: sp.title } : null });
      return reply.type(DOCX_TYPE).header('content-disposition', attachmentDisposition(`Biên bản họp báo số ${c.refNo}.docx`)).send(buf);
    },
  });

  async function found(id: string): Promise<ConferenceRow> {
    const row = await findConference(app.db, id);
    if (!row) throw notFound('cuộc họp báo');
    return row;
  }

  async function detail(request: FastifyRequest, c: ConferenceRow) {
    const today = todayVn();
    const [dir, invitations, questions, materials, entries, spokespeople] = await Promise.all([
      getDirectory(app.db),
      listInvitations(app.db, c.id),
      listQuestions(app.db, c.id),
      listMaterials(app.db, c.id),
      listAudit(app.db, { subjectType: 'press_conference', subjectId: c.id, limit: 200 }),
      c.spokespersonAssignmentId ? listCurrentSpokespeople(app.db, {}) : Promise.resolve([]),
    ]);
    const [mails, agencyRows, policies, task] = await Promise.all([
      mailStates(app.db, invitations.flatMap((i) => i.mailIds)),
      agenciesByIds(app.db, [...invitations.map((i) => i.agencyId), ...questions.flatMap((q) => (q.agencyId ? [q.agencyId] : []))]),
      Promise.all(c.policyIds.map((id) => findDraft(app.db, id))),
      c.planTaskId ? findLinkedPlanTask(app.db, c.planTaskId) : null,
    ]);
    const timeline = (await presentAuditEntries(app.db, entries.reverse(), 'vi')).map((e) => ({ at: e.at, actorName: e.actorName, actionLabel: e.actionLabel }));
    const started = new Date(c.startsAt).getTime() <= now().getTime();
    const live = c.status !== 'cancelled' && c.status !== 'minutes_issued';
    const edits = can(request.actor, 'press.conference.edit', { unitId: c.hostUnitId });
    const sp = spokespeople.find((s) => s.assignmentId === c.spokespersonAssignmentId);
    return presentConferenceDetail(c, {
      dir,
      today,
      invitations,
      mails,
      agencies: new Map(agencyRows.map((a) => [a.id, a.name])),
      questions,
      materials,
      policies: policies.flatMap((d) => (d ? [{ id: d.id, title: d.title }] : [])),
      planTask: task ? { id: task.id, label: `${task.code}. ${task.title} (${task.planNumber ? `${task.planNumber} — ` : ''}${task.planTitle})` } : null,
      spokesperson: sp ? { name: sp.personName, title: sp.title } : null,
      abilities: {
        canEdit: live && edits,
        canInvite: (c.status === 'planned' || c.status === 'invited') && !started && can(request.actor, 'press.manage'),
        canRecord: live && started && edits,
        canMarkHeld: (c.status === 'planned' || c.status === 'invited') && started && edits,
        canIssueMinutes: c.status === 'held' && edits,
        canCancel: (c.status === 'planned' || c.status === 'invited') && edits,
      },
      canAnswer: (unitId) => can(request.actor, 'press.answer', { unitId }),
      timeline,
    });
  }
}

