import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../test/db';
import { auth, buildTestApp, signInAs } from '../../../test/app';
import { buildTinyOrg, buildUser, STRONG_PASSWORD } from '../../../test/factories';
import type { App } from '../../platform/http';
import { insertSignInFailure } from './repo';
import { addressKey, FREE_PER_ADDRESS, MAX_WAIT_SECONDS, slowDownSeconds, SLOW_DOWN_AFTER, signIn, waitAfterFailures } from './actions/sign-in';

const signInFrom = (app: App, address: string, username: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/v1/session', payload: { username, password }, headers: { 'x-forwarded-for': address } });

describeEachDriver('a password set by an administrator must be changed first', (getDb) => {
  let app: App;
  beforeAll(async () => {
    await buildTinyOrg(getDb());
    app = await buildTestApp(getDb());
  });

  it('lets such a session read itself, change the password and sign out; everything else is 403 in Vietnamese', async () => {
    const admin = await buildUser(getDb(), { role: 'administrator', unitId: 'p' });
    const a = await signInAs(app, admin.username, admin.password);
    const created = await app.inject({ method: 'POST', url: '/api/v1/users', headers: auth(a), payload: { username: 'moi.vao', displayName: 'Cán bộ mới', password: STRONG_PASSWORD, mustChangePassword: true, roles: [{ role: 'administrator', unitId: 'p' }] } });
    expect(created.statusCode).toBe(201);
    expect(created.json().mustChangePassword).toBe(true);

    const s = await signInAs(app, 'moi.vao', STRONG_PASSWORD);
    const me = await app.inject({ method: 'GET', url: '/api/v1/session', headers: auth(s) });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.mustChangePassword).toBe(true);
    for (const [method, url] of [['GET', '/api/v1/users'], ['GET', '/api/v1/people'], ['POST', '/api/v1/users']] as const) {
      const refused = await app.inject({ method, url, headers: auth(s), payload: method === 'POST' ? {} : undefined });
      expect(refused.statusCode, `${method} ${url}`).toBe(403);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.json().title).toContain('Bạn cần đổi mật khẩu trước khi tiếp tục');
    }
    // the portal stays public for anyone
    expect((await app.inject({ method: 'GET', url: '/api/health', headers: auth(s) })).statusCode).not.toBe(403);

    const changed = await app.inject({ method: 'POST', url: '/api/v1/session/password', headers: auth(s), payload: { currentPassword: STRONG_PASSWORD, newPassword: 'Mot-cau-rieng-cua-toi' } });
    expect(changed.statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/v1/users', headers: auth(s) })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/v1/session', headers: auth(s) })).json().user.mustChangePassword).toBe(false);
  });

  it('applies after an administrator resets the password; sign-out stays allowed', async () => {
    const admin = await buildUser(getDb(), { role: 'administrator', unitId: 'p' });
    const a = await signInAs(app, admin.username, admin.password);
    const officer = await buildUser(getDb(), { role: 'officer', unitId: 'p-tp' });
    expect((await app.inject({ method: 'POST', url: `/api/v1/users/${officer.id}/password`, headers: auth(a), payload: { newPassword: 'Dat-lai-boi-quan-tri' } })).statusCode).toBe(204);
    const s = await signInAs(app, officer.username, 'Dat-lai-boi-quan-tri');
    expect((await app.inject({ method: 'GET', url: '/api/v1/org/tree', headers: auth(s) })).statusCode).toBe(403);
    expect((await app.inject({ method: 'DELETE', url: '/api/v1/session', headers: auth(s) })).statusCode).toBe(204);
  });

  it('names the failed rule when a password is refused', async () => {
    const u = await buildUser(getDb(), { role: 'viewer', unitId: 'p', username: 'tranthib' });
    const s = await signInAs(app, u.username, u.password);
    const res = await app.inject({ method: 'POST', url: '/api/v1/session/password', headers: auth(s), payload: { currentPassword: u.password, newPassword: 'TranThiB-2025' } });
    expect(res.statusCode).toBe(422);
    expect(res.json().title).toContain('chứa tên đăng nhập «tranthib»');
    expect(res.json().errors).toEqual([{ path: 'newPassword', message: res.json().title }]);
  });
});

describeEachDriver('sign-in throttling', (getDb) => {
  let app: App;
  beforeAll(async () => {
    await buildTinyOrg(getDb());
    app = await buildTestApp(getDb());
  });

  it('signs in only from JSON, so another site cannot post a sign-in form (issue 11, item 5)', async () => {
    const u = await buildUser(getDb(), { role: 'officer', unitId: 'p' });
    const form = await app.inject({ method: 'POST', url: '/api/v1/session', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' }, payload: `username=${u.username}&password=${encodeURIComponent(u.password)}`, remoteAddress: '192.0.2.90' });
    expect(form.statusCode).toBe(415);
    expect(form.json().title).toContain('JSON');
    expect(form.cookies.find((c) => c.name === 'dt_session')).toBeUndefined();
    expect((await app.inject({ method: 'POST', url: '/api/v1/session', payload: { username: u.username, password: u.password }, remoteAddress: '192.0.2.90' })).statusCode).toBe(200);
  });

  /** Moves this address's failures back in time, as if `seconds` had passed. */
  const age = (address: string, seconds: number) => getDb().db.execute(sql`update sign_in_failures set at = at - make_interval(secs => ${seconds}) where ip = ${address}`);

  it('makes the next attempt from a failing address wait longer after each failure (0, 1, 2, 4 … s), never a fixed lock (issue 11, item 7)', async () => {
    const u = await buildUser(getDb(), { role: 'officer', unitId: 'p' });
    const attacker = '203.0.113.5';
    expect((await signInFrom(app, attacker, u.username, 'sai-1-mat-khau')).statusCode).toBe(401);
    expect((await signInFrom(app, attacker, u.username, 'sai-2-mat-khau')).statusCode).toBe(401);
    // two failures: one second before the next attempt, even with the right password
    const early = await signInFrom(app, attacker, u.username, u.password);
    expect(early.statusCode).toBe(429);
    expect(early.headers['retry-after']).toBe('1');
    expect(early.json().title).toBe('Đăng nhập sai nhiều lần từ địa chỉ mạng này. Vui lòng chờ 1 giây rồi thử lại, hoặc dùng "Quên mật khẩu?".');
    await age(attacker, 1);
    expect((await signInFrom(app, attacker, u.username, 'sai-3-mat-khau')).statusCode).toBe(401);
    expect((await signInFrom(app, attacker, u.username, 'sai-4-mat-khau')).headers['retry-after']).toBe('2');
    await age(attacker, 2);
    expect((await signInFrom(app, attacker, u.username, 'sai-4-mat-khau')).statusCode).toBe(401);
    expect((await signInFrom(app, attacker, u.username, 'sai-5-mat-khau')).headers['retry-after']).toBe('4');
    // a refused attempt does not lengthen the wait
    expect((await signInFrom(app, attacker, u.username, 'sai-5-mat-khau')).headers['retry-after']).toBe('4');
    // the owner, from their own address, is never held up by the attacker
    expect((await signInFrom(app, '198.51.100.7', u.username, u.password)).statusCode).toBe(200);
    // many failures: the wait is capped, and once it has passed the attempt is answered again
    for (let i = 0; i < 12; i++) await insertSignInFailure(getDb().db, { id: randomUUID(), usernameKey: u.username, ip: attacker });
    const capped = await signInFrom(app, attacker, u.username, u.password);
    expect(capped.headers['retry-after']).toBe(String(MAX_WAIT_SECONDS));
    expect(capped.json().title).toContain('Vui lòng chờ 15 phút');
    await age(attacker, MAX_WAIT_SECONDS);
    expect((await signInFrom(app, attacker, u.username, u.password)).statusCode).toBe(200);
    expect([0, 1, 2, 3, 4, 5, 12, 40].map((n) => waitAfterFailures(n, 1))).toEqual([0, 0, 1, 2, 4, 8, MAX_WAIT_SECONDS, MAX_WAIT_SECONDS]);
  });

  it('lets an address fail a few times over many user names (an office behind NAT), then makes it wait whatever the name', async () => {
    const u = await buildUser(getDb(), { role: 'officer', unitId: 'p' });
    const office = '203.0.113.77';
    for (let i = 0; i < FREE_PER_ADDRESS; i++) await insertSignInFailure(getDb().db, { id: randomUUID(), usernameKey: `nguoi-${i}`, ip: office });
    expect((await signInFrom(app, office, 'nguoi-khac', 'sai-mat-khau-nua')).statusCode).toBe(401);
    const held = await signInFrom(app, office, u.username, u.password);
    expect(held.statusCode).toBe(429);
    expect(held.headers['retry-after']).toBe('1');
    await age(office, 1);
    expect((await signInFrom(app, office, u.username, u.password)).statusCode).toBe(200);
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy, so a guesser cannot rotate addresses', async () => {
    const u = await buildUser(getDb(), { role: 'officer', unitId: 'p' });
    for (let i = 0; i < 2; i++) {
      const r = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { username: u.username, password: `sai-${i}-mat-khau` }, remoteAddress: '192.0.2.44', headers: { 'x-forwarded-for': `10.9.9.${i}` } });
      expect(r.statusCode).toBe(401);
    }
    const again = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { username: u.username, password: u.password }, remoteAddress: '192.0.2.44', headers: { 'x-forwarded-for': '10.9.9.200' } });
    expect(again.statusCode).toBe(429);
    expect((await app.inject({ method: 'POST', url: '/api/v1/session', payload: { username: u.username, password: u.password }, remoteAddress: '192.0.2.45' })).statusCode).toBe(200);
  });

  it('counts IPv6 addresses per /64 network', async () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:ffff:0:0:9')).toBe('2001:db8:1:2::/64');
    expect(addressKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('198.51.100.7')).toBe('198.51.100.7');
    const u = await buildUser(getDb(), { role: 'viewer', unitId: 'p' });
    for (let i = 0; i < 2; i++) expect((await signInFrom(app, `2001:db8:77:1::${i + 1}`, u.username, `sai-${i}-mat-khau`)).statusCode).toBe(401);
    expect((await signInFrom(app, '2001:db8:77:1::abcd', u.username, u.password)).statusCode).toBe(429);
    expect((await signInFrom(app, '2001:db8:77:2::1', u.username, u.password)).statusCode).toBe(200);
  });

  it('only slows down attempts on a user name failed from many addresses: the owner still signs in', async () => {
    const u = await buildUser(getDb(), { role: 'viewer', unitId: 'p' });
    expect((await signInFrom(app, '192.0.2.99', u.username, 'sai-mat-khau-roi')).statusCode).toBe(401);
    // the other failures, as if from as many addresses (inserted directly: each HTTP attempt past the threshold would wait)
    for (let i = 1; i < SLOW_DOWN_AFTER + 5; i++) await insertSignInFailure(getDb().db, { id: randomUUID(), usernameKey: u.username, ip: `192.0.2.${100 + i}` });
    const waits: number[] = [];
    const ok = await signIn({ db: getDb().db, username: u.username, password: u.password, ip: '198.51.100.200', userAgent: null, ttlHours: 1, wait: async (ms) => void waits.push(ms) });
    expect(ok.userId).toBe(u.id);
    expect(waits).toEqual([2000]);
    expect(slowDownSeconds(SLOW_DOWN_AFTER - 1)).toBe(0);
    expect(slowDownSeconds(1000)).toBe(5);
    // over HTTP the wait really happens, and the answer is still a success
    const started = Date.now();
    expect((await signInFrom(app, '198.51.100.201', u.username, u.password)).statusCode).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    const rows = await getDb().db.execute(sql`select count(*)::int as n from sign_in_failures where ip = '198.51.100.201'`);
    expect((rows as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
  });
});
