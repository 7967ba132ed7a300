import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../test/db';
import { computeDeadline } from './deadline';
import { auth, buildTestApp, multipart, signInAs, type Session } from '../../../test/app';
import { buildDemoOrg, buildUser } from '../../../test/factories';
import type { Actor } from '../../platform/auth';
import type { App } from '../../platform/http';
import { todayVn } from '../../platform/text';
import { computeFigures } from '../plans';
import { alertLateNotices, alertOverdueInquiries, answerInquiry, assignInquiry, recordNotice, basisText, extendInquiry, receiveInquiry, refuseInquiry, spokespeopleForPortal, type InquiryInput } from '.';

const count = async (db: { execute: (q: ReturnType<typeof sql>) => Promise<unknown> }, query: string) => Number(((await db.execute(sql.raw(query))) as { rows: { n: number }[] }).rows[0]!.n);

/** Puts the platform's clock (Date only: timers and the database keep running) at 09:00 in Vietnam on `day`. */
const setToday = (day: string) => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${day}T02:00:00Z`));
};

const REQUEST: InquiryInput = {
  kind: 'information_request',
  complexity: 'simple',
  receivedOn: '2026-02-13',
  channel: 'post',
  requesterName: 'Công dân thử',
  requesterContact: 'Hộp thư thử',
  subject: 'Đề nghị cung cấp quy hoạch sử dụng đất của xã',
  content: 'Đề nghị cung cấp bản đồ quy hoạch sử dụng đất.',
  unitId: 'lc-so-nnmt',
};

describeEachDriver('press: inquiries with legal deadlines, spokespeople', (getDb) => {
  let app: App;
  let coordinator: Actor;
  let officer: Actor;
  let otherOfficer: Actor;
  let officerId: string;
  let coordinatorSession: Session;
  let viewerSession: Session;
  let officerSession: Session;
  let answeringSession: Session;

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
    const c = await buildUser(getDb(), { role: 'coordinator', unitId: 'lc-so-vhttdl' });
    const o = await buildUser(getDb(), { role: 'officer', unitId: 'lc-so-nnmt' });
    const x = await buildUser(getDb(), { role: 'officer', unitId: 'lc-so-tp' });
    const v = await buildUser(getDb(), { role: 'viewer', unitId: 'lc-so-tp' });
    officerId = o.id;
    coordinator = { kind: 'user', userId: c.id, name: 'Điều phối', roles: [{ role: 'coordinator', unitId: 'lc-so-vhttdl' }] };
    officer = { kind: 'user', userId: o.id, name: 'Cán bộ', roles: [{ role: 'officer', unitId: 'lc-so-nnmt' }] };
    otherOfficer = { kind: 'user', userId: x.id, name: 'Cán bộ khác', roles: [{ role: 'officer', unitId: 'lc-so-tp' }] };
    coordinatorSession = await signInAs(app, c.username, c.password);
    viewerSession = await signInAs(app, v.username, v.password);
    officerSession = await signInAs(app, x.username, x.password);
    answeringSession = await signInAs(app, o.username, o.password);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  const as = (actor: Actor) => ({ db: getDb().db, actor, publicUrl: 'https://gopy.laocai.gov.vn' });

  it('gives a request received on Friday 13/02/2026 its deadline after Tết, overdue from the next working day, alerted once', async () => {
    setToday('2026-02-13');
    const r = await receiveInquiry(as(coordinator), { ...REQUEST, officerId });
    // 5 working days: Tết Nguyên đán 16–20/02/2026 (computed: 29 tháng Chạp … mùng 4) and two weekends are not counted
    expect(r.dueOn).toBe('2026-02-27');
    expect(r.status).toBe('assigned');
    const detail = (await app.inject({ method: 'GET', url: `/api/v1/press/inquiries/${r.id}`, headers: auth(coordinatorSession) })).json();
    expect(detail.dueBasisText).toBe('5 ngày làm việc, Luật Tiếp cận thông tin 2016, Điều 31; không tính Tết Nguyên đán 16–20/02/2026');
    expect(detail.timeline.map((e: { actionLabel: string }) => e.actionLabel)).toEqual(['Tiếp nhận yêu cầu']);

    const overdueIds = async () => (await app.inject({ method: 'GET', url: '/api/v1/press/inquiries?status=overdue', headers: auth(coordinatorSession) })).json().items.map((i: { id: string }) => i.id);
    for (const day of ['2026-02-27', '2026-02-28', '2026-03-01']) {
      setToday(day);
      expect(await overdueIds(), day).not.toContain(r.id);
      expect((await alertOverdueInquiries(getDb().db, 'http://localhost', todayVn())).alerted).toBe(0);
    }
    setToday('2026-03-02');
    expect(await overdueIds()).toContain(r.id);
    expect((await alertOverdueInquiries(getDb().db, 'http://localhost', todayVn())).alerted).toBe(1);
    setToday('2026-03-03');
    expect((await alertOverdueInquiries(getDb().db, 'http://localhost', todayVn())).alerted).toBe(0);
    expect(await count(getDb().db, `select count(*)::int as n from notifications where kind = 'press_inquiry_overdue' and user_id = '${officerId}'`)).toBe(1);

    const answered = await answerInquiry(as(officer), r.id, { text: 'Gửi kèm bản đồ quy hoạch.' });
    expect(answered).toMatchObject({ status: 'answered', closedOn: '2026-03-03' });
    expect(await overdueIds()).not.toContain(r.id);
  });

  it('ends a period in days that falls on a day off on the next working day (Bộ luật Dân sự, Điều 148.5)', async () => {
    // received 27/03/2026 + 30 days = Sunday 26/04/2026, Giỗ Tổ Hùng Vương; Monday 27/04 is its compensatory day
    const moved = await computeDeadline(getDb().db, { kind: 'press_forwarded', complexity: null, receivedOn: '2026-03-27' });
    expect(moved.dueOn).toBe('2026-04-28');
    expect(moved.basis.moved?.from).toBe('2026-04-26');
    expect(basisText(moved.basis)).toBe(
      '30 ngày, ' + moved.basis.source + '; ngày 26/04/2026 là ngày nghỉ (Giỗ Tổ Hùng Vương 26/04/2026, Nghỉ bù Giỗ Tổ Hùng Vương 27/04/2026) nên hạn chuyển sang ngày làm việc tiếp theo, Bộ luật Dân sự 91/2015/QH13, Điều 148 khoản 5',
    );
    // on a Sunday: the Monday after; on a working day (Thursday 23/04): where it ends
    const sunday = await computeDeadline(getDb().db, { kind: 'press_forwarded', complexity: null, receivedOn: '2026-03-20' });
    expect(sunday.dueOn).toBe('2026-04-20');
    expect(basisText(sunday.basis)).toContain('ngày 19/04/2026 là ngày nghỉ (ngày nghỉ cuối tuần)');
    const plain = await computeDeadline(getDb().db, { kind: 'press_forwarded', complexity: null, receivedOn: '2026-03-24' });
    expect(plain.dueOn).toBe('2026-04-23');
    expect(plain.basis.moved).toBeUndefined();
  });

  it('tells the officer given a request, or the officers of the unit, at once and once; the one who gave it is not told', async () => {
    setToday('2026-06-15');
    const db = getDb().db;
    await db.execute(sql`update users set email = ${`can-bo-${officerId.slice(0, 8)}@laocai.gov.vn`} where id = ${officerId}`);
    const told = async (id: string) =>
      (await db.execute(sql`select user_id, params, link from notifications where kind = 'press_assigned' and link = ${`/office/press/inquiries/${id}`} order by user_id`)) as unknown as { rows: { user_id: string; params: Record<string, unknown>; link: string }[] };
    // received without a unit: nobody yet; given to the unit: each of its officers, by mail at once
    const r = await receiveInquiry(as(coordinator), { ...REQUEST, receivedOn: '2026-06-15', unitId: null });
    expect((await told(r.id)).rows).toEqual([]);
    await assignInquiry(as(coordinator), r.id, { unitId: 'lc-so-nnmt' });
    const first = (await told(r.id)).rows;
    expect(first.map((n) => n.user_id)).toEqual([officerId]);
    expect(first[0]!.params).toMatchObject({ what: `Yêu cầu cung cấp thông tin số ${r.refNo}`, subject: REQUEST.subject, unitName: 'Sở Nông nghiệp và Môi trường tỉnh Lào Cai', dueOn: r.dueOn });
    const mails = (await db.execute(sql`select subject from mail_outbox where purpose = 'notification.immediate' and to_address like 'can-bo-%'`)) as unknown as { rows: { subject: string }[] };
    expect(mails.rows.map((m) => m.subject)).toContain(`[Đồng Thuận] Yêu cầu cung cấp thông tin số ${r.refNo} “${REQUEST.subject}” được giao cho Sở Nông nghiệp và Môi trường tỉnh Lào Cai trả lời (hạn 22/06/2026)`);
    // the same assignment again tells nobody again; an officer of another unit named is told, not the first one again
    await assignInquiry(as(coordinator), r.id, { unitId: 'lc-so-nnmt' });
    expect((await told(r.id)).rows).toHaveLength(1);
    const other = (otherOfficer as { userId: string }).userId;
    await assignInquiry(as(coordinator), r.id, { unitId: 'lc-so-tp', officerId: other });
    expect((await told(r.id)).rows.map((n) => n.user_id).sort()).toEqual([officerId, other].sort());
    // an officer who gives a request to themself is not told of it
    const own = await receiveInquiry(as(coordinator), { ...REQUEST, receivedOn: '2026-06-15', unitId: 'lc-so-vhttdl', officerId: (coordinator as { userId: string }).userId });
    expect((await told(own.id)).rows).toEqual([]);
  });

  it('recomputes the deadline of a complex request on its one extension', async () => {
    setToday('2026-02-13');
    const r = await receiveInquiry(as(coordinator), { ...REQUEST, complexity: 'complex' });
    expect(r.noticeDueOn).toBe('2026-02-25');
    expect(r.dueOn).toBe('2026-03-13');
    setToday('2026-03-10');
    await expect(extendInquiry(as(coordinator), r.id, { days: 16, reason: 'Cần tổng hợp từ nhiều xã' })).rejects.toMatchObject({ code: 'validation' });
    await expect(extendInquiry(as(coordinator), r.id, { days: 10, reason: ' ' })).rejects.toMatchObject({ code: 'validation' });
    const dueThisWeek = async () => (await app.inject({ method: 'GET', url: '/api/v1/press/inquiries?dueThisWeek=true', headers: auth(coordinatorSession) })).json().items.map((i: { id: string }) => i.id);
    // Tuesday 10/03/2026: the week runs Monday 09/03 to Sunday 15/03
    expect(await dueThisWeek()).toContain(r.id);
    const extended = await extendInquiry(as(coordinator), r.id, { days: 10, reason: 'Cần tổng hợp từ nhiều xã' });
    expect(await dueThisWeek()).not.toContain(r.id);
    expect(extended).toMatchObject({ dueOn: '2026-03-27', originalDueOn: '2026-03-13', extensionReason: 'Cần tổng hợp từ nhiều xã' });
    await expect(extendInquiry(as(coordinator), r.id, { days: 1, reason: 'Lần nữa' })).rejects.toMatchObject({ code: 'conflict' });
    const simple = await receiveInquiry(as(coordinator), { ...REQUEST, receivedOn: '2026-03-10' });
    await expect(extendInquiry(as(coordinator), simple.id, { days: 5, reason: 'Không được' })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('records the notice of the handling time of a complex request once, by the answering unit, and warns once when it is late', async () => {
    setToday('2026-02-13');
    const r = await receiveInquiry(as(coordinator), { ...REQUEST, complexity: 'complex', officerId });
    expect(r.noticeDueOn).toBe('2026-02-25');
    const simple = await receiveInquiry(as(coordinator), { ...REQUEST });
    const post = (id: string, session: Session, body: object) => app.inject({ method: 'POST', url: `/api/v1/press/inquiries/${id}/notice`, headers: auth(session), payload: body });
    // no notice for a simple request; an officer of another unit may not record it; a future day is refused
    expect((await post(simple.id, answeringSession, { sentOn: '2026-02-13', ref: '12/TB-SNNMT' })).statusCode).toBe(409);
    expect((await post(r.id, officerSession, { sentOn: '2026-02-13', ref: '12/TB-SNNMT' })).statusCode).toBe(403);
    const future = await post(r.id, answeringSession, { sentOn: '2026-02-14', ref: '12/TB-SNNMT' });
    expect(future.statusCode).toBe(422);
    expect(future.json().title).toBe('Thông tin thông báo thời hạn chưa hợp lệ.');

    // the day after the notice's day, the job warns the officer once; the page says it is late
    setToday('2026-02-26');
    // (the complex request of the extension test, without a notice either, is warned about too)
    expect((await alertLateNotices(getDb().db, 'http://localhost', todayVn())).alerted).toBeGreaterThanOrEqual(1);
    expect((await alertLateNotices(getDb().db, 'http://localhost', todayVn())).alerted).toBe(0);
    expect(await count(getDb().db, `select count(*)::int as n from notifications where kind = 'press_notice_late' and user_id = '${officerId}' and link like '%${r.id}'`)).toBe(1);
    const before = (await app.inject({ method: 'GET', url: `/api/v1/press/inquiries/${r.id}`, headers: auth(answeringSession) })).json();
    expect(before).toMatchObject({ noticeLate: true, noticeSentOn: null, abilities: { canRecordNotice: true } });

    const sent = await post(r.id, answeringSession, { sentOn: '2026-02-26', ref: ' 12/TB-SNNMT ' });
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({ noticeSentOn: '2026-02-26', noticeRef: '12/TB-SNNMT', noticeLate: true, abilities: { canRecordNotice: false } });
    expect(sent.json().timeline.map((e: { actionLabel: string }) => e.actionLabel)).toContain('Ghi nhận đã gửi thông báo thời hạn giải quyết');
    await expect(recordNotice(as(officer), r.id, { sentOn: '2026-02-26', ref: 'Lần hai' })).rejects.toMatchObject({ code: 'conflict' });

    // sent on time: not late, and no warning
    setToday('2026-03-02');
    const onTime = await receiveInquiry(as(coordinator), { ...REQUEST, complexity: 'complex', receivedOn: '2026-03-02', officerId });
    expect((await recordNotice(as(officer), onTime.id, { sentOn: '2026-03-03', ref: '15/TB-SNNMT' }).catch((e) => e)).code).toBe('validation');
    await recordNotice(as(officer), onTime.id, { sentOn: '2026-03-02', ref: '15/TB-SNNMT' });
    setToday('2026-03-20');
    expect((await alertLateNotices(getDb().db, 'http://localhost', todayVn())).alerted).toBe(0);
  });

  it('refuses only on a lawful ground that applies to the kind, and prints it', async () => {
    setToday('2026-06-16');
    const press = await receiveInquiry(as(coordinator), { ...REQUEST, kind: 'press', complexity: null, receivedOn: '2026-06-16', channel: 'email', agencyUnitId: 'lc-bao-ptth', journalistName: 'Phóng viên thử' });
    await expect(refuseInquiry(as(officer), press.id, { ground: null })).rejects.toMatchObject({ code: 'validation' });
    await expect(refuseInquiry(as(officer), press.id, { ground: 'already_provided' })).rejects.toMatchObject({ code: 'validation' });
    await expect(refuseInquiry(as(otherOfficer), press.id, { ground: 'investigation' })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await count(getDb().db, `select count(*)::int as n from press_inquiries where id = '${press.id}' and status = 'assigned'`)).toBe(1);
    const res = await app.inject({ method: 'POST', url: `/api/v1/press/inquiries/${press.id}/refuse`, headers: auth(coordinatorSession), payload: { note: 'thiếu căn cứ' } });
    expect(res.statusCode).toBe(422);
    expect(res.json().detail ?? res.json().title).toMatch(/căn cứ/);
    const refused = await refuseInquiry(as(officer), press.id, { ground: 'investigation', note: 'Vụ việc đang điều tra.' });
    expect(refused.status).toBe('refused');
    const detail = (await app.inject({ method: 'GET', url: `/api/v1/press/inquiries/${press.id}`, headers: auth(coordinatorSession) })).json();
    expect(detail.refusalGroundText).toBe('Vụ án đang được điều tra hoặc chưa xét xử (Luật Báo chí 2016, Điều 38 khoản 2 điểm b)');
    expect(detail.dueBasisText).toMatch(/^2 ngày làm việc, Nghị định 09\/2017\/NĐ-CP, Điều 6/);
  });

  it('answers a past deadline, an unknown agency, a future date with a Vietnamese 4xx and saves nothing', async () => {
    const before = await count(getDb().db, 'select count(*)::int as n from press_inquiries');
    const post = (payload: object, s = coordinatorSession) => app.inject({ method: 'POST', url: '/api/v1/press/inquiries', headers: auth(s), payload });
    const past = await post({ ...REQUEST, receivedOn: '2026-02-13' });
    expect(past.statusCode).toBe(422);
    expect(past.json().detail ?? past.json().title).toMatch(/Hạn trả lời theo quy định là 27\/02\/2026.*đã qua/);
    const unknown = await post({ ...REQUEST, kind: 'press', complexity: null, receivedOn: todayVn(), agencyUnitId: 'bao-khong-co' });
    expect(unknown.statusCode).toBe(422);
    expect(JSON.stringify(unknown.json())).toMatch(/Không có cơ quan báo chí này/);
    // a unit of the directory that is not a press agency is not an agency either
    expect((await post({ ...REQUEST, kind: 'press_forwarded', complexity: null, receivedOn: todayVn(), agencyUnitId: 'lc-so-tp' })).statusCode).toBe(422);
    // nor is a press agency merged away before the request arrived (Báo Yên Bái, until 01/03/2025)
    expect((await post({ ...REQUEST, kind: 'press', complexity: null, receivedOn: todayVn(), agencyUnitId: 'yb-bao' })).statusCode).toBe(422);
    expect((await post({ ...REQUEST, receivedOn: '2099-01-01' })).statusCode).toBe(422);
    // before the law on access to information took effect there is no period to count: refused, not a server error
    expect((await post({ ...REQUEST, receivedOn: '2018-06-29' })).json()).toMatchObject({ status: 422, title: 'Không có quy định về thời hạn trả lời áp dụng cho ngày nhận này.' });
    const noJournalist = await post({ ...REQUEST, kind: 'press', complexity: null, receivedOn: todayVn(), agencyUnitId: 'lc-bao-ptth', journalistName: ' ' });
    expect(noJournalist.json().title).toBe('Nhập tên phóng viên đặt câu hỏi.');
    expect((await post({ ...REQUEST, policyId: 'khong-co' , receivedOn: todayVn() })).json().title).toBe('Không tìm thấy chính sách, dự thảo được liên kết.');
    expect((await post({ ...REQUEST, receivedOn: todayVn() }, viewerSession)).statusCode).toBe(403);
    expect(await count(getDb().db, 'select count(*)::int as n from press_inquiries')).toBe(before);
    // a question from a central agency's resident office, which is in the press agencies directory but not a unit of ours
    await getDb().db.execute(sql`insert into press_agencies (id, name, kind, valid_from) values ('vtv-test', 'Đài Truyền hình Việt Nam', 'television', '2000-01-01')`);
    const options = (await app.inject({ url: '/api/v1/press/inquiry-options', headers: auth(coordinatorSession) })).json();
    expect(options.agencies.map((a: { name: string }) => a.name)).toContain('Đài Truyền hình Việt Nam');
    const fromVtv = await post({ ...REQUEST, kind: 'press', complexity: null, receivedOn: todayVn(), pressAgencyId: 'vtv-test', journalistName: 'Phóng viên VTV' });
    expect(fromVtv.statusCode, fromVtv.body).toBe(201);
    expect(fromVtv.json().agency).toEqual({ id: 'vtv-test', name: 'Đài Truyền hình Việt Nam' });
    expect((await post({ ...REQUEST, kind: 'press', complexity: null, receivedOn: todayVn(), pressAgencyId: 'khong-co', journalistName: 'X' })).json().errors[0].path).toBe('pressAgencyId');
    expect((await post({ ...REQUEST, kind: 'press', complexity: null, receivedOn: todayVn(), journalistName: 'X' })).json().errors[0]).toMatchObject({ path: 'pressAgencyId', message: 'Chọn cơ quan báo chí.' });
    await getDb().db.execute(sql`delete from press_inquiries where id = ${fromVtv.json().id}`);
    // a citizen's name and contact are read by those who handle the request, not by every reader of the office
    const citizen = (await post({ ...REQUEST, receivedOn: todayVn() })).json();
    const seen = async (who: Session) => (await app.inject({ url: `/api/v1/press/inquiries/${citizen.id}`, headers: auth(who) })).json();
    expect(await seen(answeringSession)).toMatchObject({ requesterName: 'Công dân thử', requesterContact: 'Hộp thư thử' });
    for (const who of [viewerSession, officerSession]) {
      const detail = await seen(who);
      expect(detail.requesterContact).toBeNull();
      expect(JSON.stringify(detail)).not.toContain('Công dân thử');
    }
    // the officers of the unit it was given to find it on their home page, with its deadline; a viewer does not
    const home = async (who: Session) => (await app.inject({ url: '/api/v1/home', headers: auth(who) })).json().cards as { key: string; items: { title: string; dueOn: string | null; link: string }[] }[];
    const answer = (await home(answeringSession)).find((c) => c.key === 'pressAnswer') as { count: number; items: { title: string; dueOn: string | null; link: string }[] } | undefined;
    expect(answer?.count).toBeGreaterThan(0);
    expect(answer!.items.every((i) => i.link.startsWith('/office/press/inquiries/') && i.dueOn !== null)).toBe(true);
    // nearest deadline first
    expect(answer!.items.map((i) => i.dueOn)).toEqual(answer!.items.map((i) => i.dueOn).sort());
    expect((await home(viewerSession)).some((c) => c.key === 'pressAnswer' || c.key === 'pressIntake')).toBe(false);
    await getDb().db.execute(sql`delete from press_inquiries where id = ${citizen.id}`);
    // a press-forwarded issue: 30 calendar days
    const forwarded = await post({ ...REQUEST, kind: 'press_forwarded', complexity: null, receivedOn: todayVn(), agencyUnitId: 'lc-bao-ptth' });
    expect(forwarded.statusCode).toBe(201);
    // (received today: the 30th day may be a day off, which moves it; that case is tested on fixed dates above)
    expect(forwarded.json().dueBasisText).toMatch(/^30 ngày, Luật Báo chí 2016, Điều 39(;|$)/);
    // an officer of another unit may not answer it
    expect((await app.inject({ method: 'POST', url: `/api/v1/press/inquiries/${forwarded.json().id}/answer`, headers: auth(officerSession), payload: { text: 'Trả lời' } })).statusCode).toBe(403);
  });

  it('keeps the file sent with the answer, readable with the inquiry, and no more files once answered', async () => {
    setToday('2026-06-15');
    const r = await receiveInquiry(as(coordinator), { ...REQUEST, receivedOn: '2026-06-15' });
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const upload = (s: Session, data: Uint8Array, fileName: string) => {
      const body = multipart([{ name: 'file', fileName, data, type: 'application/pdf' }]);
      return app.inject({ method: 'POST', url: `/api/v1/press/inquiries/${r.id}/answer-file`, headers: { ...auth(s), ...body.headers }, payload: body.payload });
    };
    expect((await upload(officerSession, pdf, 'tra-loi.pdf')).statusCode).toBe(403);
    expect((await upload(answeringSession, new TextEncoder().encode('MZ not a document'), 'tra-loi.exe')).statusCode).toBe(415);
    const attached = await upload(answeringSession, pdf, 'Trả lời.pdf');
    expect(attached.statusCode, attached.body).toBe(200);
    const file = attached.json().answerFile;
    expect(file).toMatchObject({ fileName: 'Trả lời.pdf', size: pdf.length });
    const download = await app.inject({ method: 'GET', url: `/api/v1/files/${file.id}`, headers: auth(viewerSession) });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const answered = await app.inject({ method: 'POST', url: `/api/v1/press/inquiries/${r.id}/answer`, headers: auth(answeringSession), payload: { text: 'Gửi kèm tài liệu.' } });
    expect(answered.json()).toMatchObject({ status: 'answered', answerFile: { id: file.id } });
    expect((await upload(answeringSession, pdf, 'them.pdf')).statusCode).toBe(409);
  });

  it('keeps spokespeople as versions, refuses bad input, and lists the current ones per unit', async () => {
    const post = (payload: object) => app.inject({ method: 'POST', url: '/api/v1/press/spokespeople', headers: auth(coordinatorSession), payload });
    const base = { unitId: 'lc-ubnd', kind: 'spokesperson', personName: 'Nguyễn Văn Thử', title: 'Chánh Văn phòng UBND tỉnh', phone: '0214 3840 000', email: 'PhatNgon@laocai.gov.vn', validFrom: '2026-01-01', decisionRef: '12/QĐ-UBND' };
    const bad = [
      { ...base, unitId: 'khong-co' },
      { ...base, validTo: '2025-12-31' },
      { ...base, kind: 'authorised', scope: null },
      { ...base, kind: 'authorised', scope: 'Dịch bệnh', decisionRef: null },
      // the portal publishes how the press reaches them
      { ...base, phone: null, email: null },
    ];
    const before = await count(getDb().db, 'select count(*)::int as n from press_spokespeople');
    for (const b of bad) {
      const res = await post(b);
      expect(res.statusCode, JSON.stringify(b)).toBe(422);
      expect(res.json().detail ?? res.json().title).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
    }
    expect(await count(getDb().db, 'select count(*)::int as n from press_spokespeople')).toBe(before);
    const created = await post(base);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ version: 1, email: 'phatngon@laocai.gov.vn', isCurrent: true, unitName: 'Ủy ban nhân dân tỉnh Lào Cai' });
    const id = created.json().id;
    const edited = await app.inject({ method: 'PUT', url: `/api/v1/press/spokespeople/${id}`, headers: auth(coordinatorSession), payload: { ...base, title: 'Phó Chủ tịch UBND tỉnh' } });
    expect(edited.json()).toMatchObject({ id, version: 2, title: 'Phó Chủ tịch UBND tỉnh' });
    const history = (await app.inject({ method: 'GET', url: `/api/v1/press/spokespeople/${id}`, headers: auth(viewerSession) })).json();
    expect(history.versions.map((v: { version: number; title: string }) => `${v.version} ${v.title}`)).toEqual(['2 Phó Chủ tịch UBND tỉnh', '1 Chánh Văn phòng UBND tỉnh']);
    const authorised = await post({ ...base, kind: 'authorised', personName: 'Trần Thị Ủy', title: 'Giám đốc Sở Y tế', scope: 'Phòng, chống dịch bệnh', decisionRef: '20/QĐ-UBND', validTo: '2099-03-31' });
    expect(authorised.statusCode).toBe(201);

    const today = todayVn();
    let portal = await spokespeopleForPortal(getDb().db, today);
    const ubnd = portal.find((u) => u.unitName === 'Ủy ban nhân dân tỉnh Lào Cai');
    expect(ubnd?.people.map((p) => `${p.personName} · ${p.title}`)).toEqual(['Nguyễn Văn Thử · Phó Chủ tịch UBND tỉnh', 'Trần Thị Ủy · Giám đốc Sở Y tế']);
    const page = await app.inject({ method: 'GET', url: '/nguoi-phat-ngon' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Nguyễn Văn Thử');
    expect(page.body).toContain('href="mailto:phatngon@laocai.gov.vn"');
    expect(page.body).not.toContain(id);
    // the authorisation's end, with "ngày" once: "Đến hết ngày 31 tháng 3 năm 2099"
    expect(page.body).toContain('Đến hết ngày 31 tháng 3 năm 2099');
    expect(page.body).not.toContain('ngày ngày');
    const en = await app.inject({ method: 'GET', url: '/nguoi-phat-ngon?lang=en' });
    expect(en.body).toContain('Spokespeople');

    const ended = await app.inject({ method: 'POST', url: `/api/v1/press/spokespeople/${id}/end`, headers: auth(coordinatorSession), payload: { endOn: '2026-01-31', reason: 'Nghỉ hưu' } });
    expect(ended.json()).toMatchObject({ version: 3, validTo: '2026-01-31', isCurrent: false });
    portal = await spokespeopleForPortal(getDb().db, today);
    expect(portal.find((u) => u.unitName === 'Ủy ban nhân dân tỉnh Lào Cai')?.people.map((p) => p.personName)).toEqual(['Trần Thị Ủy']);
    expect((await app.inject({ method: 'GET', url: '/nguoi-phat-ngon' })).body).not.toContain('Nguyễn Văn Thử');
  });

  it('counts the year’s inquiries for the annual report: received, on time, overdue, refused by ground', async () => {
    const view = { plan: { id: 'p', year: 2026 }, tasks: [], progress: { tasks: [], units: [] }, reports: [], dir: { unit: () => undefined } } as unknown as Parameters<typeof computeFigures>[1];
    const figures = new Map((await computeFigures(getDb().db, view)).map((f) => [f.code, f]));
    const rows = (await getDb().db.execute(sql.raw(`select kind, status, due_on, closed_on, refusal_ground from press_inquiries where received_on >= '2026-01-01' and received_on < '2027-01-01'`))) as { rows: { kind: string; status: string; due_on: string; closed_on: string | null; refusal_ground: string | null }[] };
    const requests = rows.rows.filter((r) => r.kind === 'information_request');
    const press = rows.rows.filter((r) => r.kind !== 'information_request');
    expect(figures.get('I-15.requests.received')?.value).toBe(requests.length);
    expect(figures.get('I-08.press.received')?.value).toBe(press.length);
    // the request of the first test was answered on 03/03 after its deadline of 27/02, the one with a file in time
    expect(figures.get('I-15.requests.answered')?.value).toBe(2);
    expect(figures.get('I-15.requests.onTime')).toMatchObject({ value: 50, outOf: 2 });
    expect(figures.get('I-15.requests.overdue')?.value).toBeGreaterThanOrEqual(1);
    expect(figures.get('I-08.press.refused.investigation')?.value).toBe(1);
    expect(figures.get('I-08.press.refused.secret')).toBeUndefined();
  });
  it("counts on the Government's yearly notice of days off when one is entered (a Saturday worked in exchange counts)", async () => {
    // a notice for 2027 as an administrator enters it (these days are the test's, not a real notice's)
    const off = ['2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10'].map((date) => ({ date, name: 'Tết Nguyên đán (thử)' }));
    await getDb().db.execute(sql`insert into legal_rules (id, rule_id, value, valid_from, valid_to, source, confidence, note)
      values ('r-test-press-2027', 'calendar.officialSchedule', ${JSON.stringify({ off, work: ['2027-02-13'] })}::jsonb, '2027-01-01', '2028-01-01', 'Thông báo (thử)', 'V', null)`);
    setToday('2027-02-03');
    const r = await receiveInquiry(as(coordinator), { ...REQUEST, receivedOn: '2027-02-03' });
    // Thursday 11, Friday 12, Saturday 13 (worked), Monday 15, Tuesday 16
    expect(r.dueOn).toBe('2027-02-16');
    // (the basis as the page prints it; the sessions of this suite would have expired by this date)
    expect(basisText(r.dueBasis)).toBe('5 ngày làm việc, Luật Tiếp cận thông tin 2016, Điều 31; không tính Tết Nguyên đán (thử) 04–10/02/2027');
  });
});
