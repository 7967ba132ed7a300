import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../test/db';
import { auth, buildTestApp, signInAs } from '../../../test/app';
import { buildTinyOrg, buildUser, STRONG_PASSWORD, SYSTEM } from '../../../test/factories';
import { checkAuditChain, checkpointFileFromEnv } from '../../platform/audit';
import type { App } from '../../platform/http';
import { updateUserAccount } from './actions/manage-user';
import { forgetSessions } from './session-cache';

describeEachDriver('accounts over HTTP', (getDb) => {
  let app: App;
  beforeAll(async () => {
    await buildTinyOrg(getDb());
    app = await buildTestApp(getDb());
  });

  it('signs in with the right password and returns the user, abilities and a CSRF token', async () => {
    const u = await buildUser(getDb(), { role: 'administrator', unitId: 'p' });
    const res = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { username: u.username, password: u.password } });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'dt_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const me = res.json();
    expect(me.user.username).toBe(u.username);
    expect(me.abilities['users.write']).toBe(true);
    expect(me.roles[0]).toMatchObject({ role: 'administrator', unitId: 'p', unitName: 'Ủy ban nhân dân tỉnh Thử' });
    expect(me.csrfToken).toMatch(/^[\w-]{40,}$/);
    expect(JSON.stringify(me)).not.toContain('argon2');
  });

  it('refuses a wrong password with a Vietnamese problem and records the failure in the audit', async () => {
    const u = await buildUser(getDb(), { unitId: 'p' });
    const res = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { username: u.username, password: 'sai-mat-khau-roi' } });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().title).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    const rows = await getDb().db.execute(sql`select action from audit_log where subject_id = ${u.id} order by seq desc limit 1`);
    expect((rows as unknown as { rows: { action: string }[] }).rows[0]!.action).toBe('session.sign-in-failed');
  });

  it('throttles repeated failures from one address, but never locks the owner out from another (ADR 004)', async () => {
    const u = await buildUser(getDb(), { unitId: 'p' });
    for (let i = 0; i < 2; i++) {
      const r = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { username: u.username, password: `sai-${i}-mat-khau` }, remoteAddress: '10.0.0.9' });
      expect(r.statusCode).toBe(401);
    }
    const blocked = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { username: u.username, password: u.password }, remoteAddress: '10.0.0.9' });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().title).toContain('Đăng nhập sai nhiều lần');
    expect(blocked.headers['retry-after']).toBeDefined();
    const owner = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { username: u.username, password: u.password }, remoteAddress: '10.0.0.10' });
    expect(owner.statusCode).toBe(200);
  });

  it('requires the CSRF token on cookie-authenticated writes', async () => {
    const u = await buildUser(getDb(), { role: 'administrator', unitId: 'p' });
    const s = await signInAs(app, u.username, u.password);
    const without = await app.inject({ method: 'DELETE', url: '/api/v1/session', headers: { cookie: s.cookie } });
    expect(without.statusCode).toBe(403);
    expect(without.json().title).toContain('CSRF');
    const still = await app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: s.cookie } });
    expect(still.statusCode).toBe(200);
  });

  it('signs out: the cookie no longer works', async () => {
    const u = await buildUser(getDb(), { unitId: 'p', role: 'viewer' });
    const s = await signInAs(app, u.username, u.password);
    const out = await app.inject({ method: 'DELETE', url: '/api/v1/session', headers: auth(s) });
    expect(out.statusCode).toBe(204);
    const after = await app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: s.cookie } });
    expect(after.statusCode).toBe(401);
    expect(after.json().title).toContain('Phiên đăng nhập đã hết hạn');
  });

  it('disabling an account ends its sessions and blocks sign-in', async () => {
    const u = await buildUser(getDb(), { unitId: 'p', role: 'officer' });
    const s = await signInAs(app, u.username, u.password);
    await updateUserAccount({ db: getDb().db, actor: SYSTEM }, u.id, { isDisabled: true });
    expect((await app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: s.cookie } })).statusCode).toBe(401);
    const again = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { username: u.username, password: u.password } });
    expect(again.statusCode).toBe(403);
    expect(again.json().title).toContain('đã bị khoá');
  });

  it('treats an expired session as signed out', async () => {
    const u = await buildUser(getDb(), { unitId: 'p', role: 'viewer' });
    const s = await signInAs(app, u.username, u.password);
    await getDb().db.execute(sql`update sessions set expires_at = now() - interval '1 minute' where user_id = ${u.id}`);
    forgetSessions(); // the table was edited by hand, past the code that forgets cached sessions
    const res = await app.inject({ method: 'GET', url: '/api/v1/people', headers: { cookie: s.cookie } });
    expect(res.statusCode).toBe(401);
  });

  it('changes the own password: other sessions end, the current one stays, the new password works', async () => {
    const u = await buildUser(getDb(), { unitId: 'p', role: 'viewer' });
    const a = await signInAs(app, u.username, u.password);
    const b = await signInAs(app, u.username, u.password);
    const weak = await app.inject({ method: 'POST', url: '/api/v1/session/password', headers: auth(a), payload: { currentPassword: u.password, newPassword: 'ngan' } });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().title).toContain('ít nhất 10 ký tự');
    const ok = await app.inject({ method: 'POST', url: '/api/v1/session/password', headers: auth(a), payload: { currentPassword: u.password, newPassword: 'Mot-mat-khau-moi-2025' } });
    expect(ok.statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: a.cookie } })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: b.cookie } })).statusCode).toBe(401);
    await signInAs(app, u.username, 'Mot-mat-khau-moi-2025');
  });

  it('answers bad input with Vietnamese problems and changes nothing', async () => {
    const admin = await buildUser(getDb(), { role: 'administrator', unitId: 'p' });
    const s = await signInAs(app, admin.username, admin.password);
    const count = async () => Number(((await getDb().db.execute(sql`select count(*)::int as n from users`)) as unknown as { rows: { n: number }[] }).rows[0]!.n);
    const before = await count();
    const malformed = await app.inject({ method: 'POST', url: '/api/v1/users', headers: { ...auth(s), 'content-type': 'application/json' }, payload: '{"username": "abc",' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().title).toBe('Nội dung JSON không hợp lệ.');
    const unknownField = await app.inject({ method: 'POST', url: '/api/v1/users', headers: auth(s), payload: { username: 'abcdef', displayName: 'X', password: STRONG_PASSWORD, roles: [], isRoot: true } });
    expect(unknownField.statusCode).toBe(422);
    expect(unknownField.json().errors).toContainEqual({ path: 'isRoot', message: 'Trường "isRoot" không được hỗ trợ.' });
    const wrongType = await app.inject({ method: 'POST', url: '/api/v1/users', headers: auth(s), payload: { username: 123, displayName: 'X', password: STRONG_PASSWORD, roles: 'admin' } });
    expect(wrongType.statusCode).toBe(422);
    expect(wrongType.json().errors.map((e: { path: string }) => e.path)).toContain('roles');
    const huge = await app.inject({ method: 'POST', url: '/api/v1/users', headers: { ...auth(s), 'content-type': 'application/json' }, payload: JSON.stringify({ username: 'x'.repeat(2_000_000) }) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().title).toBe('Dữ liệu gửi lên quá lớn.');
    const badUnit = await app.inject({ method: 'POST', url: '/api/v1/users', headers: auth(s), payload: { username: 'nguoimoi', displayName: 'Người mới', password: STRONG_PASSWORD, roles: [{ role: 'officer', unitId: 'khong-co' }] } });
    expect(badUnit.statusCode).toBe(422);
    expect(badUnit.json().title).toContain('Đơn vị không tồn tại');
    expect(await count()).toBe(before);
  });

  it('lets an administrator create a user, set roles and reset the password (ending sessions)', async () => {
    const admin = await buildUser(getDb(), { role: 'administrator', unitId: 'p' });
    const s = await signInAs(app, admin.username, admin.password);
    const created = await app.inject({ method: 'POST', url: '/api/v1/users', headers: auth(s), payload: { username: 'Can.Bo-Tu_Phap', displayName: 'Cán bộ Tư pháp', password: STRONG_PASSWORD, roles: [{ role: 'officer', unitId: 'p-tp' }] } });
    expect(created.statusCode).toBe(201);
    const user = created.json();
    expect(user.username).toBe('can.bo-tu_phap');
    expect(user.roles).toEqual([{ role: 'officer', unitId: 'p-tp', unitName: 'Sở Tư pháp' }]);
    const dup = await app.inject({ method: 'POST', url: '/api/v1/users', headers: auth(s), payload: { username: 'CAN.BO-TU_PHAP', displayName: 'Khác', password: STRONG_PASSWORD, roles: [] } });
    expect(dup.statusCode).toBe(409);
    const officer = await signInAs(app, 'can.bo-tu_phap', STRONG_PASSWORD);
    const reset = await app.inject({ method: 'POST', url: `/api/v1/users/${user.id}/password`, headers: auth(s), payload: { newPassword: 'Mat-khau-dat-lai-99' } });
    expect(reset.statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: officer.cookie } })).statusCode).toBe(401);
    const roles = await app.inject({ method: 'PUT', url: `/api/v1/users/${user.id}/roles`, headers: auth(s), payload: { roles: [{ role: 'viewer', unitId: 'p' }] } });
    expect(roles.json().roles).toEqual([{ role: 'viewer', unitId: 'p', unitName: 'Ủy ban nhân dân tỉnh Thử' }]);
  });
});

describeEachDriver('audit integrity check over HTTP', (getDb) => {
  let app: App;
  beforeAll(async () => {
    await buildTinyOrg(getDb());
    app = await buildTestApp(getDb());
  });

  it('lets a coordinator check the chain against the checkpoints, and names a row deleted after a checkpoint', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-audit-http-'));
    const previous = process.env.AUDIT_CHECKPOINT_FILE;
    process.env.AUDIT_CHECKPOINT_FILE = path.join(dir, 'checkpoints.jsonl');
    try {
      const u = await buildUser(getDb(), { role: 'coordinator', unitId: 'p' });
      const s = await signInAs(app, u.username, u.password);
      const first = await app.inject({ method: 'POST', url: '/api/v1/audit/verification', headers: auth(s) });
      expect(first.statusCode).toBe(200);
      expect(first.json()).toMatchObject({ ok: true, checkpoints: 0, lastCheckpointAt: null, badSeq: null });
      const { written } = await checkAuditChain(getDb().db, checkpointFileFromEnv(), { checkpoint: true });
      const db = getDb();
      await db.query('alter table audit_log disable trigger audit_log_no_update', []);
      await db.query(`delete from audit_log where seq = ${written!.seq}`, []);
      await db.query('alter table audit_log enable trigger audit_log_no_update', []);
      const after = (await app.inject({ method: 'POST', url: '/api/v1/audit/verification', headers: auth(s) })).json();
      expect(after).toMatchObject({ ok: false, badSeq: written!.seq });
      expect(after.reason).toContain('mất các dòng mới nhất');
      const viewer = await buildUser(getDb(), { role: 'viewer', unitId: 'p' });
      const refused = await app.inject({ method: 'POST', url: '/api/v1/audit/verification', headers: auth(await signInAs(app, viewer.username, viewer.password)) });
      expect(refused.statusCode).toBe(403);
    } finally {
      if (previous === undefined) delete process.env.AUDIT_CHECKPOINT_FILE;
      else process.env.AUDIT_CHECKPOINT_FILE = previous;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
