import { beforeAll, expect, it } from 'vitest';
import { auth, buildTestApp, signInAs, type Session } from '../../../test/app';
import { describeEachDriver } from '../../../test/db';
import { buildDemoOrg, buildUser } from '../../../test/factories';
import type { App } from '../../platform/http';
import { todayVn } from '../../platform/text';
import { computeFigures } from '../plans';

describeEachDriver('network: the office API, the read page and the annual figures', (getDb) => {
  let app: App;
  let coordinator: Session;
  let officer: Session;
  let viewer: Session;

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
    const c = await buildUser(getDb(), { role: 'coordinator', unitId: 'lc-so-vhttdl' });
    const o = await buildUser(getDb(), { role: 'officer', unitId: 'lc-so-tp' });
    const v = await buildUser(getDb(), { role: 'viewer', unitId: 'lc-so-tp' });
    coordinator = await signInAs(app, c.username, c.password);
    officer = await signInAs(app, o.username, o.password);
    viewer = await signInAs(app, v.username, v.password);
  });

  const post = (s: Session, url: string, payload: object) => app.inject({ method: 'POST', url, headers: auth(s), payload });
  const get = (s: Session, url: string) => app.inject({ url, headers: auth(s) });

  it('keeps a focal point of a unit closed by the 2025 reform under the unit carrying its work today, and officers see only their unit', async () => {
    const old = await post(coordinator, '/api/v1/network/focal-points', { personName: 'Đặng Văn H', title: 'Phó Chánh Văn phòng', unitId: 'yb-so-tp', level: 'department', email: 'h@example.vn', validFrom: '2024-01-01' });
    expect(old.statusCode, old.body).toBe(201);
    expect(old.json()).toMatchObject({ unitName: expect.stringMatching(/Yên Bái/), currentUnitId: 'lc-so-tp', currentUnitName: expect.stringMatching(/Lào Cai/) });
    const other = await post(coordinator, '/api/v1/network/focal-points', { personName: 'Người khác', unitId: 'lc-so-vhttdl', level: 'department', email: 'khac@example.vn', validFrom: '2025-07-01' });
    expect(other.statusCode).toBe(201);
    // the officer of Sở Tư pháp Lào Cai opens the focal point of its predecessor, not another unit's
    expect((await get(officer, `/api/v1/network/focal-points/${old.json().id}`)).statusCode).toBe(200);
    expect((await get(officer, `/api/v1/network/focal-points/${other.json().id}`)).statusCode).toBe(403);
    const mixed = (await post(coordinator, '/api/v1/network/groups', { name: 'Nhóm hai đơn vị', channels: ['email'] })).json() as { id: string };
    await post(coordinator, `/api/v1/network/groups/${mixed.id}/members`, { add: [old.json().id, other.json().id] });
    const seen = (await get(officer, `/api/v1/network/groups/${mixed.id}`)).json();
    expect(seen.members.map((m: { personName: string }) => m.personName)).toEqual(['Đặng Văn H']);
    expect(seen.group.memberCount).toBe(2);
    expect((await get(viewer, `/api/v1/network/groups/${mixed.id}`)).json().members).toHaveLength(2);
    const mine = (await get(officer, '/api/v1/network/focal-points')).json() as { items: { personName: string }[]; canManage: boolean };
    expect(mine.items.map((f) => f.personName)).toEqual(['Đặng Văn H']);
    expect(mine.canManage).toBe(false);
    expect((await get(viewer, '/api/v1/network/focal-points')).json().items).toHaveLength(2);
    expect((await get(coordinator, '/api/v1/network/focal-points?unitId=lc-so-tp')).json().items.map((f: { personName: string }) => f.personName)).toEqual(['Đặng Văn H']);
    expect((await post(officer, '/api/v1/network/focal-points', { personName: 'X', unitId: 'lc-so-tp', level: 'department', validFrom: '2025-07-01' })).statusCode).toBe(403);
    const bad = await post(coordinator, '/api/v1/network/focal-points', { personName: 'Y', unitId: 'lc-so-tp', level: 'department', email: 'khong-phai-thu', validFrom: '2025-07-01' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().detail ?? bad.json().title).toMatch(/thư điện tử không hợp lệ/);
  });

  it('refuses a broadcast to an empty group with 422 and a Vietnamese reason; sends, reads once through the portal page, counts it', async () => {
    const group = (await post(coordinator, '/api/v1/network/groups', { name: 'Nhóm đầu mối sở ngành', channels: ['email', 'zalo'], zaloGroupName: 'Đầu mối TTCS', zaloGroupLink: 'https://zalo.me/g/abcdef123', zaloGroupAdmin: 'Văn phòng Sở' })).json() as { id: string };
    const empty = await post(coordinator, '/api/v1/network/broadcasts', { groupId: group.id, subject: 'Tin', text: 'Nội dung' });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('Nhóm chưa có thành viên nào');
    const fp = (await post(coordinator, '/api/v1/network/focal-points', { personName: 'Ngô Thị K', unitId: 'lc-so-tp', level: 'department', email: 'k@example.vn', zaloJoinedOn: '2025-08-01', validFrom: '2025-07-01' })).json() as { id: string };
    expect((await post(coordinator, `/api/v1/network/groups/${group.id}/members`, { add: [fp.id] })).json()).toEqual({ added: 1, removed: 0 });
    const detail = (await get(viewer, `/api/v1/network/groups/${group.id}`)).json();
    expect(detail.reach).toEqual([
      { channel: 'email', label: 'Thư điện tử', isConfigured: true, reachable: 1, unreachable: 0 },
      { channel: 'zalo', label: 'Zalo OA', isConfigured: false, reachable: 0, unreachable: 1 },
    ]);
    expect(detail.canBroadcast).toBe(false);
    expect((await post(officer, '/api/v1/network/broadcasts', { groupId: group.id, subject: 'Tin', text: 'Nội dung' })).statusCode).toBe(403);
    const sent = await post(coordinator, '/api/v1/network/broadcasts', { groupId: group.id, subject: 'Lịch họp báo', text: 'Mời các đầu mối theo dõi.', link: '/nguoi-phat-ngon' });
    expect(sent.statusCode, sent.body).toBe(201);
    const status = (await get(viewer, `/api/v1/network/broadcasts/${sent.json().id}`)).json();
    expect(status.recipients[0].deliveries.map((d: { channel: string; status: string }) => [d.channel, d.status])).toEqual([['email', 'queued'], ['zalo', 'failed']]);

    const token = (await getDb().db.execute(`select read_token from network_deliveries where broadcast_id = '${sent.json().id}' and channel = 'email'` as never)) as unknown as { rows: { read_token: string }[] };
    const page = await app.inject({ url: `/xac-nhan/${token.rows[0]!.read_token}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Xác nhận đã đọc');
    expect(page.body).not.toContain('Ngô Thị K');
    expect(page.body).not.toContain('k@example.vn');
    // opening the page records nothing (mail scanners open links); the button does, once
    expect((await get(viewer, `/api/v1/network/broadcasts/${sent.json().id}`)).json().totals.read).toBe(0);
    const done = await app.inject({ method: 'POST', url: `/xac-nhan/${token.rows[0]!.read_token}` });
    expect(done.body).toContain('Đã xác nhận đã đọc lúc');
    const again = await app.inject({ method: 'POST', url: `/xac-nhan/${token.rows[0]!.read_token}` });
    expect(again.body).toContain('Đã xác nhận đã đọc (lúc');
    expect((await app.inject({ url: '/xac-nhan/khong-co-ma-nay-khong-co-ma-nay' })).statusCode).toBe(404);
    expect((await get(viewer, `/api/v1/network/broadcasts/${sent.json().id}`)).json().totals.read).toBe(1);

    const year = Number(todayVn().slice(0, 4));
    const view = { plan: { id: 'p', year }, tasks: [], progress: { tasks: [], units: [] }, reports: [], dir: { unit: () => undefined } } as unknown as Parameters<typeof computeFigures>[1];
    const figures = new Map((await computeFigures(getDb().db, view)).map((f) => [f.code, f]));
    expect(figures.get('I-12.officers')!.value).toBe(3);
    expect(figures.get('I-12.officers.department')!.value).toBe(3);
    expect(figures.get('I-12.zaloMembers')!.value).toBe(1);
    expect(figures.get('I-12.broadcasts')!.value).toBe(1);
    expect(figures.get('I-12.unitsCovered')!.value).toBeGreaterThan(0);
    expect(figures.get('I-12.unitsCovered')!.records().filter((r) => r.value === 1).map((r) => r.id).sort()).toEqual(['lc-so-tp', 'lc-so-vhttdl']);
  });
});
