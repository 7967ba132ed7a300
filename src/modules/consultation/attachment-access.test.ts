import fs from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../test/db';
import { auth, buildTestApp, multipart, signInAs, type Session } from '../../../test/app';
import { buildDemoOrg, buildUser } from '../../../test/factories';
import { addDays, todayVn } from '../../platform/text';
import type { Role } from '../../platform/auth';
import type { App } from '../../platform/http';

const V1 = fs.readFileSync('test/fixtures/drafts/du-thao-nq-ho-tro-v1.txt');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

describeEachDriver('a citizen\'s attachment downloads only for those who may read the comment', (getDb) => {
  let app: App;
  const s = {} as Record<'officer' | 'approver' | 'coordinator' | 'admin' | 'otherOfficer' | 'otherApprover' | 'viewer' | 'press', Session>;
  let fileId: string;

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
    const make = async (role: Role, unitId: string) => {
      const u = await buildUser(getDb(), { role, unitId });
      return signInAs(app, u.username, u.password);
    };
    s.officer = await make('officer', 'lc-so-tp');
    s.approver = await make('approver', 'lc-so-tp');
    s.coordinator = await make('coordinator', 'lc-ubnd');
    s.admin = await make('administrator', 'lc-ubnd');
    s.otherOfficer = await make('officer', 'lc-so-tc');
    s.otherApprover = await make('approver', 'lc-so-tc');
    s.viewer = await make('viewer', 'lc-so-tp');
    s.press = await make('press', 'lc-ubnd');

    const created = await app.inject({ method: 'POST', url: '/api/v1/policies', headers: auth(s.officer), payload: { title: 'Nghị quyết thử tệp đính kèm', docType: 'nq_hdnd_tinh', draftingUnitId: 'lc-so-tp', summary: 'Thử.' } });
    const up = multipart([{ name: 'file', fileName: 'du-thao-v1.txt', data: V1 }]);
    const v = await app.inject({ method: 'POST', url: `/api/v1/policies/${created.json().id}/versions`, headers: { ...auth(s.officer), ...up.headers }, payload: up.payload });
    const round = await app.inject({ method: 'POST', url: `/api/v1/policies/${created.json().id}/rounds`, headers: auth(s.officer), payload: { versionId: v.json().id, opensOn: todayVn(), closesOn: addDays(todayVn(), 29), targetGroups: ['Người dân', 'Ủy ban MTTQ và các tổ chức chính trị - xã hội'], consulteeUnitIds: [] } });
    expect(round.statusCode).toBe(201);
    const fields = { idempotencyKey: 'key-attach-0001', dieu: 'dieu-3', commenterType: 'citizen', name: 'Phạm Thị Đính', pseudonym: '', email: 'dinh@example.vn', phone: '0987654321', stance: 'propose', body: 'Xin xem ảnh chụp hoàn cảnh gia đình tôi.', consentProcessing: '1', consentContact: '1' };
    const body = multipart([...Object.entries(fields).map(([name, value]) => ({ name, value })), { name: 'attachments', fileName: 'hoan-canh.png', data: PNG, type: 'image/png' }]);
    const posted = await app.inject({ method: 'POST', url: `/gop-y/${created.json().slug}/y-kien`, headers: { ...body.headers, 'x-forwarded-for': '203.0.113.9' }, payload: body.payload });
    expect(posted.statusCode).toBe(303);
    const found = (await getDb().db.execute(sql`select id from stored_files where owner_type = 'comment'`)) as unknown as { rows: { id: string }[] };
    fileId = found.rows[0]!.id;
  });

  it.each([
    ['an officer of the drafting unit', 'officer', 200],
    ['an approver of the drafting unit', 'approver', 200],
    ['a coordinator', 'coordinator', 200],
    ['an administrator', 'admin', 200],
    ['an officer of another unit', 'otherOfficer', 404],
    ['an approver of another unit', 'otherApprover', 404],
    ['a viewer', 'viewer', 404],
    ['the press', 'press', 404],
  ] as const)('%s (%s) → %i', async (_who, key, status) => {
    const res = await app.inject({ url: `/api/v1/files/${fileId}`, headers: auth(s[key]) });
    expect(res.statusCode).toBe(status);
    if (status === 200) expect(res.rawPayload.equals(PNG)).toBe(true);
    else expect(res.body).not.toContain('hoan-canh');
  });

  it('answers a refused file exactly as an unknown id, and asks an anonymous visitor to sign in', async () => {
    const refused = await app.inject({ url: `/api/v1/files/${fileId}`, headers: auth(s.otherOfficer) });
    const unknown = await app.inject({ url: '/api/v1/files/00000000-0000-0000-0000-000000000000', headers: auth(s.otherOfficer) });
    expect([refused.statusCode, refused.json().title]).toEqual([unknown.statusCode, unknown.json().title]);
    expect((await app.inject({ url: `/api/v1/files/${fileId}` })).statusCode).toBe(401);
  });
});
