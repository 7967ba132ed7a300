import fs from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../test/db';
import { auth, buildTestApp, multipart, signInAs, type Session } from '../../../test/app';
import { buildDemoOrg, buildUser } from '../../../test/factories';
import { readDocxText } from '../../platform/documents';
import { addDays, todayVn } from '../../platform/text';
import type { App } from '../../platform/http';
import { forgetRound } from './actions/submit-comment';

const V1 = fs.readFileSync('test/fixtures/drafts/du-thao-nq-ho-tro-v1.txt');
const rows = async <T,>(db: { execute: (q: ReturnType<typeof sql>) => Promise<unknown> }, q: ReturnType<typeof sql>) => ((await db.execute(q)) as { rows: T[] }).rows;

/** The signer chosen when publishing (the demo directory has no people, so no default head). */
const SIGNER = { signerName: 'Nguyễn Văn Ký', signerTitle: 'Phó Giám đốc' };

describeEachDriver('consultation: drafts, comments, moderation, answers, synthesis', (getDb) => {
  let app: App;
  let officer: Session;
  let approver: Session;
  let draftId: string;
  let slug: string;
  let roundId: string;
  let versionId: string;
  const today = todayVn();

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
    const o = await buildUser(getDb(), { role: 'officer', unitId: 'lc-so-tp' });
    officer = await signInAs(app, o.username, o.password);
    // approvers are tied to a unit: this one approves the drafts of the drafting unit (Sở Tư pháp)
    const a = await buildUser(getDb(), { role: 'approver', unitId: 'lc-so-tp' });
    approver = await signInAs(app, a.username, a.password);
  });

  const postComment = (fields: Record<string, string>, files: { name: string; fileName: string; data: Buffer }[] = []) => {
    const body = multipart([...Object.entries(fields).map(([name, value]) => ({ name, value })), ...files]);
    return app.inject({ method: 'POST', url: `/gop-y/${slug}/y-kien`, headers: { ...body.headers, 'x-forwarded-for': '203.0.113.7' }, payload: body.payload });
  };
  const baseComment = { idempotencyKey: 'key-0001-abcdef', dieu: 'dieu-3', commenterType: 'citizen', name: 'Nguyễn Văn Dân', pseudonym: 'Dân Yên Bái', email: 'dan@example.vn', phone: '', stance: 'propose', body: 'Đề nghị nâng mức hỗ trợ; liên hệ tôi 0912345678.', consentProcessing: '1', consentContact: '1' };

  it('registers a draft, parses a version into articles and refuses a round shorter than the rules-table minimum', async () => {
    const created = await app.inject({ method: 'POST', url: '/api/v1/policies', headers: auth(officer), payload: { title: 'Nghị quyết quy định mức hỗ trợ phát triển sản xuất', docType: 'nq_hdnd_tinh', draftingUnitId: 'lc-so-tp', summary: 'Hỗ trợ hộ nghèo phát triển sản xuất.', impact: { criteria: { affectsRightsObligations: true, sensitiveOrControversial: true, affectsManyPeople: true, notStateSecret: true }, note: '' } } });
    expect(created.statusCode).toBe(201);
    expect(created.json().impact.isLargeImpact).toBe(true);
    // a criterion the server does not know is refused, not stored as "không" beside a wrong conclusion
    const unknown = await app.inject({ method: 'POST', url: '/api/v1/policies', headers: auth(officer), payload: { title: 'Tiêu chí lạ', docType: 'nq_hdnd_tinh', draftingUnitId: 'lc-so-tp', impact: { criteria: { affectsRightsObligations: true, affectsBusinessCosts: true }, note: '' } } });
    expect(unknown.statusCode).toBe(422);
    draftId = created.json().id;
    slug = created.json().slug;
    const other = await app.inject({ method: 'POST', url: '/api/v1/policies', headers: auth(officer), payload: { title: 'Không phải đơn vị mình', docType: 'qd_ubnd_tinh', draftingUnitId: 'lc-so-tc' } });
    expect(other.statusCode).toBe(403);
    const up = multipart([{ name: 'file', fileName: 'du-thao-v1.txt', data: V1 }, { name: 'changeNote', value: 'Bản đầu' }]);
    const v = await app.inject({ method: 'POST', url: `/api/v1/policies/${draftId}/versions`, headers: { ...auth(officer), ...up.headers }, payload: up.payload });
    expect(v.statusCode).toBe(201);
    versionId = v.json().id;
    expect(v.json().articles.map((a: { anchor: string }) => a.anchor)).toEqual(['dieu-1', 'dieu-2', 'dieu-3', 'dieu-4', 'dieu-5', 'dieu-6']);
    const short = await app.inject({ method: 'POST', url: `/api/v1/policies/${draftId}/rounds`, headers: auth(officer), payload: { versionId, opensOn: today, closesOn: addDays(today, 19), targetGroups: ['Người dân', 'Ủy ban MTTQ và các tổ chức chính trị - xã hội'], consulteeUnitIds: [] } });
    expect(short.statusCode).toBe(422);
    expect(short.json().title).toContain('tối thiểu là 30 ngày');
    // the 2025 law has the Fatherland Front consulted (LY-05): neither as a group nor asked in writing is refused
    const noFront = await app.inject({ method: 'POST', url: `/api/v1/policies/${draftId}/rounds`, headers: auth(officer), payload: { versionId, opensOn: today, closesOn: addDays(today, 29), targetGroups: ['Người dân'], consulteeUnitIds: ['lc-so-tc'] } });
    expect(noFront.statusCode).toBe(422);
    expect(noFront.json()).toMatchObject({ title: expect.stringContaining('Ủy ban Mặt trận Tổ quốc Việt Nam'), errors: [{ path: 'targetGroups' }] });
    const ok = await app.inject({ method: 'POST', url: `/api/v1/policies/${draftId}/rounds`, headers: auth(officer), payload: { versionId, opensOn: today, closesOn: addDays(today, 29), targetGroups: ['Người dân', 'Doanh nghiệp'], consulteeUnitIds: ['lc-mttq'] } });
    expect(ok.statusCode).toBe(201);
    roundId = ok.json().id;
    expect(ok.json()).toMatchObject({ status: 'open', minDays: 30, consultees: [{ unitId: 'lc-mttq', dueOn: addDays(today, 14) }] });
    const detail = (await app.inject({ url: `/api/v1/policies/${draftId}`, headers: auth(officer) })).json();
    expect(detail.stage).toBe('consultation');
  });

  it('lists the open consultation on the portal, found without accents', async () => {
    const list = await app.inject({ url: '/gop-y?q=muc%20ho%20tro' });
    expect(list.body).toContain('Nghị quyết quy định mức hỗ trợ phát triển sản xuất');
    // words in any order, punctuation ignored, the drafting agency's name counts too
    expect((await app.inject({ url: `/gop-y?q=${encodeURIComponent('hỗ trợ, nghị quyết sản xuất')}` })).body).toContain('Nghị quyết quy định mức hỗ trợ phát triển sản xuất');
    const none = await app.inject({ url: '/gop-y?q=khong%20co%20gi' });
    expect(none.body).not.toContain('mức hỗ trợ phát triển');
    const page = await app.inject({ url: `/gop-y/${slug}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('<script');
    expect(page.body).toContain('id="dieu-3"');
    expect(Buffer.byteLength(page.body)).toBeLessThan(60 * 1024);
  });

  it('takes a comment without JavaScript: receipt after a 303, the same form twice gives one comment', async () => {
    const res = await postComment(baseComment);
    expect(res.statusCode).toBe(303);
    const code = String(res.headers.location).split('/').pop()!;
    expect(code).toMatch(/^GY-[0-9A-Z]{8}$/);
    const again = await postComment(baseComment);
    expect(again.headers.location).toBe(res.headers.location);
    const n = await rows<{ n: number }>(getDb().db, sql`select count(*)::int as n from comments where round_id = ${roundId} and idempotency_key = 'key-0001-abcdef'`);
    expect(n[0]!.n).toBe(1);
    // an officer signed in to the back office may comment on the portal too: public forms need no CSRF token
    const asOfficer = multipart(Object.entries({ ...baseComment, idempotencyKey: 'key-0010-abcdef', email: 'canbo@example.vn' }).map(([name, value]) => ({ name, value })));
    const officerPost = await app.inject({ method: 'POST', url: `/gop-y/${slug}/y-kien`, headers: { ...asOfficer.headers, cookie: officer.cookie }, payload: asOfficer.payload });
    expect(officerPost.statusCode).toBe(303);
    const receipt = await app.inject({ url: String(res.headers.location) });
    expect(receipt.body).toContain(code);
    expect(receipt.body).toContain('xác nhận');
    expect(receipt.body).not.toContain('dan@example.vn');
  });

  it('refuses bad input with Vietnamese messages and keeps what was typed', async () => {
    const noConsent = await postComment({ ...baseComment, idempotencyKey: 'key-0002-abcdef', consentProcessing: '' });
    expect(noConsent.statusCode).toBe(422);
    expect(noConsent.body).toContain('Bạn cần đồng ý');
    expect(noConsent.body).toContain('Đề nghị nâng mức hỗ trợ');
    const badArticle = await postComment({ ...baseComment, idempotencyKey: 'key-0003-abcdef', dieu: 'dieu-99' });
    expect(badArticle.statusCode).toBe(422);
    expect(badArticle.body).toContain('không có trong dự thảo');
    const xss = await postComment({ ...baseComment, idempotencyKey: 'key-0004-abcdef', body: '<script>alert(1)</script><img src=x onerror=alert(2)>', name: '"><svg onload=alert(3)>' , consentProcessing: '' });
    expect(xss.body).not.toMatch(/<script>alert|<img src=x|<svg onload/);
    expect(xss.body).toContain('&lt;script&gt;');
    const disguised = await postComment({ ...baseComment, idempotencyKey: 'key-0005-abcdef' }, [{ name: 'attachments', fileName: 'anh.png', data: Buffer.from('MZ this is an exe') }]);
    expect(disguised.statusCode).toBe(415);
    expect(disguised.body).toContain('Loại tệp không được chấp nhận');
  });

  it('verifies the email by the link in the mail, then the moderator publishes with personal data redacted', async () => {
    const [mail] = await rows<{ body_text: string }>(getDb().db, sql`select body_text from mail_outbox where to_address = 'dan@example.vn' and purpose = 'comment.verify'`);
    const link = /\/gop-y\/xac-nhan\?ma=[\w-]+/.exec(mail!.body_text)![0];
    const verified = await app.inject({ url: link });
    expect(verified.statusCode).toBe(200);
    expect(verified.body).toContain('Chờ duyệt');
    const queue = (await app.inject({ url: `/api/v1/rounds/${roundId}/comments?state=pending`, headers: auth(officer) })).json();
    expect(queue.items[0]).toMatchObject({ email: 'dan@example.vn', articleLabel: 'Điều 3' });
    const published = await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/moderation`, headers: auth(officer), payload: { commentIds: [queue.items[0].id], action: 'publish' } });
    expect(published.json()).toEqual({ updated: 1 });
    const page = await app.inject({ url: `/gop-y/${slug}` });
    expect(page.body).toContain('Đề nghị nâng mức hỗ trợ');
    expect(page.body).not.toContain('0912345678');
    expect(page.body).not.toContain('Nguyễn Văn Dân');
    expect(page.body).toContain('Dân Yên Bái');
    const open = await app.inject({ url: '/du-lieu-mo/y-kien.json' });
    expect(JSON.stringify(open.json())).not.toMatch(/dan@example|Nguyễn Văn Dân|0912345678/);
    // the CSV is for a spreadsheet: the article by its name and the time on the Vietnam clock, no anchor or ISO instant
    const csv = (await app.inject({ url: '/du-lieu-mo/y-kien.csv' })).body;
    const row = csv.split('\n').find((l) => l.includes('Đề nghị nâng mức hỗ trợ'))!;
    expect(row).toMatch(/,"?Điều 3[.,"]/u);
    expect(row).toMatch(/\d\d:\d\d \d\d\/\d\d\/\d{4}/u);
    expect(row).not.toMatch(/dieu-3|\d{4}-\d\d-\d\dT/u);
    // "report this comment" counts each visitor once; the moderators see the count
    const flag = (ip: string) => app.inject({ method: 'POST', url: `/gop-y/y-kien/${queue.items[0].id}/bao-cao`, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip }, payload: 'lyDo=Sai+s%E1%BB%B1+th%E1%BA%ADt' });
    expect((await flag('198.51.100.1')).statusCode).toBe(303);
    await flag('198.51.100.1');
    await flag('198.51.100.2');
    const flagged = (await app.inject({ url: `/api/v1/rounds/${roundId}/comments?state=published`, headers: auth(officer) })).json();
    expect(flagged.items[0].reportsCount).toBe(2);
    const heat = (await app.inject({ url: `/api/v1/rounds/${roundId}/heatmap`, headers: auth(officer) })).json();
    expect(heat.articles.find((a: { anchor: string }) => a.anchor === 'dieu-3')).toMatchObject({ total: 1, propose: 1 });
  });

  it('uploads a new version, shows the per-article diff and links the changed article to the comment behind it', async () => {
    const v2 = fs.readFileSync('test/fixtures/drafts/du-thao-nq-ho-tro-v2.txt');
    const up = multipart([{ name: 'file', fileName: 'du-thao-v2.txt', data: v2 }]);
    const res = await app.inject({ method: 'POST', url: `/api/v1/policies/${draftId}/versions`, headers: { ...auth(officer), ...up.headers }, payload: up.payload });
    expect(res.statusCode).toBe(201);
    const [c] = (await app.inject({ url: `/api/v1/rounds/${roundId}/comments?state=published`, headers: auth(officer) })).json().items;
    const link = await app.inject({ method: 'PUT', url: `/api/v1/policies/${draftId}/versions/${res.json().id}/links`, headers: auth(officer), payload: { links: { 'dieu-2': [c.id] } } });
    expect(link.statusCode).toBe(204);
    const diff = (await app.inject({ url: `/api/v1/policies/${draftId}/diff?from=${versionId}&to=${res.json().id}`, headers: auth(officer) })).json().items;
    expect(diff.map((d: { change: string }) => d.change)).toEqual(expect.arrayContaining(['added', 'removed', 'modified', 'renumbered', 'unchanged']));
    expect(diff.find((d: { anchor: string }) => d.anchor === 'dieu-2')).toMatchObject({ change: 'modified', comments: [{ id: c.id, receiptCode: c.receiptCode }] });
    const bad = await app.inject({ method: 'PUT', url: `/api/v1/policies/${draftId}/versions/${res.json().id}/links`, headers: auth(officer), payload: { links: { 'dieu-99': [c.id] } } });
    expect(bad.statusCode).toBe(422);
  });

  it('blocks leaving consultation until every comment is answered and the synthesis is published', async () => {
    const refused = await app.inject({ method: 'POST', url: `/api/v1/policies/${draftId}/stage`, headers: auth(officer), payload: { toStage: 'appraisal' } });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().title).toContain('chưa được trả lời');
    const [c] = (await app.inject({ url: `/api/v1/rounds/${roundId}/comments?state=published`, headers: auth(officer) })).json().items;
    expect((await app.inject({ method: 'PUT', url: `/api/v1/comments/${c.id}/answer`, headers: auth(officer), payload: { disposition: 'tiep_thu_mot_phan', explanation: 'Tiếp thu, điều chỉnh mức hỗ trợ tại Điều 4.' } })).statusCode).toBe(204);
    expect((await app.inject({ method: 'POST', url: `/api/v1/comments/${c.id}/answer/approve`, headers: auth(officer) })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: `/api/v1/comments/${c.id}/answer/approve`, headers: auth(approver) })).statusCode).toBe(204);
    const early = await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/synthesis/publish`, headers: auth(officer), payload: SIGNER });
    expect(early.statusCode).toBe(422);
    expect(early.json().title).toContain('chỉ công bố báo cáo tổng hợp sau khi kết thúc');
    // the round ends (the calendar moves on): yesterday was its last day
    await getDb().db.execute(sql`update consultation_rounds set closes_on = ${addDays(today, -1)}, opens_on = ${addDays(today, -31)} where id = ${roundId}`);
    forgetRound(getDb().db, roundId);
    const pub = await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/synthesis/publish`, headers: auth(officer), payload: SIGNER });
    expect(pub.statusCode).toBe(200);
    const follow = await app.inject({ url: `/gop-y/tra-cuu?ma=${c.receiptCode}` });
    expect(follow.body).toContain('Tiếp thu một phần');
    const answered = await rows<{ n: number }>(getDb().db, sql`select count(*)::int as n from mail_outbox where to_address = 'dan@example.vn' and purpose = 'comment.answered'`);
    expect(answered[0]!.n).toBe(1);
    const page = await app.inject({ url: `/gop-y/${slug}` });
    const link = /\/gop-y\/bao-cao-tong-hop\/[0-9a-f-]{36}\.docx/.exec(page.body)![0];
    const docx = await app.inject({ url: link });
    const text = await readDocxText(docx.rawPayload);
    expect(text).toContain('Tổng hợp, tiếp thu, giải trình ý kiến góp ý');
    expect(text).toContain('Điều 3');
    expect(text).toContain('Tiếp thu một phần');
    const moved = await app.inject({ method: 'POST', url: `/api/v1/policies/${draftId}/stage`, headers: auth(officer), payload: { toStage: 'appraisal' } });
    expect(moved.statusCode).toBe(200);
    const closed = await postComment({ ...baseComment, idempotencyKey: 'key-0009-abcdef' });
    expect(closed.statusCode).toBe(409);
    expect(closed.body).toContain('đã kết thúc');
  });
});
