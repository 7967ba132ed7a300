import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../test/db';
import { auth, buildTestApp, signInAs, type Session } from '../../../test/app';
import { buildDemoOrg, buildUser } from '../../../test/factories';
import type { Actor } from '../../platform/auth';
import type { App } from '../../platform/http';
import { computeFigures } from '../plans';
import { addActivity, createCampaign, editActivity, type CampaignInput } from '.';

const CAMPAIGN: CampaignInput = { title: 'Tuyên truyền Luật Đất đai 2024 cho người dân và doanh nghiệp', audiences: ['citizens', 'businesses'], startsOn: '2024-03-01', endsOn: '2024-12-31', organiserUnitId: 'lc-so-nnmt' };

describeEachDriver('awareness campaigns: activities, reach by audience, annual figures', (getDb) => {
  let app: App;
  let coordinator: Actor;
  let coordinatorSession: Session;
  let viewerSession: Session;
  const as = (actor: Actor) => ({ db: getDb().db, actor });
  const countActivities = async () => Number(((await getDb().db.execute(sql`select count(*)::int as n from awareness_activities`)) as unknown as { rows: { n: number }[] }).rows[0]!.n);

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
    const c = await buildUser(getDb(), { role: 'coordinator', unitId: 'lc-so-vhttdl' });
    const v = await buildUser(getDb(), { role: 'officer', unitId: 'lc-so-tp' });
    coordinator = { kind: 'user', userId: c.id, name: 'Điều phối', roles: [{ role: 'coordinator', unitId: 'lc-so-vhttdl' }] };
    coordinatorSession = await signInAs(app, c.username, c.password);
    viewerSession = await signInAs(app, v.username, v.password);
  });

  it('refuses a period ending before it starts, no audience, an unknown organiser, an activity outside the period; nothing is saved', async () => {
    await expect(createCampaign(as(coordinator), { ...CAMPAIGN, endsOn: '2024-02-01' })).rejects.toMatchObject({ status: 422, message: 'Ngày kết thúc phải từ ngày bắt đầu trở đi.' });
    await expect(createCampaign(as(coordinator), { ...CAMPAIGN, audiences: [] })).rejects.toMatchObject({ status: 422 });
    await expect(createCampaign(as(coordinator), { ...CAMPAIGN, organiserUnitId: 'khong-co' })).rejects.toMatchObject({ status: 422, message: 'Không có đơn vị tổ chức này trong danh mục.' });
    const c = await createCampaign(as(coordinator), CAMPAIGN);
    const before = await countActivities();
    await expect(addActivity(as(coordinator), c.id, { kind: 'conference', heldOn: '2025-01-05', reachCitizens: 100 })).rejects.toMatchObject({ status: 422, message: 'Ngày tổ chức phải nằm trong thời gian của chiến dịch.' });
    await expect(addActivity(as(coordinator), c.id, { kind: 'conference', heldOn: '2024-04-05', reachCitizens: -3 })).rejects.toMatchObject({ status: 422 });
    expect(await countActivities()).toBe(before);
    // officers read, coordinators manage
    expect((await app.inject({ method: 'POST', url: '/api/v1/awareness/campaigns', headers: auth(viewerSession), payload: CAMPAIGN })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: `/api/v1/awareness/campaigns/${c.id}`, headers: auth(viewerSession) })).statusCode).toBe(200);
  });

  it('sums the reach by audience on the campaign page and gives the annual report campaigns, activities and reach of the year', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/awareness/campaigns', headers: auth(coordinatorSession), payload: { ...CAMPAIGN, title: 'Chiến dịch năm 2024', audiences: ['officials', 'citizens', 'businesses'] } });
    expect(res.statusCode).toBe(201);
    const id = res.json().id as string;
    const add = (payload: object) => app.inject({ method: 'POST', url: `/api/v1/awareness/campaigns/${id}/activities`, headers: auth(coordinatorSession), payload });
    expect((await add({ kind: 'conference', heldOn: '2024-04-10', place: 'Hội trường UBND huyện', reachOfficials: 120, reachBusinesses: 30, products: 'Tờ gấp hỏi – đáp Luật Đất đai' })).statusCode).toBe(201);
    expect((await add({ kind: 'radio', heldOn: '2024-05-02', reachCitizens: 5000 })).statusCode).toBe(201);
    const page = (await add({ kind: 'leaflets', heldOn: '2024-06-01', reachCitizens: 800 })).json();
    expect(page.reach).toEqual({ officials: 120, citizens: 5800, businesses: 30, total: 5950 });
    expect(page.activities.map((a: { kindLabel: string }) => a.kindLabel)).toEqual(['Hội nghị', 'Phát thanh (loa truyền thanh cơ sở, đài)', 'Phát tờ rơi, tài liệu']);
    expect(page.audiences.map((a: { label: string }) => a.label)).toEqual(['Cán bộ, công chức, viên chức', 'Người dân', 'Doanh nghiệp']);
    // a correction changes the totals
    const leaflets = page.activities.find((a: { kind: string }) => a.kind === 'leaflets');
    await editActivity(as(coordinator), id, leaflets.id, { kind: 'leaflets', heldOn: '2024-06-01', reachCitizens: 1000 });

    const view = { plan: { id: 'p', year: 2024 }, tasks: [], progress: { tasks: [], units: [] }, reports: [], dir: { unit: () => undefined } } as unknown as Parameters<typeof computeFigures>[1];
    const figures = new Map((await computeFigures(getDb().db, view)).map((f) => [f.code, f]));
    expect(figures.get('AW.campaigns')!.value).toBe(1);
    expect(figures.get('AW.activities')!.value).toBe(3);
    expect(figures.get('AW.reach.officials')!.value).toBe(120);
    expect(figures.get('AW.reach.citizens')!.value).toBe(6000);
    expect(figures.get('AW.reach.businesses')!.value).toBe(30);
    expect(figures.get('AW.reach.citizens')!.records().map((r) => r.value)).toEqual([5000, 1000]);
    const next = new Map((await computeFigures(getDb().db, { ...view, plan: { id: 'p', year: 2025 } } as typeof view)).map((f) => [f.code, f.value]));
    expect(next.get('AW.activities')).toBe(0);
  });
  it('names the products of the library an activity used: published ones offered and linked, others refused, a withdrawn one kept and marked', async () => {
    const product = async (refNo: number, title: string, status: string) => {
      const id = `sp-thu-${refNo}`;
      await getDb().db.execute(sql`insert into product_items (id, ref_no, kind, title, policy_id, unit_id, status, published_at) values (${id}, ${refNo}, 'print', ${title}, 'chinh-sach-thu', 'lc-so-vhttdl', ${status}, ${status === 'published' ? sql`now()` : null})`);
      return id;
    };
    const leaflet = await product(9001, 'Tờ gấp hỏi – đáp Luật Đất đai 2024', 'published');
    const video = await product(9002, 'Video: thủ tục cấp giấy chứng nhận quyền sử dụng đất', 'published');
    const draft = await product(9003, 'Infographic chưa công bố', 'draft');
    const c = (await app.inject({ method: 'POST', url: '/api/v1/awareness/campaigns', headers: auth(coordinatorSession), payload: { ...CAMPAIGN, title: 'Chiến dịch có sản phẩm' } })).json();
    const detail = async (s = coordinatorSession) => (await app.inject({ method: 'GET', url: `/api/v1/awareness/campaigns/${c.id}`, headers: auth(s) })).json();
    const offered = (await detail()).productChoices.map((p: { title: string; kindLabel: string }) => `${p.title} (${p.kindLabel})`);
    expect(offered).toEqual(expect.arrayContaining(['Tờ gấp hỏi – đáp Luật Đất đai 2024 (Tờ rơi, áp phích)', 'Video: thủ tục cấp giấy chứng nhận quyền sử dụng đất (Tờ rơi, áp phích)']));
    expect(offered).not.toContain('Infographic chưa công bố (Tờ rơi, áp phích)');
    // a reader who cannot add an activity is offered nothing
    expect((await detail(viewerSession)).productChoices).toEqual([]);

    const add = (payload: object) => app.inject({ method: 'POST', url: `/api/v1/awareness/campaigns/${c.id}/activities`, headers: auth(coordinatorSession), payload: { kind: 'leaflets', heldOn: '2024-07-01', reachCitizens: 300, ...payload } });
    const before = await countActivities();
    for (const productIds of [[draft], ['khong-co'], [leaflet, 'khong-co']]) {
      const refused = await add({ productIds });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().errors).toEqual([{ path: 'productIds', message: 'Có sản phẩm truyền thông không có trong thư viện hoặc chưa công bố.' }]);
    }
    expect(await countActivities()).toBe(before);
    const added = await add({ productIds: [video, leaflet, video], products: 'Băng rôn tại trụ sở xã' });
    expect(added.statusCode).toBe(201);
    const [activity] = added.json().activities;
    expect(activity.libraryProducts.map((p: { title: string }) => p.title)).toEqual(['Video: thủ tục cấp giấy chứng nhận quyền sử dụng đất', 'Tờ gấp hỏi – đáp Luật Đất đai 2024']);
    expect(activity.products).toBe('Băng rôn tại trụ sở xã');

    // withdrawn later: still named on the activity (marked), kept by an edit, refused on a new activity
    await getDb().db.execute(sql`update product_items set status = 'withdrawn' where id = ${leaflet}`);
    expect((await detail()).activities[0].libraryProducts.map((p: { isWithdrawn: boolean }) => p.isWithdrawn)).toEqual([false, true]);
    const edited = await app.inject({ method: 'PUT', url: `/api/v1/awareness/campaigns/${c.id}/activities/${activity.id}`, headers: auth(coordinatorSession), payload: { kind: 'leaflets', heldOn: '2024-07-01', reachCitizens: 350, productIds: [video, leaflet] } });
    expect(edited.statusCode).toBe(200);
    expect((await add({ productIds: [leaflet] })).statusCode).toBe(422);
  });
});
