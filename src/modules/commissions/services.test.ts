import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../test/db';
import { auth, buildTestApp, signInAs, type Session } from '../../../test/app';
import { buildDemoOrg, buildUser } from '../../../test/factories';
import { listAudit, presentAuditEntries } from '../../platform/audit';
import { systemActor, type Actor } from '../../platform/auth';
import type { App } from '../../platform/http';
import { addDays, formatDateVi, todayVn } from '../../platform/text';
import { loadDemoPressAgencies } from '../press';
import { approveCommission, createCommission, createServiceList, endServiceList, loadDemoCommissions, setCommissionService, signCommission, type CommissionInput, type ServiceListInput } from '.';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/u;
const ONLINE = 'Thông tin, tuyên truyền trên báo điện tử';
const TV = 'Sản xuất, phát sóng chương trình truyền hình';

describeEachDriver('commissions: the approved list of public services (DH-02)', (getDb) => {
  let app: App;
  let coordinator: Actor;
  let officer: Actor;
  let coordinatorSession: Session;
  let officerSession: Session;
  let viewerSession: Session;
  const agencyId = randomUUID();
  const policyId = randomUUID();
  const today = todayVn();
  const day = (iso: string) => formatDateVi(iso, 'short');
  /** The services of a list by name. */
  const services = new Map<string, Map<string, string>>();

  const as = (actor: Actor) => ({ db: getDb().db, actor });
  const post = (s: Session, url: string, payload?: object) => app.inject({ method: 'POST', url, headers: auth(s), payload: payload ?? {} });
  const get = (s: Session, url: string) => app.inject({ method: 'GET', url, headers: auth(s) });
  const count = async (table: string) => Number(((await getDb().db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { rows: { n: number }[] }).rows[0]!.n);
  const listRow = async (id: string) => ((await getDb().db.execute(sql`select valid_to, superseded_by, end_reason from press_service_lists where id = ${id}`)) as unknown as { rows: { valid_to: string | null; superseded_by: string | null; end_reason: string | null }[] }).rows[0]!;

  const list = (decisionNo: string, validFrom: string, over: Partial<ServiceListInput> = {}): ServiceListInput => ({
    decisionNo,
    signedOn: today < validFrom ? today : validFrom,
    issuerUnitId: 'lc-ubnd',
    validFrom,
    services: [
      { name: ONLINE, productTypes: ['article', 'infographic', 'video', 'special_page'] },
      { name: TV, productTypes: ['television', 'report', 'video'], note: 'Phát trên kênh truyền hình của tỉnh' },
    ],
    ...over,
  });
  const addList = async (input: ServiceListInput) => {
    const row = await createServiceList(as(coordinator), input);
    const rows = (await getDb().db.execute(sql`select id, name from press_services where list_id = ${row.id}`)) as unknown as { rows: { id: string; name: string }[] };
    services.set(row.id, new Map(rows.rows.map((r) => [r.name, r.id])));
    return row;
  };
  const serviceOf = (listId: string, name: string) => services.get(listId)!.get(name)!;

  const order = (over: Partial<CommissionInput> = {}): CommissionInput => ({
    title: 'Tuyên truyền chính sách hỗ trợ sản xuất',
    ordererUnitId: 'lc-so-vhttdl',
    mode: 'assignment',
    supplierId: agencyId,
    legalBasis: 'Nghị định số 32/2019/NĐ-CP',
    policyId,
    fundingSource: 'provincial',
    startsOn: today,
    endsOn: addDays(today, 60),
    deliverBy: addDays(today, 45),
    acceptanceCriteria: 'Đăng đúng chuyên mục, đủ số lượng',
    lines: [{ productType: 'article', topic: 'Bài viết về chính sách', quantity: 2, unit: 'bài', unitPrice: 1_000_000 }],
    ...over,
  });

  let first: { id: string };

  beforeAll(async () => {
    const db = getDb().db;
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
    const c = await buildUser(getDb(), { role: 'coordinator', unitId: 'lc-so-vhttdl' });
    const o = await buildUser(getDb(), { role: 'officer', unitId: 'lc-so-vhttdl' });
    const v = await buildUser(getDb(), { role: 'viewer', unitId: 'lc-so-tp' });
    coordinator = { kind: 'user', userId: c.id, name: 'Điều phối', roles: [{ role: 'coordinator', unitId: 'lc-so-vhttdl' }] };
    officer = { kind: 'user', userId: o.id, name: 'Cán bộ', roles: [{ role: 'officer', unitId: 'lc-so-vhttdl' }] };
    coordinatorSession = await signInAs(app, c.username, c.password);
    officerSession = await signInAs(app, o.username, o.password);
    viewerSession = await signInAs(app, v.username, v.password);
    await db.execute(sql`insert into press_agencies (id, name, kind, licence_no, licence_date, org_unit_id, valid_from) values (${agencyId}, 'Báo và Phát thanh, Truyền hình Lào Cai', 'print', '123/GP-BTTTT', '2025-07-01', 'lc-bao-ptth', '2025-07-01')`);
    await db.execute(sql`insert into policy_drafts (id, slug, title, doc_type, drafting_unit_id, stage, legal_regime) values (${policyId}, ${`nq-${policyId.slice(0, 6)}`}, 'Nghị quyết về hỗ trợ sản xuất', 'nq_hdnd_tinh', 'lc-so-nnmt', 'consultation', '2025')`);
    first = await addList(list('12/QĐ-UBND', '2025-07-15'));
  });

  it('saves a draft without a service and says so; approval refuses it in Vietnamese, nothing changes; naming a service is audited by its name and lets it through', async () => {
    const created = await post(officerSession, '/api/v1/commissions', order());
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json();
    expect(c.service).toBeNull();
    expect(c.serviceProblem).toMatch(/chưa gắn dịch vụ sự nghiệp công/u);
    const refused = await post(coordinatorSession, `/api/v1/commissions/${c.id}/approve`);
    expect(refused.statusCode).toBe(422);
    expect(JSON.stringify(refused.json())).toContain('chưa gắn dịch vụ sự nghiệp công trong danh mục được phê duyệt');
    expect((await get(officerSession, `/api/v1/commissions/${c.id}`)).json().status).toBe('planned');
    const listed = async () => (await get(officerSession, '/api/v1/commissions')).json().items.find((i: { id: string }) => i.id === c.id);
    expect(await listed()).toMatchObject({ serviceName: null });

    const named = await post(officerSession, `/api/v1/commissions/${c.id}/service`, { serviceId: serviceOf(first.id, ONLINE) });
    expect(named.statusCode, named.body).toBe(200);
    expect(await listed()).toMatchObject({ serviceName: ONLINE });
    expect(named.json()).toMatchObject({ service: { name: ONLINE, listLabel: `Quyết định số 12/QĐ-UBND ngày 15/07/2025 của Ủy ban nhân dân tỉnh Lào Cai` }, serviceProblem: null });
    const entry = named.json().timeline.at(-1);
    expect(entry.actionLabel).toBe('Gắn dịch vụ sự nghiệp công');
    expect(entry.changes).toEqual([{ field: 'serviceId', label: 'Dịch vụ sự nghiệp công', before: '—', after: ONLINE }]);
    expect(JSON.stringify(named.json().timeline)).not.toMatch(UUID);
    const approved = await post(coordinatorSession, `/api/v1/commissions/${c.id}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().status).toBe('approved');
  });

  it('asks an order approved before lists existed for its service at signing: the coordinator names it, an officer may not', async () => {
    const c = await createCommission(as(officer), order({ serviceId: serviceOf(first.id, ONLINE) }));
    await approveCommission(as(coordinator), c.id);
    // as the migration leaves an order already in the database: no service invented
    await getDb().db.execute(sql`update press_commissions set service_id = null, service_name = null where id = ${c.id}`);
    const page = (await get(viewerSession, `/api/v1/commissions/${c.id}`)).json();
    expect(page.service).toBeNull();
    expect(page.abilities.canSetService).toBe(false);
    await expect(signCommission(as(coordinator), c.id, { contractNo: '01/HĐ', signedOn: today })).rejects.toThrow(/chưa gắn dịch vụ sự nghiệp công/u);
    expect((await post(officerSession, `/api/v1/commissions/${c.id}/service`, { serviceId: serviceOf(first.id, ONLINE) })).statusCode).toBe(403);
    expect((await post(coordinatorSession, `/api/v1/commissions/${c.id}/service`, { serviceId: serviceOf(first.id, ONLINE) })).statusCode).toBe(200);
    expect((await signCommission(as(coordinator), c.id, { contractNo: '01/HĐ', signedOn: today })).status).toBe('ordered');
    // a signed order keeps its service; it cannot be changed any more
    await expect(setCommissionService(as(coordinator), c.id, { serviceId: serviceOf(first.id, ONLINE) })).rejects.toThrow(/đã ký/u);
  });

  it('refuses a service that does not cover a line’s product type, naming the type, on saving and on naming it', async () => {
    const before = await count('press_commissions');
    const tvLine = { productType: 'television' as const, topic: 'Phóng sự về chính sách', quantity: 1, unit: 'chương trình', unitPrice: 8_000_000 };
    const refused = await post(officerSession, '/api/v1/commissions', order({ serviceId: serviceOf(first.id, ONLINE), lines: [...order().lines, tvLine] }));
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toContainEqual({ path: 'serviceId', message: `Dịch vụ "${ONLINE}" không bao gồm loại sản phẩm: Chương trình truyền hình. Chọn dịch vụ bao gồm mọi sản phẩm của đơn, hoặc tách thành đơn đặt hàng khác.` });
    expect(await count('press_commissions')).toBe(before);
    const c = await createCommission(as(officer), order({ lines: [tvLine] }));
    await expect(setCommissionService(as(officer), c.id, { serviceId: serviceOf(first.id, ONLINE) })).rejects.toThrow(/không bao gồm loại sản phẩm: Chương trình truyền hình/u);
    expect((await setCommissionService(as(officer), c.id, { serviceId: serviceOf(first.id, TV) })).serviceName).toBe(TV);
    // every mode of DH-01 needs it
    const tender = await createCommission(as(officer), order({ mode: 'tender' }));
    await expect(approveCommission(as(coordinator), tender.id)).rejects.toThrow(/chưa gắn dịch vụ/u);
  });

  it('supersedes the list in force from a newer one’s first day; a list not yet in force or ended is refused for the order’s start date', async () => {
    const later = await addList(list('45/QĐ-UBND', addDays(today, 30)));
    expect(await listRow(first.id)).toMatchObject({ valid_to: addDays(today, 29), superseded_by: later.id });
    const notYet = await post(officerSession, '/api/v1/commissions', order({ serviceId: serviceOf(later.id, ONLINE) }));
    expect(notYet.statusCode).toBe(422);
    expect(JSON.stringify(notYet.json())).toContain(`có hiệu lực từ ngày ${day(addDays(today, 30))}, chưa có hiệu lực vào ngày bắt đầu của đơn đặt hàng (${day(today)})`);
    const afterIt = { startsOn: addDays(today, 40), endsOn: addDays(today, 100), deliverBy: addDays(today, 60) };
    const ended = await post(officerSession, '/api/v1/commissions', order({ ...afterIt, serviceId: serviceOf(first.id, ONLINE) }));
    expect(ended.statusCode).toBe(422);
    expect(JSON.stringify(ended.json())).toContain(`hết hiệu lực từ ngày ${day(addDays(today, 30))}, trước ngày bắt đầu của đơn đặt hàng`);
    expect((await post(officerSession, '/api/v1/commissions', order({ ...afterIt, serviceId: serviceOf(later.id, ONLINE) }))).statusCode).toBe(201);
    // two lists from one day, or an earlier list running into a later one, are refused
    await expect(createServiceList(as(coordinator), list('46/QĐ-UBND', addDays(today, 30)))).rejects.toThrow(/từ cùng ngày/u);
    await expect(createServiceList(as(coordinator), list('47/QĐ-UBND', addDays(today, 10)))).rejects.toThrow(/phải hết hiệu lực trước ngày/u);

    const audit = await presentAuditEntries(getDb().db, await listAudit(getDb().db, { subjectType: 'press_service_list', subjectId: first.id, limit: 10 }), 'vi');
    expect(audit.map((e) => e.actionLabel).sort()).toEqual(['Danh mục được thay thế bởi danh mục mới', 'Nhập danh mục dịch vụ sự nghiệp công']);
    const superseded = audit.find((e) => e.actionLabel.startsWith('Danh mục được thay thế'))!;
    expect(superseded.changes).toContainEqual({ field: 'supersededBy', label: 'Được thay thế bởi', before: null, after: `Quyết định số 45/QĐ-UBND ngày ${day(today)}` });
    expect(superseded.changes).toContainEqual({ field: 'validTo', label: 'Hiệu lực đến hết ngày', before: '—', after: day(addDays(today, 29)) });
  });

  it('ends a list with its reason: an order not yet approved, or approved and not signed, must name a service of a list in force again; orders keep the name they had', async () => {
    const planned = await createCommission(as(officer), order({ serviceId: serviceOf(first.id, ONLINE) }));
    const approved = await createCommission(as(officer), order({ serviceId: serviceOf(first.id, ONLINE) }));
    await approveCommission(as(coordinator), approved.id);
    await expect(endServiceList(as(coordinator), first.id, { validTo: addDays(today, 40), reason: 'Kéo dài' })).rejects.toThrow(/chỉ rút ngắn/u);
    await endServiceList(as(coordinator), first.id, { validTo: addDays(today, -1), reason: 'Quyết định 50/QĐ-UBND bãi bỏ danh mục' });
    expect(await listRow(first.id)).toMatchObject({ valid_to: addDays(today, -1), superseded_by: null, end_reason: 'Quyết định 50/QĐ-UBND bãi bỏ danh mục' });
    await expect(approveCommission(as(coordinator), planned.id)).rejects.toThrow(/hết hiệu lực từ ngày/u);
    await expect(signCommission(as(coordinator), approved.id, { contractNo: '02/HĐ', signedOn: today })).rejects.toThrow(/hết hiệu lực từ ngày/u);
    const page = (await get(officerSession, `/api/v1/commissions/${approved.id}`)).json();
    expect(page.service.name).toBe(ONLINE);
    expect(page.serviceProblem).toMatch(/hết hiệu lực/u);

    // a list for the days until the later one starts
    const bridge = await addList(list('48/QĐ-UBND', today, { validTo: addDays(today, 29) }));
    await setCommissionService(as(officer), planned.id, { serviceId: serviceOf(bridge.id, ONLINE) });
    expect((await approveCommission(as(coordinator), planned.id)).status).toBe('approved');
    await setCommissionService(as(coordinator), approved.id, { serviceId: serviceOf(bridge.id, ONLINE) });
    expect((await signCommission(as(coordinator), approved.id, { contractNo: '02/HĐ', signedOn: today })).status).toBe('ordered');

    const view = (await get(viewerSession, '/api/v1/commissions/service-lists')).json();
    expect(view.canManage).toBe(false);
    expect(view.current).toMatchObject({ decisionNo: '48/QĐ-UBND', stateLabel: 'Đang có hiệu lực', isInForce: true, canEnd: false });
    expect(view.current.services.map((s: { name: string; productTypeLabels: string[] }) => [s.name, s.productTypeLabels.join(', ')])).toEqual([
      [ONLINE, 'Tin, bài viết, Infographic, Video, Chuyên trang, chuyên mục'],
      [TV, 'Chương trình truyền hình, Phóng sự, Video'],
    ]);
    expect(view.others.map((l: { decisionNo: string; stateLabel: string }) => [l.decisionNo, l.stateLabel])).toEqual([['45/QĐ-UBND', 'Chưa có hiệu lực'], ['12/QĐ-UBND', 'Hết hiệu lực']]);
    expect(view.others[1].endReason).toBe('Quyết định 50/QĐ-UBND bãi bỏ danh mục');
    // the lists name product types in words (codes only as the form's checkbox values)
    expect(JSON.stringify([view.current, ...view.others])).not.toMatch(/"(article|television|special_page)"/u);
    const options = (await get(officerSession, '/api/v1/commissions/options')).json();
    expect(options.services.map((s: { name: string; decisionNo: string }) => `${s.decisionNo} ${s.name}`).sort()).toEqual(['12/QĐ-UBND', '45/QĐ-UBND', '48/QĐ-UBND'].flatMap((no) => [`${no} ${ONLINE}`, `${no} ${TV}`]).sort());
  });

  it('lets coordinators manage the lists and refuses officers and viewers, with nothing stored', async () => {
    const before = await count('press_service_lists');
    const body = { ...list('60/QĐ-UBND', addDays(today, 200)) };
    expect((await post(officerSession, '/api/v1/commissions/service-lists', body)).statusCode).toBe(403);
    expect((await post(viewerSession, '/api/v1/commissions/service-lists', body)).statusCode).toBe(403);
    await expect(createServiceList(as(officer), body)).rejects.toThrow();
    expect((await post(officerSession, `/api/v1/commissions/service-lists/${first.id}/end`, { validTo: today, reason: 'Thử' })).statusCode).toBe(403);
    await expect(endServiceList(as(officer), first.id, { validTo: addDays(today, -2), reason: 'Thử' })).rejects.toThrow();
    expect(await count('press_service_lists')).toBe(before);
    const invalid = await post(coordinatorSession, '/api/v1/commissions/service-lists', { ...body, services: [{ name: ONLINE, productTypes: ['article'] }, { name: ONLINE, productTypes: ['radio'] }] });
    expect(invalid.statusCode).toBe(422);
    expect(JSON.stringify(invalid.json())).toContain(`Dịch vụ \\"${ONLINE}\\" đã có trong danh mục.`);
    const created = await post(coordinatorSession, '/api/v1/commissions/service-lists', body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().canManage).toBe(true);
    expect(await count('press_service_lists')).toBe(before + 1);
  });
});

describeEachDriver('commissions: the demo list of public services', (getDb) => {
  it('loads the Yên Bái list superseded by the merged province’s, and two orders naming its services, once', async () => {
    const db = getDb().db;
    const ctx = { db, actor: systemActor('dữ liệu mẫu') };
    await buildDemoOrg(getDb());
    await loadDemoPressAgencies(ctx);
    await db.execute(sql`insert into policy_drafts (id, slug, title, doc_type, drafting_unit_id, stage, legal_regime) values ('demo-policy', 'demo-policy', 'Nghị quyết hỗ trợ chuyển đổi số', 'nq_hdnd_tinh', 'lc-so-ct', 'consultation', '2025')`);
    expect(await loadDemoCommissions(ctx)).toBe(true);
    expect(await loadDemoCommissions(ctx)).toBe(false);
    const lists = ((await db.execute(sql`select decision_no, issuer_name, valid_from, valid_to, superseded_by is not null as superseded, title from press_service_lists order by valid_from`)) as unknown as { rows: { decision_no: string; issuer_name: string; valid_from: string; valid_to: string | null; superseded: boolean; title: string }[] }).rows;
    expect(lists.map((l) => [l.issuer_name, l.valid_from, l.valid_to, l.superseded])).toEqual([
      ['Ủy ban nhân dân tỉnh Yên Bái', '2024-01-01', '2025-07-14', true],
      ['Ủy ban nhân dân tỉnh Lào Cai', '2025-07-15', null, false],
    ]);
    expect(lists.every((l) => l.title.includes('(dữ liệu mẫu)') && l.decision_no.startsWith('Mẫu'))).toBe(true);
    const orders = ((await db.execute(sql`select status, service_name from press_commissions order by ref_no`)) as unknown as { rows: { status: string; service_name: string }[] }).rows;
    expect(orders).toEqual([{ status: 'approved', service_name: ONLINE }, { status: 'planned', service_name: TV }]);
  });
});

describeEachDriver('commissions: two first lists of public services entered at once', (getDb) => {
  it('lets one of two lists starting the same day in, on an empty table too, and refuses the other', async () => {
    await buildDemoOrg(getDb());
    const c = await buildUser(getDb(), { role: 'coordinator', unitId: 'lc-so-vhttdl' });
    const coordinator: Actor = { kind: 'user', userId: c.id, name: 'Điều phối', roles: [{ role: 'coordinator', unitId: 'lc-so-vhttdl' }] };
    const input = (decisionNo: string): ServiceListInput => ({
      decisionNo,
      signedOn: '2025-07-01',
      issuerUnitId: 'lc-ubnd',
      validFrom: '2025-07-15',
      services: [{ name: ONLINE, productTypes: ['article'] }],
    });
    const settled = await Promise.allSettled([createServiceList({ db: getDb().db, actor: coordinator }, input('21/QĐ-UBND')), createServiceList({ db: getDb().db, actor: coordinator }, input('22/QĐ-UBND'))]);
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(1);
    const refused = settled.find((s) => s.status === 'rejected') as PromiseRejectedResult;
    expect(String(refused.reason.message)).toContain('có hiệu lực từ cùng ngày 15/07/2025');
    const { rows } = (await getDb().db.execute(sql`select count(*)::int as n from press_service_lists`)) as unknown as { rows: { n: number }[] };
    expect(rows[0]!.n).toBe(1);
  });
});
