import { PassThrough } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { Type } from 'typebox';
import { can } from '../../platform/auth';
import { now } from '../../platform/clock';
import { notFound } from '../../platform/errors';
import { attachmentDisposition, type App } from '../../platform/http';
import { fileResponse, XLSX_TYPE } from '../../platform/http/responses';
import { todayVn } from '../../platform/text';
import { getDirectory, UNIT_TYPE_LABELS } from '../organisations';
import { markAttendance } from './actions/attend';
import { inviteToSession } from './actions/invite';
import { createCourse, editCourse } from './actions/save-course';
import { createSession, setSessionStatus } from './actions/save-session';
import { listCompletions } from './completion';
import { writeCompletionsXlsx } from './exports';
import { PARTICIPANT_TYPE_LABELS, SKILL_LABELS } from './labels';
import { presentCourse, presentFeedback, presentParticipant, presentSessionSummary } from './present';
import { findLinkedPlanTask, planTaskChoices } from '../plans';
import { feedbackOfSession, findCourse, findSession, listCourses, participantsOfSessions, peopleByIds, peopleOfUnits, sessionsOfCourses, type CourseRow } from './repo';
import { CompletionQuery, Completions, CourseBody, CourseDetail, Course, IdParams, InviteBody, InviteResult, Options, ParticipantParams, People, PeopleQuery, SessionBody, SessionDetail, StatusBody } from './schemas';
import { checkinWindow, isWithin } from './window';

const tags = ['Tập huấn'];
const coded = (labels: Record<string, readonly [string, string]>) => Object.entries(labels).map(([code, l]) => ({ code, label: l[0] }));

/** The walk-in check-in link of a session (the QR put up in the room). */
export const checkinLink = (publicUrl: string, code: string): string => `${publicUrl.replace(/\/$/, '')}/tap-huan/diem-danh/${code}`;

/** Back-office API of training: courses, sessions, invitations, attendance, feedback averages and completions. */
export async function trainingRoutes(app: App, opts: { publicUrl: string }): Promise<void> {
  const ctx = (request: FastifyRequest) => ({ db: app.db, actor: request.actor, requestId: request.id });

  app.get('/api/v1/training/options', {
    config: { access: { ability: 'training.read' } },
    schema: { tags, summary: 'Danh mục: kỹ năng, đối tượng tham dự, đơn vị, loại đơn vị, kế hoạch và nhiệm vụ', response: { 200: Options } },
    handler: async () => {
      const [dir, plans] = await Promise.all([getDirectory(app.db), planTaskChoices(app.db)]);
      const today = todayVn();
      const valid = dir.snapshot.units.filter((u) => u.validFrom <= today && (u.validTo === null || today < u.validTo));
      const collator = new Intl.Collator('vi');
      const types = [...new Set(valid.map((u) => u.type))];
      return {
        skills: coded(SKILL_LABELS),
        participantTypes: coded(PARTICIPANT_TYPE_LABELS),
        units: valid.map((u) => ({ id: u.id, name: u.name })).sort((a, b) => collator.compare(a.name, b.name)),
        unitTypes: types.map((code) => ({ code, label: UNIT_TYPE_LABELS[code as keyof typeof UNIT_TYPE_LABELS] ?? 'Khác' })),
        plans,
      };
    },
  });

  app.get('/api/v1/training/people', {
    config: { access: { ability: 'training.manage' } },
    schema: { tags, summary: 'Người trong danh bạ để mời, lọc theo đơn vị hoặc loại đơn vị', querystring: PeopleQuery, response: { 200: People } },
    handler: async (request) => {
      const dir = await getDirectory(app.db);
      const today = todayVn();
      const q = request.query;
      const units = dir.snapshot.units.filter((u) => u.validFrom <= today && (u.validTo === null || today < u.validTo)).filter((u) => (!q.unitId || u.id === q.unitId) && (!q.unitType || u.type === q.unitType));
      if (!q.unitId && !q.unitType) return { items: [] };
      const people = await peopleOfUnits(app.db, units.map((u) => u.id));
      return { items: people.map((p) => ({ id: p.id, name: p.fullName, title: p.title, unitName: dir.unit(p.unitId)?.name ?? '', hasEmail: !!p.email })) };
    },
  });

  app.get('/api/v1/training/courses', {
    config: { access: { ability: 'training.read' } },
    schema: { tags, summary: 'Các khóa tập huấn, mới nhất trước', response: { 200: Type.Object({ items: Type.Array(Course) }) } },
    handler: async () => {
      const courses = await listCourses(app.db);
      const [sessions, dir] = await Promise.all([sessionsOfCourses(app.db, courses.map((c) => c.id)), getDirectory(app.db)]);
      const at = now();
      return { items: await Promise.all(courses.map(async (c) => presentCourse(c, sessions, dir, c.planTaskId ? await findLinkedPlanTask(app.db, c.planTaskId) : null, at))) };
    },
  });

  app.post('/api/v1/training/courses', {
    config: { access: { ability: 'training.manage' } },
    schema: { tags, summary: 'Tạo khóa tập huấn', body: CourseBody, response: { 201: CourseDetail } },
    handler: async (request, reply) => reply.status(201).send(await courseDetail(request, await createCourse(ctx(request), request.body))),
  });

  app.get('/api/v1/training/courses/:id', {
    config: { access: { ability: 'training.read' } },
    schema: { tags, summary: 'Một khóa tập huấn và các buổi của nó', params: IdParams, response: { 200: CourseDetail } },
    handler: async (request) => {
      const c = await findCourse(app.db, request.params.id);
      if (!c) throw notFound('khóa tập huấn');
      return courseDetail(request, c);
    },
  });

  app.put('/api/v1/training/courses/:id', {
    config: { access: { ability: 'training.manage' } },
    schema: { tags, summary: 'Sửa khóa tập huấn', params: IdParams, body: CourseBody, response: { 200: CourseDetail } },
    handler: async (request) => courseDetail(request, await editCourse(ctx(request), request.params.id, request.body)),
  });

  app.post('/api/v1/training/courses/:id/sessions', {
    config: { access: { ability: 'training.manage' } },
    schema: { tags, summary: 'Thêm buổi tập huấn (thời gian, địa điểm hoặc trực tuyến, giảng viên, số chỗ)', params: IdParams, body: SessionBody, response: { 201: SessionDetail } },
    handler: async (request, reply) => {
      const s = await createSession(ctx(request), request.params.id, request.body);
      return reply.status(201).send(await sessionDetail(request, s.id));
    },
  });

  app.get('/api/v1/training/sessions/:id', {
    config: { access: { ability: 'training.read' } },
    schema: { tags, summary: 'Một buổi tập huấn: người được mời, điểm danh, liên kết và mã QR điểm danh, ý kiến', params: IdParams, response: { 200: SessionDetail } },
    handler: async (request) => sessionDetail(request, request.params.id),
  });

  app.post('/api/v1/training/sessions/:id/invitations', {
    config: { access: { ability: 'training.manage' } },
    schema: { tags, summary: 'Mời người trong danh bạ (chọn từng người hoặc cả đơn vị); gửi thư mời có liên kết riêng', params: IdParams, body: InviteBody, response: { 201: InviteResult } },
    handler: async (request, reply) => {
      const done = await inviteToSession({ ...ctx(request), publicUrl: opts.publicUrl }, request.params.id, request.body);
      return reply.status(201).send({ invited: done.invited.length, withoutEmail: done.withoutEmail });
    },
  });

  app.post('/api/v1/training/sessions/:id/participants/:participantId/attend', {
    config: { access: { ability: 'training.manage' } },
    schema: { tags, summary: 'Ghi nhận một người được mời đã tham dự', params: ParticipantParams, response: { 200: SessionDetail } },
    handler: async (request) => {
      await markAttendance(ctx(request), request.params.id, request.params.participantId);
      return sessionDetail(request, request.params.id);
    },
  });

  app.post('/api/v1/training/sessions/:id/status', {
    config: { access: { ability: 'training.manage' } },
    schema: { tags, summary: 'Đánh dấu đã tổ chức, kết thúc (khóa sổ điểm danh) hoặc hủy buổi tập huấn', params: IdParams, body: StatusBody, response: { 200: SessionDetail } },
    handler: async (request) => {
      await setSessionStatus(ctx(request), request.params.id, request.body.status);
      return sessionDetail(request, request.params.id);
    },
  });

  app.get('/api/v1/training/completions', {
    config: { access: { ability: 'training.read' } },
    schema: { tags, summary: 'Ai đã hoàn thành khóa nào (lọc theo đơn vị, kỹ năng, năm, khóa)', querystring: CompletionQuery, response: { 200: Completions } },
    handler: async (request) => {
      const [rows, dir] = await Promise.all([listCompletions(app.db, request.query), getDirectory(app.db)]);
      return { items: rows.map((c) => ({ personName: c.person.fullName, personTitle: c.person.title, unitName: dir.unit(c.person.unitId)?.name ?? null, course: { id: c.course.id, name: c.course.title }, completedOn: c.completedOn })) };
    },
  });

  app.get('/api/v1/training/completions.xlsx', {
    config: { access: { ability: 'training.read' } },
    schema: { tags, summary: 'Xuất danh sách hoàn thành tập huấn (XLSX)', querystring: CompletionQuery, response: { 200: fileResponse('Danh sách hoàn thành tập huấn (XLSX)', XLSX_TYPE) } },
    handler: async (request, reply) => {
      const [rows, dir] = await Promise.all([listCompletions(app.db, request.query), getDirectory(app.db)]);
      const stream = new PassThrough();
      writeCompletionsXlsx(rows, dir, stream).catch((err: unknown) => {
        request.log.error({ err }, 'training completions export failed');
        stream.destroy(err as Error);
      });
      return reply.type(XLSX_TYPE).header('content-disposition', attachmentDisposition(`Hoàn thành tập huấn${request.query.year ? ` ${request.query.year}` : ''}.xlsx`)).send(stream);
    },
  });

  async function courseDetail(request: FastifyRequest, c: CourseRow) {
    const [sessions, dir, planTask, completions] = await Promise.all([sessionsOfCourses(app.db, [c.id]), getDirectory(app.db), c.planTaskId ? findLinkedPlanTask(app.db, c.planTaskId) : Promise.resolve(null), listCompletions(app.db, { courseId: c.id })]);
    const participants = await participantsOfSessions(app.db, sessions.map((s) => s.id));
    return { ...presentCourse(c, sessions, dir, planTask, now()), sessions: sessions.map((s) => presentSessionSummary(s, participants)), completedCount: completions.length, abilities: { canManage: can(request.actor, 'training.manage') } };
  }

  async function sessionDetail(request: FastifyRequest, id: string) {
    const s = await findSession(app.db, id);
    if (!s) throw notFound('buổi tập huấn');
    const [course, participants, feedback, dir, window] = await Promise.all([findCourse(app.db, s.courseId), participantsOfSessions(app.db, [s.id]), feedbackOfSession(app.db, s.id), getDirectory(app.db), checkinWindow(app.db, s)]);
    const people = new Map((await peopleByIds(app.db, participants.flatMap((p) => (p.personId ? [p.personId] : [])))).map((p) => [p.id, p]));
    const manage = can(request.actor, 'training.manage');
    const at = now();
    const live = s.status === 'planned' || s.status === 'held';
    const url = checkinLink(opts.publicUrl, s.checkinCode);
    return {
      ...presentSessionSummary(s, participants),
      course: { id: course!.id, name: course!.title },
      // who was invited and who came (walk-ins' names and units as given) is for the organisers; others see the counts
      participants: manage ? participants.map((p) => presentParticipant(p, people, dir, feedback)) : [],
      // the walk-in link is for the room: only organisers see it
      checkin: manage ? { url, qrSvg: await QRCode.toString(url, { type: 'svg', margin: 1 }), opensAt: window.opensAt.toISOString(), closesAt: window.closesAt.toISOString(), isOpen: live && isWithin(at, window) } : { url: '', qrSvg: '', opensAt: window.opensAt.toISOString(), closesAt: window.closesAt.toISOString(), isOpen: live && isWithin(at, window) },
      feedback: presentFeedback(feedback),
      abilities: {
        canSeeParticipants: manage,
        canInvite: manage && s.status === 'planned',
        canMarkAttendance: manage && live && at >= window.opensAt,
        canHold: manage && s.status === 'planned' && at >= new Date(s.startsAt),
        canClose: manage && live && at >= new Date(s.endsAt),
        canCancel: manage && s.status === 'planned',
      },
    };
  }
}
