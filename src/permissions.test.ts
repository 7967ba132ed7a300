import { beforeAll, expect, it } from 'vitest';
import { describeEachDriver } from '../test/db';
import { buildTestApp } from '../test/app';
import { buildTinyOrg, buildUser } from '../test/factories';
import { ROLES, can, type Actor, type Role } from './platform/auth';
import type { App } from './platform/http';

/**
 * The rules themselves (policy.ts), role by role. Every route is tried by every role of the same and of another unit
 * on real records in permission-matrix.test.ts.
 */
describeEachDriver('the rules of each role', (getDb) => {
  let app: App;
  const actors = new Map<Role, Actor>();

  beforeAll(async () => {
    await buildTinyOrg(getDb());
    app = await buildTestApp(getDb());
    for (const role of ROLES) {
      const u = await buildUser(getDb(), { role, unitId: 'p-tp' });
      actors.set(role, { kind: 'user', userId: u.id, name: u.username, roles: [{ role, unitId: 'p-tp' }] });
    }
  });

  it('declares access on every /api/v1 route', () => {
    const api = app.declaredRoutes.filter((r) => r.url.startsWith('/api/v1'));
    expect(api.length).toBeGreaterThan(10);
    for (const r of api) expect(r.access, `${r.method} ${r.url}`).toBeDefined();
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
