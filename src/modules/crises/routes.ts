import { Type, type Static } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { hasRole, type Role } from '../../platform/auth';
import { attachmentDisposition } from '../../platform/http/download-name';
import { DOCX_TYPE, fileResponse } from '../../platform/http/responses';
import { AppError } from '../../platform/errors';
import type { App } from '../../platform/http';
import { ruleAt } from '../../platform/rules';
import { todayVn } from '../../platform/text';
import { getDirectory } from '../organisations';
import { closeCrisis, saveReview } from './actions/close-crisis';
import { addNote, changeSeverity, changeStatus, linkCrisisItems } from './actions/manage-crisis';
import { notifyGroup } from './actions/notify-group';
import { openCrisis } from './actions/open-crisis';
import { approveStatement, draftStatement, publishStatement, withdrawStatement } from './actions/statements';
import { addTask, completeTask } from './actions/tasks';
import { addRosterShift, setMember } from './actions/working-group';
import { OPEN_STATUSES, ROLE_LABELS, ROLES, SEVERITIES, SEVERITY_LABELS, STATEMENT_KIND_LABELS, STATEMENT_KINDS, STATUS_LABELS } from './labels';
import { groupOptions } from './network-link';
import { crisesOfItem, listCrises, listPeople } from './repo';
import { renderReviewDocx } from './review-docx';
import * as S from './schemas';
import { crisisSummary, crisisView, FIRST_STATEMENT_RULE } from './view';

const tags = ['Sự cố truyền thông'];
/** Roles that read every crisis (policy.ts); an officer reads those of their units and working groups. */
const WIDE_READERS: Role[] = ['administrator', 'coordinator', 'press', 'approver', 'viewer'];
const read = { access: { ability: 'crises.read' } };
const manage = { access: { ability: 'crises.manage' } };

/** Back-office API of communication crises: the crisis, its group, timeline, tasks, statements and review. */
export async function crisesRoutes(app: App, opts: { publicUrl: string }): Promise<void> {
  const ctx = (request: FastifyRequest) => ({ db: app.db, actor: request.actor, requestId: request.id, publicUrl: opts.publicUrl });
  const detail = (request: FastifyRequest, id: string) => crisisView(app.db, request.actor, id);

  app.get('/api/v1/crises', {
    config: read,
    schema: { tags, summary: 'Các sự cố truyền thông (đang xử lý trước), hoặc các sự cố của một tin theo dõi dư luận', querystring: S.ListQuery, response: { 200: Type.Object({ items: Type.Array(S.CrisisSummary) }) } },
    handler: async (request) => {
      const a = request.actor;
      // an officer with no wider role sees the crises of the units they work for and those of their working groups
      const wide = WIDE_READERS.some((r) => hasRole(a, r));
      const reader = wide || a.kind !== 'user' ? undefined : { unitIds: a.roles.map((g) => g.unitId), userId: a.userId };
      let rows = await listCrises(app.db, { reader, openOnly: request.query.open });
      if (request.query.itemId) {
        const ids = new Set((await crisesOfItem(app.db, request.query.itemId)).map((c) => c.id));
        rows = rows.filter((r) => ids.has(r.id));
      }
      const dir = await getDirectory(app.db);
      return { items: await Promise.all(rows.map((r) => crisisSummary(app.db, r, r.unitId ? (dir.unit(r.unitId)?.name ?? null) : null))) };
    },
  });

  app.get('/api/v1/crises/options', {
    config: read,
    schema: { tags, summary: 'Danh mục để mở và xử lý sự cố: đơn vị, người, nhóm mạng lưới, mức độ, vai trò', response: { 200: S.CrisisOptions } },
    handler: async () => {
      const [dir, people, groups, hours] = await Promise.all([getDirectory(app.db), listPeople(app.db), groupOptions(app.db), ruleAt<number | string>(app.db, FIRST_STATEMENT_RULE, todayVn())]);
      const today = todayVn();
      const collator = new Intl.Collator('vi');
      const units = dir.snapshot.units.filter((u) => u.validFrom <= today && (u.validTo === null || today < u.validTo)).map((u) => ({ id: u.id, name: u.name })).sort((a, b) => collator.compare(a.name, b.name));
      return {
        units,
        people: people.map((p) => ({ id: p.id, name: p.displayName })),
        groups,
        roles: ROLES.map((code) => ({ code, label: ROLE_LABELS[code] })),
        severities: SEVERITIES.map((code) => ({ code, label: SEVERITY_LABELS[code]! })),
        statuses: OPEN_STATUSES.map((code) => ({ code, label: STATUS_LABELS[code] })),
        statementKinds: STATEMENT_KINDS.map((code) => ({ code, label: STATEMENT_KIND_LABELS[code] })),
        firstStatementHours: Number(hours),
      };
    },
  });

  app.post('/api/v1/crises', {
    config: manage,
    schema: { tags, summary: 'Mở sự cố (từ một tin, một cảnh báo, hoặc trực tiếp có lý do); báo cho nhóm mạng lưới nếu chọn', body: S.OpenBody, response: { 201: S.CrisisDetail } },
    handler: async (request, reply) => {
      const crisis = await openCrisis(ctx(request), request.body);
      if (crisis.networkGroupId) await notifyGroup(ctx(request), crisis.id, {}).catch((e: unknown) => request.log.warn({ err: e }, 'crisis group notification failed at opening'));
      return reply.status(201).send(await detail(request, crisis.id));
    },
  });

  app.get('/api/v1/crises/:id', {
    config: read,
    schema: { tags, summary: 'Một sự cố: đồng hồ, tổ công tác, diễn biến, nhiệm vụ, thông cáo, rút kinh nghiệm', params: S.IdParams, response: { 200: S.CrisisDetail } },
    handler: async (request) => detail(request, request.params.id),
  });

  const change = <B>(path: string, summary: string, body: object, ability: typeof read | typeof manage, run: (request: FastifyRequest<{ Params: { id: string }; Body: B }>) => Promise<unknown>) =>
    app.post<{ Params: { id: string }; Body: B }>(`/api/v1/crises/:id${path}`, {
      config: ability,
      schema: { tags, summary, params: S.IdParams, body, response: { 200: S.CrisisDetail } } as never,
      handler: async (request) => {
        await run(request);
        return detail(request, request.params.id);
      },
    });

  change<Static<typeof S.StatusBody>>('/status', 'Chuyển trạng thái (đóng sự cố qua báo cáo rút kinh nghiệm)', S.StatusBody, manage, (r) => changeStatus(ctx(r), r.params.id, r.body));
  change<Static<typeof S.SeverityBody>>('/severity', 'Đổi mức độ (chưa chắc chắn thì lấy mức cao hơn)', S.SeverityBody, manage, (r) => changeSeverity(ctx(r), r.params.id, r.body));
  change<Static<typeof S.ItemsBody>>('/items', 'Liên kết thêm tin theo dõi dư luận', S.ItemsBody, read, (r) => linkCrisisItems(ctx(r), r.params.id, r.body));
  change<Static<typeof S.NoteBody>>('/notes', 'Ghi chép vào diễn biến (không sửa, không xoá)', S.NoteBody, read, (r) => addNote(ctx(r), r.params.id, r.body));
  change<Static<typeof S.MemberBody>>('/members', 'Phân công một vai trò của tổ công tác', S.MemberBody, manage, (r) => setMember(ctx(r), r.params.id, r.body));
  change<Static<typeof S.RosterBody>>('/roster', 'Thêm ca trực', S.RosterBody, manage, (r) => addRosterShift(ctx(r), r.params.id, r.body));
  change<Static<typeof S.TaskBody>>('/tasks', 'Giao nhiệm vụ (người hoặc đơn vị, hạn)', S.TaskBody, read, (r) => addTask(ctx(r), r.params.id, r.body));
  change<Static<typeof S.StatementBody>>('/statements', 'Soạn thông cáo mới (theo mẫu thông tin ban đầu)', S.StatementBody, read, (r) => draftStatement(ctx(r), r.params.id, r.body));
  change<Static<typeof S.ReviewBody>>('/review', 'Lập báo cáo rút kinh nghiệm (mỗi việc tiếp theo có người chịu trách nhiệm)', S.ReviewBody, manage, (r) => saveReview(ctx(r), r.params.id, r.body));
  change<Static<typeof S.NotifyBody>>('/notify', 'Gửi thông báo cho nhóm mạng lưới của sự cố (thư, Zalo theo kênh của nhóm)', S.NotifyBody, manage, (r) => notifyGroup(ctx(r), r.params.id, r.body));
  change<Record<string, never>>('/close', 'Đóng sự cố (cần có báo cáo rút kinh nghiệm)', Type.Object({}, { additionalProperties: false }), manage, (r) => closeCrisis(ctx(r), r.params.id));

  app.post('/api/v1/crises/:id/tasks/:taskId/done', {
    config: read,
    schema: { tags, summary: 'Đánh dấu nhiệm vụ đã hoàn thành', params: S.TaskParams, response: { 200: S.CrisisDetail } },
    handler: async (request) => {
      await completeTask(ctx(request), request.params.id, request.params.taskId);
      return detail(request, request.params.id);
    },
  });

  const statementStep = (path: string, summary: string, run: (request: FastifyRequest<{ Params: { id: string; statementId: string } }>) => Promise<unknown>, body?: object, ability: typeof read | typeof manage = read) =>
    app.post<{ Params: { id: string; statementId: string } }>(`/api/v1/crises/:id/statements/:statementId${path}`, {
      config: ability,
      schema: { tags, summary, params: S.StatementParams, ...(body ? { body } : {}), response: { 200: S.CrisisDetail } } as never,
      handler: async (request) => {
        await run(request);
        return detail(request, request.params.id);
      },
    });
  statementStep('/versions', 'Soạn phiên bản mới của thông cáo (phải duyệt lại)', (r) => draftStatement(ctx(r), r.params.id, { ...(r.body as Static<typeof S.StatementBody>), statementId: r.params.statementId }), S.StatementBody);
  statementStep('/approve', 'Duyệt bước tiếp theo (người phát ngôn, rồi lãnh đạo); người soạn không tự duyệt', (r) => approveStatement(ctx(r), r.params.id, r.params.statementId));
  statementStep('/publish', 'Công bố trên cổng thông tin (chỉ khi đã duyệt đủ)', (r) => publishStatement(ctx(r), r.params.id, r.params.statementId), undefined, manage);
  statementStep('/withdraw', 'Thu hồi thông cáo đã công bố, ghi lý do', (r) => withdrawStatement(ctx(r), r.params.id, r.params.statementId, r.body as Static<typeof S.WithdrawBody>), S.WithdrawBody, manage);

  app.get('/api/v1/crises/:id/review.docx', {
    config: read,
    schema: { tags, summary: 'Tải báo cáo rút kinh nghiệm (DOCX, diễn biến ở phụ lục)', params: S.IdParams, querystring: Type.Object({ signerName: Type.Optional(Type.String({ maxLength: 200 })), signerTitle: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false }), response: { 200: fileResponse('Báo cáo rút kinh nghiệm', DOCX_TYPE) } },
    handler: async (request, reply) => {
      const crisis = await detail(request, request.params.id);
      if (!crisis.review) throw new AppError('conflict', 'Sự cố chưa có báo cáo rút kinh nghiệm.');
      const actor = request.actor;
      const unitId = crisis.unitId ?? (actor.kind === 'user' ? (actor.roles[0]?.unitId ?? null) : null);
      const { signerName, signerTitle } = request.query;
      // the review is the working group's: signed by its lead unless the download names someone else
      const lead = crisis.members.find((m) => m.role === 'lead' && m.isCurrent);
      const signer = signerName && signerTitle ? { name: signerName, title: signerTitle } : lead ? { name: lead.personName, title: 'Trưởng nhóm xử lý sự cố' } : null;
      const docx = await renderReviewDocx({ dir: await getDirectory(app.db), crisis, unitId, date: todayVn(), signer });
      return reply.type(DOCX_TYPE).header('content-disposition', attachmentDisposition(`bao-cao-rut-kinh-nghiem-su-co-${crisis.refNo}.docx`)).send(docx);
    },
  });
}
