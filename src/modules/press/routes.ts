import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { authorize, can } from '../../platform/auth';
import { listAudit, presentAuditEntries } from '../../platform/audit';
import { loadWorkCalendar, weekdayOf } from '../../platform/calendar';
import { AppError, notFound } from '../../platform/errors';
import { readMultipart, type App } from '../../platform/http';
import { addDays, todayVn } from '../../platform/text';
import { getDirectory } from '../organisations';
import { findDraft } from '../policies';
import { assignInquiry } from './actions/assign-inquiry';
import { attachAnswerFile } from './actions/attach-answer-file';
import { answerInquiry, refuseInquiry } from './actions/close-inquiry';
import { extendInquiry } from './actions/extend-inquiry';
import { recordNotice } from './actions/record-notice';
import { receiveInquiry } from './actions/receive-inquiry';
import { createSpokesperson, editSpokesperson, endSpokesperson } from './actions/save-spokesperson';
import { isOverdue } from './deadline';
import { REFUSAL_GROUND_INFO, REFUSAL_GROUNDS } from './labels';
import { listPressAgencies } from './agencies';
import { presentInquiryDetail, presentInquirySummary, presentSpokesperson } from './present';
import { findInquiry, findStoredFile, listCurrentSpokespeople, listInquiries, userNames, usersOfUnit, versionsOfAssignment, type InquiryRow } from './repo';
import { AnswerBody, AssignBody, EndSpokespersonBody, ExtendBody, IdParams, InquiryBody, InquiryDetail, InquiryOptions, InquiryQuery, InquirySummary, NoticeBody, Officers, OfficersQuery, RefuseBody, Spokesperson, SpokespersonBody, SpokespersonHistory } from './schemas';

const tags = ['Báo chí'];

/** Back-office API of press relations: the spokespeople registry and the inquiries with legal deadlines. */
export async function pressRoutes(app: App, opts: { publicUrl: string }): Promise<void> {
  const ctx = (request: FastifyRequest) => ({ db: app.db, actor: request.actor, requestId: request.id, publicUrl: opts.publicUrl });

  app.get('/api/v1/press/spokespeople', {
    config: { access: { ability: 'press.read' } },
    schema: { tags, summary: 'Người phát ngôn của các đơn vị (bản hiện hành của mỗi việc giao, cả những việc đã kết thúc)', response: { 200: Type.Object({ items: Type.Array(Spokesperson) }) } },
    handler: async () => {
      const [rows, dir] = await Promise.all([listCurrentSpokespeople(app.db), getDirectory(app.db)]);
      const today = todayVn();
      return { items: rows.map((r) => presentSpokesperson(r, dir, today)) };
    },
  });

  app.post('/api/v1/press/spokespeople', {
    config: { access: { ability: 'press.manage' } },
    schema: { tags, summary: 'Thêm người phát ngôn, người được ủy quyền phát ngôn', body: SpokespersonBody, response: { 201: Spokesperson } },
    handler: async (request, reply) => {
      const row = await createSpokesperson(ctx(request), request.body);
      return reply.status(201).send(presentSpokesperson(row, await getDirectory(app.db), todayVn()));
    },
  });

  app.get('/api/v1/press/spokespeople/:id', {
    config: { access: { ability: 'press.read' } },
    schema: { tags, summary: 'Một việc giao phát ngôn và các phiên bản của nó', params: IdParams, response: { 200: SpokespersonHistory } },
    handler: async (request) => {
      const versions = await versionsOfAssignment(app.db, request.params.id);
      if (versions.length === 0) throw notFound('người phát ngôn');
      const dir = await getDirectory(app.db);
      const today = todayVn();
      const items = versions.map((r) => presentSpokesperson(r, dir, today));
      return { current: items[0]!, versions: items };
    },
  });

  app.put('/api/v1/press/spokespeople/:id', {
    config: { access: { ability: 'press.manage' } },
    schema: { tags, summary: 'Sửa việc giao phát ngôn (ghi phiên bản mới, giữ phiên bản cũ)', params: IdParams, body: SpokespersonBody, response: { 200: Spokesperson } },
    handler: async (request) => presentSpokesperson(await editSpokesperson(ctx(request), request.params.id, request.body), await getDirectory(app.db), todayVn()),
  });

  app.post('/api/v1/press/spokespeople/:id/end', {
    config: { access: { ability: 'press.manage' } },
    schema: { tags, summary: 'Kết thúc việc giao phát ngôn', params: IdParams, body: EndSpokespersonBody, response: { 200: Spokesperson } },
    handler: async (request) => presentSpokesperson(await endSpokesperson(ctx(request), request.params.id, request.body), await getDirectory(app.db), todayVn()),
  });

  app.get('/api/v1/press/inquiries', {
    config: { access: { ability: 'press.read' } },
    schema: { tags, summary: 'Yêu cầu của báo chí và của công dân, lọc theo loại, đơn vị, tình trạng, hạn', querystring: InquiryQuery, response: { 200: Type.Object({ items: Type.Array(InquirySummary) }) } },
    handler: async (request) => {
      const q = request.query;
      const today = todayVn();
      const open = ['received', 'assigned'];
      const week = { from: addDays(today, -((weekdayOf(today) + 6) % 7)), to: addDays(today, 6 - ((weekdayOf(today) + 6) % 7)) };
      const statuses = q.status === 'open' || q.status === 'overdue' || q.dueThisWeek ? open : q.status ? [q.status] : undefined;
      const [rows, dir, cal, agencies] = await Promise.all([
        listInquiries(app.db, { kind: q.kind, unitId: q.unitId, statuses, dueBefore: q.status === 'overdue' ? today : undefined, ...(q.dueThisWeek ? { dueFrom: week.from, dueTo: week.to } : {}) }),
        getDirectory(app.db),
        loadWorkCalendar(app.db),
        agencyNames(),
      ]);
      const keep = (r: InquiryRow) => (q.status === 'overdue' ? isOverdue(cal, r, today) : q.status === 'received' || q.status === 'assigned' ? !isOverdue(cal, r, today) : true);
      return { items: rows.filter(keep).map((r) => presentInquirySummary(r, dir, cal, today, agencies)) };
    },
  });

  app.get('/api/v1/press/inquiry-options', {
    config: { access: { ability: 'press.read' } },
    schema: { tags, summary: 'Danh mục để tiếp nhận: cơ quan báo chí, đơn vị, căn cứ từ chối', response: { 200: InquiryOptions } },
    handler: async () => {
      const dir = await getDirectory(app.db);
      const today = todayVn();
      const valid = dir.snapshot.units.filter((u) => u.validFrom <= today && (u.validTo === null || today < u.validTo));
      const collator = new Intl.Collator('vi');
      const ref = (u: (typeof valid)[number]) => ({ id: u.id, name: u.name });
      // the press agencies directory: the province's own press and the resident offices of central agencies
      const agencies = (await listPressAgencies(app.db, { on: today })).map((a) => ({ id: a.id, name: a.name })).sort((a, b) => collator.compare(a.name, b.name));
      const units = valid.filter((u) => u.type !== 'bao_chi').map(ref).sort((a, b) => collator.compare(a.name, b.name));
      const refusalGrounds = REFUSAL_GROUNDS.map((code) => ({ code, label: REFUSAL_GROUND_INFO[code].label[0], basis: REFUSAL_GROUND_INFO[code].basis, kinds: [...REFUSAL_GROUND_INFO[code].kinds] }));
      return { agencies, units, refusalGrounds };
    },
  });

  app.get('/api/v1/press/officers', {
    config: { access: { ability: 'press.manage' } },
    schema: { tags, summary: 'Cán bộ của một đơn vị có thể được giao trả lời', querystring: OfficersQuery, response: { 200: Officers } },
    handler: async (request) => ({ items: (await usersOfUnit(app.db, request.query.unitId, ['officer', 'coordinator'])).map((u) => ({ id: u.id, name: u.displayName })) }),
  });

  app.post('/api/v1/press/inquiries', {
    config: { access: { ability: 'press.manage' } },
    schema: { tags, summary: 'Tiếp nhận một yêu cầu (hạn trả lời tính theo quy định và lịch ngày làm việc)', body: InquiryBody, response: { 201: InquiryDetail } },
    handler: async (request, reply) => {
      const row = await receiveInquiry(ctx(request), request.body);
      return reply.status(201).send(await detail(request, row));
    },
  });

  app.get('/api/v1/press/inquiries/:id', {
    config: { access: { ability: 'press.read' } },
    schema: { tags, summary: 'Một yêu cầu: hạn và căn cứ, trả lời, diễn biến', params: IdParams, response: { 200: InquiryDetail } },
    handler: async (request) => {
      const row = await findInquiry(app.db, request.params.id);
      if (!row) throw notFound('yêu cầu');
      return detail(request, row);
    },
  });

  app.post('/api/v1/press/inquiries/:id/assign', {
    config: { access: { ability: 'press.manage' } },
    schema: { tags, summary: 'Giao đơn vị, cán bộ trả lời', params: IdParams, body: AssignBody, response: { 200: InquiryDetail } },
    handler: async (request) => detail(request, await assignInquiry(ctx(request), request.params.id, request.body)),
  });

  app.post('/api/v1/press/inquiries/:id/extend', {
    config: { access: { ability: 'press.manage' } },
    schema: { tags, summary: 'Gia hạn (một lần, có lý do; hạn mới tính theo ngày làm việc)', params: IdParams, body: ExtendBody, response: { 200: InquiryDetail } },
    handler: async (request) => detail(request, await extendInquiry(ctx(request), request.params.id, request.body)),
  });

  app.post('/api/v1/press/inquiries/:id/notice', {
    config: { access: { ability: 'press.answer', scope: 'unit' } },
    schema: { tags, summary: 'Ghi nhận đã gửi thông báo thời hạn giải quyết (yêu cầu phức tạp, Luật Tiếp cận thông tin Điều 31)', params: IdParams, body: NoticeBody, response: { 200: InquiryDetail } },
    handler: async (request) => {
      await unitMayAnswer(request, request.params.id);
      return detail(request, await recordNotice(ctx(request), request.params.id, request.body));
    },
  });

  app.post('/api/v1/press/inquiries/:id/answer', {
    config: { access: { ability: 'press.answer', scope: 'unit' } },
    schema: { tags, summary: 'Ghi câu trả lời', params: IdParams, body: AnswerBody, response: { 200: InquiryDetail } },
    handler: async (request) => {
      await unitMayAnswer(request, request.params.id);
      return detail(request, await answerInquiry(ctx(request), request.params.id, request.body));
    },
  });

  app.post('/api/v1/press/inquiries/:id/answer-file', {
    config: { access: { ability: 'press.answer', scope: 'unit' } },
    schema: { tags, summary: 'Đính kèm tệp trả lời (PDF, DOCX, XLSX, ảnh, ZIP)', params: IdParams, consumes: ['multipart/form-data'], response: { 200: InquiryDetail } },
    handler: async (request) => {
      await unitMayAnswer(request, request.params.id);
      const form = await readMultipart(request, { maxFileBytes: 20 * 1024 * 1024 });
      const file = form.files.find((f) => f.field === 'file') ?? form.files[0];
      if (!file) throw new AppError('validation', 'Chưa chọn tệp.', { errors: [{ path: 'file', message: 'Chọn tệp gửi kèm câu trả lời.' }] });
      return detail(request, await attachAnswerFile(ctx(request), request.params.id, { data: new Uint8Array(file.data), fileName: file.fileName }));
    },
  });

  app.post('/api/v1/press/inquiries/:id/refuse', {
    config: { access: { ability: 'press.answer', scope: 'unit' } },
    schema: { tags, summary: 'Từ chối, nêu căn cứ pháp luật', params: IdParams, body: RefuseBody, response: { 200: InquiryDetail } },
    handler: async (request) => {
      await unitMayAnswer(request, request.params.id);
      return detail(request, await refuseInquiry(ctx(request), request.params.id, request.body));
    },
  });

  /**
   * The unit scope of the answering routes, checked before the body is read or validated: an officer of another unit
   * learns nothing from a refusal about the body (the actions check it again inside their transaction).
   */
  async function unitMayAnswer(request: FastifyRequest, id: string): Promise<void> {
    const row = await findInquiry(app.db, id);
    if (!row) throw notFound('yêu cầu');
    authorize(request.actor, 'press.answer', { unitId: row.unitId });
  }

  async function agencyNames(): Promise<Map<string, string>> {
    return new Map((await listPressAgencies(app.db)).map((a) => [a.id, a.name]));
  }

  async function detail(request: FastifyRequest, row: InquiryRow) {
    const [dir, cal, names, draft, entries, answerFile, agencies] = await Promise.all([
      getDirectory(app.db),
      loadWorkCalendar(app.db),
      userNames(app.db, row.officerId ? [row.officerId] : []),
      row.policyId ? findDraft(app.db, row.policyId) : Promise.resolve(null),
      listAudit(app.db, { subjectType: 'press_inquiry', subjectId: row.id, limit: 200 }),
      row.answerFileId ? findStoredFile(app.db, row.answerFileId) : Promise.resolve(null),
      agencyNames(),
    ]);
    const lang = 'vi';
    const timeline = (await presentAuditEntries(app.db, entries.reverse(), lang)).map((e) => ({ at: e.at, actorName: e.actorName, actionLabel: e.actionLabel, changes: e.changes }));
    const open = row.status === 'received' || row.status === 'assigned';
    const abilities = {
      canManage: open && can(request.actor, 'press.manage'),
      canAnswer: open && can(request.actor, 'press.answer', { unitId: row.unitId }),
      canExtend: open && can(request.actor, 'press.manage') && row.kind === 'information_request' && row.complexity === 'complex' && row.originalDueOn === null,
      canRecordNotice: open && can(request.actor, 'press.answer', { unitId: row.unitId }) && row.kind === 'information_request' && row.complexity === 'complex' && row.noticeSentOn === null,
    };
    const shown = presentInquiryDetail(row, { dir, cal, today: todayVn(), agencies, policy: draft ? { id: draft.id, title: draft.title } : null, officerName: row.officerId ? (names.get(row.officerId) ?? null) : null, answerFile, abilities, timeline });
    // a citizen's name and address or phone are for those who handle the request (DOMAIN.md DL-05, TC-03): the press
    // office and the unit it is assigned to, not every reader of the office
    if (row.kind === 'information_request' && !can(request.actor, 'press.answer', { unitId: row.unitId })) {
      return { ...shown, requesterName: 'Công dân (chỉ người xử lý yêu cầu được xem thông tin cá nhân)', requesterContact: null };
    }
    return shown;
  }
}
