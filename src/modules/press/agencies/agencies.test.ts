import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../../test/db';
import { auth, buildTestApp, signInAs, type Session } from '../../../../test/app';
import { buildDemoOrg, buildUser, SYSTEM } from '../../../../test/factories';
import type { App } from '../../../platform/http';
import { getPressAgency, listPressAgencies, loadDemoPressAgencies } from '..';

const AGENCY = { name: 'Báo Thử nghiệm — Văn phòng thường trú', kind: 'print', licenceNo: '123/GP-BTTTT', licenceDate: '2020-05-04', headOffice: 'Phường Cam Đường, tỉnh Lào Cai', emails: ['toasoan@example.vn', 'banbientap@example.vn'], phone: '0214 000 000', validFrom: '2020-05-04' };

describeEachDriver('press agencies directory', (getDb) => {
  let app: App;
  let coordinator: Session;
  let viewer: Session;
  const count = async () => Number(((await getDb().db.execute(sql`select count(*)::int as n from press_agencies`)) as unknown as { rows: { n: number }[] }).rows[0]!.n);

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
    const c = await buildUser(getDb(), { role: 'coordinator', unitId: 'lc-so-vhttdl' });
    const v = await buildUser(getDb(), { role: 'viewer', unitId: 'lc-so-tp' });
    coordinator = await signInAs(app, c.username, c.password);
    viewer = await signInAs(app, v.username, v.password);
  });

  it('refuses a malformed email, an end before the start and a duplicate licence in Vietnamese, saving nothing', async () => {
    const post = (body: object, s = coordinator) => app.inject({ method: 'POST', url: '/api/v1/press/agencies', headers: auth(s), payload: body });
    const created = await post(AGENCY);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ kindLabel: 'Báo in', emails: ['toasoan@example.vn', 'banbientap@example.vn'], isCurrent: true });
    const before = await count();

    const badMail = await post({ ...AGENCY, licenceNo: '999/GP', emails: ['toasoan@example.vn', 'toasoan example.vn'] });
    expect(badMail.statusCode).toBe(422);
    expect(badMail.json().title).toBe('Địa chỉ thư điện tử «toasoan example.vn» không hợp lệ.');

    const badDates = await post({ ...AGENCY, licenceNo: '998/GP', validFrom: '2024-01-10', validTo: '2024-01-09' });
    expect(badDates.statusCode).toBe(422);
    expect(badDates.json().title).toBe('Ngày kết thúc không được trước ngày bắt đầu.');

    // the same licence written in another case is the same licence
    const duplicate = await post({ ...AGENCY, name: 'Cơ quan khác', licenceNo: '123/gp-btttt' });
    expect(duplicate.statusCode).toBe(422);
    expect(duplicate.json().title).toMatch(/^Số giấy phép 123\/gp-btttt đã có trong danh mục \(Báo Thử nghiệm/);

    const notPress = await post({ ...AGENCY, licenceNo: '997/GP', orgUnitId: 'lc-so-tp' });
    expect(notPress.statusCode).toBe(422);
    expect(notPress.json().title).toMatch(/không phải là cơ quan báo chí/);

    expect((await post({ ...AGENCY, licenceNo: '996/GP' }, viewer)).statusCode).toBe(403);
    expect(await count()).toBe(before);

    // editing an agency keeps its own licence without calling it a duplicate
    const id = created.json().id;
    const edited = await app.inject({ method: 'PUT', url: `/api/v1/press/agencies/${id}`, headers: auth(coordinator), payload: { ...AGENCY, phone: '0214 111 111' } });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().phone).toBe('0214 111 111');
  });

  it('finds agencies without accents, ends one, and the door lists only those valid on a day', async () => {
    const created = (await app.inject({ method: 'POST', url: '/api/v1/press/agencies', headers: auth(coordinator), payload: { ...AGENCY, name: 'Tạp chí Đường Sắt Thử', kind: 'magazine', licenceNo: '55/GP', emails: ['tapchi@example.vn'], validFrom: '2019-01-01' } })).json();
    const found = (await app.inject({ method: 'GET', url: '/api/v1/press/agencies?q=duong%20sat', headers: auth(viewer) })).json();
    expect(found.items.map((a: { name: string }) => a.name)).toEqual(['Tạp chí Đường Sắt Thử']);

    const ended = await app.inject({ method: 'POST', url: `/api/v1/press/agencies/${created.id}/end`, headers: auth(coordinator), payload: { endOn: '2025-06-30', reason: 'Giải thể theo quy hoạch báo chí' } });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ validTo: '2025-06-30', isCurrent: false });

    const on = async (day: string) => (await listPressAgencies(getDb().db, { on: day })).map((a) => a.name);
    expect(await on('2025-06-30')).toContain('Tạp chí Đường Sắt Thử');
    expect(await on('2025-07-01')).not.toContain('Tạp chí Đường Sắt Thử');
    expect(await getPressAgency(getDb().db, created.id)).toMatchObject({ licenceNo: '55/GP', emails: ['tapchi@example.vn'], validTo: '2025-06-30', orgUnitId: null });
    expect(await getPressAgency(getDb().db, 'khong-co')).toBeNull();
  });

  it('loads the demo agencies once: the province press linked to its units, resident offices at example addresses', async () => {
    await getDb().db.execute(sql`delete from press_agencies where id not in (select agency_id from press_conference_invitations)`);
    expect(await loadDemoPressAgencies({ db: getDb().db, actor: SYSTEM })).toBe(true);
    expect(await loadDemoPressAgencies({ db: getDb().db, actor: SYSTEM })).toBe(false);
    const all = await listPressAgencies(getDb().db);
    const own = all.find((a) => a.orgUnitId === 'lc-bao-ptth');
    expect(own).toMatchObject({ name: 'Báo và Phát thanh, Truyền hình Lào Cai', validTo: null });
    // a unit's end date is exclusive, an agency's inclusive
    expect(all.find((a) => a.orgUnitId === 'yb-bao-ptth')).toMatchObject({ validFrom: '2025-03-01', validTo: '2025-06-30' });
    expect(all.some((a) => a.name.startsWith('Thông tấn xã Việt Nam'))).toBe(true);
    expect(all.flatMap((a) => a.emails).every((e) => e.endsWith('@example.vn'))).toBe(true);
  });
});
