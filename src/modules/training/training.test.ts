import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describeEachDriver } from '../../../test/db';
import { auth, buildTestApp, signInAs, type Session } from '../../../test/app';
import { buildDemoOrg, buildUser, SYSTEM } from '../../../test/factories';
import type { Actor } from '../../platform/auth';
import type { App } from '../../platform/http';
import { createFocalPoint } from '../network';
import { createPerson } from '../organisations';
import { computeFigures } from '../plans';
import { answerInvitation, checkInByLink, checkInWalkIn, createCourse, createSession, inviteToSession, listCompletions, markAttendance, sendFeedback, setSessionStatus, type CourseInput } from '.';

type Db = { execute: (q: ReturnType<typeof sql>) => Promise<unknown> };
const rows = async <T,>(db: Db, query: string) => ((await db.execute(sql.raw(query))) as { rows: T[] }).rows;
const count = async (db: Db, query: string) => Number((await rows<{ n: number }>(db, query))[0]!.n);

/** Puts the platform's clock (Date only) at an instant. */
const setNow = (iso: string) => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
};

const COURSE: CourseInput = { title: 'Tập huấn kỹ năng phát ngôn năm 2026', skills: ['press_information', 'crisis_handling'], audiences: ['spokesperson', 'focal_officer'], organiserUnitId: 'lc-so-vhttdl', budgetVnd: 45_000_000 };
const PUBLIC_URL = 'https://dongthuan.test';
// a session on 10/06/2026 from 08:00 to 11:00 in Vietnam
const SESSION = { startsAt: '2026-06-10T08:00:00+07:00', endsAt: '2026-06-10T11:00:00+07:00', place: 'Hội trường Sở Văn hóa, Thể thao và Du lịch', trainers: 'Giảng viên Học viện Báo chí' };

describeEachDriver('training: courses, sessions, invitations, check-in, feedback, completion', (getDb) => {
  let app: App;
  let coordinator: Actor;
  let coordinatorSession: Session;
  let viewerSession: Session;
  const people: string[] = [];
  const as = (actor: Actor) => ({ db: getDb().db, actor, publicUrl: PUBLIC_URL });
  const db = () => getDb().db as unknown as Db;
  const tokenOf = async (email: string) => {
    const [mail] = await rows<{ body_text: string }>(db(), `select body_text from mail_outbox where to_address = '${email}' and purpose = 'training_invitation' order by created_at desc limit 1`);
    return /\/tap-huan\/moi\/([A-Za-z0-9_-]+)/.exec(mail!.body_text)![1]!;
  };

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
    const c = await buildUser(getDb(), { role: 'coordinator', unitId: 'lc-so-vhttdl' });
    const v = await buildUser(getDb(), { role: 'viewer', unitId: 'lc-so-tp' });
    coordinator = { kind: 'user', userId: c.id, name: 'Điều phối', roles: [{ role: 'coordinator', unitId: 'lc-so-vhttdl' }] };
    coordinatorSession = await signInAs(app, c.username, c.password);
    viewerSession = await signInAs(app, v.username, v.password);
    for (const [i, unitId] of ['lc-so-tp', 'lc-so-tp', 'lc-so-nnmt', 'lc-so-nnmt', 'lc-so-tp'].entries()) {
      const p = await createPerson({ db: getDb().db, actor: SYSTEM }, { fullName: `Nguyễn Văn Thử ${i + 1}`, unitId, title: 'Chuyên viên', email: i === 4 ? null : `nguoi${i + 1}@thu.vn` });
      people.push(p.id);
    }
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('refuses a course without a known organiser or plan task, and a session ending before it starts; nothing is saved', async () => {
    await expect(createCourse(as(coordinator), { ...COURSE, organiserUnitId: 'khong-co' })).rejects.toMatchObject({ status: 422, message: 'Không có đơn vị tổ chức này trong danh mục.' });
    await expect(createCourse(as(coordinator), { ...COURSE, planTaskId: 'khong-co' })).rejects.toMatchObject({ status: 422, message: 'Không tìm thấy nhiệm vụ của kế hoạch được liên kết.' });
    const course = await createCourse(as(coordinator), COURSE);
    const before = await count(db(), 'select count(*)::int as n from training_sessions');
    await expect(createSession(as(coordinator), course.id, { ...SESSION, endsAt: '2026-06-10T07:00:00+07:00' })).rejects.toMatchObject({ status: 422, message: 'Thời gian kết thúc (07:00 10/06/2026) phải sau thời gian bắt đầu (08:00 10/06/2026).' });
    await expect(createSession(as(coordinator), course.id, { ...SESSION, place: null })).rejects.toMatchObject({ status: 422, message: 'Nhập địa điểm hoặc đường dẫn họp trực tuyến.' });
    // a month typed for one session is a mistake: a longer course is several sessions
    await expect(createSession(as(coordinator), course.id, { ...SESSION, startsAt: '2026-11-01T08:00:00+07:00', endsAt: '2026-11-30T11:00:00+07:00' })).rejects.toMatchObject({ status: 422, message: 'Một buổi tập huấn dài tối đa 7 ngày; khóa dài hơn xin chia thành nhiều buổi.' });
    expect(await count(db(), 'select count(*)::int as n from training_sessions')).toBe(before);
    // an officer attends but does not organise
    const res = await app.inject({ method: 'POST', url: '/api/v1/training/courses', headers: auth(viewerSession), payload: COURSE });
    expect(res.statusCode).toBe(403);
  });

  it('invites people with a personal link by mail; an unknown person, a repeat or a full session is a 4xx and nothing changes', async () => {
    const course = await createCourse(as(coordinator), COURSE);
    const session = await createSession(as(coordinator), course.id, { ...SESSION, capacity: 3 });
    const mails = () => count(db(), "select count(*)::int as n from mail_outbox where purpose = 'training_invitation'");
    const mailsBefore = await mails();
    await expect(inviteToSession(as(coordinator), session.id, { personIds: [people[0]!, 'nguoi-khong-co'], participantType: 'spokesperson' })).rejects.toMatchObject({ status: 422, message: 'Có người được chọn không có trong danh bạ; chọn lại trong danh sách.' });
    expect(await count(db(), `select count(*)::int as n from training_participants where session_id = '${session.id}'`)).toBe(0);

    const done = await inviteToSession(as(coordinator), session.id, { personIds: [people[0]!, people[1]!], participantType: 'spokesperson' });
    expect(done.invited).toHaveLength(2);
    expect(await mails()).toBe(mailsBefore + 2);
    const [mail] = await rows<{ subject: string; body_text: string }>(db(), "select subject, body_text from mail_outbox where to_address = 'nguoi1@thu.vn' order by created_at desc limit 1");
    expect(mail!.subject).toBe('Giấy mời tập huấn: Tập huấn kỹ năng phát ngôn năm 2026');
    expect(mail!.body_text).toContain('Thời gian: 08:00 – 11:00 ngày 10/06/2026');
    expect(mail!.body_text).toContain('Địa điểm: Hội trường Sở Văn hóa, Thể thao và Du lịch');
    expect(mail!.body_text).toMatch(new RegExp(`^${PUBLIC_URL}/tap-huan/moi/[A-Za-z0-9_-]{32}$`, 'm'));
    // the token is stored hashed only
    const token = await tokenOf('nguoi1@thu.vn');
    expect(await count(db(), `select count(*)::int as n from training_participants where token_hash = '${token}'`)).toBe(0);

    await expect(inviteToSession(as(coordinator), session.id, { personIds: [people[0]!], participantType: 'spokesperson' })).rejects.toMatchObject({ status: 409, message: 'Nguyễn Văn Thử 1 đã được mời dự buổi tập huấn này.' });
    await expect(inviteToSession(as(coordinator), session.id, { personIds: [people[2]!, people[3]!], participantType: 'focal_officer' })).rejects.toMatchObject({ status: 409, message: 'Buổi tập huấn có 3 chỗ, đã có 2 người; không thể mời thêm 2 người.' });
    expect(await count(db(), `select count(*)::int as n from training_participants where session_id = '${session.id}'`)).toBe(2);
    expect(await mails()).toBe(mailsBefore + 2);
    // a person without an email is invited and counted, without a mail
    const third = await inviteToSession(as(coordinator), session.id, { personIds: [people[4]!], participantType: 'focal_officer' });
    expect(third.withoutEmail).toBe(1);
    // the audit keeps counts, never a name or an address
    const audit = await rows<{ summary: unknown }>(db(), `select summary from audit_log where subject_id = '${session.id}'`);
    expect(JSON.stringify(audit)).not.toMatch(/Nguyễn|@thu\.vn/);
  });

  it('invites a unit\'s communication focal points of today from the network register, skipping those already invited', async () => {
    const course = await createCourse(as(coordinator), COURSE);
    const session = await createSession(as(coordinator), course.id, SESSION);
    await expect(inviteToSession(as(coordinator), session.id, { focalOfUnitId: 'lc-so-nnmt', participantType: 'focal_officer' })).rejects.toMatchObject({ status: 422, message: 'Chưa chọn người được mời (đơn vị chưa có cán bộ đầu mối nào trong danh bạ).' });
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    await createFocalPoint({ db: getDb().db, actor: SYSTEM }, { personId: people[2]!, unitId: 'lc-so-nnmt', level: 'department', validFrom: '2025-07-01' });
    // ended yesterday: no longer a focal point
    await createFocalPoint({ db: getDb().db, actor: SYSTEM }, { personId: people[3]!, unitId: 'lc-so-nnmt', level: 'department', validFrom: '2025-07-01', validTo: '2025-12-31' });
    expect(today > '2025-12-31').toBe(true);
    // one the network entered by name (not in the staff directory), with an email: invited by name, mailed a link
    await createFocalPoint({ db: getDb().db, actor: SYSTEM }, { personName: 'Đinh Thị Ngoài Danh Bạ', title: 'Chuyên viên', unitId: 'lc-so-nnmt', level: 'department', email: 'ngoaidanhba@example.vn', validFrom: '2025-07-01' });
    const done = await inviteToSession(as(coordinator), session.id, { focalOfUnitId: 'lc-so-nnmt', participantType: 'focal_officer' });
    expect(done.invited.map((p) => p.personId ?? p.walkInName)).toEqual([people[2], 'Đinh Thị Ngoài Danh Bạ']);
    expect(done.invited[1]).toMatchObject({ walkInUnit: 'Sở Nông nghiệp và Môi trường tỉnh Lào Cai', status: 'invited' });
    const [mail] = await rows<{ body_text: string }>(db(), `select body_text from mail_outbox where to_address = 'ngoaidanhba@example.vn' and purpose = 'training_invitation'`);
    expect(mail!.body_text).toMatch(/Kính gửi Đinh Thị Ngoài Danh Bạ,[\s\S]*\/tap-huan\/moi\//u);
    await expect(inviteToSession(as(coordinator), session.id, { focalOfUnitId: 'lc-so-nnmt', participantType: 'focal_officer' })).rejects.toMatchObject({ status: 409, message: 'Mọi người được chọn đã được mời dự buổi tập huấn này.' });
  });

  it('checks in by the personal link only inside the window (30 minutes before to the end), once', async () => {
    const course = await createCourse(as(coordinator), COURSE);
    const session = await createSession(as(coordinator), course.id, SESSION);
    await inviteToSession(as(coordinator), session.id, { personIds: [people[2]!], participantType: 'focal_officer' });
    const token = await tokenOf('nguoi3@thu.vn');
    setNow('2026-06-10T07:29:00+07:00');
    await expect(checkInByLink(getDb().db, token)).rejects.toMatchObject({ status: 409, message: 'Chưa đến giờ điểm danh: điểm danh mở từ 07:30 10/06/2026.' });
    expect(await count(db(), `select count(*)::int as n from training_participants where session_id = '${session.id}' and status = 'attended'`)).toBe(0);
    setNow('2026-06-10T07:30:00+07:00');
    const p = await checkInByLink(getDb().db, token);
    expect(p).toMatchObject({ status: 'attended', attendedVia: 'link' });
    await expect(checkInByLink(getDb().db, token)).rejects.toMatchObject({ status: 409, message: 'Đã điểm danh người này rồi; không điểm danh lần thứ hai.' });
    await expect(answerInvitation(getDb().db, token, 'declined')).rejects.toMatchObject({ status: 409 });
    await expect(checkInByLink(getDb().db, 'khong-phai-lien-ket-that-su')).rejects.toMatchObject({ status: 404, message: 'Liên kết không đúng hoặc đã bị thu hồi.' });

    // after the end: closed for the others
    vi.useRealTimers();
    const late = await createSession(as(coordinator), course.id, SESSION);
    await inviteToSession(as(coordinator), late.id, { personIds: [people[3]!], participantType: 'focal_officer' });
    setNow('2026-06-10T11:01:00+07:00');
    await expect(checkInByLink(getDb().db, await tokenOf('nguoi4@thu.vn'))).rejects.toMatchObject({ status: 409, message: 'Đã hết giờ điểm danh: buổi tập huấn kết thúc lúc 11:00 10/06/2026.' });
  });

  it('checks a walk-in in by the session code (a repeat refused), the organiser marks an invitee, feedback once, closing locks the list', async () => {
    const course = await createCourse(as(coordinator), COURSE);
    const session = await createSession(as(coordinator), course.id, SESSION);
    await inviteToSession(as(coordinator), session.id, { personIds: [people[0]!, people[1]!], participantType: 'leader' });
    const token = await tokenOf('nguoi1@thu.vn');
    setNow('2026-06-10T08:10:00+07:00');
    const walkIn = { name: 'Trần Thị Khách', unit: 'UBND xã Thử', title: 'Công chức văn hóa – xã hội', participantType: 'commune_officer' as const };
    await checkInWalkIn(getDb().db, session.checkinCode, walkIn);
    await expect(checkInWalkIn(getDb().db, session.checkinCode, { ...walkIn, name: 'trần thị khách' })).rejects.toMatchObject({ status: 409, message: 'Người này đã điểm danh buổi tập huấn này rồi.' });
    await expect(checkInWalkIn(getDb().db, session.checkinCode, { ...walkIn, name: ' ' })).rejects.toMatchObject({ status: 422, message: 'Nhập họ và tên.' });
    const audit = await rows<{ summary: unknown }>(db(), `select summary from audit_log where subject_id = '${session.id}'`);
    expect(JSON.stringify(audit)).not.toMatch(/Khách|xã Thử/);

    // feedback: only after attending, once
    await expect(sendFeedback(getDb().db, token, { ratings: { content: 5, trainers: 4, organisation: 4, applicability: 5 } })).rejects.toMatchObject({ status: 409, message: 'Chỉ người đã điểm danh tham dự mới gửi ý kiến về buổi tập huấn.' });
    await checkInByLink(getDb().db, token);
    await expect(sendFeedback(getDb().db, token, { ratings: { content: 6, trainers: 4, organisation: 4, applicability: 5 } })).rejects.toMatchObject({ status: 422, message: 'Chọn mức 1–5 cho "Nội dung bổ ích, sát với công việc".' });
    await sendFeedback(getDb().db, token, { ratings: { content: 5, trainers: 4, organisation: 3, applicability: 5 }, comment: 'Nên có thêm phần thực hành trả lời phỏng vấn.' });
    await expect(sendFeedback(getDb().db, token, { ratings: { content: 1, trainers: 1, organisation: 1, applicability: 1 } })).rejects.toMatchObject({ status: 409, message: 'Ông/bà đã gửi ý kiến về buổi tập huấn này; mỗi người gửi một lần.' });

    // the organiser marks the second invitee from the paper list
    const detail = (await app.inject({ method: 'GET', url: `/api/v1/training/sessions/${session.id}`, headers: auth(coordinatorSession) })).json();
    const second = detail.participants.find((p: { name: string }) => p.name === 'Nguyễn Văn Thử 2');
    await markAttendance(as(coordinator), session.id, second.id);
    await expect(markAttendance(as(coordinator), session.id, second.id)).rejects.toMatchObject({ status: 409 });

    await expect(setSessionStatus(as(coordinator), session.id, 'closed')).rejects.toMatchObject({ status: 409, message: 'Buổi tập huấn chưa kết thúc (kết thúc lúc 11:00 10/06/2026); chỉ kết thúc sổ điểm danh sau giờ đó.' });
    setNow('2026-06-10T11:05:00+07:00');
    await setSessionStatus(as(coordinator), session.id, 'closed');
    await expect(checkInWalkIn(getDb().db, session.checkinCode, { ...walkIn, name: 'Người đến muộn' })).rejects.toMatchObject({ status: 409, message: 'Buổi tập huấn đã kết thúc, sổ điểm danh đã khóa.' });
    await expect(setSessionStatus(as(coordinator), session.id, 'cancelled')).rejects.toMatchObject({ status: 409 });

    const after = (await app.inject({ method: 'GET', url: `/api/v1/training/sessions/${session.id}`, headers: auth(coordinatorSession) })).json();
    expect(after.statusLabel).toBe('Đã kết thúc');
    expect(after.attendedCount).toBe(3);
    expect(after.participants.map((p: { attendedViaLabel: string | null }) => p.attendedViaLabel).sort()).toEqual(['Cán bộ tổ chức ghi nhận', 'Điểm danh bằng liên kết cá nhân', 'Điểm danh tại chỗ (không có giấy mời)']);
    expect(after.feedback).toEqual({ count: 1, averages: [{ code: 'content', label: 'Nội dung bổ ích, sát với công việc', average: 5 }, { code: 'trainers', label: 'Giảng viên truyền đạt dễ hiểu', average: 4 }, { code: 'organisation', label: 'Công tác tổ chức', average: 3 }, { code: 'applicability', label: 'Có thể áp dụng ngay vào công việc', average: 5 }], comments: ['Nên có thêm phần thực hành trả lời phỏng vấn.'] });
    // the walk-in QR is for organisers only
    const seen = (await app.inject({ method: 'GET', url: `/api/v1/training/sessions/${session.id}`, headers: auth(viewerSession) })).json();
    expect(seen.checkin.url).toBe('');
    expect(seen.participants).toEqual([]);
    expect(seen.attendedCount).toBe(3);
    expect(after.checkin.url).toMatch(new RegExp(`^https?://[^/]+/tap-huan/diem-danh/${session.checkinCode}$`));
    expect(after.checkin.qrSvg).toMatch(/^<svg/);
  });

  it('refuses a walk-in once the room is full, and an invitee who declined cannot take back a seat that is gone', async () => {
    const course = await createCourse(as(coordinator), COURSE);
    const session = await createSession(as(coordinator), course.id, { ...SESSION, capacity: 2 });
    await inviteToSession(as(coordinator), session.id, { personIds: [people[1]!], participantType: 'officer' });
    const token = await tokenOf('nguoi2@thu.vn');
    setNow('2026-06-09T09:00:00+07:00');
    await answerInvitation(getDb().db, token, 'declined');
    setNow('2026-06-10T08:05:00+07:00');
    await checkInWalkIn(getDb().db, session.checkinCode, { name: 'Khách Một', unit: 'Xã A', participantType: 'commune_officer' });
    await checkInWalkIn(getDb().db, session.checkinCode, { name: 'Khách Hai', unit: 'Xã B', participantType: 'commune_officer' });
    await expect(checkInWalkIn(getDb().db, session.checkinCode, { name: 'Khách Ba', unit: 'Xã C', participantType: 'commune_officer' })).rejects.toMatchObject({ status: 409, message: 'Buổi tập huấn đã đủ 2 chỗ.' });
    await expect(answerInvitation(getDb().db, token, 'accepted')).rejects.toMatchObject({ status: 409, message: 'Buổi tập huấn đã đủ 2 chỗ.' });
    expect(await count(db(), `select count(*)::int as n from training_participants where session_id = '${session.id}' and status = 'attended'`)).toBe(2);
  });

  it('counts a course completed when every required session was attended; cancelled and optional sessions do not count', async () => {
    const course = await createCourse(as(coordinator), { ...COURSE, title: 'Khóa truyền thông chính sách hai buổi', skills: ['policy_communication'] });
    const day1 = await createSession(as(coordinator), course.id, SESSION);
    const day2 = await createSession(as(coordinator), course.id, { ...SESSION, startsAt: '2026-06-11T08:00:00+07:00', endsAt: '2026-06-11T11:00:00+07:00' });
    const optional = await createSession(as(coordinator), course.id, { ...SESSION, startsAt: '2026-06-12T08:00:00+07:00', endsAt: '2026-06-12T11:00:00+07:00', isRequired: false });
    const dropped = await createSession(as(coordinator), course.id, { ...SESSION, startsAt: '2026-06-13T08:00:00+07:00', endsAt: '2026-06-13T11:00:00+07:00' });
    await setSessionStatus(as(coordinator), dropped.id, 'cancelled');
    for (const s of [day1, day2, optional]) await inviteToSession(as(coordinator), s.id, { personIds: [people[0]!, people[2]!], participantType: 'officer' });
    const ids = async (sessionId: string) => (await rows<{ id: string; person_id: string }>(db(), `select id, person_id from training_participants where session_id = '${sessionId}'`));
    setNow('2026-06-10T09:00:00+07:00');
    for (const p of await ids(day1.id)) await markAttendance(as(coordinator), day1.id, p.id);
    setNow('2026-06-11T09:00:00+07:00');
    // only the first person comes on the second day
    await markAttendance(as(coordinator), day2.id, (await ids(day2.id)).find((p) => p.person_id === people[0])!.id);

    const list = await listCompletions(getDb().db, { courseId: course.id });
    expect(list.map((c) => [c.person.fullName, c.completedOn])).toEqual([['Nguyễn Văn Thử 1', '2026-06-11']]);
    expect(await listCompletions(getDb().db, { courseId: course.id, unitId: 'lc-so-nnmt' })).toEqual([]);
    expect(await listCompletions(getDb().db, { courseId: course.id, year: 2025 })).toEqual([]);
    expect((await listCompletions(getDb().db, { skill: 'policy_communication' })).map((c) => c.course.id)).toEqual([course.id]);

    const res = await app.inject({ method: 'GET', url: `/api/v1/training/completions.xlsx?courseId=${course.id}`, headers: auth(viewerSession) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const values = sheet.getSheetValues().flat().filter((v) => typeof v === 'string');
    expect(values).toContain('Nguyễn Văn Thử 1');
    expect(values).toContain('Khóa truyền thông chính sách hai buổi');
    expect(values).toContain('11/06/2026');
    expect(values).not.toContain('Nguyễn Văn Thử 3');
  });

  it('gives the annual report the courses, sessions held, participants and persons by type, and completions of the year (I-13)', async () => {
    const course = await createCourse(as(coordinator), { ...COURSE, title: 'Khóa năm 2025' });
    const first = await createSession(as(coordinator), course.id, { ...SESSION, startsAt: '2025-09-10T08:00:00+07:00', endsAt: '2025-09-10T11:00:00+07:00' });
    const second = await createSession(as(coordinator), course.id, { ...SESSION, startsAt: '2025-09-11T08:00:00+07:00', endsAt: '2025-09-11T11:00:00+07:00' });
    // planned, never held: not counted
    await createSession(as(coordinator), course.id, { ...SESSION, startsAt: '2025-12-31T16:00:00+07:00', endsAt: '2025-12-31T17:00:00+07:00', isRequired: false });
    await inviteToSession(as(coordinator), first.id, { personIds: [people[0]!], participantType: 'spokesperson' });
    await inviteToSession(as(coordinator), second.id, { personIds: [people[0]!], participantType: 'spokesperson' });
    await inviteToSession(as(coordinator), second.id, { personIds: [people[1]!], participantType: 'leader' });
    const at = async (sessionId: string, iso: string) => {
      setNow(iso);
      for (const p of await rows<{ id: string }>(db(), `select id from training_participants where session_id = '${sessionId}'`)) await markAttendance(as(coordinator), sessionId, p.id);
      await checkInWalkIn(getDb().db, (await rows<{ checkin_code: string }>(db(), `select checkin_code from training_sessions where id = '${sessionId}'`))[0]!.checkin_code, { name: 'Khách', unit: 'Xã A', participantType: 'commune_officer' });
      setNow(iso.replace('T09', 'T12'));
      await setSessionStatus(as(coordinator), sessionId, 'closed');
    };
    await at(first.id, '2025-09-10T09:00:00+07:00');
    await at(second.id, '2025-09-11T09:00:00+07:00');
    vi.useRealTimers();

    const view = { plan: { id: 'p', year: 2025 }, tasks: [], progress: { tasks: [], units: [] }, reports: [], dir: { unit: () => undefined } } as unknown as Parameters<typeof computeFigures>[1];
    const figures = new Map((await computeFigures(getDb().db, view)).map((f) => [f.code, f.value]));
    expect(figures.get('I-13.courses')).toBe(1);
    expect(figures.get('I-13.sessions')).toBe(2);
    // lượt: 1 + 2 invitees, and the same walk-in twice
    expect(figures.get('I-13.participants')).toBe(5);
    expect(figures.get('I-13.persons')).toBe(3);
    expect(figures.get('I-13.participants.spokesperson')).toBe(2);
    expect(figures.get('I-13.persons.spokesperson')).toBe(1);
    expect(figures.get('I-13.participants.commune_officer')).toBe(2);
    expect(figures.get('I-13.persons.leader')).toBe(1);
    // person 1 attended both required sessions; person 2 only the second
    expect(figures.get('I-13.completions')).toBe(1);
  });

  it('serves the personal link and the walk-in page without JavaScript and without anyone\'s name', async () => {
    const course = await createCourse(as(coordinator), COURSE);
    const session = await createSession(as(coordinator), course.id, SESSION);
    await inviteToSession(as(coordinator), session.id, { personIds: [people[1]!], participantType: 'officer' });
    const token = await tokenOf('nguoi2@thu.vn');
    setNow('2026-06-09T09:00:00+07:00');
    const page = await app.inject({ method: 'GET', url: `/tap-huan/moi/${token}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Tập huấn kỹ năng phát ngôn năm 2026');
    expect(page.body).not.toContain('Nguyễn Văn Thử');
    expect(page.body).not.toContain('<script');
    expect(page.body).not.toContain('/diem-danh"');
    const accepted = await app.inject({ method: 'POST', url: `/tap-huan/moi/${token}/tra-loi`, payload: 'answer=accepted', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(accepted.body).toContain('Đã ghi nhận: ông/bà sẽ tham dự.');
    const early = await app.inject({ method: 'POST', url: `/tap-huan/moi/${token}/diem-danh` });
    expect(early.statusCode).toBe(409);
    expect(early.body).toContain('Chưa đến giờ điểm danh: điểm danh mở từ 07:30 10/06/2026.');
    setNow('2026-06-10T08:00:00+07:00');
    const checkedIn = await app.inject({ method: 'POST', url: `/tap-huan/moi/${token}/diem-danh` });
    expect(checkedIn.statusCode).toBe(200);
    expect(checkedIn.body).toContain('Đã điểm danh.');
    const form = [['content', 4], ['trainers', 5], ['organisation', 4], ['applicability', 3]].map(([q, n]) => `rating_${q}=${n}`).join('&');
    const fb = await app.inject({ method: 'POST', url: `/tap-huan/moi/${token}/y-kien`, payload: `${form}&comment=${encodeURIComponent('Rất bổ ích')}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(fb.body).toContain('Cảm ơn ông/bà đã gửi ý kiến.');
    const walk = await app.inject({ method: 'POST', url: `/tap-huan/diem-danh/${session.checkinCode}`, payload: 'name=L%C3%AA+V%C4%83n+Kh%C3%A1ch&unit=Ph%C3%B3ng+vi%C3%AAn+B%C3%A1o+Th%E1%BB%AD&participantType=journalist', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(walk.statusCode).toBe(200);
    expect(walk.body).toContain('Đã điểm danh. Cảm ơn ông/bà đã tham dự.');
    expect(walk.body).not.toContain('Lê Văn Khách');
    const again = await app.inject({ method: 'POST', url: `/tap-huan/diem-danh/${session.checkinCode}`, payload: 'name=L%C3%AA+V%C4%83n+Kh%C3%A1ch&unit=Ph%C3%B3ng+vi%C3%AAn+B%C3%A1o+Th%E1%BB%AD&participantType=journalist', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Người này đã điểm danh buổi tập huấn này rồi.');
    expect((await app.inject({ method: 'GET', url: '/tap-huan/diem-danh/khong-co-ma-nay' })).statusCode).toBe(404);
  });
});
