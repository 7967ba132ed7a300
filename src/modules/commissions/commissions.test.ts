import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../test/db';
import { auth, buildTestApp, multipart, signInAs, type Session } from '../../../test/app';
import { buildDemoOrg, buildUser } from '../../../test/factories';
import type { Actor } from '../../platform/auth';
import { readDocxText } from '../../platform/documents';
import { normaliseUrl } from '../../platform/feeds';
import type { App } from '../../platform/http';
import { addDays, formatDateVi, todayVn } from '../../platform/text';
import { computeFigures, loadPlanView } from '../plans';
import { acceptCommission, alertOverdueDeliveries, approveCommission, cancelCommission, createCommission, createServiceList, recordPayment, registerDeliverable, setAllocation, signCommission, type CommissionInput } from '.';

const ARTICLE_URL = 'https://baolaocai.example/chinh-sach/ho-tro-san-xuat-nong-nghiep-123.html';

describeEachDriver('commissions: orders to the press, delivery, acceptance, payment, budget', (getDb) => {
  let app: App;
  let coordinator: Actor;
  let officer: Actor;
  let coordinatorSession: Session;
  let officerSession: Session;
  let viewerSession: Session;
  const agencyId = randomUUID();
  const policyId = randomUUID();
  const planId = randomUUID();
  const taskId = randomUUID();
  const today = todayVn();
  const year = Number(today.slice(0, 4));
  // DH-02: the public service every order names (services.test.ts covers the list itself)
  let serviceId = '';

  const order = (over: Partial<CommissionInput> = {}): CommissionInput => ({
    title: 'Tuyên truyền Nghị quyết hỗ trợ sản xuất nông nghiệp',
    ordererUnitId: 'lc-so-vhttdl',
    mode: 'order',
    supplierId: agencyId,
    legalBasis: 'Nghị định số 32/2019/NĐ-CP ngày 10/4/2019 của Chính phủ',
    policyId,
    planTaskId: taskId,
    serviceId,
    fundingSource: 'provincial',
    startsOn: today,
    endsOn: addDays(today, 60),
    deliverBy: addDays(today, 45),
    acceptanceCriteria: 'Đăng đúng chuyên mục, đủ số lượng, nội dung đúng định hướng',
    lines: [
      { productType: 'article', topic: 'Bài viết về mức hỗ trợ sản xuất', quantity: 4, unit: 'bài', length: '1.200 chữ', channel: 'Báo điện tử', placement: 'Chuyên mục Chính sách', unitPrice: 1_250_000 },
      { productType: 'television', topic: 'Phóng sự truyền hình về chính sách', quantity: 2, unit: 'chương trình', length: '15 phút', channel: 'Kênh LCTV', unitPrice: 8_000_000 },
    ],
    ...over,
  });

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
    const services = await createServiceList({ db, actor: coordinator }, { decisionNo: '12/QĐ-UBND', signedOn: '2025-07-15', issuerUnitId: 'lc-ubnd', validFrom: '2025-07-15', services: [{ name: 'Thông tin, tuyên truyền trên báo và phát thanh, truyền hình của tỉnh', productTypes: ['article', 'report', 'television', 'radio'] }] });
    serviceId = ((await db.execute(sql`select id from press_services where list_id = ${services.id}`)) as unknown as { rows: { id: string }[] }).rows[0]!.id;
    await db.execute(sql`insert into press_agencies (id, name, kind, licence_no, licence_date, org_unit_id, valid_from) values (${agencyId}, 'Báo và Phát thanh, Truyền hình Lào Cai', 'print', '123/GP-BTTTT', '2025-07-01', 'lc-bao-ptth', '2025-07-01')`);
    await db.execute(sql`insert into policy_drafts (id, slug, title, doc_type, drafting_unit_id, stage, legal_regime) values (${policyId}, ${`nq-ho-tro-${policyId.slice(0, 6)}`}, 'Nghị quyết về mức hỗ trợ sản xuất nông nghiệp', 'nq_hdnd_tinh', 'lc-so-nnmt', 'consultation', '2025')`);
    await db.execute(sql`insert into plans (id, number, title, year, source_file_name, source_sha256, parsed) values (${planId}, '9/KH-UBND', 'Kế hoạch truyền thông chính sách', ${year}, 'kh.txt', ${randomUUID()}, '{}'::jsonb)`);
    await db.execute(sql`insert into plan_tasks (id, plan_id, code, position, title, content) values (${taskId}, ${planId}, 'II.3.4', 1, 'Đặt hàng báo chí tuyên truyền chính sách', '')`);
    // the agency's own site in monitoring: one article at the deliverable's address (written differently), one candidate
    await db.execute(sql`insert into monitoring_sources (id, name, kind, url, unit_id) values ('src-bao', 'Báo Lào Cai điện tử', 'feed', 'https://baolaocai.example/rss', 'lc-bao-ptth')`);
    await db.execute(sql`insert into monitoring_items (id, source_id, kind, title, url, url_key, content_hash, search_key, sentiment, published_at) values
      ('it-match', 'src-bao', 'article', 'Hỗ trợ sản xuất nông nghiệp: nông dân phấn khởi', ${ARTICLE_URL}, ${normaliseUrl(ARTICLE_URL.replace('https://', 'http://'))}, 'h1', 'ho tro san xuat nong nghiep nong dan phan khoi', 'positive', now()),
      ('it-cand', 'src-bao', 'article', 'Nghị quyết mới về mức hỗ trợ sản xuất nông nghiệp', 'https://baolaocai.example/tin/muc-ho-tro-456.html', ${normaliseUrl('https://baolaocai.example/tin/muc-ho-tro-456.html')}, 'h2', 'nghi quyet moi ve muc ho tro san xuat nong nghiep', 'neutral', now()),
      ('it-other', 'src-bao', 'article', 'Thời tiết Sa Pa', 'https://baolaocai.example/tin/thoi-tiet.html', 'baolaocai.example/tin/thoi-tiet.html', 'h3', 'thoi tiet sa pa', 'neutral', now())`);
  });

  const as = (actor: Actor) => ({ db: getDb().db, actor });
  const post = (s: Session, url: string, payload?: object) => app.inject({ method: 'POST', url, headers: auth(s), payload: payload ?? {} });
  const count = async (table: string) => Number(((await getDb().db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { rows: { n: number }[] }).rows[0]!.n);

  it('computes line totals and the total on the server (a client-sent total is not taken), as an officer of the ordering unit', async () => {
    const res = await post(officerSession, '/api/v1/commissions', { ...order(), lines: order().lines.map((l) => ({ ...l })) });
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c.lines.map((l: { lineTotal: number }) => l.lineTotal)).toEqual([5_000_000, 16_000_000]);
    expect(c.totalAmount).toBe(21_000_000);
    expect(c.status).toBe('planned');
    expect(c.supplier.name).toBe('Báo và Phát thanh, Truyền hình Lào Cai');
    const forged = await post(officerSession, '/api/v1/commissions', { ...order(), totalAmount: 1 });
    expect(forged.statusCode).toBeGreaterThanOrEqual(400);
    expect(forged.statusCode).toBeLessThan(500);
    // a viewer reads but does not draft
    expect((await app.inject({ method: 'GET', url: `/api/v1/commissions/${c.id}`, headers: auth(viewerSession) })).statusCode).toBe(200);
    expect((await post(viewerSession, '/api/v1/commissions', order())).statusCode).toBe(403);
  });

  it('puts an order waiting for approval on the home page of its unit’s approver, then on the coordinators’ to sign', async () => {
    const a = await buildUser(getDb(), { role: 'approver', unitId: 'lc-so-vhttdl' });
    const other = await buildUser(getDb(), { role: 'approver', unitId: 'lc-so-tp' });
    const [approver, otherApprover] = await Promise.all([signInAs(app, a.username, a.password), signInAs(app, other.username, other.password)]);
    const c = (await post(officerSession, '/api/v1/commissions', order())).json();
    const card = async (who: Session, key: string) => ((await app.inject({ url: '/api/v1/home', headers: auth(who) })).json().cards as { key: string; items: { title: string; link: string }[] }[]).find((x) => x.key === key);
    expect((await card(approver, 'commissionApprove'))?.items.map((i) => i.link)).toContain(`/office/commissions/${c.id}`);
    expect((await card(otherApprover, 'commissionApprove'))?.items ?? []).not.toContainEqual(expect.objectContaining({ link: `/office/commissions/${c.id}` }));
    expect((await card(officerSession, 'commissionApprove'))).toBeUndefined();
    expect((await post(approver, `/api/v1/commissions/${c.id}/approve`)).statusCode).toBe(200);
    expect((await card(approver, 'commissionApprove'))?.items ?? []).not.toContainEqual(expect.objectContaining({ link: `/office/commissions/${c.id}` }));
    expect((await card(coordinatorSession, 'commissionSign'))?.items.map((i) => i.title)).toContain(`Số ${c.refNo} — ${c.title}`);
    await cancelCommission(as(coordinator), c.id, { reason: 'Đơn thử trang chủ' });
  });

  it('refuses an unknown agency, no policy and no task, a deadline in the past, in Vietnamese and with nothing stored', async () => {
    const before = await count('press_commissions');
    const unknown = await post(coordinatorSession, '/api/v1/commissions', order({ supplierId: randomUUID() }));
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().detail ?? unknown.json().title).toMatch(/cơ quan báo chí/u);
    const none = await post(coordinatorSession, '/api/v1/commissions', order({ policyId: null, planTaskId: null }));
    expect(none.statusCode).toBe(422);
    expect(JSON.stringify(none.json())).toContain('chính sách (dự thảo) hoặc một nhiệm vụ');
    const past = await post(coordinatorSession, '/api/v1/commissions', order({ startsOn: addDays(today, -30), deliverBy: addDays(today, -1) }));
    expect(past.statusCode).toBe(422);
    expect(JSON.stringify(past.json())).toContain('Hạn giao sản phẩm đã qua');
    expect(await count('press_commissions')).toBe(before);
  });

  it('refuses to sign an order whose delivery deadline has passed since it was approved', async () => {
    const c = await createCommission(as(coordinator), order({ planTaskId: null }));
    await approveCommission(as(coordinator), c.id);
    await getDb().db.execute(sql`update press_commissions set deliver_by = ${addDays(today, -1)}, starts_on = ${addDays(today, -10)} where id = ${c.id}`);
    await expect(signCommission(as(coordinator), c.id, { contractNo: '01/QĐ-SVHTTDL', signedOn: today })).rejects.toThrow(/Hạn giao sản phẩm .* đã qua/u);
  });

  it('refuses a signing date before the approval', async () => {
    const c = await createCommission(as(coordinator), order({ planTaskId: null }));
    await approveCommission(as(coordinator), c.id);
    await expect(signCommission(as(coordinator), c.id, { contractNo: '02/QĐ-SVHTTDL', signedOn: addDays(today, -1) })).rejects.toThrow(`Ngày ký không được trước ngày phê duyệt (${formatDateVi(today, 'short')}).`);
    expect((await signCommission(as(coordinator), c.id, { contractNo: '02/QĐ-SVHTTDL', signedOn: today })).status).toBe('ordered');
    // cancelled, so the annual report's counts below stay those of their own orders
    await cancelCommission(as(coordinator), c.id, { reason: 'Đơn thử ngày ký' });
  });

  it('warns when an order goes over its task budget and signs it only with a reason', async () => {
    await setAllocation(as(coordinator), { planTaskId: taskId, year, amount: 30_000_000 });
    const first = await createCommission(as(coordinator), order());
    await approveCommission(as(coordinator), first.id);
    const signed = await signCommission(as(coordinator), first.id, { contractNo: '02/QĐ-SVHTTDL', signedOn: today });
    expect(signed.status).toBe('ordered');
    expect(signed.overBudgetReason).toBeNull();
    // 21 of 30 million committed: a second order of 21 million goes 12 million over
    const second = await createCommission(as(coordinator), order());
    const page = (await app.inject({ method: 'GET', url: `/api/v1/commissions/${second.id}`, headers: auth(coordinatorSession) })).json();
    expect(page.budget).toEqual({ allocated: 30_000_000, committedByOthers: 21_000_000, remaining: 9_000_000, overBy: 12_000_000 });
    await approveCommission(as(coordinator), second.id);
    const refused = await post(coordinatorSession, `/api/v1/commissions/${second.id}/sign`, { contractNo: '03/QĐ-SVHTTDL', signedOn: today });
    expect(refused.statusCode).toBe(422);
    expect(JSON.stringify(refused.json())).toContain('vượt kinh phí của nhiệm vụ');
    expect(JSON.stringify(refused.json())).toContain('12.000.000');
    const ok = await post(coordinatorSession, `/api/v1/commissions/${second.id}/sign`, { contractNo: '03/QĐ-SVHTTDL', signedOn: today, overBudgetReason: 'Bổ sung kinh phí theo Quyết định 45/QĐ-UBND' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().overBudgetReason).toBe('Bổ sung kinh phí theo Quyết định 45/QĐ-UBND');
    const budget = (await app.inject({ method: 'GET', url: `/api/v1/commissions/budget?planId=${planId}&year=${year}`, headers: auth(viewerSession) })).json();
    expect(budget.tasks[0]).toMatchObject({ allocated: 30_000_000, committed: 42_000_000, remaining: -12_000_000, orders: 2, isOver: true });
  });

  it('delivers, matches a deliverable with monitoring by URL, accepts only what was delivered, pays only after acceptance and never over the total', async () => {
    const c = await createCommission(as(officer), order({ planTaskId: null }));
    await approveCommission(as(coordinator), c.id);
    await signCommission(as(coordinator), c.id, { contractNo: '04/QĐ-SVHTTDL', signedOn: today });
    const page0 = (await app.inject({ method: 'GET', url: `/api/v1/commissions/${c.id}`, headers: auth(officerSession) })).json();
    const [articles, tv] = page0.lines as { id: string }[];
    // payment before acceptance
    const early = await post(coordinatorSession, `/api/v1/commissions/${c.id}/payments`, { paidOn: today, amount: 1_000_000, documentNo: 'UNC 01' });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail ?? early.json().title).toMatch(/Chưa nghiệm thu/u);

    const viaUrl = await post(officerSession, `/api/v1/commissions/${c.id}/deliverables`, { lineId: articles!.id, title: 'Hỗ trợ sản xuất nông nghiệp: nông dân phấn khởi', url: ARTICLE_URL, publishedOn: today });
    expect(viaUrl.statusCode, viaUrl.body).toBe(201);
    // the same article again, shared with a tracking parameter: refused, it would be accepted and paid twice
    const again = await post(officerSession, `/api/v1/commissions/${c.id}/deliverables`, { lineId: articles!.id, title: 'Bài chia sẻ lại', url: `${ARTICLE_URL}?utm_source=zalo`, publishedOn: today });
    expect(again.statusCode).toBe(409);
    expect(again.json().title).toBe(`Sản phẩm tại địa chỉ này đã được ghi nhận cho đơn đặt hàng số ${c.refNo} “${c.title}”; mỗi tin, bài chỉ được ghi nhận một lần.`);
    await registerDeliverable(as(officer), c.id, { lineId: tv!.id, title: 'Phóng sự: chính sách đến với bà con', channel: 'LCTV', airedOn: today, airedAt: '19:45', durationMinutes: 15, publishedOn: today });
    const page = (await app.inject({ method: 'GET', url: `/api/v1/commissions/${c.id}`, headers: auth(officerSession) })).json();
    expect(page.status).toBe('delivered');
    expect(page.deliveryLabel).toBe('Đã giao một phần');
    const byUrl = page.deliverables.find((d: { url: string | null }) => d.url === ARTICLE_URL);
    expect(byUrl.matches).toEqual([{ title: 'Hỗ trợ sản xuất nông nghiệp: nông dân phấn khởi', url: ARTICLE_URL, sourceName: 'Báo Lào Cai điện tử', publishedAt: expect.any(String), sentimentLabel: 'Tích cực' }]);
    // candidates: the supplier's items naming the policy, not yet registered (the matched one and the unrelated one are left out)
    expect(page.candidates.map((i: { title: string }) => i.title)).toEqual(['Nghị quyết mới về mức hỗ trợ sản xuất nông nghiệp']);

    // acceptance of more than was delivered
    await expect(acceptCommission(as(coordinator), c.id, { acceptedOn: today, members: ['Ông A, Phó Giám đốc'], quality: 'Đạt yêu cầu', lines: [{ lineId: articles!.id, quantity: 2 }] })).rejects.toThrow(/tối đa 1 bài/u);
    // officers do not accept
    await expect(acceptCommission(as(officer), c.id, { acceptedOn: today, members: ['Ông A'], quality: 'Đạt', lines: [{ lineId: articles!.id, quantity: 1 }] })).rejects.toThrow();
    const accepted = await acceptCommission(as(coordinator), c.id, { acceptedOn: today, members: ['Ông A, Phó Giám đốc Sở', 'Bà B, Trưởng phòng'], quality: 'Nội dung đúng định hướng, đăng đúng chuyên mục', lines: [{ lineId: articles!.id, quantity: 1 }, { lineId: tv!.id, quantity: 1 }] });
    expect(accepted.amount).toBe(1_250_000 + 8_000_000);

    // paying more than was accepted, then more than the total
    await expect(recordPayment(as(coordinator), c.id, { paidOn: today, amount: 9_250_001, documentNo: 'UNC 02' })).rejects.toThrow(/Chỉ thanh toán phần đã nghiệm thu: còn 9\.250\.000 đồng/u);
    const over = await post(coordinatorSession, `/api/v1/commissions/${c.id}/payments`, { paidOn: today, amount: 21_000_001, documentNo: 'UNC 03' });
    expect(over.statusCode).toBe(422);
    expect(JSON.stringify(over.json())).toContain('vượt giá trị đơn đặt hàng (21.000.000 đồng');
    const paid = await post(coordinatorSession, `/api/v1/commissions/${c.id}/payments`, { paidOn: today, amount: 9_250_000, documentNo: 'UNC 04' });
    expect(paid.statusCode, paid.body).toBe(201);
    expect(paid.json()).toMatchObject({ status: 'accepted', paidAmount: 9_250_000, remainingAmount: 11_750_000, payableAmount: 0 });
    // the list shows what this order delivered and was paid, not another order's (nor zero)
    const listed = (await app.inject({ method: 'GET', url: '/api/v1/commissions', headers: auth(officerSession) })).json().items.find((i: { id: string }) => i.id === c.id);
    expect(listed).toMatchObject({ deliveredCount: 2, paidAmount: 9_250_000 });
    expect(paid.json().timeline.map((e: { actionLabel: string }) => e.actionLabel)).toEqual(['Lập đơn đặt hàng', 'Phê duyệt đặt hàng', 'Ký đặt hàng', 'Ghi nhận sản phẩm giao', 'Ghi nhận sản phẩm giao', 'Nghiệm thu', 'Thanh toán']);
    // the timeline names values, never codes; nothing delivered is left to accept
    const delivered = paid.json().timeline[3].changes as { field: string; after: string | null }[];
    expect(delivered.find((ch) => ch.field === 'productType')?.after).toBe('Tin, bài viết');
    expect(JSON.stringify(paid.json().timeline)).not.toMatch(/"(article|television|provincial|order|delivered|accepted)"/u);
    expect(paid.json().abilities).toMatchObject({ canAccept: false, canPay: false, canLiquidate: true, canDeliver: true });

    // the documents
    const docx = await app.inject({ method: 'GET', url: `/api/v1/commissions/${c.id}/order.docx`, headers: auth(viewerSession) });
    expect(docx.statusCode).toBe(200);
    const text = await readDocxText(docx.rawPayload);
    expect(text).toContain('04/QĐ-SVHTTDL');
    // a decision names its issuing authority above its bases (NĐ 30): the head of the ordering department
    expect(text).toMatch(/^(GIÁM ĐỐC SỞ [^\n]+)\n[^]*Căn cứ[^]*\nQUYẾT ĐỊNH:\n/mu);
    expect(text).not.toMatch(/GIÁM ĐỐC SỞ [^\n]* TỈNH LÀO CAI\n/u);
    expect(text).toContain('1.250.000');
    expect(text).toContain('21.000.000');
    expect(text).toContain('Báo và Phát thanh, Truyền hình Lào Cai');
    // DH-02: the order names its public service and is based on the decision approving the list
    expect(text).toContain('thuộc dịch vụ sự nghiệp công "Thông tin, tuyên truyền trên báo và phát thanh, truyền hình của tỉnh"');
    expect(text).toContain('Căn cứ Quyết định số 12/QĐ-UBND ngày 15/07/2025 của Ủy ban nhân dân tỉnh Lào Cai phê duyệt danh mục dịch vụ sự nghiệp công sử dụng ngân sách nhà nước;');
    const record = await app.inject({ method: 'GET', url: `/api/v1/commissions/${c.id}/acceptances/${accepted.id}/record.docx`, headers: auth(viewerSession) });
    expect(record.statusCode).toBe(200);
    const recordText = await readDocxText(record.rawPayload);
    expect(recordText).toContain('BIÊN BẢN');
    expect(recordText).toContain('9.250.000');
    expect(recordText).toContain('Bà B, Trưởng phòng');
  });

  it('registers a deliverable by its uploaded file (type read from the bytes), refusing a program named like a PDF', async () => {
    const c = await createCommission(as(officer), order({ planTaskId: null }));
    await approveCommission(as(coordinator), c.id);
    await signCommission(as(coordinator), c.id, { contractNo: '06/QĐ-SVHTTDL', signedOn: today });
    const lineId = ((await app.inject({ method: 'GET', url: `/api/v1/commissions/${c.id}`, headers: auth(officerSession) })).json().lines as { id: string }[])[0]!.id;
    const fields = [{ name: 'lineId', value: lineId }, { name: 'title', value: 'Chuyên trang in số 125' }, { name: 'publishedOn', value: today }];
    const upload = (fileName: string, data: Uint8Array) => {
      const form = multipart([...fields, { name: 'file', fileName, data, type: 'application/pdf' }]);
      return app.inject({ method: 'POST', url: `/api/v1/commissions/${c.id}/deliverables/upload`, headers: { ...auth(officerSession), ...form.headers }, payload: form.payload });
    };
    const files = await count('stored_files');
    const disguised = await upload('chuyen-trang.pdf', new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]));
    expect(disguised.statusCode).toBe(415);
    expect(await count('stored_files')).toBe(files);
    expect(await count(`press_commission_deliverables where commission_id = '${c.id}'`)).toBe(0);
    const pdf = await upload('chuyen-trang.pdf', new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'));
    expect(pdf.statusCode, pdf.body).toBe(201);
    const d = pdf.json().deliverables[0];
    expect(d).toMatchObject({ title: 'Chuyên trang in số 125', url: null, airedOn: null, file: { fileName: 'chuyen-trang.pdf' } });
    expect((await app.inject({ method: 'GET', url: `/api/v1/files/${d.file.id}`, headers: auth(viewerSession) })).statusCode).toBe(200);
    // neither an address, an air time nor a file: nothing proves the delivery
    const bare = await post(officerSession, `/api/v1/commissions/${c.id}/deliverables`, { lineId, title: 'Không có gì', publishedOn: today });
    expect(bare.statusCode).toBe(422);
  });

  it('gives the annual report the orders signed, products and amounts (I-09) and the plan tasks\' budget (I-14)', async () => {
    // five signed orders: two for this plan's task, two for the policy only (this year), one for another plan's task,
    // which belongs to that plan's report, not to this one
    const otherPlan = randomUUID();
    const otherTask = randomUUID();
    await getDb().db.execute(sql`insert into plans (id, number, title, year, source_file_name, source_sha256, parsed) values (${otherPlan}, '10/KH-UBND', 'Kế hoạch khác', ${year}, 'kh2.txt', ${randomUUID()}, '{}'::jsonb)`);
    await getDb().db.execute(sql`insert into plan_tasks (id, plan_id, code, position, title, content) values (${otherTask}, ${otherPlan}, 'I.1', 1, 'Nhiệm vụ của kế hoạch khác', '')`);
    const elsewhere = await createCommission(as(coordinator), order({ planTaskId: otherTask, policyId: null }));
    await approveCommission(as(coordinator), elsewhere.id);
    await signCommission(as(coordinator), elsewhere.id, { contractNo: '05/QĐ-SVHTTDL', signedOn: today, overBudgetReason: 'Chưa giao dự toán, tạm ứng theo văn bản 12/UBND-KT' });
    const view = await loadPlanView(getDb().db, planId, today);
    const figures = new Map((await computeFigures(getDb().db, view!)).map((f) => [f.code, f]));
    const value = (code: string) => figures.get(code)?.value;
    const signed = Number(((await getDb().db.execute(sql`select count(*)::int as n from press_commissions where signed_on is not null and status <> 'cancelled'`)) as unknown as { rows: { n: number }[] }).rows[0]!.n);
    expect(signed).toBe(5);
    expect(value('I-09.orders')).toBe(4);
    expect(value('I-09.products.ordered')).toBe(24);
    expect(value('I-09.products.delivered')).toBe(3);
    expect(value('I-09.products.accepted')).toBe(2);
    expect(value('I-09.amount.ordered')).toBe(84);
    expect(value('I-09.amount.accepted')).toBe(9.3);
    expect(value('I-09.amount.paid')).toBe(9.3);
    const perPolicy = [...figures.values()].find((f) => f.code.startsWith('I-09.products.policy.'));
    expect(perPolicy).toMatchObject({ label: 'Sản phẩm báo chí đặt hàng — Nghị quyết về mức hỗ trợ sản xuất nông nghiệp', value: 24 });
    expect(value('I-14.budget.allocated')).toBe(30);
    expect(value('I-14.budget.spent')).toBe(0);
    expect(figures.get('I-09.orders')!.records()[0]!.href).toMatch(/^\/office\/commissions\//u);
  });
  it('announces an order past its delivery date once per date, to its drafter and the ordering unit’s coordinators, and never one already delivered', async () => {
    const db = getDb().db;
    const late = await createCommission(as(officer), order({ title: 'Phóng sự về nông thôn mới', planTaskId: null }));
    await approveCommission(as(coordinator), late.id);
    await db.execute(sql`update press_commissions set deliver_by = ${addDays(today, -1)}, starts_on = ${addDays(today, -10)} where id = ${late.id}`);
    const done = await createCommission(as(officer), order({ title: 'Đã nghiệm thu', planTaskId: null }));
    await db.execute(sql`update press_commissions set status = 'accepted', deliver_by = ${addDays(today, -1)}, starts_on = ${addDays(today, -10)} where id = ${done.id}`);
    const noticesOf = async (id: string) => (await db.execute(sql`select user_id, params from notifications where kind = 'commission_overdue' and link = ${`/office/commissions/${id}`}`)) as unknown as { rows: { user_id: string; params: { refNo: number; supplierName: string } }[] };

    expect((await alertOverdueDeliveries(db, 'https://dongthuan.example.vn', today)).alerted).toBeGreaterThanOrEqual(1);
    const first = (await noticesOf(late.id)).rows;
    expect(first.map((r) => r.user_id).sort()).toEqual([coordinator.kind === 'user' ? coordinator.userId : '', officer.kind === 'user' ? officer.userId : ''].sort());
    expect(first[0]!.params).toMatchObject({ refNo: late.refNo, supplierName: 'Báo và Phát thanh, Truyền hình Lào Cai' });
    expect((await noticesOf(done.id)).rows).toHaveLength(0);
    // the same date again: nothing; a new date agreed and missed: announced again
    expect((await alertOverdueDeliveries(db, 'https://dongthuan.example.vn', today)).alerted).toBe(0);
    await db.execute(sql`update press_commissions set deliver_by = ${addDays(today, -2)} where id = ${late.id}`);
    expect((await alertOverdueDeliveries(db, 'https://dongthuan.example.vn', today)).alerted).toBe(1);
    expect((await noticesOf(late.id)).rows).toHaveLength(4);
    const audit = (await db.execute(sql`select count(*)::int as n from audit_log where action = 'commissions.overdue' and subject_id = ${late.id}`)) as unknown as { rows: { n: number }[] };
    expect(audit.rows[0]!.n).toBe(2);
  });
});
