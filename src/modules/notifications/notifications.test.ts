import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../test/db';
import { auth, buildTestApp, signInAs, type Session } from '../../../test/app';
import { buildTinyOrg, buildUser } from '../../../test/factories';
import type { Role } from '../../platform/auth';
import type { App } from '../../platform/http';
import { addDays, todayVn } from '../../platform/text';
import { submitComment } from '../consultation';
import type { OrgSnapshot } from '../organisations';
import { announceClosingRounds, deliver, KINDS, scanEvents, sendDigests } from './index';

const PUBLIC_URL = 'https://dongthuan.example.vn';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
type Exec = { execute: (q: ReturnType<typeof sql>) => Promise<unknown> };
const rows = async <T,>(db: Exec, q: ReturnType<typeof sql>) => ((await db.execute(q)) as { rows: T[] }).rows;

const ORG: OrgSnapshot = {
  units: [
    { id: 'p', name: 'Ủy ban nhân dân tỉnh Thử', shortName: null, type: 'ubnd_tinh', level: 'province', parentId: null, abbreviations: [], otherNames: [], place: 'Thử', validFrom: '2000-01-01', validTo: null },
    { id: 'p-tp', name: 'Sở Tư pháp', shortName: null, type: 'so', level: 'province', parentId: 'p', abbreviations: [], otherNames: [], place: null, validFrom: '2000-01-01', validTo: null },
    { id: 'p-tc', name: 'Sở Tài chính', shortName: null, type: 'so', level: 'province', parentId: 'p', abbreviations: [], otherNames: [], place: null, validFrom: '2000-01-01', validTo: null },
  ],
  groups: [],
  aliases: [],
  successions: [],
};

describeEachDriver('notifications and the role-aware home page', (getDb) => {
  let app: App;
  const today = todayVn();
  const users = new Map<string, { id: string; session: Session }>();
  const draftId = randomUUID();
  const otherDraftId = randomUUID();
  const roundId = randomUUID();
  const planId = randomUUID();
  const task = { overdue: randomUUID(), soon: randomUUID(), other: randomUUID() };
  const published = [randomUUID(), randomUUID()];
  const db = () => getDb().db as unknown as Exec;
  const as = (name: string) => auth(users.get(name)!.session);
  const get = (name: string, url: string) => app.inject({ url, headers: as(name) });

  async function addUser(name: string, role: Role, unitId: string, email?: string) {
    const u = await buildUser(getDb(), { role, unitId });
    if (email) {
      const personId = randomUUID();
      await db().execute(sql`insert into people (id, full_name, unit_id, email) values (${personId}, ${`Cán bộ ${name}`}, ${unitId}, ${email})`);
      await db().execute(sql`update users set person_id = ${personId} where id = ${u.id}`);
    }
    users.set(name, { id: u.id, session: await signInAs(app, u.username, u.password) });
  }

  async function comment(n: number) {
    for (let i = 0; i < n; i++) {
      await submitComment({ db: getDb().db, clientIp: `198.51.100.${i + 1}`, publicUrl: PUBLIC_URL }, { roundId, articleAnchor: null, commenterType: 'citizen', name: 'Nguyễn Văn Dân', phone: `09123456${String(10 + i)}`, consent: { processing: true, contact: false, showName: false }, stance: 'agree', body: `Ý kiến số ${i + 1}`, idempotencyKey: randomUUID() });
    }
  }

  const notificationsOf = async (name: string) => (await get(name, '/api/v1/notifications')).json() as { items: { id: string; kind: string; count: number; params: Record<string, unknown>; link: string; isRead: boolean }[]; unread: number };
  const cardOf = (home: { cards: { key: string }[] }, key: string) => home.cards.find((c) => c.key === key) as { key: string; count: number; link: string; items: { title: string; link: string; dueOn: string | null }[] } | undefined;

  beforeAll(async () => {
    await buildTinyOrg(getDb(), ORG);
    app = await buildTestApp(getDb());
    await addUser('officer', 'officer', 'p-tp', 'can-bo-tu-phap@example.vn');
    await addUser('otherOfficer', 'officer', 'p-tc');
    await addUser('approver', 'approver', 'p-tp', 'lanh-dao@example.vn');
    await addUser('coordinator', 'coordinator', 'p');
    await addUser('admin', 'administrator', 'p');
    const versionId = randomUUID();
    await db().execute(sql`insert into policy_drafts (id, slug, title, doc_type, drafting_unit_id, stage, legal_regime) values
      (${draftId}, 'du-thao-ho-tro', 'Nghị quyết về mức hỗ trợ sản xuất', 'nq_hdnd_tinh', 'p-tp', 'consultation', 'luat-2015'),
      (${otherDraftId}, 'du-thao-tai-chinh', 'Quyết định về phí', 'qd_ubnd_tinh', 'p-tc', 'drafting', 'luat-2015')`);
    await db().execute(sql`insert into draft_versions (id, draft_id, version_no, file_name, sha256, structure) values (${versionId}, ${draftId}, 1, 'v1.txt', 'x', '{"articles":[]}'::jsonb)`);
    await db().execute(sql`insert into consultation_rounds (id, draft_id, version_id, opens_on, closes_on, min_days) values (${roundId}, ${draftId}, ${versionId}, ${addDays(today, -20)}, ${addDays(today, 2)}, 30)`);
    // three comments waiting for moderation, two published of which one has an answer waiting for approval
    for (const [i, id] of [randomUUID(), randomUUID(), randomUUID(), ...published].entries()) {
      await db().execute(sql`insert into comments (id, round_id, receipt_code, idempotency_key, commenter_type, name, consent, stance, body, state, client_key)
        values (${id}, ${roundId}, ${`GY-TEST000${i}`}, ${`k${i}`}, 'citizen', 'Dân', '{"processing":true}'::jsonb, 'agree', 'Nội dung', ${i < 3 ? 'pending' : 'published'}, 'c')`);
    }
    await db().execute(sql`insert into comment_answers (comment_id, disposition, explanation, state) values (${published[0]}, 'tiep_thu', 'Tiếp thu', 'draft')`);
    const year = Number(today.slice(0, 4));
    await db().execute(sql`insert into plans (id, number, title, year, source_file_name, source_sha256, parsed) values (${planId}, '9/KH-UBND', 'Kế hoạch truyền thông chính sách', ${year}, 'kh.txt', ${randomUUID()}, '{}'::jsonb)`);
    await db().execute(sql`insert into plan_tasks (id, plan_id, code, position, title, content, due_on) values
      (${task.overdue}, ${planId}, 'II.1', 1, 'Tổ chức hội nghị phổ biến', '', ${addDays(today, -3)}),
      (${task.soon}, ${planId}, 'II.2', 2, 'Đăng tải dự thảo', '', ${addDays(today, 3)}),
      (${task.other}, ${planId}, 'II.3', 3, 'Việc của Sở Tài chính', '', ${addDays(today, 40)})`);
    await db().execute(sql`insert into task_assignments (id, task_id, unit_id, role, written_name) values
      (${randomUUID()}, ${task.overdue}, 'p-tp', 'lead', 'Sở Tư pháp'),
      (${randomUUID()}, ${task.soon}, 'p-tp', 'lead', 'Sở Tư pháp'),
      (${randomUUID()}, ${task.other}, 'p-tc', 'lead', 'Sở Tài chính')`);
  });

  it('shows each role what waits for it: counts, the first items and links', async () => {
    const officer = (await get('officer', '/api/v1/home')).json();
    expect(cardOf(officer, 'moderate')).toMatchObject({ count: 3, link: `/office/policies/${draftId}/comments`, items: [{ title: 'Nghị quyết về mức hỗ trợ sản xuất' }] });
    expect(cardOf(officer, 'answer')?.count).toBe(1);
    expect(cardOf(officer, 'overdue')).toMatchObject({ count: 1, link: '/office/tasks', items: [{ title: 'Tổ chức hội nghị phổ biến', link: `/office/plans/${planId}#task-${task.overdue}` }] });
    expect(cardOf(officer, 'dueSoon')).toMatchObject({ count: 1, items: [{ title: 'Đăng tải dự thảo' }] });
    expect(cardOf(officer, 'reportDuty')?.count).toBe(2);
    expect(cardOf(officer, 'closingRounds')).toMatchObject({ count: 1, items: [{ dueOn: addDays(today, 2) }] });
    expect(cardOf(officer, 'approve')).toBeUndefined();
    expect(cardOf(officer, 'review')).toBeUndefined();
    expect(officer.showChecklist).toBe(false);
    expect(officer.periodLabel).toMatch(/^(quý (I|II|III|IV)|cả năm) năm \d{4}$/);

    const approver = (await get('approver', '/api/v1/home')).json();
    expect(cardOf(approver, 'approve')).toMatchObject({ count: 1, link: `/office/policies/${draftId}/answers` });
    expect(cardOf(approver, 'moderate')).toBeUndefined();

    const other = (await get('otherOfficer', '/api/v1/home')).json();
    expect(cardOf(other, 'moderate')?.count).toBe(0);
    expect(cardOf(other, 'overdue')?.count).toBe(0);
    expect(cardOf(other, 'closingRounds')?.count).toBe(0);
    expect(cardOf(other, 'reportDuty')?.count).toBe(1);

    const coordinator = (await get('coordinator', '/api/v1/home')).json();
    expect(cardOf(coordinator, 'review')?.count).toBe(0);
    expect((await get('admin', '/api/v1/home')).json().showChecklist).toBe(true);
    expect((await app.inject({ url: '/api/v1/home' })).statusCode).toBe(401);
  });

  it('turns new comments into one notification per officer and draft, added to while unread', async () => {
    await scanEvents(getDb().db, PUBLIC_URL); // sets the watermark at the current end of the audit trail
    await comment(3);
    const first = await scanEvents(getDb().db, PUBLIC_URL);
    expect(first.events).toBe(3);
    let mine = await notificationsOf('officer');
    expect(mine.items.filter((n) => n.kind === 'new_comments')).toMatchObject([{ count: 3, params: { draftTitle: 'Nghị quyết về mức hỗ trợ sản xuất' }, link: `/office/policies/${draftId}/comments`, isRead: false }]);
    expect((await notificationsOf('otherOfficer')).items).toEqual([]);
    expect((await notificationsOf('approver')).items.filter((n) => n.kind === 'new_comments')).toEqual([]);

    await comment(2);
    expect((await scanEvents(getDb().db, PUBLIC_URL)).notifications).toBe(1);
    mine = await notificationsOf('officer');
    expect(mine.items.filter((n) => n.kind === 'new_comments').map((n) => n.count)).toEqual([5]);
    expect(await scanEvents(getDb().db, PUBLIC_URL)).toMatchObject({ events: 0, notifications: 0 });

    const id = mine.items.find((n) => n.kind === 'new_comments')!.id;
    const read = await app.inject({ method: 'POST', url: `/api/v1/notifications/${id}/read`, headers: as('officer') });
    expect(read.statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: `/api/v1/notifications/${id}/read`, headers: as('otherOfficer') })).statusCode).toBe(404);
    await comment(1);
    await scanEvents(getDb().db, PUBLIC_URL);
    mine = await notificationsOf('officer');
    expect(mine.items.filter((n) => n.kind === 'new_comments').map((n) => [n.count, n.isRead])).toEqual([[1, false], [5, true]]);
    expect((await get('officer', '/api/v1/notifications/unread-count')).json()).toEqual({ unread: 1 });
  });

  it('tells approvers of answers to approve, coordinators of reports submitted, the unit of reports reviewed', async () => {
    await scanEvents(getDb().db, PUBLIC_URL);
    const answered = await app.inject({ method: 'PUT', url: `/api/v1/comments/${published[1]}/answer`, headers: as('officer'), payload: { disposition: 'giai_trinh', explanation: 'Giải trình lý do giữ nguyên mức hỗ trợ.' } });
    expect(answered.statusCode).toBeLessThan(300);
    const period = `${today.slice(0, 4)}-Y`;
    const submitted = await app.inject({ method: 'POST', url: `/api/v1/tasks/${task.overdue}/reports`, headers: as('officer'), payload: { unitId: 'p-tp', period, status: 'in_progress', narrative: 'Đã tổ chức một hội nghị.' } });
    expect(submitted.statusCode).toBe(201);
    await scanEvents(getDb().db, PUBLIC_URL);
    expect((await notificationsOf('approver')).items.find((n) => n.kind === 'answers_to_approve')).toMatchObject({ count: 1, link: `/office/policies/${draftId}/answers` });
    expect((await notificationsOf('officer')).items.some((n) => n.kind === 'answers_to_approve')).toBe(false);
    expect((await notificationsOf('coordinator')).items.find((n) => n.kind === 'report_submitted')).toMatchObject({ count: 1, params: { planTitle: 'Kế hoạch truyền thông chính sách' }, link: `/office/plans/${planId}` });
    expect(cardOf((await get('coordinator', '/api/v1/home')).json(), 'review')).toMatchObject({ count: 1, items: [{ title: 'Tổ chức hội nghị phổ biến' }] });

    const returned = await app.inject({ method: 'POST', url: `/api/v1/reports/${submitted.json().id}/review`, headers: as('coordinator'), payload: { decision: 'return', comment: 'Bổ sung số người tham dự.' } });
    expect(returned.statusCode).toBe(200);
    await scanEvents(getDb().db, PUBLIC_URL);
    expect((await notificationsOf('officer')).items.find((n) => n.kind === 'report_reviewed')).toMatchObject({ params: { decision: 'returned', taskTitle: 'Tổ chức hội nghị phổ biến', unitName: 'Sở Tư pháp', periodLabel: `cả năm ${today.slice(0, 4)}`, comment: 'Bổ sung số người tham dự.' }, link: '/office/tasks' });
    expect((await notificationsOf('coordinator')).items.some((n) => n.kind === 'report_reviewed')).toBe(false);
  });

  it('respects each person’s choices: off creates nothing, immediate mails at once, the digest waits for the morning', async () => {
    const bad = await app.inject({ method: 'PUT', url: '/api/v1/notifications/settings', headers: as('officer'), payload: { channels: { new_comments: 'pigeon' }, roundClosingDays: 3 } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().title).toBe('Cài đặt thông báo chưa hợp lệ.');
    const saved = await app.inject({ method: 'PUT', url: '/api/v1/notifications/settings', headers: as('officer'), payload: { channels: { new_comments: 'immediate' }, roundClosingDays: 3 } });
    expect(saved.json()).toMatchObject({ channels: { new_comments: 'immediate', report_reviewed: 'digest' }, hasEmail: true });
    expect((await get('otherOfficer', '/api/v1/notifications/settings')).json()).toMatchObject({ hasEmail: false, channels: { new_comments: 'digest' } });
    await app.inject({ method: 'PUT', url: '/api/v1/notifications/settings', headers: as('approver'), payload: { channels: { answers_to_approve: 'off' }, roundClosingDays: 1 } });

    await app.inject({ method: 'POST', url: '/api/v1/notifications/read-all', headers: as('officer') });
    await scanEvents(getDb().db, PUBLIC_URL);
    await comment(2);
    await app.inject({ method: 'PUT', url: `/api/v1/comments/${published[1]}/answer`, headers: as('officer'), payload: { disposition: 'tiep_thu', explanation: 'Tiếp thu và chỉnh sửa Điều 3.' } });
    const before = (await notificationsOf('approver')).items.find((n) => n.kind === 'answers_to_approve')!.count;
    const run = await scanEvents(getDb().db, PUBLIC_URL);
    expect(run.mails).toBe(1);
    expect((await notificationsOf('approver')).items.find((n) => n.kind === 'answers_to_approve')!.count).toBe(before);
    const mails = await rows<{ to_address: string; subject: string; body_text: string }>(db(), sql`select to_address, subject, body_text from mail_outbox where purpose = 'notification.immediate'`);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to_address: 'can-bo-tu-phap@example.vn', subject: '[Đồng Thuận] 2 ý kiến mới về dự thảo “Nghị quyết về mức hỗ trợ sản xuất”' });
    expect(mails[0]!.body_text).toContain(`${PUBLIC_URL}/office/notifications`);
    expect(mails[0]!.body_text).not.toMatch(UUID);
    // more comments add to the unread notification without another mail
    await comment(1);
    await scanEvents(getDb().db, PUBLIC_URL);
    expect(await rows(db(), sql`select 1 from mail_outbox where purpose = 'notification.immediate'`)).toHaveLength(1);
  });

  it('announces a closing round once, within each person’s chosen number of days', async () => {
    const first = await announceClosingRounds(getDb().db, PUBLIC_URL, today);
    expect(first.notifications).toBe(1); // the officer (3 days); the approver asked for 1 day, the round ends in 2
    expect((await notificationsOf('officer')).items.find((n) => n.kind === 'round_closing')).toMatchObject({ params: { closesOn: addDays(today, 2) }, link: `/office/policies/${draftId}/consultation` });
    expect((await notificationsOf('approver')).items.some((n) => n.kind === 'round_closing')).toBe(false);
    expect((await announceClosingRounds(getDb().db, PUBLIC_URL, today)).notifications).toBe(0);
    expect((await announceClosingRounds(getDb().db, PUBLIC_URL, addDays(today, 1))).notifications).toBe(1); // now the approver
  });

  it('mails the daily digest once: Vietnamese, a link, no internal ids; a second run sends nothing', async () => {
    const digest = await sendDigests(getDb().db, PUBLIC_URL, today);
    expect(digest.digests).toBeGreaterThanOrEqual(1);
    const mails = await rows<{ to_address: string; subject: string; body_text: string }>(db(), sql`select to_address, subject, body_text from mail_outbox where purpose = 'notification.digest'`);
    const toApprover = mails.find((m) => m.to_address === 'lanh-dao@example.vn')!;
    const [y, m, d] = today.split('-');
    expect(toApprover.subject).toBe(`[Đồng Thuận] Tóm tắt thông báo ngày ${d}/${m}/${y}`);
    expect(toApprover.body_text).toContain('Đợt lấy ý kiến về dự thảo “Nghị quyết về mức hỗ trợ sản xuất” kết thúc');
    expect(toApprover.body_text).toContain(`${PUBLIC_URL}/office/notifications`);
    for (const mail of mails) {
      expect(mail.body_text).not.toMatch(UUID);
      expect(mail.body_text).not.toMatch(/\b\d{4}-(Y|Q[1-4])\b|[a-z]+_[a-z]+/);
    }
    // the officer chose immediate mail for comments: those never go into the digest
    const toOfficer = mails.find((m) => m.to_address === 'can-bo-tu-phap@example.vn');
    expect(toOfficer?.body_text ?? '').not.toContain('ý kiến mới');
    expect(await sendDigests(getDb().db, PUBLIC_URL, today)).toEqual({ digests: 0, items: 0 });
    expect(await rows(db(), sql`select 1 from mail_outbox where purpose = 'notification.digest'`)).toHaveLength(mails.length);
    // the office still lists them, unread
    expect((await notificationsOf('approver')).unread).toBeGreaterThan(0);
  });

  it('marks all read and keeps the audit trail of each change', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/notifications/read-all', headers: as('approver') });
    expect(res.json()).toMatchObject({ unread: 0 });
    expect(res.json().marked).toBeGreaterThan(0);
    expect((await get('approver', '/api/v1/notifications/unread-count')).json()).toEqual({ unread: 0 });
    const audit = await rows<{ action: string }>(db(), sql`select action from audit_log where action like 'notification.%' group by action order by action`);
    expect(audit.map((a) => a.action)).toEqual(['notification.digest', 'notification.read', 'notification.read-all', 'notification.rounds', 'notification.scan', 'notification.settings']);
  });

  it('tells an approver whose account is made after the answers were written what waits, and settles it for everyone once approved', async () => {
    await scanEvents(getDb().db, PUBLIC_URL);
    // two answers wait (one written before any scan, one answered by the officer); the new approver hears of both
    await addUser('newApprover', 'approver', 'p-tp');
    const run = await scanEvents(getDb().db, PUBLIC_URL);
    expect(run.notifications).toBe(1);
    const waiting = (await notificationsOf('newApprover')).items.filter((n) => n.kind === 'answers_to_approve');
    expect(waiting).toMatchObject([{ count: 2, params: { draftTitle: 'Nghị quyết về mức hỗ trợ sản xuất' }, link: `/office/policies/${draftId}/answers`, isRead: false }]);
    expect(cardOf((await get('newApprover', '/api/v1/home')).json(), 'approve')?.count).toBe(2);

    // the other approver approves one: the count follows what still waits; the second: the notification is settled
    expect((await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/answers/approval`, headers: as('approver'), payload: { commentIds: [published[0]] } })).statusCode).toBe(200);
    expect((await scanEvents(getDb().db, PUBLIC_URL)).resolved).toBe(1);
    expect((await notificationsOf('newApprover')).items.filter((n) => n.kind === 'answers_to_approve').map((n) => [n.count, n.isRead])).toEqual([[1, false]]);
    await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/answers/approval`, headers: as('approver'), payload: { commentIds: [published[1]] } });
    await scanEvents(getDb().db, PUBLIC_URL);
    expect((await notificationsOf('newApprover')).items.filter((n) => n.kind === 'answers_to_approve').map((n) => n.isRead)).toEqual([true]);
    expect((await notificationsOf('newApprover')).unread).toBe(0);
  });

  it('shows approvers the reports to review (they may review them) and settles the coordinators’ notification once reviewed by someone else', async () => {
    await app.inject({ method: 'POST', url: '/api/v1/notifications/read-all', headers: as('coordinator') });
    const submitted = await app.inject({ method: 'POST', url: `/api/v1/tasks/${task.soon}/reports`, headers: as('officer'), payload: { unitId: 'p-tp', period: `${today.slice(0, 4)}-Y`, status: 'in_progress', narrative: 'Đã đăng tải dự thảo.' } });
    expect(submitted.statusCode).toBe(201);
    await scanEvents(getDb().db, PUBLIC_URL);
    const waiting = (await notificationsOf('coordinator')).items.filter((n) => n.kind === 'report_submitted' && !n.isRead);
    expect(waiting).toMatchObject([{ count: 1, params: { planTitle: 'Kế hoạch truyền thông chính sách' } }]);
    expect(cardOf((await get('approver', '/api/v1/home')).json(), 'review')).toMatchObject({ count: 1, items: [{ title: 'Đăng tải dự thảo' }] });

    // the approver accepts it: the coordinator's notification is no longer new
    expect((await app.inject({ method: 'POST', url: `/api/v1/reports/${submitted.json().id}/review`, headers: as('approver'), payload: { decision: 'accept' } })).statusCode).toBe(200);
    const run = await scanEvents(getDb().db, PUBLIC_URL);
    expect(run.resolved).toBeGreaterThanOrEqual(1);
    expect((await notificationsOf('coordinator')).items.filter((n) => n.kind === 'report_submitted' && !n.isRead)).toEqual([]);
    expect((await get('coordinator', '/api/v1/notifications/unread-count')).json()).toEqual({ unread: 0 });
    expect(cardOf((await get('approver', '/api/v1/home')).json(), 'review')?.count).toBe(0);
    const scans = await rows<{ summary: { after: { resolved?: number } } }>(db(), sql`select summary from audit_log where action = 'notification.scan' order by seq desc limit 1`);
    expect(scans[0]!.summary.after.resolved).toBeGreaterThanOrEqual(1);
  });
  it('mails a crisis’s reminder at once unless the person turned it off, and keeps a monitoring alert in the office (its rule mails it)', async () => {
    const listed = (await get('otherOfficer', '/api/v1/notifications/settings')).json() as { channels: Record<string, string> };
    expect(Object.keys(listed.channels)).toEqual([...KINDS]);
    expect(listed.channels).toMatchObject({ crisis_reminder: 'immediate', monitoring_alert: 'office', press_inquiry_overdue: 'digest' });
    const officer = users.get('officer')!.id;
    const reminder = (key: string) => ({ userId: officer, kind: 'crisis_reminder', subjectKey: key, dedupeKey: key, params: { refNo: 7, title: 'Tin sai về giá điện', what: 'Đã quá 2 giờ mà chưa có thông cáo đầu tiên.' }, link: '/office/crises/x', count: 1 });
    const mailsNow = async () => (await rows<{ subject: string }>(db(), sql`select subject from mail_outbox where purpose = 'notification.immediate' and subject like '%Sự cố số 7%'`)).length;
    expect((await deliver(getDb().db, [reminder('crisis_reminder:t:1')], PUBLIC_URL)).mails).toBe(1);
    expect(await mailsNow()).toBe(1);
    await deliver(getDb().db, [{ userId: officer, kind: 'monitoring_alert', subjectKey: 'monitoring_alert:t', dedupeKey: 'monitoring_alert:t', params: { ruleName: 'Giá điện', count: 12 }, link: '/office/monitoring/alerts', count: 12 }], PUBLIC_URL);
    expect((await notificationsOf('officer')).items.some((n) => n.kind === 'monitoring_alert')).toBe(true);
    expect(await rows(db(), sql`select 1 from mail_outbox where subject like '%Giá điện%'`)).toHaveLength(0);

    const current = (await get('officer', '/api/v1/notifications/settings')).json() as { channels: Record<string, string>; roundClosingDays: number };
    const off = await app.inject({ method: 'PUT', url: '/api/v1/notifications/settings', headers: as('officer'), payload: { channels: { ...current.channels, crisis_reminder: 'off' }, roundClosingDays: current.roundClosingDays } });
    expect(off.json().channels.crisis_reminder).toBe('off');
    expect((await deliver(getDb().db, [reminder('crisis_reminder:t:2')], PUBLIC_URL)).notifications).toBe(0);
    expect(await mailsNow()).toBe(1);
  });
});
