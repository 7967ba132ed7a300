import fs from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDriver } from '../../../test/db';
import { todayVn } from '../../platform/text';
import { auth, buildTestApp, multipart, signInAs, type Session } from '../../../test/app';
import { buildDemoOrg, buildUser } from '../../../test/factories';
import { readDocxText } from '../../platform/documents';
import type { App } from '../../platform/http';
import { systemActor } from '../../platform/auth';
import { sql } from 'drizzle-orm';
import { createPerson } from '../organisations';
import { sendDueReminders } from './jobs';

const SEED = fs.readFileSync('test/fixtures/plans/yen-bai-14-KH-UBND-2024.txt');

// The seed plan (Yên Bái, 2024) assigns tasks to units closed in 2025; the people who carry that work today hold
// roles on today's units of tỉnh Lào Cai only.
describeEachDriver('plans: work of 2024 units passes to their successors', (getDb) => {
  let app: App;
  let coordinator: Session;
  let khcn: Session;
  let vhttdl: Session;
  let planId: string;
  let taskId: string;

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
    const c = await buildUser(getDb(), { role: 'coordinator', unitId: 'lc-so-vhttdl' });
    coordinator = await signInAs(app, c.username, c.password);
    const o = await buildUser(getDb(), { role: 'officer', unitId: 'lc-so-khcn' });
    khcn = await signInAs(app, o.username, o.password);
    const v = await buildUser(getDb(), { role: 'officer', unitId: 'lc-so-vhttdl' });
    vhttdl = await signInAs(app, v.username, v.password);
    const preview = multipart([{ name: 'file', fileName: 'kh14.txt', data: SEED, type: 'text/plain' }]);
    const names = (await app.inject({ method: 'POST', url: '/api/v1/plans/preview', headers: { ...auth(coordinator), ...preview.headers }, payload: preview.payload })).json().names;
    const mappings = Object.fromEntries(names.filter((n: { status: string }) => n.status === 'unresolved' || n.status === 'ambiguous').map((n: { written: string }) => [n.written, { ignore: true }]));
    const body = multipart([{ name: 'file', fileName: 'kh14.txt', data: SEED, type: 'text/plain' }, { name: 'mappings', value: JSON.stringify(mappings) }]);
    const imported = await app.inject({ method: 'POST', url: '/api/v1/plans', headers: { ...auth(coordinator), ...body.headers }, payload: body.payload });
    expect(imported.statusCode).toBe(201);
    planId = imported.json().id;
  });

  it('lists a 2024 unit’s tasks for the officer of today’s successor, saying who carries them', async () => {
    const mine = (await app.inject({ url: '/api/v1/my/tasks', headers: auth(khcn) })).json().items;
    const task = mine.find((x: { code: string; unitId: string }) => x.code === 'II.3.4' && x.unitId === 'yb-so-tttt');
    expect(task).toMatchObject({ unitName: 'Sở Thông tin và Truyền thông tỉnh Yên Bái', carriedBy: { units: [{ id: 'lc-so-khcn' }], isShared: false } });
    taskId = task.taskId;
    const me = (await app.inject({ url: '/api/v1/session', headers: auth(khcn) })).json();
    expect(me.roles).toEqual([expect.objectContaining({ role: 'officer', unitId: 'lc-so-khcn' })]);
  });

  it('accepts the successor’s report on the 2024 record, counted in the annual report under the unit of the record', async () => {
    const body = { unitId: 'yb-so-tttt', period: '2024-Y', status: 'done', narrative: 'Đã đăng 48 tin bài về chính sách trên Cổng thông tin điện tử.', indicators: { 'I-01': 48 }, evidenceLinks: [] };
    const refused = await app.inject({ method: 'POST', url: `/api/v1/tasks/${taskId}/reports`, headers: auth(vhttdl), payload: body });
    expect(refused.statusCode).toBe(403);
    const sent = await app.inject({ method: 'POST', url: `/api/v1/tasks/${taskId}/reports`, headers: auth(khcn), payload: body });
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({ unitId: 'yb-so-tttt', carriedBy: { units: [{ name: 'Sở Khoa học và Công nghệ tỉnh Lào Cai' }] } });
    // the coordinator's home page names the 2024 unit with who carries its work now
    const review = (await app.inject({ url: '/api/v1/home', headers: auth(coordinator) })).json().cards.find((c: { key: string }) => c.key === 'review');
    expect(review.items[0].context).toContain('Sở Thông tin và Truyền thông tỉnh Yên Bái (nay: Sở Khoa học và Công nghệ tỉnh Lào Cai)');
    const accepted = await app.inject({ method: 'POST', url: `/api/v1/reports/${sent.json().id}/review`, headers: auth(coordinator), payload: { decision: 'accept', comment: 'Đạt' } });
    expect(accepted.statusCode).toBe(200);
    const plan = (await app.inject({ url: `/api/v1/plans/${planId}`, headers: auth(coordinator) })).json();
    expect(plan.units.find((u: { unitId: string }) => u.unitId === 'yb-so-tttt')).toMatchObject({ done: 1, carriedBy: { units: [{ id: 'lc-so-khcn' }] } });
    // a report counts what existed on its date: the successor reported today, so a report dated today shows it
    // after the merger the plan's signer does not sign for the successor: without a signer the report is refused
    const unsigned = await app.inject({ url: `/api/v1/plans/${planId}/annual-report.docx?date=${todayVn()}`, headers: auth(coordinator) });
    expect(unsigned.statusCode).toBe(422);
    expect(unsigned.json().errors.map((e: { path: string }) => e.path)).toEqual(['signerName', 'signerTitle']);
    const docx = await app.inject({ url: `/api/v1/plans/${planId}/annual-report.docx?date=${todayVn()}&signerName=${encodeURIComponent('Nguyễn Văn A')}&signerTitle=${encodeURIComponent('Phó Chủ tịch')}`, headers: auth(coordinator) });
    const text = await readDocxText(docx.rawPayload);
    expect(text).toContain('Sở Thông tin và Truyền thông tỉnh Yên Bái (nay: Sở Khoa học và Công nghệ tỉnh Lào Cai) (năm 2024): Đã đăng 48 tin bài về chính sách');
    const dueDay = await app.inject({ url: `/api/v1/plans/${planId}/annual-report.docx`, headers: auth(coordinator) });
    expect(await readDocxText(dueDay.rawPayload)).not.toContain('Đã đăng 48 tin bài về chính sách');
  });

  it('lets the coordinator pass the work to another unit, with a reason, audited; the former carrier loses it', async () => {
    const noReason = await app.inject({ method: 'PUT', url: '/api/v1/org/units/yb-so-tttt/work-carrier', headers: auth(coordinator), payload: { toId: 'lc-so-vhttdl', effectiveOn: '2025-07-01', reason: '' } });
    expect(noReason.statusCode).toBe(422);
    const byOfficer = await app.inject({ method: 'PUT', url: '/api/v1/org/units/yb-so-tttt/work-carrier', headers: auth(khcn), payload: { toId: 'lc-so-vhttdl', effectiveOn: '2025-07-01', reason: 'Báo chí, thông tin cơ sở' } });
    expect(byOfficer.statusCode).toBe(403);
    // a unit still working keeps its work; a closed one's passes from its closing on, to a unit of the province
    const put = (unitId: string, payload: object) => app.inject({ method: 'PUT', url: `/api/v1/org/units/${unitId}/work-carrier`, headers: auth(coordinator), payload: { reason: 'Thử chuyển giao sai', ...payload } });
    const messageOf = async (r: ReturnType<typeof put>) => ((await r).json() as { errors: { message: string }[] }).errors.map((e) => e.message);
    expect(await messageOf(put('lc-so-tp', { toId: 'lc-so-vhttdl', effectiveOn: '2026-01-01' }))).toEqual(['Sở Tư pháp tỉnh Lào Cai vẫn đang hoạt động; chỉ chuyển giao công việc của đơn vị đã thôi hoạt động.']);
    expect((await messageOf(put('yb-so-tttt', { toId: 'lc-so-vhttdl', effectiveOn: '2000-01-01' })))[0]).toMatch(/^Sở Thông tin và Truyền thông tỉnh Yên Bái thôi hoạt động từ ngày \d\d\/\d\d\/\d{4}; ngày hiệu lực không được trước ngày đó\.$/);
    expect(await messageOf(put('yb-so-tttt', { toId: 'cp-ttg', effectiveOn: '2025-07-01' }))).toEqual(['Thủ tướng Chính phủ là cơ quan trung ương; chỉ chuyển giao cho đơn vị của tỉnh.']);
    expect(await messageOf(put('yb-so-tttt', { toId: 'lc-so-vhttdl', effectiveOn: '2025-03-01' }))).toEqual(['Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai chỉ hoạt động từ ngày 01/07/2025; chọn ngày hiệu lực từ ngày đó.']);
    const set = await app.inject({ method: 'PUT', url: '/api/v1/org/units/yb-so-tttt/work-carrier', headers: auth(coordinator), payload: { toId: 'lc-so-vhttdl', effectiveOn: '2025-07-01', reason: 'Báo chí, thông tin cơ sở về Sở VHTTDL' } });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ carriers: [{ id: 'lc-so-vhttdl' }], isOverridden: true });
    const unit = (await app.inject({ url: '/api/v1/org/units/lc-so-vhttdl', headers: auth(coordinator) })).json();
    expect(unit.work.inherited.map((u: { id: string }) => u.id)).toContain('yb-so-tttt');
    const mineNow = (await app.inject({ url: '/api/v1/my/tasks', headers: auth(vhttdl) })).json().items;
    expect(mineNow.some((x: { unitId: string }) => x.unitId === 'yb-so-tttt')).toBe(true);
    const formerly = (await app.inject({ url: '/api/v1/my/tasks', headers: auth(khcn) })).json().items;
    expect(formerly.some((x: { unitId: string }) => x.unitId === 'yb-so-tttt')).toBe(false);
    const cleared = await app.inject({ method: 'DELETE', url: '/api/v1/org/units/yb-so-tttt/work-carrier/2025-07-01', headers: auth(coordinator) });
    expect(cleared.statusCode).toBe(204);
    const audit = (await app.inject({ url: '/api/v1/audit?limit=20', headers: auth(coordinator) })).json();
    expect(JSON.stringify(audit)).toContain('org.work-carrier');
  });
});

describeEachDriver('plans: a plan of another province does not expand its group phrases to ours unasked', (getDb) => {
  let app: App;
  let coordinator: Session;
  // the founding plan as if Điện Biên had issued it: same group phrases, another province
  const OTHER = Buffer.from(SEED.toString('utf8').replace(/YÊN BÁI/g, 'ĐIỆN BIÊN').replace(/Yên Bái/g, 'Điện Biên'));
  const send = (url: string, fields: { name: string; value: string }[] = []) => {
    const body = multipart([...fields, { name: 'file', fileName: 'dien-bien.txt', data: OTHER, type: 'text/plain' }]);
    return app.inject({ method: 'POST', url, headers: { ...auth(coordinator), ...body.headers }, payload: body.payload });
  };

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
    const c = await buildUser(getDb(), { role: 'coordinator', unitId: 'lc-so-vhttdl' });
    coordinator = await signInAs(app, c.username, c.password);
  });

  it('flags the issuer in the preview and refuses to expand group phrases until the coordinator decides', async () => {
    const preview = (await send('/api/v1/plans/preview')).json();
    expect(preview.issuerCheck).toMatchObject({ status: 'other', issuerProvince: 'Điện Biên' });
    const open = preview.names.filter((n: { status: string }) => n.status === 'unresolved' || n.status === 'ambiguous');
    const groups = preview.names.filter((n: { status: string }) => n.status === 'group');
    const mappings = Object.fromEntries(open.map((n: { written: string }) => [n.written, { ignore: true }]));
    expect(groups.length).toBeGreaterThan(0);
    // "Sở Tư pháp" of Điện Biên is not ours either: names read as this province's units wait with the group phrases
    const held = preview.names.filter((n: { heldForIssuer: boolean }) => n.heldForIssuer);
    expect(held.map((n: { written: string }) => n.written)).toEqual(expect.arrayContaining([...groups.map((n: { written: string }) => n.written), 'Sở Tư pháp']));
    expect(held.every((n: { status: string }) => n.status === 'group' || n.status === 'unit')).toBe(true);
    const refused = await send('/api/v1/plans', [{ name: 'mappings', value: JSON.stringify(mappings) }]);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().title).toContain('không phải của tỉnh');
    expect(refused.json().errors.map((e: { path: string }) => e.path)).toEqual(held.map((n: { written: string }) => n.written));
    const confirmed = await send('/api/v1/plans', [{ name: 'mappings', value: JSON.stringify(mappings) }, { name: 'expandGroups', value: 'true' }]);
    expect(confirmed.statusCode).toBe(201);
  });
});

describeEachDriver('plans: reminders of a closed unit reach the people who carry its work', (getDb) => {
  it('mails the successor’s focal point about a task of a unit closed after the plan was issued', async () => {
    await buildDemoOrg(getDb());
    const app = await buildTestApp(getDb());
    const c = await buildUser(getDb(), { role: 'coordinator', unitId: 'lc-so-vhttdl' });
    const coordinator = await signInAs(app, c.username, c.password);
    // the founding plan as if issued in January 2025: its units closed on 01/3 and 01/7/2025, its deadline is 19/11/2025
    const plan2025 = Buffer.from(SEED.toString('utf8').replace(/2024/g, '2025'));
    const preview = multipart([{ name: 'file', fileName: 'kh.txt', data: plan2025, type: 'text/plain' }]);
    const names = (await app.inject({ method: 'POST', url: '/api/v1/plans/preview', headers: { ...auth(coordinator), ...preview.headers }, payload: preview.payload })).json().names;
    const mappings = Object.fromEntries(names.filter((n: { status: string }) => n.status === 'unresolved' || n.status === 'ambiguous').map((n: { written: string }) => [n.written, { ignore: true }]));
    const body = multipart([{ name: 'mappings', value: JSON.stringify(mappings) }, { name: 'file', fileName: 'kh.txt', data: plan2025, type: 'text/plain' }]);
    expect((await app.inject({ method: 'POST', url: '/api/v1/plans', headers: { ...auth(coordinator), ...body.headers }, payload: body.payload })).statusCode).toBe(201);
    await createPerson({ db: getDb().db, actor: systemActor('kiểm thử') }, { fullName: 'Phạm Thị Kế Thừa', unitId: 'lc-so-khcn', email: 'kethua@example.vn' });
    const sent = await sendDueReminders(getDb().db, '2025-11-12');
    expect(sent.mails).toBeGreaterThan(0);
    const mails = ((await getDb().db.execute(sql`select body_text from mail_outbox where to_address = 'kethua@example.vn'`)) as unknown as { rows: { body_text: string }[] }).rows.map((r) => r.body_text);
    expect(mails.some((m) => m.includes('của Sở Thông tin và Truyền thông tỉnh Yên Bái (chủ trì), nay do Sở Khoa học và Công nghệ tỉnh Lào Cai thực hiện'))).toBe(true);
  });
});
