import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDriver } from '../../../test/db';
import { auth, buildTestApp, signInAs, type Session } from '../../../test/app';
import { buildDemoOrg, buildUser } from '../../../test/factories';
import type { App } from '../../platform/http';
import { readDocxText } from '../../platform/documents';
import { SYSTEM } from '../../../test/factories';
import { createFocalPoint, createGroup, changeGroupMembers } from '../network';
import { createSpokesperson } from '../press';
import { crisisFigures, median, sendCrisisReminders, timerOf } from '.';

const HOUR = 3_600_000;
const hoursAgo = (h: number) => new Date(Date.now() - h * HOUR).toISOString();

describe('crisis timer and median (pure)', () => {
  it('runs from detection until the first statement and stops there', () => {
    const running = timerOf('2026-12-01T00:00:00Z', null, 24, new Date('2026-12-01T06:30:00Z'));
    expect(running).toMatchObject({ elapsedHours: 6.5, isStopped: false, isWithinTarget: true, dueAt: '2026-12-02T00:00:00.000Z' });
    const late = timerOf('2026-12-01T00:00:00Z', '2026-12-02T03:00:00Z', 24, new Date('2026-12-05T00:00:00Z'));
    expect(late).toMatchObject({ elapsedHours: 27, isStopped: true, isWithinTarget: false });
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([2, 30, 4, 10])).toBe(7);
  });
});

describeEachDriver('crises: opened from monitoring, append-only timeline, statements through the chain, review before closing', (getDb) => {
  let app: App;
  let coordinator: Session;
  let press: Session;
  let spokesperson: Session;
  let approver: Session;
  let otherApprover: Session;
  let otherOfficer: Session;
  let viewer: Session;
  let spokespersonId: string;
  let coordinatorId: string;
  let approverId: string;
  let otherOfficerId: string;
  let otherApproverId: string;
  const q = (text: string, params: unknown[] = []) => getDb().query(text, params);
  const post = (who: Session, url: string, payload: object = {}) => app.inject({ method: 'POST', url, headers: auth(who), payload });
  const get = (who: Session, url: string) => app.inject({ method: 'GET', url, headers: auth(who) });

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
    const c = await buildUser(getDb(), { role: 'coordinator', unitId: 'lc-so-ct' });
    coordinatorId = c.id;
    coordinator = await signInAs(app, c.username, c.password);
    const p = await buildUser(getDb(), { role: 'press', unitId: 'lc-so-ct' });
    press = await signInAs(app, p.username, p.password);
    const s = await buildUser(getDb(), { role: 'officer', unitId: 'lc-so-nnmt' });
    spokespersonId = s.id;
    spokesperson = await signInAs(app, s.username, s.password);
    // the approver of the unit the crises below are about (Sở Nông nghiệp và Môi trường)
    const a = await buildUser(getDb(), { role: 'approver', unitId: 'lc-so-nnmt' });
    approver = await signInAs(app, a.username, a.password);
    approverId = a.id;
    const ao = await buildUser(getDb(), { role: 'approver', unitId: 'lc-so-ct' });
    otherApprover = await signInAs(app, ao.username, ao.password);
    otherApproverId = ao.id;
    const o = await buildUser(getDb(), { role: 'officer', unitId: 'lc-so-tp' });
    otherOfficer = await signInAs(app, o.username, o.password);
    otherOfficerId = o.id;
    const v = await buildUser(getDb(), { role: 'viewer', unitId: 'lc-so-tp' });
    viewer = await signInAs(app, v.username, v.password);
    await q(`insert into monitoring_sources (id, name, kind, url) values ('s1', 'Trang tin X', 'feed', 'http://x.example/rss')`);
    await q(`insert into monitoring_items (id, source_id, kind, url, title, body, content_hash, sentiment, relevant, published_at, ingested_at) values
      ('i1', 's1', 'article', 'http://x.example/1', 'Tin đồn vỡ đập thủy điện', 'Nội dung bịa đặt.', 'h1', 'negative', true, '2026-12-01T01:00:00Z', '2026-12-01T01:20:00Z'),
      ('i2', 's1', 'post', null, '', 'Bài chia sẻ lại tin đồn', 'h2', 'negative', true, '2026-12-01T02:00:00Z', '2026-12-01T02:05:00Z')`);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opened from a monitoring item carries its detection time, links the item, keeps monitoring\'s flag and takes the higher level when unsure', async () => {
    const res = await post(coordinator, '/api/v1/crises', { itemId: 'i1', summary: 'Tin đồn lan trên mạng xã hội.', severity: 2, isUnsure: true, unitId: 'lc-so-nnmt', members: [{ role: 'spokesperson', userId: spokespersonId }] });
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c.timer.detectedAt).toBe('2026-12-01T01:20:00.000Z');
    expect(c.title).toBe('Tin đồn vỡ đập thủy điện');
    expect(c.items.map((i: { id: string }) => i.id)).toEqual(['i1']);
    expect(c.severity).toBe(3);
    expect(c.severityLabel).toBe('Mức 3 — cao');
    expect(c.statusLabel).toBe('Mới phát hiện');
    expect(c.members.filter((m: { isCurrent: boolean }) => m.isCurrent).map((m: { role: string }) => m.role).sort()).toEqual(['lead', 'spokesperson']);
    expect(c.timeline[0].text).toContain('phát hiện lúc 01/12/2026 08:20');
    const flags = (await q(`select kind from monitoring_flags where item_id = 'i1'`)).rows;
    expect(flags).toEqual([{ kind: 'crisis' }]);
    // the item's crises, for its page
    expect((await get(coordinator, '/api/v1/crises?itemId=i1')).json().items.map((i: { id: string }) => i.id)).toEqual([c.id]);
    // a second item is linked later; by hand a reason is required
    expect((await post(coordinator, `/api/v1/crises/${c.id}/items`, { itemIds: ['i2'] })).json().items).toHaveLength(2);
    const noReason = await post(coordinator, '/api/v1/crises', { summary: 'x', severity: 1 });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().errors[0]).toMatchObject({ path: 'reason' });
    // officers of another unit neither see it nor open crises; viewers read but do not manage
    expect((await get(otherOfficer, `/api/v1/crises/${c.id}`)).statusCode).toBe(404);
    expect((await get(otherOfficer, '/api/v1/crises')).json().items).toEqual([]);
    expect((await post(otherOfficer, '/api/v1/crises', { title: 'x', reason: 'x', summary: 'x', severity: 1 })).statusCode).toBe(403);
    expect((await get(viewer, `/api/v1/crises/${c.id}`)).json().abilities).toMatchObject({ canManage: false, canAct: false });
    expect((await post(viewer, `/api/v1/crises/${c.id}/notes`, { text: 'Ghi chú' })).statusCode).toBe(403);
  });

  it('takes the spokesperson from the press registry by default and notifies the crisis\'s network group, with the delivery status on the crisis', async () => {
    const sys = { db: getDb().db, actor: SYSTEM };
    const display = (await q(`select display_name from users where id = $1`, [spokespersonId])).rows[0] as { display_name: string };
    await createSpokesperson(sys, { unitId: 'lc-so-tp', kind: 'spokesperson', personName: display.display_name, title: 'Phó Giám đốc', phone: '0214 3820 456', validFrom: '2026-01-01' });
    const fp = await createFocalPoint(sys, { personName: 'Đầu mối Sở Tư pháp', title: 'Chuyên viên', unitId: 'lc-so-tp', level: 'department', email: 'daumoi.tp@example.vn', validFrom: '2026-01-01' });
    const group = await createGroup(sys, { name: 'Nhóm phản ứng nhanh', channels: ['email'] });
    await changeGroupMembers(sys, group.id, { add: [fp.id] });
    const res = await post(press, '/api/v1/crises', { title: 'Tin sai về bổ nhiệm cán bộ', reason: 'Báo chí phản ánh', summary: 'Thông tin sai lan trên mạng xã hội.', severity: 2, unitId: 'lc-so-tp', networkGroupId: group.id });
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c.members.find((m: { role: string }) => m.role === 'spokesperson')).toMatchObject({ personName: display.display_name, fromRegistry: true, userId: spokespersonId });
    expect(c.broadcasts).toHaveLength(1);
    expect(c.broadcasts[0]).toMatchObject({ groupName: 'Nhóm phản ứng nhanh' });
    expect(c.broadcasts[0].statusLabel).toMatch(/1 (đang chờ gửi|đã gửi)/);
    expect(c.timeline.map((e: { kind: string }) => e.kind)).toContain('notify');
    // the registry's spokesperson is a member: they list it and act in their role (an officer of another unit)
    expect((await get(spokesperson, '/api/v1/crises')).json().items.map((i: { id: string }) => i.id)).toContain(c.id);
    expect((await post(spokesperson, `/api/v1/crises/${c.id}/notes`, { text: 'Đã nắm thông tin.' })).statusCode).toBe(200);
    // on demand, again
    expect((await post(press, `/api/v1/crises/${c.id}/notify`, {})).json().broadcasts).toHaveLength(2);
    expect((await q(`select count(*)::int as n from network_broadcasts where origin_kind = 'crisis' and origin_id = $1`, [c.id])).rows[0]).toEqual({ n: 2 });
  });

  it('keeps the timeline append-only: notes add entries, the table refuses UPDATE, DELETE and TRUNCATE', async () => {
    const c = (await post(coordinator, '/api/v1/crises', { title: 'Nước sinh hoạt có mùi lạ', reason: 'Phản ánh qua đường dây nóng', summary: 'Phản ánh về chất lượng nước.', severity: 1, unitId: 'lc-so-nnmt' })).json();
    const after = (await post(coordinator, `/api/v1/crises/${c.id}/notes`, { text: 'Đã liên hệ nhà máy nước.' })).json();
    expect(after.timeline.map((e: { kindLabel: string }) => e.kindLabel)).toEqual(['Mở sự cố', 'Tổ công tác', 'Ghi chép']);
    await expect(q(`update crisis_timeline set text = 'sửa' where crisis_id = $1`, [c.id])).rejects.toThrow(/append-only/);
    await expect(q(`delete from crisis_timeline where crisis_id = $1`, [c.id])).rejects.toThrow(/append-only/);
    await expect(q(`truncate crisis_timeline`)).rejects.toThrow(/append-only/);
    expect((await q(`select count(*)::int as n from crisis_timeline where crisis_id = $1`, [c.id])).rows[0]).toEqual({ n: 3 });
  });

  it('publishes a statement only after the spokesperson and the head approved it; the drafter never approves their own version', async () => {
    const c = (await post(coordinator, '/api/v1/crises', { title: 'Sạt lở quốc lộ 70', reason: 'Báo chí hỏi', summary: 'Sạt lở quốc lộ 70.', severity: 2, unitId: 'lc-so-nnmt', detectedAt: hoursAgo(3), members: [{ role: 'spokesperson', userId: spokespersonId }] })).json();
    const missingUnknowns = await post(coordinator, `/api/v1/crises/${c.id}/statements`, { kind: 'holding', title: 'Thông tin ban đầu', facts: 'Sạt lở lúc 5 giờ.', unknowns: '', actions: 'Phân luồng.', nextUpdateAt: new Date(Date.now() + 2 * HOUR).toISOString() });
    expect(missingUnknowns.statusCode).toBe(422);
    const drafted = (await post(coordinator, `/api/v1/crises/${c.id}/statements`, { kind: 'holding', title: 'Thông tin ban đầu về sạt lở quốc lộ 70', facts: 'Sạt lở lúc 5 giờ sáng, không có thương vong.', unknowns: 'Nguyên nhân đang được xác minh.', actions: 'Phân luồng giao thông.', nextUpdateAt: new Date(Date.now() + 2 * HOUR).toISOString() })).json();
    const statement = drafted.statements[0];
    const url = `/api/v1/crises/${c.id}/statements/${statement.id}`;

    const early = await post(press, `${url}/publish`);
    expect(early.statusCode).toBe(409);
    expect(early.json().title ?? early.json().detail).toMatch(/chưa được duyệt đủ/);
    expect((await q(`select count(*)::int as n from crisis_statements where status = 'published'`)).rows[0]).toEqual({ n: 0 });
    expect((await app.inject({ url: '/thong-tin-su-co' })).body).not.toContain('sạt lở quốc lộ 70');

    // each step is told to whoever takes it next, by a crisis reminder: first the group's spokesperson, not the drafter
    const told = async (userId: string) =>
      (await q(`select params->>'what' as what from notifications where kind = 'crisis_reminder' and user_id = $1 and link = $2 order by created_at`, [userId, `/office/crises/${c.id}`])).rows.map((r) => (r as { what: string }).what);
    expect(await told(spokespersonId)).toEqual(['Thông cáo “Thông tin ban đầu về sạt lở quốc lộ 70” (phiên bản 1) chờ người phát ngôn duyệt']);
    expect(await told(coordinatorId)).toEqual([]);
    const own = await post(coordinator, `${url}/approve`);
    expect(own.statusCode).toBe(403);
    expect(own.body).toContain('Người soạn không tự duyệt');
    // the head's step is not the spokesperson's: an approver cannot take the first step
    expect((await post(approver, `${url}/approve`)).statusCode).toBe(403);
    expect((await post(spokesperson, `${url}/approve`)).json().statements[0].versions[0].stateLabel).toBe('Chờ lãnh đạo duyệt');
    expect((await post(press, `${url}/publish`)).statusCode).toBe(409);
    // then the approvers of the crisis's unit, not those of another unit
    expect(await told(approverId)).toEqual(['Thông cáo “Thông tin ban đầu về sạt lở quốc lộ 70” (phiên bản 1) đã qua người phát ngôn, chờ lãnh đạo duyệt']);
    expect(await told(otherApproverId)).toEqual([]);
    // the unit's approver finds the statement waiting on their home page; the approver of another unit does not
    const homeCard = async (who: Session) => ((await get(who, '/api/v1/home')).json().cards as { key: string; items: { title: string }[] }[]).find((c) => c.key === 'crisisApprove');
    expect((await homeCard(approver))?.items.map((i) => i.title)).toEqual(['Thông tin ban đầu về sạt lở quốc lộ 70']);
    expect(await homeCard(otherApprover)).toBeUndefined();
    // the head's step: not by an approver of another unit, not by whoever took the spokesperson's step
    expect((await post(otherApprover, `${url}/approve`)).statusCode).toBe(403);
    // whoever took the spokesperson's step never takes the head's, not even an administrator, who may take either
    const admin = await buildUser(getDb(), { role: 'administrator', unitId: 'lc-ubnd' });
    const adminSession = await signInAs(app, admin.username, admin.password);
    const other = (await post(coordinator, `/api/v1/crises/${c.id}/statements`, { kind: 'update', title: 'Cập nhật lần 1', facts: 'Đã thông xe một làn.', unknowns: 'Thời gian thông xe hoàn toàn.', actions: 'Tiếp tục khắc phục.', nextUpdateAt: new Date(Date.now() + 2 * HOUR).toISOString() })).json();
    const otherUrl = `/api/v1/crises/${c.id}/statements/${other.statements.find((x: { kind: string }) => x.kind === 'update').id}`;
    expect((await post(adminSession, `${otherUrl}/approve`)).statusCode).toBe(200);
    const twice = await post(adminSession, `${otherUrl}/approve`);
    expect(twice.statusCode).toBe(403);
    expect(twice.body).toContain('không duyệt tiếp bước lãnh đạo');
    expect((await post(approver, `${url}/approve`)).json().statements[0].abilities).toMatchObject({ canApprove: false });
    // approved: its drafter is told it can be published
    expect((await told(coordinatorId)).at(-1)).toBe('Thông cáo “Thông tin ban đầu về sạt lở quốc lộ 70” (phiên bản 1) đã được duyệt đủ, có thể công bố');
    const published = await post(press, `${url}/publish`);
    expect(published.statusCode).toBe(200);
    const p = published.json();
    expect(p.statements[0].portalPath).toMatch(/^\/thong-tin-su-co\/\d+-thong-tin-ban-dau-ve-sat-lo-quoc-lo-70$/);
    expect(p.timer.isStopped).toBe(true);
    expect(p.timer.isWithinTarget).toBe(true);
    expect(p.timer.elapsedHours).toBeGreaterThanOrEqual(2.9);
    const list = await app.inject({ url: '/thong-tin-su-co' });
    expect(list.body).toContain('Thông tin ban đầu về sạt lở quốc lộ 70');
    const page = await app.inject({ url: p.statements[0].portalPath });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Nguyên nhân đang được xác minh.');
    expect(page.body).not.toContain('Người dùng');
    // the published statement counts among the year's clarifications (I-10); this crisis was opened by hand
    const year = Number(new Date(Date.now() + 7 * HOUR).toISOString().slice(0, 4));
    const figures = new Map((await crisisFigures(getDb().db, year)).map((f) => [f.code, f]));
    const mine = (code: string) => figures.get(code)!.records().filter((r) => r.href === `/office/crises/${c.id}`);
    expect(mine('I-10.clarifications').map((r) => r.title)).toEqual([expect.stringMatching(/^Thông tin số \d+ — Thông tin ban đầu về sạt lở quốc lộ 70$/)]);
    expect(mine('I-10.clarifications.fromMonitoring')).toEqual([]);

    // a new version must go through the chain again; withdrawing takes the statement off the portal
    const revised = (await post(coordinator, `${url}/versions`, { kind: 'holding', title: 'Thông tin ban đầu về sạt lở quốc lộ 70', facts: 'Đã thông xe một làn.', unknowns: 'Thời gian thông xe hoàn toàn.', actions: 'Khắc phục.', nextUpdateAt: new Date(Date.now() + 4 * HOUR).toISOString() })).json();
    expect(revised.statements[0].versions.map((v: { state: string }) => v.state)).toEqual(['awaiting_spokesperson', 'superseded']);
    expect((await post(press, `${url}/publish`)).statusCode).toBe(409);
    expect((await post(press, `${url}/withdraw`, { note: '' })).statusCode).toBe(422);
    expect((await post(press, `${url}/withdraw`, { note: 'Thông tin đã cũ' })).json().statements[0].statusLabel).toBe('Đã thu hồi');
    // a link already shared says it was withdrawn, when and why, and no longer shows the text
    const gone = await app.inject({ url: p.statements[0].portalPath });
    expect(gone.statusCode).toBe(410);
    expect(gone.body).toContain('Thông tin này đã được cơ quan công bố thu hồi lúc');
    expect(gone.body).toContain('Thông tin đã cũ');
    expect(gone.body).not.toContain('Sạt lở lúc 5 giờ sáng');
    expect((await app.inject({ url: '/thong-tin-su-co/99999-khong-co' })).statusCode).toBe(404);
  });

  it('tells the people given a task, or the officers of the unit given it, when they may open the crisis', async () => {
    const c = (await post(coordinator, '/api/v1/crises', { title: 'Tin đồn giá phân bón', reason: 'Mạng xã hội', summary: 'Tin đồn tăng giá.', severity: 1, unitId: 'lc-so-nnmt', detectedAt: hoursAgo(1) })).json();
    const dueAt = new Date(Date.now() + 5 * HOUR).toISOString();
    expect((await post(coordinator, `/api/v1/crises/${c.id}/tasks`, { title: 'Xác minh nguồn tin', ownerUnitId: 'lc-so-nnmt', dueAt })).statusCode).toBe(200);
    // Sở Tư pháp's officer cannot open a crisis of another unit: told nothing they could not open
    expect((await post(coordinator, `/api/v1/crises/${c.id}/tasks`, { title: 'Rà soát pháp lý', ownerUnitId: 'lc-so-tp', dueAt })).statusCode).toBe(200);
    expect((await post(coordinator, `/api/v1/crises/${c.id}/tasks`, { title: 'Chuẩn bị họp báo', ownerUserId: approverId, dueAt })).statusCode).toBe(200);
    const told = async (userId: string) =>
      (await q(`select params->>'what' as what from notifications where kind = 'crisis_reminder' and user_id = $1 and link = $2`, [userId, `/office/crises/${c.id}`])).rows.map((r) => (r as { what: string }).what);
    expect(await told(spokespersonId)).toEqual([expect.stringMatching(/^Nhiệm vụ “Xác minh nguồn tin” được giao, hạn \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)]);
    expect(await told(otherOfficerId)).toEqual([]);
    expect(await told(approverId)).toEqual([expect.stringMatching(/^Nhiệm vụ “Chuẩn bị họp báo” được giao/)]);
    expect(await told(coordinatorId)).toEqual([]);
  });

  it('refuses to close without a review, refuses unowned follow-ups, closes after the review and prints it', async () => {
    const c = (await post(press, '/api/v1/crises', { title: 'Tin sai về học phí', reason: 'Phản ánh', summary: 'Tin sai về học phí.', severity: 1 })).json();
    const early = await post(press, `/api/v1/crises/${c.id}/close`);
    expect(early.statusCode).toBe(409);
    expect(early.body).toContain('Chưa có báo cáo rút kinh nghiệm');
    const unowned = await post(press, `/api/v1/crises/${c.id}/review`, { summary: 'Đã cải chính.', wentWell: 'Nhanh.', toImprove: 'Phối hợp.', followups: [{ title: 'Cập nhật quy trình', dueOn: '2027-01-15' }] });
    expect(unowned.statusCode).toBe(422);
    expect(unowned.json().errors[0].path).toBe('followups.0.owner');
    const reviewed = await post(press, `/api/v1/crises/${c.id}/review`, { summary: 'Đã cải chính.', wentWell: 'Nhanh.', toImprove: 'Phối hợp.', followups: [{ title: 'Cập nhật quy trình', ownerUserId: coordinatorId, dueOn: '2027-01-15' }] });
    expect(reviewed.json().abilities.canClose).toBe(true);
    const closed = (await post(press, `/api/v1/crises/${c.id}/close`)).json();
    expect(closed.statusLabel).toBe('Đã đóng');
    expect(closed.abilities.canManage).toBe(false);
    expect((await post(press, `/api/v1/crises/${c.id}/notes`, { text: 'Thêm' })).statusCode).toBe(409);
    const docx = await get(press, `/api/v1/crises/${c.id}/review.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    // signed by the working group's lead by default (the office's link names no signer)
    const lead = closed.members.find((m: { role: string; isCurrent: boolean }) => m.role === 'lead' && m.isCurrent);
    const text = await readDocxText(docx.rawPayload);
    expect(text).toContain('TRƯỞNG NHÓM XỬ LÝ SỰ CỐ');
    expect(text).toContain(lead.personName);
  });

  it('reminds the group once when the first statement is due soon, once when overdue, and once when a promised update is reached', async () => {
    const c = (await post(coordinator, '/api/v1/crises', { title: 'Tin đồn dịch bệnh', reason: 'Phát hiện qua nhóm Zalo', summary: 'Tin đồn dịch bệnh.', severity: 2, detectedAt: hoursAgo(20), members: [{ role: 'spokesperson', userId: spokespersonId }] })).json();
    const sent = async (at: Date) => {
      await sendCrisisReminders(getDb().db, 'http://localhost', at);
      return (await q(`select key from crisis_reminders where crisis_id = $1 order by sent_at, key`, [c.id])).rows.map((r) => (r as { key: string }).key);
    };
    expect(await sent(new Date())).toEqual(['first-due-soon']);
    expect(await sent(new Date())).toEqual(['first-due-soon']);
    expect(await sent(new Date(Date.now() + 5 * HOUR))).toEqual(['first-due-soon', 'first-overdue']);
    expect(await sent(new Date(Date.now() + 6 * HOUR))).toEqual(['first-due-soon', 'first-overdue']);
    // a statement promising an update in one hour: once that hour passes without a new one, one reminder
    const drafted = (await post(coordinator, `/api/v1/crises/${c.id}/statements`, { kind: 'holding', title: 'Thông tin ban đầu về tin đồn dịch bệnh', facts: 'Chưa ghi nhận ca bệnh.', unknowns: 'Nguồn tin.', actions: 'Giám sát.', nextUpdateAt: new Date(Date.now() + HOUR).toISOString() })).json();
    const url = `/api/v1/crises/${c.id}/statements/${drafted.statements[0].id}`;
    await post(spokesperson, `${url}/approve`);
    await post(approver, `${url}/approve`);
    expect((await post(press, `${url}/publish`)).statusCode).toBe(200);
    const versionId = drafted.statements[0].versions[0].id;
    expect(await sent(new Date(Date.now() + 30 * 60_000))).toEqual(['first-due-soon', 'first-overdue']);
    expect(await sent(new Date(Date.now() + 2 * HOUR))).toEqual(['first-due-soon', 'first-overdue', `update-due:${versionId}`]);
    expect(await sent(new Date(Date.now() + 3 * HOUR))).toEqual(['first-due-soon', 'first-overdue', `update-due:${versionId}`]);
    const notified = (await q(`select count(*)::int as n from notifications where kind = 'crisis_reminder' and user_id = $1 and subject_key like $2`, [spokespersonId, `crisis_reminder:${c.id}:%`])).rows[0];
    expect(notified).toEqual({ n: 3 });
    expect((await get(coordinator, `/api/v1/crises/${c.id}`)).json().timeline.filter((e: { kind: string }) => e.kind === 'reminder')).toHaveLength(3);
  });

  it('counts crises by severity, the median hours to the first statement and the share within the rule for the annual report', async () => {
    const open = async (detectedAt: string, severity: number) => (await post(coordinator, '/api/v1/crises', { title: 'Sự cố năm 2025', reason: 'Số liệu năm 2025', summary: 'Sự cố năm trước.', severity, detectedAt })).json().id as string;
    const a = await open('2025-03-01T00:00:00Z', 1);
    const b = await open('2025-06-01T00:00:00Z', 3);
    const d = await open('2025-09-01T00:00:00Z', 3);
    await open('2024-12-31T18:00:00Z', 4); // 01:00 on 1 January 2025 in Vietnam: counts for 2025
    await q(`update crises set first_statement_at = detected_at + interval '2 hours' where id = $1`, [a]);
    await q(`update crises set first_statement_at = detected_at + interval '30 hours' where id = $1`, [b]);
    await q(`update crises set first_statement_at = detected_at + interval '5 hours 30 minutes' where id = $1`, [d]);
    const figures = new Map((await crisisFigures(getDb().db, 2025)).map((f) => [f.code, f]));
    expect(figures.get('I-11.crises')!.value).toBe(4);
    expect(figures.get('I-11.crises.severity3')!.value).toBe(2);
    expect(figures.get('I-11.crises.severity4')!.value).toBe(1);
    expect(figures.get('I-11.firstStatement.medianHours')).toMatchObject({ value: 5.5, outOf: 3 });
    // within 24 h: 2 of the 3 answered; the unanswered one is long past its 24 h and counts as late
    expect(figures.get('I-11.firstStatement.withinTarget')).toMatchObject({ value: 50, outOf: 4 });
  });
});
