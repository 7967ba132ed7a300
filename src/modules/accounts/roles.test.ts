import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../test/db';
import { auth, buildTestApp, signInAs } from '../../../test/app';
import { buildTinyOrg, buildUser, SYSTEM } from '../../../test/factories';
import { abilitiesOf, ROLES, type Role } from '../../platform/auth';
import type { App } from '../../platform/http';
import { updateUserAccount } from './actions/manage-user';
import { forgetSessions } from './session-cache';

const unit = (id: string, name: string, validTo: string | null = null) => ({
  id, name, shortName: null, type: id === 'p' ? 'ubnd_tinh' : 'so', level: 'province', parentId: id === 'p' ? null : 'p',
  abbreviations: [], otherNames: [], place: id === 'p' ? 'Thử' : null, validFrom: '2000-01-01', validTo,
});

describeEachDriver('role editing', (getDb) => {
  let app: App;
  beforeAll(async () => {
    await buildTinyOrg(getDb(), {
      units: [unit('p', 'Ủy ban nhân dân tỉnh Thử'), unit('p-tp', 'Sở Tư pháp'), unit('p-cu', 'Sở Cũ đã giải thể', '2020-01-01'), { ...unit('bo-tp', 'Bộ Tư pháp'), type: 'bo', level: 'central', parentId: null }],
      groups: [], aliases: [], successions: [],
    } as never);
    app = await buildTestApp(getDb());
  });

  const rolesOf = async (userId: string) =>
    ((await getDb().db.execute(sql`select role, unit_id from user_roles where user_id = ${userId} order by role, unit_id`)) as unknown as { rows: { role: string; unit_id: string }[] }).rows;

  it('adds and removes grants, audited with before and after, effective at the next request without ending sessions', async () => {
    const admin = await buildUser(getDb(), { role: 'administrator', unitId: 'p' });
    const a = await signInAs(app, admin.username, admin.password);
    const u = await buildUser(getDb(), { role: 'viewer', unitId: 'p-tp' });
    const s = await signInAs(app, u.username, u.password);
    expect((await app.inject({ method: 'GET', url: '/api/v1/mail', headers: auth(s) })).statusCode).toBe(403);

    const res = await app.inject({ method: 'PUT', url: `/api/v1/users/${u.id}/roles`, headers: auth(a), payload: { roles: [{ role: 'coordinator', unitId: 'p-tp' }] } });
    expect(res.statusCode).toBe(200);
    expect(res.json().roles).toEqual([{ role: 'coordinator', unitId: 'p-tp', unitName: 'Sở Tư pháp' }]);
    // same session, next request: the new role applies
    const me = await app.inject({ method: 'GET', url: '/api/v1/session', headers: auth(s) });
    expect(me.statusCode).toBe(200);
    expect(me.json().abilities['plans.import']).toBe(true);

    const audit = await getDb().db.execute(sql`select summary from audit_log where subject_id = ${u.id} and action = 'user.roles' order by seq desc limit 1`);
    const row = (audit as unknown as { rows: { summary: { before: unknown; after: { added: unknown; removed: unknown } } }[] }).rows[0]!.summary;
    expect(row.before).toEqual({ roles: [{ role: 'viewer', unitId: 'p-tp' }] });
    expect(row.after.added).toEqual([{ role: 'coordinator', unitId: 'p-tp' }]);
    expect(row.after.removed).toEqual([{ role: 'viewer', unitId: 'p-tp' }]);
  });

  it('keeps grants on a unit closed since (2024 plans report for 2024 units); refuses an unknown unit without naming ids', async () => {
    const admin = await buildUser(getDb(), { role: 'administrator', unitId: 'p' });
    const a = await signInAs(app, admin.username, admin.password);
    const old = await buildUser(getDb(), { role: 'officer', unitId: 'p-cu' });
    const kept = await app.inject({ method: 'PUT', url: `/api/v1/users/${old.id}/roles`, headers: auth(a), payload: { roles: [{ role: 'officer', unitId: 'p-cu' }, { role: 'viewer', unitId: 'p-tp' }] } });
    expect(kept.statusCode).toBe(200);
    expect(kept.json().roles).toContainEqual({ role: 'officer', unitId: 'p-cu', unitName: 'Sở Cũ đã giải thể' });
    const missing = await app.inject({ method: 'PUT', url: `/api/v1/users/${old.id}/roles`, headers: auth(a), payload: { roles: [{ role: 'viewer', unitId: 'khong-co' }] } });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().title).toBe('Đơn vị không tồn tại: hãy chọn đơn vị trong danh sách.');
    // the central bodies are in the directory for the plans that name them; nobody holds a role there
    const central = await app.inject({ method: 'PUT', url: `/api/v1/users/${old.id}/roles`, headers: auth(a), payload: { roles: [{ role: 'coordinator', unitId: 'bo-tp' }] } });
    expect(central.statusCode).toBe(422);
    expect(central.json().title).toBe('Bộ Tư pháp là cơ quan trung ương: vai trò chỉ gán cho cơ quan, đơn vị của tỉnh.');
    expect(await rolesOf(old.id)).toEqual([{ role: 'officer', unit_id: 'p-cu' }, { role: 'viewer', unit_id: 'p-tp' }]);
  });

  it('refuses to remove or disable the last administrator', async () => {
    // every other administrator of this suite loses the role first
    await getDb().db.execute(sql`delete from user_roles where role = 'administrator'`);
    forgetSessions(); // the table was edited by hand, past the code that forgets cached sessions
    const admin = await buildUser(getDb(), { role: 'administrator', unitId: 'p' });
    const a = await signInAs(app, admin.username, admin.password);
    const before = await rolesOf(admin.id);
    const demote = await app.inject({ method: 'PUT', url: `/api/v1/users/${admin.id}/roles`, headers: auth(a), payload: { roles: [{ role: 'coordinator', unitId: 'p' }] } });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().title).toContain('Không thể bỏ quản trị viên cuối cùng');
    expect(await rolesOf(admin.id)).toEqual(before);
    const second = await buildUser(getDb(), { role: 'administrator', unitId: 'p' });
    await expect(updateUserAccount({ db: getDb().db, actor: SYSTEM }, admin.id, { isDisabled: true })).resolves.toBeUndefined();
    await expect(updateUserAccount({ db: getDb().db, actor: SYSTEM }, second.id, { isDisabled: true })).rejects.toThrow('Không thể bỏ quản trị viên cuối cùng');
  });

  it('lists the first-run checklist for administrators only, computed from the database', async () => {
    const admin = await buildUser(getDb(), { role: 'administrator', unitId: 'p' });
    await getDb().db.execute(sql`update users set is_disabled = false`);
    const a = await signInAs(app, admin.username, admin.password);
    const res = await app.inject({ method: 'GET', url: '/api/v1/setup/checklist', headers: auth(a) });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { key: string; done: boolean; label: string; link: string; detail: string }[];
    expect(items.map((i) => i.key)).toEqual(['admin-password', 'directory', 'coordinator', 'unit-users', 'plan', 'public-url', 'smtp', 'audit-key']);
    const byKey = Object.fromEntries(items.map((i) => [i.key, i]));
    expect(byKey.directory).toMatchObject({ done: true, link: '/office/org' });
    expect(byKey.directory!.detail).toContain('2 đơn vị đang hoạt động hôm nay, đứng đầu là Ủy ban nhân dân tỉnh Thử');
    expect(byKey.coordinator!.done).toBe(true); // made coordinator in the first test
    expect(byKey.plan).toMatchObject({ done: false, link: '/office/plans/import' });
    expect(byKey.smtp!.done).toBe(Boolean(process.env.SMTP_HOST));
    for (const i of items) expect(i.label).not.toMatch(/^[a-z-]+$/);
    const viewer = await buildUser(getDb(), { role: 'viewer', unitId: 'p' });
    const v = await signInAs(app, viewer.username, viewer.password);
    expect((await app.inject({ method: 'GET', url: '/api/v1/setup/checklist', headers: auth(v) })).statusCode).toBe(403);
  });
});

it('pins what each role may do: the role descriptions in the office (i18n-accounts.ts) say exactly this', () => {
  const allowed = (role: Role) => Object.entries(abilitiesOf({ kind: 'user', userId: 'x', name: 'x', roles: [{ role, unitId: 'u' }] })).filter(([, ok]) => ok).map(([a]) => a).sort();
  const everyone = allowed('viewer');
  const extra = (role: Role) => allowed(role).filter((a) => !everyone.includes(a));
  expect(ROLES.map((r) => [r, extra(r)])).toMatchSnapshot();
});
