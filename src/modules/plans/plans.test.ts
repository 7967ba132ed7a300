import fs from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describeEachDriver } from '../../../test/db';
import { auth, buildTestApp, multipart, signInAs, type Session } from '../../../test/app';
import { buildDemoOrg, buildUser } from '../../../test/factories';
import { readDocxText } from '../../platform/documents';
import { createPerson } from '../organisations';
import { systemActor } from '../../platform/auth';
import type { App } from '../../platform/http';
import { sendDueReminders } from './jobs';

const SEED = fs.readFileSync('test/fixtures/plans/yen-bai-14-KH-UBND-2024.txt');
const count = async (db: { execute: (q: ReturnType<typeof sql>) => Promise<unknown> }, table: string) =>
  Number(((await db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as { rows: { n: number }[] }).rows[0]!.n);

describeEachDriver('plans: import, reports, annual report', (getDb) => {
  let app: App;
  let coordinator: Session;
  let officer: Session;
  let approverOfTp: Session;
  let approverOfCt: Session;
  let planId: string;

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
    const c = await buildUser(getDb(), { role: 'coordinator', unitId: 'yb-so-tttt' });
    coordinator = await signInAs(app, c.username, c.password);
    const o = await buildUser(getDb(), { role: 'officer', unitId: 'yb-so-tp' });
    officer = await signInAs(app, o.username, o.password);
    const a = await buildUser(getDb(), { role: 'approver', unitId: 'yb-so-tp' });
    approverOfTp = await signInAs(app, a.username, a.password);
    const b = await buildUser(getDb(), { role: 'approver', unitId: 'yb-so-ct' });
    approverOfCt = await signInAs(app, b.username, b.password);
  });

  const upload = (url: string, s: Session, extra: { name: string; value: string }[] = [], data: Uint8Array = SEED, fileName = 'kh14.txt') => {
    const body = multipart([{ name: 'file', fileName, data, type: 'text/plain' }, ...extra]);
    return app.inject({ method: 'POST', url, headers: { ...auth(s), ...body.headers }, payload: body.payload });
  };

  it('previews the seed: header, 12 tasks, groups resolved, unresolved names listed; nothing saved', async () => {
    const res = await upload('/api/v1/plans/preview', coordinator);
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p.plan).toMatchObject({ number: '14/KH-UBND', kind: 'KH', kindLabel: 'Kế hoạch', kindLabelEn: 'Plan', issuedOn: '2024-01-17', reportDeadline: '2024-11-20' });
    expect(p.tasks.map((t: { code: string }) => t.code)).toEqual(['II.1', 'II.2', 'II.3.1', 'II.3.2', 'II.3.3', 'II.3.4', 'II.3.5', 'II.4.1', 'II.4.2', 'II.5.1', 'II.5.2', 'II.6']);
    const byName = new Map(p.names.map((n: { written: string }) => [n.written, n]));
    expect(byName.get('Sở Tư pháp')).toMatchObject({ status: 'unit', units: [{ id: 'yb-so-tp' }] });
    expect(byName.get('UBND các huyện, thị xã, thành phố')).toMatchObject({ status: 'group' });
    expect(p.names.some((n: { status: string }) => n.status === 'unresolved')).toBe(true);
    expect(await count(getDb().db, 'plans')).toBe(0);
  });

  it('previews the seed printed to PDF exactly as its text', async () => {
    const fromText = (await upload('/api/v1/plans/preview', coordinator)).json();
    const res = await upload('/api/v1/plans/preview', coordinator, [], fs.readFileSync('test/fixtures/plans/pdf/yen-bai-14-KH-UBND-2024.pdf'), 'kh14.pdf');
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p.tasks.map((t: { code: string }) => t.code)).toEqual(fromText.tasks.map((t: { code: string }) => t.code));
    expect({ plan: p.plan, tasks: p.tasks, names: p.names, warnings: p.warnings }).toEqual({ plan: fromText.plan, tasks: fromText.tasks, names: fromText.names, warnings: fromText.warnings });
  });

  it('refuses to import while names are unmapped, then imports with mappings in one transaction', async () => {
    const preview = (await upload('/api/v1/plans/preview', coordinator)).json();
    const open = preview.names.filter((n: { status: string }) => n.status === 'unresolved' || n.status === 'ambiguous');
    const refused = await upload('/api/v1/plans', coordinator);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors.map((e: { path: string }) => e.path)).toEqual(open.map((n: { written: string }) => n.written));
    expect(await count(getDb().db, 'plans')).toBe(0);
    const mappings = Object.fromEntries(open.map((n: { written: string }) => [n.written, n.written.startsWith('Báo Yên Bái') ? { unitIds: ['yb-bao', 'yb-dai'] } : { ignore: true }]));
    const res = await upload('/api/v1/plans', coordinator, [{ name: 'mappings', value: JSON.stringify(mappings) }]);
    expect(res.statusCode).toBe(201);
    planId = res.json().id;
    expect(res.json().tasks).toBe(12);
    const again = await upload('/api/v1/plans', coordinator, [{ name: 'mappings', value: JSON.stringify(mappings) }]);
    expect(again.statusCode).toBe(409);
    expect(again.json().title).toContain('đã được nhập');
    expect(await count(getDb().db, 'plans')).toBe(1);
  });

  it('shows the task tree with assignments expanded from group phrases, requested units marked', async () => {
    const plan = (await app.inject({ url: `/api/v1/plans/${planId}`, headers: auth(officer) })).json();
    expect(plan.reportDue).toBe('2024-11-19');
    expect(plan).toMatchObject({ kind: 'KH', kindLabel: 'Kế hoạch', kindLabelEn: 'Plan' });
    const flat = (nodes: { code: string; children: unknown[] }[]): { code: string; assignments: { unitId: string; requested: boolean; groupName: string | null; role: string }[] }[] =>
      nodes.flatMap((n) => [n as never, ...flat(n.children as never)]);
    const t = flat(plan.tasks).find((x) => x.code === 'II.3.4')!;
    expect(t.assignments.find((a) => a.unitId === 'yb-ban-tg')).toMatchObject({ role: 'lead', requested: true });
    expect(t.assignments.find((a) => a.unitId === 'yb-so-tttt')).toMatchObject({ role: 'lead', requested: false });
    const t32 = flat(plan.tasks).find((x) => x.code === 'II.3.2')!;
    expect(t32.assignments.filter((a) => a.groupName === 'UBND các huyện, thị xã, thành phố')).toHaveLength(9);
    expect(flat(plan.tasks).find((x) => x.code === 'II.3')).toBeDefined();
  });

  it('lets an officer of Sở Tư pháp report on its tasks only; the coordinator accepts or returns', async () => {
    const mine = (await app.inject({ url: '/api/v1/my/tasks', headers: auth(officer) })).json().items;
    const task = mine.find((x: { code: string }) => x.code === 'II.2');
    expect(task).toMatchObject({ unitId: 'yb-so-tp', role: 'lead' });
    const body = { unitId: 'yb-so-tp', period: '2024-Y', status: 'done', narrative: 'Đã tổ chức 12 hội nghị phổ biến pháp luật.', indicators: { 'I-06': 12, 'I-13': 340 }, evidenceLinks: ['https://stp.yenbai.gov.vn/tin/1'] };
    const sent = await app.inject({ method: 'POST', url: `/api/v1/tasks/${task.taskId}/reports`, headers: auth(officer), payload: body });
    expect(sent.statusCode).toBe(201);
    const other = mine.find((x: { code: string }) => x.code !== 'II.2');
    const forOtherUnit = await app.inject({ method: 'POST', url: `/api/v1/tasks/${other?.taskId ?? task.taskId}/reports`, headers: auth(officer), payload: { ...body, unitId: 'yb-so-tttt' } });
    expect(forOtherUnit.statusCode).toBe(403);
    const badPeriod = await app.inject({ method: 'POST', url: `/api/v1/tasks/${task.taskId}/reports`, headers: auth(officer), payload: { ...body, period: '2023-Y' } });
    expect(badPeriod.statusCode).toBe(422);
    // counts take whole numbers only; the refusal names the indicator in words, never its code
    const halfPressConference = await app.inject({ method: 'POST', url: `/api/v1/tasks/${task.taskId}/reports`, headers: auth(officer), payload: { ...body, indicators: { 'I-07': 2.5 } } });
    expect(halfPressConference.statusCode).toBe(422);
    expect(halfPressConference.json().errors).toEqual([{ path: 'indicators.I-07', message: 'Nhập số nguyên (số cuộc).' }]);
    expect(halfPressConference.json().title).toContain('Cuộc họp báo');
    expect(halfPressConference.json().title).not.toContain('I-07');
    const catalogue = (await app.inject({ url: '/api/v1/indicators', headers: auth(officer) })).json().items;
    expect(catalogue.find((i: { code: string }) => i.code === 'I-14')).toEqual({ code: 'I-14', label: 'Kinh phí đã chi cho truyền thông chính sách', unit: 'triệu đồng', whole: false });
    expect(catalogue.find((i: { code: string }) => i.code === 'I-07')).toMatchObject({ whole: true });
    const pdf = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF');
    const fileBody = multipart([{ name: 'file', fileName: 'minh-chứng.pdf', data: pdf }]);
    const attached = await app.inject({ method: 'POST', url: `/api/v1/reports/${sent.json().id}/files`, headers: { ...auth(officer), ...fileBody.headers }, payload: fileBody.payload });
    expect(attached.statusCode).toBe(201);
    const fake = multipart([{ name: 'file', fileName: 'anh.pdf', data: Buffer.from('<script>alert(1)</script>') }]);
    const disguised = await app.inject({ method: 'POST', url: `/api/v1/reports/${sent.json().id}/files`, headers: { ...auth(officer), ...fake.headers }, payload: fake.payload });
    expect(disguised.statusCode).toBe(415);
    const returnWithout = await app.inject({ method: 'POST', url: `/api/v1/reports/${sent.json().id}/review`, headers: auth(coordinator), payload: { decision: 'return' } });
    expect(returnWithout.statusCode).toBe(422);
    const byOfficer = await app.inject({ method: 'POST', url: `/api/v1/reports/${sent.json().id}/review`, headers: auth(officer), payload: { decision: 'accept' } });
    expect(byOfficer.statusCode).toBe(403);
    // issue 11: an approver reviews its own unit's reports only; the plan page offers it only those
    const byOtherApprover = await app.inject({ method: 'POST', url: `/api/v1/reports/${sent.json().id}/review`, headers: auth(approverOfCt), payload: { decision: 'return', comment: 'Không phải đơn vị tôi' } });
    expect(byOtherApprover.statusCode).toBe(403);
    expect((await app.inject({ url: `/api/v1/plans/${planId}`, headers: auth(approverOfCt) })).json().abilities).toMatchObject({ canReview: true, reviewUnitIds: ['yb-so-ct'] });
    expect((await app.inject({ url: `/api/v1/plans/${planId}`, headers: auth(coordinator) })).json().abilities).toMatchObject({ canReview: true, reviewUnitIds: null });
    expect((await app.inject({ url: '/api/v1/home', headers: auth(approverOfCt) })).json().cards.find((c: { key: string }) => c.key === 'review')).toMatchObject({ count: 0 });
    expect((await app.inject({ url: '/api/v1/home', headers: auth(approverOfTp) })).json().cards.find((c: { key: string }) => c.key === 'review')).toMatchObject({ count: 1 });
    const accepted = await app.inject({ method: 'POST', url: `/api/v1/reports/${sent.json().id}/review`, headers: auth(coordinator), payload: { decision: 'accept', comment: 'Tốt' } });
    expect(accepted.json()).toMatchObject({ state: 'accepted', files: [{ fileName: 'minh-chứng.pdf' }] });
    const plan = (await app.inject({ url: `/api/v1/plans/${planId}`, headers: auth(coordinator) })).json();
    expect(plan.units.find((u: { unitId: string }) => u.unitId === 'yb-so-tp').done).toBe(1);
    const figure = (await app.inject({ url: `/api/v1/plans/${planId}/figures/I-13`, headers: auth(coordinator) })).json();
    expect(figure).toMatchObject({ value: 340, records: [{ kind: 'report', unitName: 'Sở Tư pháp tỉnh Yên Bái', value: 340 }] });
  });

  it('produces the annual report as an NĐ 30 DOCX and an XLSX annex', async () => {
    // the report speaks for 19/11/2024 and counts what existed then: the report was sent and accepted before that day
    await getDb().db.execute(sql`update progress_reports set submitted_at = '2024-11-10T03:00:00Z', reviewed_at = '2024-11-12T03:00:00Z'`);
    const docx = await app.inject({ url: `/api/v1/plans/${planId}/annual-report.docx`, headers: auth(coordinator) });
    expect(docx.statusCode).toBe(200);
    const text = await readDocxText(docx.rawPayload);
    expect(text).toContain('ỦY BAN NHÂN DÂN TỈNH YÊN BÁI');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Kết quả thực hiện Kế hoạch số 14/KH-UBND ngày 17/01/2024');
    expect(text).toContain('Yên Bái, ngày 19 tháng 11 năm 2024');
    expect(text).toMatch(/\| II\.2 \| Chỉ đạo, theo dõi[^\n]*\| Sở Tư pháp tỉnh Yên Bái; Hội đồng phối hợp[^\n]*\| Đang thực hiện \| \d+%/);
    expect(text).toContain('Sở Tư pháp tỉnh Yên Bái (năm 2024): Đã tổ chức 12 hội nghị phổ biến pháp luật.');
    const xlsx = await app.inject({ url: `/api/v1/plans/${planId}/annual-report.xlsx`, headers: auth(coordinator) });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Theo nhiệm vụ', 'Theo đơn vị', 'Báo cáo của đơn vị', 'Chỉ tiêu']);
    const reportsSheet = wb.getWorksheet('Báo cáo của đơn vị')!;
    expect(JSON.stringify(reportsSheet.getSheetValues())).toContain('Đã tổ chức 12 hội nghị phổ biến pháp luật.');
    // periods and indicators in words, figures numbered: no software codes in the documents people read
    expect(JSON.stringify(reportsSheet.getSheetValues())).toContain('Cả năm 2024');
    expect(JSON.stringify(reportsSheet.getSheetValues())).toContain('Lượt cán bộ được tập huấn, bồi dưỡng: 340 lượt');
    expect(`${text}\n${JSON.stringify(wb.worksheets.map((w) => w.getSheetValues()))}`).not.toMatch(/\bI-\d{2}\b|\b\d{4}-(?:Y|Q[1-4])\b|\btasks\.total\b/);
  });

  it('mails deadline reminders once per unit and deadline', async () => {
    await createPerson({ db: getDb().db, actor: systemActor('kiểm thử') }, { fullName: 'Lê Văn Đầu Mối', unitId: 'yb-so-tttt', email: 'daumoi@example.vn' });
    const first = await sendDueReminders(getDb().db, '2024-11-12');
    expect(first.mails).toBeGreaterThan(0);
    const again = await sendDueReminders(getDb().db, '2024-11-12');
    expect(again).toEqual({ reminders: 0, mails: 0 });
    const mail = ((await getDb().db.execute(sql`select subject, to_address from mail_outbox where to_address = 'daumoi@example.vn' limit 1`)) as unknown as { rows: { subject: string }[] }).rows[0]!;
    expect(mail.subject).toContain('hạn 19/11/2024');
  });

  it('refuses empty, unreadable and non-plan files with Vietnamese messages, saving nothing', async () => {
    const before = await count(getDb().db, 'plan_tasks');
    const empty = await upload('/api/v1/plans/preview', coordinator, [], new Uint8Array(), 'rong.txt');
    expect(empty.statusCode).toBe(422);
    expect(empty.json().title).toMatch(/rỗng/i);
    const english = await upload('/api/v1/plans', coordinator, [], Buffer.from('This is a shopping list: eggs, milk, bread.'), 'list.txt');
    expect(english.statusCode).toBe(422);
    const pdf = await upload('/api/v1/plans/preview', coordinator, [], Buffer.from('%PDF-1.4'), 'kh.pdf');
    expect(pdf.statusCode).toBe(422);
    expect(pdf.json().title).toMatch(/PDF bị hỏng/u);
    const scan = await upload('/api/v1/plans/preview', coordinator, [], fs.readFileSync('test/fixtures/plans/pdf/lam-dong-9669-scan.pdf'), 'ban-quet.pdf');
    expect(scan.statusCode).toBe(422);
    expect(scan.json().title).toMatch(/^Tệp PDF là bản quét \(ảnh\), không có lớp văn bản/u);
    const doc = await upload('/api/v1/plans/preview', coordinator, [], Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), 'kh.doc');
    expect(doc.statusCode).toBe(415);
    const broken = await upload('/api/v1/plans/preview', coordinator, [], Buffer.from('PK\u0003\u0004garbage'), 'kh.docx');
    expect(broken.statusCode).toBe(422);
    expect(await count(getDb().db, 'plan_tasks')).toBe(before);
  });
});
