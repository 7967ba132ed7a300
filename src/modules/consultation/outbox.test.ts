import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../test/db';
import { auth, buildTestApp, multipart, signInAs, type Session } from '../../../test/app';
import { buildDemoOrg, buildUser, SYSTEM } from '../../../test/factories';
import { enqueueMail } from '../../platform/mail';
import { addDays, todayVn } from '../../platform/text';
import type { Role } from '../../platform/auth';
import type { App } from '../../platform/http';
import { updateUserAccount } from '../accounts/actions/manage-user';

const V1 = fs.readFileSync('test/fixtures/drafts/du-thao-nq-ho-tro-v1.txt');

describeEachDriver('the mail outbox: a coordinator reads the mails of the units coordinated, one-time links never', (getDb) => {
  let app: App;
  const s = {} as Record<'admin' | 'provinceCoordinator' | 'financeCoordinator' | 'officer', Session>;
  let verifyToken: string;

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
    const make = async (role: Role, unitId: string, email?: string) => {
      const u = await buildUser(getDb(), { role, unitId });
      if (email) await updateUserAccount({ db: getDb().db, actor: SYSTEM }, u.id, { email });
      return signInAs(app, u.username, u.password);
    };
    s.admin = await make('administrator', 'lc-ubnd');
    s.provinceCoordinator = await make('coordinator', 'lc-ubnd');
    s.financeCoordinator = await make('coordinator', 'lc-so-tc');
    s.officer = await make('officer', 'lc-so-tp', 'can.bo.tp@laocai.gov.vn');
    await getDb().db.execute(sql`insert into people (id, full_name, unit_id, email) values (${randomUUID()}, 'Trần Văn Tài Chính', 'lc-so-tc', 'tai.chinh@laocai.gov.vn')`);
    await getDb().db.transaction(async (tx) => {
      await enqueueMail(tx, { to: 'can.bo.tp@laocai.gov.vn', purpose: 'notification.immediate', subject: 'Thư cho cán bộ Sở Tư pháp', text: 'Nội dung cho Sở Tư pháp.' });
      await enqueueMail(tx, { to: 'tai.chinh@laocai.gov.vn', purpose: 'round.extended', subject: 'Thư cho Sở Tài chính', text: 'Nội dung cho Sở Tài chính.' });
      await enqueueMail(tx, { to: 'nguoi.la@example.vn', purpose: 'notification.immediate', subject: 'Thư không thuộc đơn vị nào', text: 'Không ai ngoài quản trị đọc.' });
    });
    // a citizen comments on a draft of Sở Tư pháp: the confirmation mail carries a one-time link
    const created = await app.inject({ method: 'POST', url: '/api/v1/policies', headers: auth(s.officer), payload: { title: 'Nghị quyết thử hộp thư đi', docType: 'nq_hdnd_tinh', draftingUnitId: 'lc-so-tp', summary: 'Thử.' } });
    const up = multipart([{ name: 'file', fileName: 'du-thao-v1.txt', data: V1 }]);
    const v = await app.inject({ method: 'POST', url: `/api/v1/policies/${created.json().id}/versions`, headers: { ...auth(s.officer), ...up.headers }, payload: up.payload });
    await app.inject({ method: 'POST', url: `/api/v1/policies/${created.json().id}/rounds`, headers: auth(s.officer), payload: { versionId: v.json().id, opensOn: todayVn(), closesOn: addDays(todayVn(), 29), targetGroups: ['Người dân', 'Ủy ban MTTQ và các tổ chức chính trị - xã hội'], consulteeUnitIds: [] } });
    const fields = { idempotencyKey: 'key-outbox-0001', dieu: '', commenterType: 'citizen', name: 'Vũ Thị Thư', pseudonym: '', email: 'vu.thu@example.vn', phone: '', stance: 'agree', body: 'Tôi đồng ý với dự thảo.', consentProcessing: '1', consentContact: '1' };
    const body = multipart(Object.entries(fields).map(([name, value]) => ({ name, value })));
    const posted = await app.inject({ method: 'POST', url: `/gop-y/${created.json().slug}/y-kien`, headers: { ...body.headers, 'x-forwarded-for': '203.0.113.11' }, payload: body.payload });
    expect(posted.statusCode).toBe(303);
    const mail = (await getDb().db.execute(sql`select body_text from mail_outbox where purpose = 'comment.verify'`)) as unknown as { rows: { body_text: string }[] };
    verifyToken = /xac-nhan\?ma=([\w-]+)/.exec(mail.rows[0]!.body_text)![1]!;
  });

  const outbox = async (who: Session) => {
    const res = await app.inject({ url: '/api/v1/mail?limit=500', headers: auth(who) });
    expect(res.statusCode).toBe(200);
    return { body: res.body, to: (res.json().items as { toAddress: string }[]).map((m) => m.toAddress).sort() };
  };

  it('an administrator reads every mail, but not a one-time link', async () => {
    const { body, to } = await outbox(s.admin);
    expect(to).toEqual(['can.bo.tp@laocai.gov.vn', 'nguoi.la@example.vn', 'tai.chinh@laocai.gov.vn', 'vu.thu@example.vn']);
    expect(body).toContain('liên kết xác nhận email dùng một lần');
    expect(body).not.toContain(verifyToken);
  });

  it('the province coordinator reads the mails of the units below, not a stranger\'s, and not the link', async () => {
    const { body, to } = await outbox(s.provinceCoordinator);
    expect(to).toEqual(['can.bo.tp@laocai.gov.vn', 'tai.chinh@laocai.gov.vn', 'vu.thu@example.vn']);
    expect(body).not.toContain(verifyToken);
  });

  it('a coordinator of Sở Tài chính reads only the mails of Sở Tài chính: no citizen of another unit\'s draft', async () => {
    const { body, to } = await outbox(s.financeCoordinator);
    expect(to).toEqual(['tai.chinh@laocai.gov.vn']);
    expect(body).not.toContain('vu.thu@example.vn');
  });

  it('an officer may not read the outbox', async () => {
    expect((await app.inject({ url: '/api/v1/mail', headers: auth(s.officer) })).statusCode).toBe(403);
  });
});
