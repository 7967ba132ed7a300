import { beforeAll, expect, it } from 'vitest';
import { describeEachDriver } from '../../../test/db';
import { auth, buildTestApp, signInAs, type Session } from '../../../test/app';
import { buildDemoOrg, buildUser } from '../../../test/factories';
import type { App } from '../../platform/http';

interface Node { id: string; name: string; type: string; children: Node[] }
const flatten = (nodes: Node[]): Node[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);

describeEachDriver('organisation directory over HTTP', (getDb) => {
  let app: App;
  let officer: Session;
  let viewer: Session;

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
    const o = await buildUser(getDb(), { role: 'officer', unitId: 'yb-so-tp' });
    officer = await signInAs(app, o.username, o.password);
    const v = await buildUser(getDb(), { role: 'viewer', unitId: 'yb-so-tp' });
    viewer = await signInAs(app, v.username, v.password);
  });

  it('shows Yên Bái with its districts in 2024 and tỉnh Lào Cai without districts in 2026', async () => {
    const t2024 = flatten((await app.inject({ url: '/api/v1/org/tree?at=2024-06-01', headers: auth(officer) })).json().nodes);
    const names2024 = t2024.map((n) => n.name);
    expect(names2024).toContain('Ủy ban nhân dân tỉnh Yên Bái');
    expect(names2024).toContain('Sở Thông tin và Truyền thông tỉnh Yên Bái');
    expect(t2024.filter((n) => n.type === 'ubnd_huyen')).toHaveLength(9);
    const t2026 = flatten((await app.inject({ url: '/api/v1/org/tree?at=2026-01-01', headers: auth(officer) })).json().nodes);
    const names2026 = t2026.map((n) => n.name);
    expect(names2026).toContain('Ủy ban nhân dân tỉnh Lào Cai');
    expect(names2026).not.toContain('Ủy ban nhân dân tỉnh Yên Bái');
    expect(names2026.some((n) => n.startsWith('Sở Thông tin và Truyền thông'))).toBe(false);
    expect(t2026.some((n) => n.type === 'ubnd_huyen')).toBe(false);
    expect(t2026.filter((n) => n.type === 'ubnd_xa').length).toBeGreaterThan(5);
  });

  it('refuses an impossible date with a Vietnamese field message', async () => {
    const res = await app.inject({ url: '/api/v1/org/tree?at=2024-02-30', headers: auth(officer) });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].message).toContain('YYYY-MM-DD');
  });

  it('resolves written names as of a date, never guessing', async () => {
    const r = (name: string, at: string) => app.inject({ url: `/api/v1/org/resolve?name=${encodeURIComponent(name)}&at=${at}`, headers: auth(officer) }).then((x) => x.json());
    expect(await r('Sở TT&TT', '2024-06-01')).toMatchObject({ status: 'unit', units: [{ id: 'yb-so-tttt' }] });
    expect(await r('So Thong tin va Truyen thong', '2024-06-01')).toMatchObject({ status: 'unit', units: [{ id: 'yb-so-tttt' }] });
    expect((await r('Sở TT&TT', '2025-08-01')).status).toBe('unresolved');
    const group = await r('UBND các huyện, thị xã, thành phố', '2024-06-01');
    expect(group.status).toBe('group');
    expect(group.units).toHaveLength(9);
    expect((await r('Sở Ma thuật', '2024-06-01')).status).toBe('unresolved');
  });

  it('shows successors of a closed unit', async () => {
    const res = (await app.inject({ url: '/api/v1/org/units/yb-so-tttt', headers: auth(officer) })).json();
    expect(res.validTo).toBe('2025-03-01');
    expect(res.successors.map((s: { id: string }) => s.id)).toContain('yb-so-khcn');
  });

  it('lets an officer add people to their own unit only, and finds them without accents', async () => {
    const created = await app.inject({ method: 'POST', url: '/api/v1/people', headers: auth(officer), payload: { fullName: 'Nguyễn Thị Hoà', title: 'Chuyên viên', unitId: 'yb-so-tp', email: 'hoa@example.vn', phone: '0912 345 678' } });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ fullName: 'Nguyễn Thị Hoà', unitName: 'Sở Tư pháp tỉnh Yên Bái', phone: '0912345678' });
    const elsewhere = await app.inject({ method: 'POST', url: '/api/v1/people', headers: auth(officer), payload: { fullName: 'Trần Văn B', unitId: 'yb-so-tttt' } });
    expect(elsewhere.statusCode).toBe(403);
    const byViewer = await app.inject({ method: 'POST', url: '/api/v1/people', headers: auth(viewer), payload: { fullName: 'Trần Văn C', unitId: 'yb-so-tp' } });
    expect(byViewer.statusCode).toBe(403);
    const found = (await app.inject({ url: '/api/v1/people?q=nguyen%20thi%20hoa', headers: auth(viewer) })).json();
    expect(found.items.map((p: { fullName: string }) => p.fullName)).toContain('Nguyễn Thị Hoà');
    const badPhone = await app.inject({ method: 'PATCH', url: `/api/v1/people/${created.json().id}`, headers: auth(officer), payload: { phone: 'abc' } });
    expect(badPhone.statusCode).toBe(422);
    expect(badPhone.json().title).toBe('Số điện thoại không hợp lệ.');
  });
});
