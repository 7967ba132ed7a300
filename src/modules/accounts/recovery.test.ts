import { beforeAll, expect, it } from 'vitest';
import { desc, eq, sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../test/db';
import { auth, buildTestApp, signInAs } from '../../../test/app';
import { buildTinyOrg, buildUser, STRONG_PASSWORD, SYSTEM } from '../../../test/factories';
import { mailOutbox } from '../../platform/mail';
import type { App } from '../../platform/http';
import { MAX_MAILS_PER_ACCOUNT, MAX_REQUESTS_PER_ADDRESS, NEUTRAL_ANSWER } from './actions/request-password-reset';
import { resetPassword, updateUserAccount } from './actions/manage-user';

describeEachDriver('forgotten password by mail', (getDb) => {
  let app: App;
  beforeAll(async () => {
    await buildTinyOrg(getDb());
    app = await buildTestApp(getDb());
  });

  const ask = (identifier: string, address: string) =>
    app.inject({ method: 'POST', url: '/api/v1/password-reset/request', payload: { identifier }, headers: { 'x-forwarded-for': address } });
  const mailsTo = (to: string) =>
    getDb().db.select({ subject: mailOutbox.subject, text: mailOutbox.bodyText }).from(mailOutbox).where(eq(mailOutbox.toAddress, to)).orderBy(desc(mailOutbox.createdAt));
  const tokenIn = (text: string) => /\/office\/reset-password#([\w-]+)/.exec(text)![1]!;

  it('answers the same whatever was typed, and mails a single-use link only to an account with an email', async () => {
    const u = await buildUser(getDb(), { role: 'officer', unitId: 'p' });
    await updateUserAccount({ db: getDb().db, actor: SYSTEM }, u.id, { email: 'Can.Bo@LaoCai.gov.vn' });
    const noEmail = await buildUser(getDb(), { role: 'viewer', unitId: 'p' });
    const answers = await Promise.all([ask(u.username, '203.0.113.1'), ask('khong-co-ai', '203.0.113.2'), ask(noEmail.username, '203.0.113.3'), ask('nobody@example.org', '203.0.113.4')]);
    for (const a of answers) {
      expect(a.statusCode).toBe(202);
      expect(a.json()).toEqual({ message: NEUTRAL_ANSWER });
    }
    const admin = await buildUser(getDb(), { role: 'administrator', unitId: 'p' });
    const found = await app.inject({ method: 'GET', url: '/api/v1/users?q=laocai.gov', headers: auth(await signInAs(app, admin.username, admin.password)) });
    expect(found.json().items.map((x: { email: string | null }) => x.email)).toEqual(['can.bo@laocai.gov.vn']);
    const mails = await mailsTo('can.bo@laocai.gov.vn');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Đặt lại mật khẩu Đồng Thuận');
    expect(mails[0]!.text).toContain(`Kính gửi Người dùng ${u.username}`);
    expect(mails[0]!.text).toContain('http://localhost:3000/office/reset-password#');
    expect(mails[0]!.text).toContain('60 phút');
    expect(mails[0]!.text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/); // no internal ids
    const stored = await getDb().db.execute(sql`select token_hash from password_reset_tokens where user_id = ${u.id}`);
    const token = tokenIn(mails[0]!.text);
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('sets the new password from the link once, ends every session, and audits it', async () => {
    const u = await buildUser(getDb(), { role: 'officer', unitId: 'p' });
    await updateUserAccount({ db: getDb().db, actor: SYSTEM }, u.id, { email: 'quen@laocai.gov.vn' });
    const s = await signInAs(app, u.username, u.password);
    expect((await ask('QUEN@laocai.gov.vn', '203.0.113.10')).statusCode).toBe(202);
    const token = tokenIn((await mailsTo('quen@laocai.gov.vn'))[0]!.text);

    const weak = await app.inject({ method: 'POST', url: '/api/v1/password-reset', payload: { token, newPassword: 'ngan' } });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().title).toContain('ít nhất 10 ký tự');
    const ok = await app.inject({ method: 'POST', url: '/api/v1/password-reset', payload: { token, newPassword: 'Mot-mat-khau-qua-thu' } });
    expect(ok.statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/v1/session', headers: auth(s) })).statusCode).toBe(401);
    await signInAs(app, u.username, 'Mot-mat-khau-qua-thu');
    const again = await app.inject({ method: 'POST', url: '/api/v1/password-reset', payload: { token, newPassword: 'Lan-thu-hai-khong-duoc' } });
    expect(again.statusCode).toBe(422);
    expect(again.json().title).toContain('không hợp lệ, đã được dùng hoặc đã hết hạn');
    const audit = await getDb().db.execute(sql`select action from audit_log where subject_id = ${u.id} and action like 'user.password-reset%' order by seq`);
    expect((audit as unknown as { rows: { action: string }[] }).rows.map((r) => r.action)).toEqual(['user.password-reset-mailed', 'user.password-reset-by-mail']);
  });

  it('never shows the link in the office outbox (a coordinator could otherwise take over the account)', async () => {
    const u = await buildUser(getDb(), { role: 'administrator', unitId: 'p' });
    await updateUserAccount({ db: getDb().db, actor: SYSTEM }, u.id, { email: 'quan.tri@laocai.gov.vn' });
    await ask(u.username, '203.0.113.30');
    const token = tokenIn((await mailsTo('quan.tri@laocai.gov.vn'))[0]!.text);
    const coordinator = await buildUser(getDb(), { role: 'coordinator', unitId: 'p' });
    const s = await signInAs(app, coordinator.username, coordinator.password);
    const outbox = await app.inject({ method: 'GET', url: '/api/v1/mail?limit=200', headers: auth(s) });
    expect(outbox.statusCode).toBe(200);
    const mail = (outbox.json().items as { toAddress: string; bodyText: string }[]).find((m) => m.toAddress === 'quan.tri@laocai.gov.vn')!;
    expect(mail.bodyText).toContain('Nội dung được ẩn');
    expect(outbox.body).not.toContain(token);
  });

  it('spends the links mailed before an administrator resets the password, or the person changes it', async () => {
    const u = await buildUser(getDb(), { role: 'officer', unitId: 'p' });
    await updateUserAccount({ db: getDb().db, actor: SYSTEM }, u.id, { email: 'dat.lai@laocai.gov.vn' });
    await ask(u.username, '203.0.113.40');
    const token = tokenIn((await mailsTo('dat.lai@laocai.gov.vn'))[0]!.text);
    await resetPassword({ db: getDb().db, actor: SYSTEM }, { userId: u.id }, 'Quan-tri-dat-lai-2026');
    const late = await app.inject({ method: 'POST', url: '/api/v1/password-reset', payload: { token, newPassword: 'Mot-mat-khau-qua-thu' } });
    expect(late.statusCode).toBe(422);
    await signInAs(app, u.username, 'Quan-tri-dat-lai-2026');
  });

  it('takes a Vietnamese password typed composed (NFD) as the same password typed precomposed (NFC)', async () => {
    const u = await buildUser(getDb(), { role: 'officer', unitId: 'p', password: 'Điều-phối-văn-hoá-rất-dài'.normalize('NFD') });
    await signInAs(app, u.username, 'Điều-phối-văn-hoá-rất-dài'.normalize('NFC'));
    await signInAs(app, u.username, 'Điều-phối-văn-hoá-rất-dài'.normalize('NFD'));
  });

  it('refuses an expired link', async () => {
    const u = await buildUser(getDb(), { role: 'viewer', unitId: 'p' });
    await updateUserAccount({ db: getDb().db, actor: SYSTEM }, u.id, { email: 'het.han@laocai.gov.vn' });
    await ask(u.username, '203.0.113.20');
    const token = tokenIn((await mailsTo('het.han@laocai.gov.vn'))[0]!.text);
    await getDb().db.execute(sql`update password_reset_tokens set expires_at = now() - interval '1 minute' where user_id = ${u.id}`);
    const res = await app.inject({ method: 'POST', url: '/api/v1/password-reset', payload: { token, newPassword: 'Mot-mat-khau-qua-thu' } });
    expect(res.statusCode).toBe(422);
    await signInAs(app, u.username, STRONG_PASSWORD);
  });

  it('throttles per address (whatever is typed) and stops mailing one account after a few links', async () => {
    for (let i = 0; i < MAX_REQUESTS_PER_ADDRESS; i++) expect((await ask(`ai-do-${i}`, '198.51.100.50')).statusCode).toBe(202);
    const blocked = await ask('ai-do-khac', '198.51.100.50');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().title).toContain('quá nhiều lần');
    expect((await ask('ai-do-khac', '198.51.100.51')).statusCode).toBe(202);

    const u = await buildUser(getDb(), { role: 'viewer', unitId: 'p' });
    await updateUserAccount({ db: getDb().db, actor: SYSTEM }, u.id, { email: 'nhieu.thu@laocai.gov.vn' });
    for (let i = 0; i < MAX_MAILS_PER_ACCOUNT + 2; i++) expect((await ask(u.username, `198.51.100.${60 + i}`)).statusCode).toBe(202);
    expect(await mailsTo('nhieu.thu@laocai.gov.vn')).toHaveLength(MAX_MAILS_PER_ACCOUNT);
  });
});
