import { beforeAll, expect, it } from 'vitest';
import { describeEachDriver } from '../test/db';
import { auth, buildTestApp, signInAs, type Session } from '../test/app';
import { buildTinyOrg, buildUser } from '../test/factories';
import { can, ROLES, type Actor, type Role } from './platform/auth';
import type { App } from './platform/http';

/**
 * Walks every registered API route and checks, for anonymous visitors and for each role, that the answer is
 * exactly what the declared access and the modules' policy.ts rules allow: 401 without a session, 403 without
 * the ability, anything else (2xx, or a validation/not-found answer) when allowed.
 */
describeEachDriver('permissions on every route', (getDb) => {
  let app: App;
  const sessions = new Map<Role, Session>();
  const actors = new Map<Role, Actor>();

  beforeAll(async () => {
    await buildTinyOrg(getDb());
    app = await buildTestApp(getDb());
    for (const role of ROLES) {
      const u = await buildUser(getDb(), { role, unitId: 'p-tp' });
      sessions.set(role, await signInAs(app, u.username, u.password));
      actors.set(role, { kind: 'user', userId: u.id, name: u.username, roles: [{ role, unitId: 'p-tp' }] });
    }
  });

  const fill = (url: string) => url.replace(/:(\w+)/g, 'khong-ton-tai').replace(/\*$/, 'x');

  it('declares access on every /api/v1 route', () => {
    const api = app.declaredRoutes.filter((r) => r.url.startsWith('/api/v1'));
    expect(api.length).toBeGreaterThan(10);
    for (const r of api) expect(r.access, `${r.method} ${r.url}`).toBeDefined();
  });

  it('gives each role exactly what the rules allow', async () => {
    const api = app.declaredRoutes.filter((r) => r.url.startsWith('/api/v1') && !(r.method === 'DELETE' && r.url === '/api/v1/session'));
    const failures: string[] = [];
    for (const route of api) {
      const url = fill(route.url);
      const anon = await app.inject({ method: route.method as 'GET', url, payload: route.method === 'GET' ? undefined : {} });
      const anonExpected = route.access === 'public' ? 'open' : 401;
      if (anonExpected === 401 ? anon.statusCode !== 401 : [401, 403].includes(anon.statusCode)) failures.push(`anonymous ${route.method} ${route.url} → ${anon.statusCode}`);
      for (const role of ROLES) {
        const res = await app.inject({ method: route.method as 'GET', url, headers: auth(sessions.get(role)!), payload: route.method === 'GET' ? undefined : {} });
        const allowed = route.access === 'public' || route.access === 'session' || can(actors.get(role)!, route.access.ability);
        const ok = allowed ? ![401, 403].includes(res.statusCode) : res.statusCode === 403;
        if (!ok) failures.push(`${role} ${route.method} ${route.url} → ${res.statusCode} (expected ${allowed ? 'allowed' : 403})`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('approvers approve answers only on drafts of their own unit; they read answers there without moderating', () => {
    const approver = actors.get('approver')!;
    expect(can(approver, 'consultation.approve', { unitId: 'p-tp' })).toBe(true);
    expect(can(approver, 'consultation.approve', { unitId: 'another-unit' })).toBe(false);
    expect(can(approver, 'consultation.review', { unitId: 'p-tp' })).toBe(true);
    expect(can(approver, 'consultation.review', { unitId: 'another-unit' })).toBe(false);
    expect(can(approver, 'consultation.moderate', { unitId: 'p-tp' })).toBe(false);
    expect(can(actors.get('officer')!, 'consultation.approve', { unitId: 'p-tp' })).toBe(false);
    expect(can(actors.get('coordinator')!, 'consultation.approve', { unitId: 'p-tp' })).toBe(false);
    expect(can(actors.get('administrator')!, 'consultation.approve', { unitId: 'another-unit' })).toBe(true);
  });

  it('administrators may manage users; officers may not', () => {
    expect(can(actors.get('administrator')!, 'users.write')).toBe(true);
    expect(can(actors.get('officer')!, 'users.write')).toBe(false);
    expect(can(actors.get('viewer')!, 'org.read')).toBe(true);
    expect(can({ kind: 'anonymous' }, 'org.read')).toBe(false);
  });
});
