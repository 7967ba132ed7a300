import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../../test/db';
import { auth, buildTestApp, multipart, signInAs, type Session } from '../../../../test/app';
import { buildDemoOrg, buildUser } from '../../../../test/factories';
import { readDocxText } from '../../../platform/documents';
import { filesDir } from '../../../platform/files';
import type { App } from '../../../platform/http';
import { computeFigures } from '../../plans';
import { checkConferenceQuarters } from '..';
import { parseCalendar } from './ics';


const CONFERENCE = { title: 'Họp báo định kỳ quý IV năm 2026', kind: 'periodic', hostUnitId: 'lc-so-tp', startsAt: '2026-12-10T09:00', endsAt: '2026-12-10T10:30', place: 'Hội trường Sở Tư pháp, tầng 3', chairName: 'Nguyễn Văn Chủ Trì', chairTitle: 'Giám đốc Sở Tư pháp', topics: ['Kết quả công tác tư pháp năm 2026', 'Triển khai Luật Xử lý vi phạm hành chính, sửa đổi'] };

describeEachDriver('press conferences', (getDb) => {
  let app: App;
  let coordinator: Session;
  let hostOfficer: Session;
  let answeringOfficer: Session;
  let otherOfficer: Session;
  let people: { id: string; username: string; password: string }[] = [];
  const realNow = Date.now();

  /** Puts the platform's clock (Date only) at `local` Vietnam time and signs everyone in again (sessions expire). */
  const setNow = async (local: string) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const at = new Date(`${local}:00+07:00`);
    vi.setSystemTime(at);
    // a session ends after its TTL: moving days ahead of the real clock needs new ones (earlier days keep working)
    if (at.getTime() > realNow + 3600_000) [coordinator, hostOfficer, answeringOfficer, otherOfficer] = await Promise.all(people.map((p) => signInAs(app, p.username, p.password)));
  };
  const agencies: Record<'a' | 'b' | 'none', { id: string; name: string }> = {} as never;
  const rows = async <T,>(q: ReturnType<typeof sql>) => ((await getDb().db.execute(q)) as unknown as { rows: T[] }).rows;

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
    const c = await buildUser(getDb(), { role: 'coordinator', unitId: 'lc-so-vhttdl' });
    const h = await buildUser(getDb(), { role: 'officer', unitId: 'lc-so-tp' });
    const a = await buildUser(getDb(), { role: 'officer', unitId: 'lc-so-nnmt' });
    const o = await buildUser(getDb(), { role: 'officer', unitId: 'lc-so-ct' });
    people = [c, h, a, o];
    [coordinator, hostOfficer, answeringOfficer, otherOfficer] = await Promise.all(people.map((p) => signInAs(app, p.username, p.password)));
    const add = async (name: string, emails: string[], licenceNo: string) => (await app.inject({ method: 'POST', url: '/api/v1/press/agencies', headers: auth(coordinator), payload: { name, kind: 'online', licenceNo, emails, validFrom: '2020-01-01' } })).json();
    agencies.a = await add('Báo điện tử Thử A', ['toasoan-a@example.vn'], 'GP-A');
    agencies.b = await add('Đài Thử B — Cơ quan thường trú', ['b1@example.vn', 'b2@example.vn'], 'GP-B');
    agencies.none = await add('Tạp chí Thử không thư', [], 'GP-C');
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  const schedule = (body: object, s = coordinator) => app.inject({ method: 'POST', url: '/api/v1/press/conferences', headers: auth(s), payload: { ...CONFERENCE, ...body } });
  const post = (url: string, payload: object, s = coordinator) => app.inject({ method: 'POST', url, headers: auth(s), payload });

  it('links a conference to a task of the communication plan, offered in the form and named on its page; an unknown task is refused', async () => {
    const planId = 'pl-hop-bao';
    await getDb().db.execute(sql`insert into plans (id, number, title, year, source_file_name, source_sha256, parsed) values (${planId}, '14/KH-UBND', 'Kế hoạch truyền thông chính sách năm 2026', 2026, 'kh.txt', 'sha-hop-bao', '{}'::jsonb)`);
    await getDb().db.execute(sql`insert into plan_tasks (id, plan_id, code, position, title, content) values ('pt-hop-bao', ${planId}, 'II.2', 1, 'Tổ chức họp báo cung cấp thông tin về chính sách', '')`);
    const options = (await app.inject({ url: '/api/v1/press/conference-options', headers: auth(coordinator) })).json() as { plans: { title: string; tasks: { id: string; code: string }[] }[] };
    const plan = options.plans.find((p) => p.title === '14/KH-UBND — Kế hoạch truyền thông chính sách năm 2026');
    expect(plan?.tasks).toEqual([{ id: 'pt-hop-bao', code: 'II.2', title: 'Tổ chức họp báo cung cấp thông tin về chính sách' }]);
    const unknown = await schedule({ title: 'Họp báo gắn nhiệm vụ không có', planTaskId: 'khong-co' });
    expect(unknown.statusCode).toBe(422);
    expect(JSON.stringify(unknown.json())).toContain('Không có nhiệm vụ này trong kế hoạch.');
    const linked = await schedule({ title: 'Họp báo theo kế hoạch', planTaskId: 'pt-hop-bao', startsAt: '2026-12-11T09:00', endsAt: '2026-12-11T10:00' });
    expect(linked.statusCode, linked.body).toBe(201);
    expect(linked.json().planTask).toEqual({ id: 'pt-hop-bao', label: 'II.2. Tổ chức họp báo cung cấp thông tin về chính sách (14/KH-UBND — Kế hoạch truyền thông chính sách năm 2026)' });
    const cancel = await post(`/api/v1/press/conferences/${linked.json().id}/cancel`, { reason: 'Thử xong' });
    expect(cancel.statusCode, cancel.body).toBeLessThan(300);
  });

  it('invites agencies by mail (recorded, in the outbox), refuses one without an address, a second invitation, and a started conference', async () => {
    await setNow('2026-12-01T09:00');
    expect((await schedule({ endsAt: '2026-12-10T08:00' })).json().title).toBe('Thời gian kết thúc phải sau thời gian bắt đầu.');
    expect((await schedule({ hostUnitId: 'lc-so-tp' }, otherOfficer)).statusCode).toBe(403);
    const created = await schedule({}, hostOfficer);
    expect(created.statusCode).toBe(201);
    const conf = created.json();
    expect(conf).toMatchObject({ status: 'planned', statusLabel: 'Dự kiến', timeText: '09:00 – 10:30 ngày 10/12/2026', startsAt: '2026-12-10T02:00:00.000Z' });
    const mailCount = async () => (await rows<{ n: number }>(sql`select count(*)::int as n from mail_outbox where purpose = 'press_conference_invitation'`))[0]!.n;
    const before = await mailCount();

    const refused = await post(`/api/v1/press/conferences/${conf.id}/invitations`, { agencyIds: [agencies.a.id, agencies.none.id] });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().title).toBe('«Tạp chí Thử không thư» chưa có địa chỉ thư điện tử nhận giấy mời. Bổ sung trong danh mục cơ quan báo chí rồi gửi lại.');
    expect(await mailCount()).toBe(before);
    // only coordinators and the press role invite
    expect((await post(`/api/v1/press/conferences/${conf.id}/invitations`, { agencyIds: [agencies.a.id] }, hostOfficer)).statusCode).toBe(403);

    const invited = await post(`/api/v1/press/conferences/${conf.id}/invitations`, { agencyIds: [agencies.a.id, agencies.b.id] });
    expect(invited.statusCode).toBe(200);
    expect(invited.json().status).toBe('invited');
    expect(invited.json().invitations.map((i: { agency: { name: string }; state: string; emails: string[] }) => [i.agency.name, i.state, i.emails.length])).toEqual([
      ['Báo điện tử Thử A', 'queued', 1],
      ['Đài Thử B — Cơ quan thường trú', 'queued', 2],
    ]);
    const mails = await rows<{ to_address: string; subject: string; body_text: string }>(sql`select to_address, subject, body_text from mail_outbox where purpose = 'press_conference_invitation' order by to_address`);
    expect(mails.map((m) => m.to_address)).toEqual(['b1@example.vn', 'b2@example.vn', 'toasoan-a@example.vn']);
    expect(mails[0]!.subject).toBe('Giấy mời họp báo: Họp báo định kỳ quý IV năm 2026 — 09:00 ngày 10/12/2026');
    expect(mails[2]!.body_text).toContain('Kính gửi: Báo điện tử Thử A');
    expect(mails[2]!.body_text).toContain('Địa điểm: Hội trường Sở Tư pháp, tầng 3');
    expect(mails[2]!.body_text).toContain(`/hop-bao/${conf.refNo}.ics`);

    // the sent state is the outbox's: one failed mail makes the invitation failed
    await getDb().db.execute(sql`update mail_outbox set state = 'sent' where purpose = 'press_conference_invitation' and to_address <> 'b2@example.vn'`);
    await getDb().db.execute(sql`update mail_outbox set state = 'failed' where to_address = 'b2@example.vn'`);
    const states = (await app.inject({ method: 'GET', url: `/api/v1/press/conferences/${conf.id}`, headers: auth(coordinator) })).json().invitations.map((i: { stateLabel: string }) => i.stateLabel);
    expect(states).toEqual(['Đã gửi', 'Gửi không được']);
    const again = await post(`/api/v1/press/conferences/${conf.id}/invitations`, { agencyIds: [agencies.a.id] });
    expect(again.statusCode).toBe(409);
    const resent = await post(`/api/v1/press/conferences/${conf.id}/invitations/resend`, { agencyId: agencies.b.id });
    expect(resent.json().invitations[1]).toMatchObject({ state: 'queued', sends: 2 });
    expect(await mailCount()).toBe(before + 5);

    await setNow('2026-12-10T09:05');
    const late = await post(`/api/v1/press/conferences/${conf.id}/invitations/resend`, { agencyId: agencies.a.id });
    expect(late.statusCode).toBe(409);
    expect(late.json().title).toBe('Cuộc họp báo đã bắt đầu hoặc đã qua; không gửi giấy mời được.');
    // a conference recorded after the fact is never "invited"
    const past = (await schedule({ title: 'Họp báo đã diễn ra', startsAt: '2026-11-02T14:00', endsAt: '2026-11-02T15:00' })).json();
    expect((await post(`/api/v1/press/conferences/${past.id}/invitations`, { agencyIds: [agencies.a.id] })).statusCode).toBe(409);
    expect((await app.inject({ method: 'GET', url: `/api/v1/press/conferences/${past.id}`, headers: auth(coordinator) })).json()).toMatchObject({ status: 'planned', invitations: [] });
  });

  it('gives a question not answered on the spot a deadline in working days past 30/4 and 1/5, answered by the unit it was given to', async () => {
    await setNow('2026-04-20T09:00');
    const conf = (await schedule({ title: 'Họp báo chuyên đề đất đai', kind: 'thematic', hostUnitId: 'lc-so-ct', startsAt: '2026-04-29T14:00', endsAt: '2026-04-29T16:00' })).json();
    const ask = (body: object, s = coordinator) => post(`/api/v1/press/conferences/${conf.id}/questions`, { question: 'Khi nào công bố bảng giá đất mới?', ...body }, s);
    expect((await ask({ answeredOnSpot: false, followUpUnitId: 'lc-so-nnmt' })).json().title).toBe('Cuộc họp báo chưa bắt đầu; chưa ghi câu hỏi được.');

    await setNow('2026-04-29T15:00');
    expect((await ask({ answeredOnSpot: false })).json().title).toBe('Câu hỏi chưa trả lời tại họp báo phải giao cho một đơn vị trả lời sau.');
    expect((await ask({ answeredOnSpot: true })).json().title).toBe('Nhập nội dung trả lời tại họp báo.');
    await ask({ answeredOnSpot: true, question: 'Tiến độ cấp giấy chứng nhận?', answer: 'Đã cấp 95%.', answeredBy: 'Giám đốc Sở Công Thương', agencyId: agencies.a.id, journalistName: 'Phóng viên Thử' });
    const asked = await ask({ answeredOnSpot: false, followUpUnitId: 'lc-so-nnmt', agencyId: agencies.b.id, journalistName: 'Phóng viên Hai' });
    expect(asked.statusCode).toBe(200);
    const q = asked.json().questions[1];
    // 2 working days from Wednesday 29/04/2026: Thursday 30/4 and Friday 1/5 are holidays, then the weekend
    expect(q).toMatchObject({ seq: 2, followUpDueOn: '2026-05-05', isOverdue: false, followUpUnit: { id: 'lc-so-nnmt' } });
    expect(q.followUpBasisText).toMatch(/^2 ngày làm việc, Nghị định 09\/2017\/NĐ-CP, Điều 6; không tính /);
    // the officers of the unit are told at once, in their notifications and by mail; nobody else is
    const told = await rows<{ user_id: string; params: Record<string, unknown> }>(sql`select user_id, params from notifications where kind = 'press_assigned' and link = ${`/office/press/conferences/${conf.id}`}`);
    expect(told).toEqual([{ user_id: people[2]!.id, params: { what: 'Câu hỏi số 2 tại họp báo “Họp báo chuyên đề đất đai”', subject: 'Khi nào công bố bảng giá đất mới?', unitName: 'Sở Nông nghiệp và Môi trường tỉnh Lào Cai', dueOn: '2026-05-05' } }]);

    await setNow('2026-05-06T09:00');
    const list = (await app.inject({ method: 'GET', url: '/api/v1/press/conferences?year=2026', headers: auth(coordinator) })).json();
    expect(list.followUps).toEqual([expect.objectContaining({ questionId: q.id, dueOn: '2026-05-05', isOverdue: true })]);
    const answerUrl = `/api/v1/press/conferences/${conf.id}/questions/${q.id}/answer`;
    expect((await post(answerUrl, { answer: 'Trả lời thử' }, otherOfficer)).statusCode).toBe(403);
    const answered = await post(answerUrl, { answer: 'Bảng giá đất mới công bố trước 30/6/2026.' }, answeringOfficer);
    expect(answered.statusCode).toBe(200);
    expect(answered.json().questions[1]).toMatchObject({ followUpAnsweredOn: '2026-05-06', isOverdue: false, followUpAnswer: 'Bảng giá đất mới công bố trước 30/6/2026.' });

    // materials: the type is read from the bytes, a renamed text file is refused; an officer of another unit cannot
    // attach one, but reads the PDF
    const upload = (fileName: string, data: Uint8Array, s = coordinator) => {
      const body = multipart([{ name: 'kind', value: 'press_release' }, { name: 'file', fileName, data, type: 'application/pdf' }]);
      return app.inject({ method: 'POST', url: `/api/v1/press/conferences/${conf.id}/materials`, headers: { ...auth(s), ...body.headers }, payload: body.payload });
    };
    expect((await upload('thong-cao.pdf', new TextEncoder().encode('không phải PDF'))).statusCode).toBe(415);
    // refused before its bytes are read: a PDF no one has stored yet does not reach the file store
    const stranger = new TextEncoder().encode(`%PDF-1.4\n% ${Date.now()}-${Math.random()}\n%%EOF\n`);
    const storedFiles = () => (fs.existsSync(filesDir()) ? fs.readdirSync(filesDir(), { recursive: true }).length : 0);
    const before = storedFiles();
    expect((await upload('thong-cao.pdf', stranger, answeringOfficer)).statusCode).toBe(403);
    expect(storedFiles()).toBe(before);
    const attached = await upload('thong-cao.pdf', new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'));
    expect(attached.statusCode).toBe(200);
    expect(attached.json().materials).toEqual([expect.objectContaining({ kindLabel: 'Thông cáo báo chí', fileName: 'thong-cao.pdf' })]);
    const file = await app.inject({ method: 'GET', url: `/api/v1/files/${attached.json().materials[0].fileId}`, headers: auth(answeringOfficer) });
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    // held, attendance, minutes with the question and its follow-up
    expect((await post(`/api/v1/press/conferences/${conf.id}/held`, { participants: 'Lãnh đạo các sở, ngành liên quan' })).json().status).toBe('held');
    const docx = await app.inject({ method: 'GET', url: `/api/v1/press/conferences/${conf.id}/minutes.docx`, headers: auth(otherOfficer) });
    expect(docx.statusCode).toBe(200);
    const text = await readDocxText(docx.rawPayload);
    expect(text).toContain('BIÊN BẢN');
    // the title already says "Họp báo": the subject line does not say it twice
    expect(text).toContain('Họp báo chuyên đề đất đai');
    expect(text).not.toContain('Họp báo Họp báo');
    expect(text).toContain('Khi nào công bố bảng giá đất mới?');
    expect(text).toContain('05/05/2026');
    expect(text).toContain('Nguyễn Văn Chủ Trì');
  });

  it('flags a quarter without a conference when it is over or ends within 30 days; a past conference counts once held', async () => {
    await setNow('2026-11-20T09:00');
    const conf = (await schedule({ title: 'Họp báo quý III', hostUnitId: 'lc-so-nnmt', startsAt: '2026-08-14T09:00', endsAt: '2026-08-14T10:00' })).json();
    const quarters = async () => (await app.inject({ method: 'GET', url: '/api/v1/press/conferences?year=2026&hostUnitId=lc-so-nnmt', headers: auth(coordinator) })).json().units[0].quarters.map((q: { label: string; count: number; isFlagged: boolean }) => [q.label, q.count, q.isFlagged]);
    // Q3's conference was never marked held: it does not count; Q4 ends in 41 days: not flagged yet
    expect(await quarters()).toEqual([['Quý I/2026', 0, true], ['Quý II/2026', 0, true], ['Quý III/2026', 0, true], ['Quý IV/2026', 0, false]]);
    await post(`/api/v1/press/conferences/${conf.id}/held`, {});
    await setNow('2026-12-01T09:00');
    expect(await quarters()).toEqual([['Quý I/2026', 0, true], ['Quý II/2026', 0, true], ['Quý III/2026', 1, false], ['Quý IV/2026', 0, true]]);
  });

  it('tells the coordinators once per unit and quarter when a quarter ends within 15 days with no conference', async () => {
    const notices = async () => (await rows<{ n: number }>(sql`select count(*)::int as n from notifications where kind = 'press_conference_quarter'`))[0]!.n;
    expect(await checkConferenceQuarters(getDb().db, 'https://dongthuan.example.vn', '2026-12-15')).toEqual({ notified: 0 });
    const first = await checkConferenceQuarters(getDb().db, 'https://dongthuan.example.vn', '2026-12-17');
    expect(first.notified).toBeGreaterThan(0);
    const sent = await notices();
    expect(sent).toBe(first.notified);
    const units = (await rows<{ unit_id: string }>(sql`select unit_id from press_conference_quarter_notices where year = 2026 and quarter = 4`)).map((r) => r.unit_id);
    // Sở Tư pháp has its December conference; Sở Công Thương held its only one in April
    expect(units).not.toContain('lc-so-tp');
    expect(units).toContain('lc-so-ct');
    expect(await checkConferenceQuarters(getDb().db, 'https://dongthuan.example.vn', '2026-12-17')).toEqual({ notified: 0 });
    expect(await checkConferenceQuarters(getDb().db, 'https://dongthuan.example.vn', '2026-12-30')).toEqual({ notified: 0 });
    expect(await notices()).toBe(sent);
  });

  it('sends the calendar event with the invitation, and tells the invited agencies with an updated event when the time or place changes or the conference is cancelled', async () => {
    await setNow('2026-12-01T09:00');
    const conf = (await schedule({ title: 'Họp báo về chuyển đổi số', startsAt: '2026-12-15T14:00', endsAt: '2026-12-15T15:30' }, hostOfficer)).json();
    const mailsOf = async (purpose: string) => rows<{ to_address: string; subject: string; body_text: string; calendar: string | null }>(sql`select to_address, subject, body_text, calendar from mail_outbox where purpose = ${purpose} and body_text like ${`%${conf.title}%`} order by to_address`);
    // before any invitation, a change mails no one
    expect((await app.inject({ method: 'PUT', url: `/api/v1/press/conferences/${conf.id}`, headers: auth(hostOfficer), payload: { ...CONFERENCE, title: conf.title, startsAt: '2026-12-15T14:30', endsAt: '2026-12-15T16:00' } })).statusCode).toBe(200);
    expect(await mailsOf('press_conference_changed')).toEqual([]);

    await post(`/api/v1/press/conferences/${conf.id}/invitations`, { agencyIds: [agencies.a.id, agencies.b.id] });
    const invitations = await mailsOf('press_conference_invitation');
    expect(invitations).toHaveLength(3);
    const [invited] = parseCalendar(invitations[0]!.calendar!);
    expect(invited).toMatchObject({ UID: expect.stringMatching(new RegExp(`^hop-bao-${conf.refNo}@`)), SEQUENCE: '1', DTSTART: '20261215T073000Z', STATUS: 'CONFIRMED', SUMMARY: `Họp báo: ${conf.title}` });
    expect(invitations[0]!.body_text).toContain('mở tệp .ics đính kèm');

    // a new title alone is no news for the agencies; a new place is
    await app.inject({ method: 'PUT', url: `/api/v1/press/conferences/${conf.id}`, headers: auth(hostOfficer), payload: { ...CONFERENCE, title: conf.title, startsAt: '2026-12-15T14:30', endsAt: '2026-12-15T16:00', topics: ['Chuyển đổi số cấp xã'] } });
    expect(await mailsOf('press_conference_changed')).toEqual([]);
    await app.inject({ method: 'PUT', url: `/api/v1/press/conferences/${conf.id}`, headers: auth(hostOfficer), payload: { ...CONFERENCE, title: conf.title, startsAt: '2026-12-16T08:00', endsAt: '2026-12-16T09:30', place: 'Phòng họp số 2, Sở Tư pháp', topics: ['Chuyển đổi số cấp xã'] } });
    const changed = await mailsOf('press_conference_changed');
    expect(changed.map((m) => m.to_address)).toEqual(['b1@example.vn', 'b2@example.vn', 'toasoan-a@example.vn']);
    expect(changed[2]!.subject).toBe(`Thay đổi thời gian và địa điểm họp báo: ${conf.title} — 08:00 ngày 16/12/2026`);
    expect(changed[2]!.body_text).toContain('Kính gửi: Báo điện tử Thử A');
    expect(changed[2]!.body_text).toContain('Thời gian: 08:00 – 09:30 ngày 16/12/2026 (trước đây: 14:30 – 16:00 ngày 15/12/2026)');
    expect(changed[2]!.body_text).toContain('Địa điểm: Phòng họp số 2, Sở Tư pháp (trước đây: Hội trường Sở Tư pháp, tầng 3)');
    const [moved] = parseCalendar(changed[2]!.calendar!);
    expect(moved).toMatchObject({ UID: invited!.UID, SEQUENCE: '3', DTSTART: '20261216T010000Z', LOCATION: 'Phòng họp số 2, Sở Tư pháp' });

    await post(`/api/v1/press/conferences/${conf.id}/cancel`, { reason: 'Trùng lịch làm việc của lãnh đạo tỉnh' });
    const cancelled = await mailsOf('press_conference_cancelled');
    expect(cancelled).toHaveLength(3);
    expect(parseCalendar(cancelled[0]!.calendar!)[0]).toMatchObject({ UID: invited!.UID, SEQUENCE: '4', STATUS: 'CANCELLED' });
    // the office's outbox says a calendar goes with these mails, never showing it
    const outbox = (await app.inject({ method: 'GET', url: '/api/v1/mail?limit=100', headers: auth(coordinator) })).json().items as { purpose: string; hasCalendar: boolean }[];
    expect(outbox.filter((m) => m.purpose.startsWith('press_conference')).every((m) => m.hasCalendar)).toBe(true);
  });

  it('publishes the calendar feed (cancelled as CANCELLED, SEQUENCE bumped) and the page, and answers a bad address in Vietnamese', async () => {
    await setNow('2026-12-05T09:00');
    const conf = (await schedule({ title: 'Họp báo đột xuất về mưa lũ, sạt lở; phương án khắc phục', kind: 'adhoc', startsAt: '2026-12-08T15:00', endsAt: '2026-12-08T16:00' })).json();
    const feed = async () => parseCalendar((await app.inject({ method: 'GET', url: '/hop-bao.ics' })).body);
    const res = await app.inject({ method: 'GET', url: '/hop-bao.ics?lang=en' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const event = (await feed()).find((e) => e.UID?.startsWith(`hop-bao-${conf.refNo}@`));
    expect(event).toMatchObject({ SUMMARY: 'Họp báo: Họp báo đột xuất về mưa lũ, sạt lở; phương án khắc phục', DTSTART: '20261208T080000Z', STATUS: 'CONFIRMED', SEQUENCE: '0' });

    expect((await post(`/api/v1/press/conferences/${conf.id}/cancel`, { reason: 'Lãnh đạo đi kiểm tra hiện trường' })).json().status).toBe('cancelled');
    const cancelled = (await feed()).find((e) => e.UID === event!.UID);
    expect(cancelled).toMatchObject({ STATUS: 'CANCELLED', SEQUENCE: '1' });
    const one = await app.inject({ method: 'GET', url: `/hop-bao/${conf.refNo}.ics` });
    expect(parseCalendar(one.body)).toHaveLength(1);

    for (const [url, status, text] of [
      ['/hop-bao/abc.ics', 404, 'Không có lịch họp báo ở địa chỉ này.'],
      ['/hop-bao/99999.ics', 404, 'Không có cuộc họp báo số 99999.'],
      ['/hop-bao/0.ics', 404, 'Không có lịch họp báo ở địa chỉ này.'],
      ['/hop-bao.ics?from=x', 400, 'Địa chỉ lịch họp báo không nhận tham số này.'],
      ['/hop-bao/1.ics?x=1', 400, 'Địa chỉ lịch họp báo không nhận tham số này.'],
    ] as const) {
      const r = await app.inject({ method: 'GET', url });
      expect(r.statusCode, url).toBe(status);
      expect(r.body, url).toContain(text);
    }

    const page = await app.inject({ method: 'GET', url: '/hop-bao' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Họp báo định kỳ quý IV năm 2026');
    expect(page.body).toContain('Đã hủy');
    // journalists' names from the questions log are never published
    expect(page.body).not.toContain('Phóng viên Hai');
  });

  it('counts I-07 for the annual report: held by kind, quarters with a conference, questions on the spot and followed up on time', async () => {
    await setNow('2026-12-20T09:00');
    const view = { plan: { id: 'p', year: 2026 }, tasks: [], progress: { tasks: [], units: [] }, reports: [], dir: { unit: () => undefined } } as unknown as Parameters<typeof computeFigures>[1];
    const figures = new Map((await computeFigures(getDb().db, view)).map((f) => [f.code, f]));
    expect(figures.get('I-07.conferences.held')?.value).toBe(2);
    expect(figures.get('I-07.conferences.held.thematic')?.value).toBe(1);
    // Q2 (held 29/4), Q3 (held 14/8), Q4 (10/12 planned, not yet past the 20th? it is past and never marked held)
    expect(figures.get('I-07.conferences.quarters')).toMatchObject({ value: 2, outOf: 4 });
    expect(figures.get('I-07.conferences.quarters.lc-so-ct')).toMatchObject({ value: 1, outOf: 4 });
    expect(figures.get('I-07.questions.received')?.value).toBe(2);
    expect(figures.get('I-07.questions.onSpot')?.value).toBe(1);
    // answered 06/05, due 05/05: late
    expect(figures.get('I-07.questions.followedUpOnTime')).toMatchObject({ value: 0, outOf: 1 });
  });
});
