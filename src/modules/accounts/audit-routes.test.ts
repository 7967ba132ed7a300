import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDriver } from '../../../test/db';
import { auth, buildTestApp, signInAs, type Session } from '../../../test/app';
import { buildTinyOrg, buildUser } from '../../../test/factories';
import { auditVocabulary } from '../../platform/audit';
import type { App } from '../../platform/http';

describeEachDriver('audit log in words: filters, names, changes, exports', (getDb) => {
  let app: App;
  let admin: Session;
  let adminId: string;
  let officerId: string;

  beforeAll(async () => {
    await buildTinyOrg(getDb());
    app = await buildTestApp(getDb());
    const a = await buildUser(getDb(), { role: 'administrator', unitId: 'p', username: 'quantri' });
    adminId = a.id;
    admin = await signInAs(app, a.username, a.password);
    const created = await app.inject({ method: 'POST', url: '/api/v1/users', headers: auth(admin), payload: { username: 'canbo.nhatky', displayName: 'Trần Văn Nhật', password: 'Mat-khau-nhat-ky-2024', mustChangePassword: false, roles: [{ role: 'officer', unitId: 'p-tp' }] } });
    expect(created.statusCode).toBe(201);
    officerId = created.json().id;
    const roles = await app.inject({ method: 'PUT', url: `/api/v1/users/${officerId}/roles`, headers: auth(admin), payload: { roles: [{ role: 'approver', unitId: 'p-tp' }] } });
    expect(roles.statusCode).toBe(200);
  });

  const list = (query: string, s = admin) => app.inject({ url: `/api/v1/audit?${query}`, headers: auth(s) });

  it('names the action, the person and the record, and shows changed fields with labels instead of raw JSON', async () => {
    const res = await list(`action=user.roles`);
    expect(res.statusCode).toBe(200);
    const [entry] = res.json().items;
    expect(entry).toMatchObject({
      actionLabel: 'Đổi vai trò',
      subjectTypeLabel: 'Tài khoản',
      // names are neither unique nor fixed: the user name tells accounts apart
      subjectName: 'Trần Văn Nhật (canbo.nhatky)',
      subjectHref: '/office/users',
    });
    expect(entry.changes).toEqual(expect.arrayContaining([{ field: 'roles', label: 'Vai trò', before: 'Cán bộ — Sở Tư pháp', after: 'Người phê duyệt — Sở Tư pháp' }]));
    expect(entry.actorName).toBe('Người dùng quantri (quantri)');
    // the raw summary stays available for the "Chi tiết" disclosure
    expect(entry.summary).toMatchObject({ after: { roles: [{ role: 'approver', unitId: 'p-tp' }] } });
    const en = (await list(`action=user.roles&lang=en`)).json().items[0];
    expect(en).toMatchObject({ actionLabel: 'Changed roles', subjectTypeLabel: 'Account' });
    expect(en.changes).toEqual(expect.arrayContaining([expect.objectContaining({ label: 'Roles', after: 'Approver — Sở Tư pháp' })]));
  });

  it('filters by person, action, record type and dates in the query, and pages back', async () => {
    const byOfficer = (await list(`actor=${officerId}`)).json().items;
    expect(byOfficer).toEqual([]);
    const byAdmin = (await list(`actor=${adminId}`)).json().items as { action: string }[];
    expect(byAdmin.map((e) => e.action)).toEqual(expect.arrayContaining(['user.create', 'user.roles', 'session.sign-in']));
    const system = (await list(`actor=system&subjectType=org_tree`)).json().items;
    expect(system).toMatchObject([{ action: 'org.load', actorName: 'Hệ thống (kiểm thử)', actionLabel: 'Nạp danh mục tổ chức mẫu', subjectName: 'Danh mục tổ chức', subjectHref: '/office/org' }]);
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    expect((await list(`from=${today}&to=${today}&subjectType=user`)).json().items.length).toBeGreaterThanOrEqual(3);
    expect((await list(`to=2000-01-01`)).json().items).toEqual([]);
    const bad = await list(`from=${today}&to=2000-01-01`);
    expect(bad.statusCode).toBe(422);
    expect(bad.json().title).toContain('Ngày kết thúc');
    const first = (await list('limit=2')).json();
    expect(first.items).toHaveLength(2);
    const second = (await list(`limit=2&before=${first.nextBefore}`)).json();
    expect(second.items[0].seq).toBeLessThan(first.items[1].seq);
  });

  it('offers the filter choices in words', async () => {
    const res = await app.inject({ url: '/api/v1/audit/filters', headers: auth(admin) });
    expect(res.statusCode).toBe(200);
    const f = res.json();
    expect(f.actors).toEqual(expect.arrayContaining([{ value: officerId, label: 'Trần Văn Nhật (canbo.nhatky)' }, { value: 'system', label: 'Hệ thống (công việc tự động)' }]));
    expect(f.actions).toEqual(expect.arrayContaining([{ value: 'plan.import', label: 'Nhập kế hoạch' }]));
    expect(f.subjectTypes).toEqual(expect.arrayContaining([{ value: 'policy_draft', label: 'Dự thảo' }]));
  });

  it('exports the filtered list as CSV and XLSX with Vietnamese headers', async () => {
    const csv = await app.inject({ url: `/api/v1/audit/export.csv?actor=${adminId}&action=user.create`, headers: auth(admin) });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Số thứ tự,Thời điểm,Người thực hiện,Thao tác,Loại đối tượng,Đối tượng,Nội dung thay đổi');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Tạo tài khoản');
    expect(lines[1]).toContain('Trần Văn Nhật');
    expect(lines[1]).toContain('Tên đăng nhập: canbo.nhatky');
    expect(lines[1]).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    const xlsx = await app.inject({ url: `/api/v1/audit/export.xlsx?subjectType=user`, headers: auth(admin) });
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Nhật ký');
    expect(sheet.getRow(1).getCell(4).text).toBe('Thao tác');
    // the time is a date cell (it sorts and filters as one), shown dd/mm/yyyy hh:mm
    const at = sheet.getRow(2).getCell(2);
    expect(at.value).toBeInstanceOf(Date);
    expect(at.numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(sheet.rowCount).toBeGreaterThan(3);
  });

  it('is refused to an officer', async () => {
    const officer = await signInAs(app, 'canbo.nhatky', 'Mat-khau-nhat-ky-2024');
    // the officer may work (their own tasks answer), but not read the audit log
    expect((await app.inject({ url: '/api/v1/my/tasks', headers: auth(officer) })).statusCode).toBe(200);
    expect((await list('', officer)).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/v1/audit/export.csv', headers: auth(officer) })).statusCode).toBe(403);
  });
});

/** Every action written anywhere in the code (`action: '…'`, or a template with its variants) has a name. */
it('names every audit action the code writes', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) files.push(p);
    }
  };
  walk('src/modules');
  const written = new Set<string>();
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    if (!/recordAudit|AuditEntry/.test(text)) continue;
    for (const m of text.matchAll(/\baction: '([a-z][\w.-]*)',\s*subjectType\b/g)) written.add(m[1]!);
    // `comment.${publishes ? 'publish' : 'withhold'}` and `plan.report.${decision}`: the variants are listed here
    if (text.includes("action: `comment.${publishes ? 'publish' : 'withhold'}`")) ['comment.publish', 'comment.withhold'].forEach((a) => written.add(a));
    if (text.includes('action: `plan.report.${decision}`')) ['plan.report.accept', 'plan.report.return'].forEach((a) => written.add(a));
    if (/changes\.isDisabled === true \? 'user\.disable'/.test(text)) ['user.disable', 'user.enable', 'user.update'].forEach((a) => written.add(a));
  }
  expect(written.size).toBeGreaterThan(30);
  const named = auditVocabulary().actions;
  expect([...written].filter((a) => !(a in named)).sort(), 'thêm tên tiếng Việt vào audit-labels.ts của phân hệ').toEqual([]);
});
