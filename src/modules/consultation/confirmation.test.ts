import fs from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../test/db';
import { auth, buildTestApp, multipart, signInAs, type Session } from '../../../test/app';
import { buildDemoOrg, buildUser, SYSTEM } from '../../../test/factories';
import { verifyAuditChain } from '../../platform/audit';
import { readDocxText } from '../../platform/documents';
import { addDays, todayVn } from '../../platform/text';
import type { App } from '../../platform/http';
import { createDraft, uploadVersion } from '../policies';
import { openRound } from './actions/open-round';

const rows = async <T,>(db: { execute: (q: ReturnType<typeof sql>) => Promise<unknown> }, q: ReturnType<typeof sql>) => ((await db.execute(q)) as { rows: T[] }).rows;

describeEachDriver('fair confirmation of commenters', (getDb) => {
  let app: App;
  let officer: Session;
  let stranger: Session;
  let roundId: string;
  let slug: string;

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
    const ctx = { db: getDb().db, actor: SYSTEM };
    const draft = await createDraft(ctx, { title: 'Quyết định quy định về xác nhận người góp ý', docType: 'qd_ubnd_tinh', draftingUnitId: 'lc-so-tp' });
    const v = await uploadVersion(ctx, draft.id, { data: fs.readFileSync('test/fixtures/drafts/du-thao-nq-ho-tro-v1.txt'), fileName: 'v1.txt' });
    roundId = (await openRound(ctx, draft.id, { versionId: v.id, opensOn: todayVn(), closesOn: addDays(todayVn(), 30), targetGroups: ['Người dân', 'Ủy ban MTTQ và các tổ chức chính trị - xã hội'], consulteeUnitIds: [] })).id;
    slug = draft.slug;
    const o = await buildUser(getDb(), { role: 'officer', unitId: 'lc-so-tp' });
    officer = await signInAs(app, o.username, o.password);
    const s = await buildUser(getDb(), { role: 'officer', unitId: 'lc-so-tc' });
    stranger = await signInAs(app, s.username, s.password);
  });

  const post = async (fields: Record<string, string>, ip = '203.0.113.50') => {
    const body = multipart(Object.entries({ commenterType: 'citizen', stance: 'agree', consentProcessing: '1', dieu: '', ...fields }).map(([name, value]) => ({ name, value })));
    const res = await app.inject({ method: 'POST', url: `/gop-y/${slug}/y-kien`, headers: { ...body.headers, 'x-forwarded-for': ip }, payload: body.payload });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(303);
    return String(res.headers.location).split('/').pop()!;
  };
  const commentOf = async (code: string) => (await rows<{ id: string; state: string; confirmed_via: string | null; confirmed_by: string | null; confirmation_reason: string | null }>(getDb().db, sql`select id, state, confirmed_via, confirmed_by, confirmation_reason from comments where receipt_code = ${code}`))[0]!;
  const resend = (ma: string, email: string, ip = '198.51.100.9') =>
    app.inject({ method: 'POST', url: '/gop-y/gui-lai-xac-nhan', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip }, payload: `ma=${encodeURIComponent(ma)}&email=${encodeURIComponent(email)}` });
  const verifyMails = (to: string) => rows<{ body_text: string }>(getDb().db, sql`select body_text from mail_outbox where to_address = ${to} and purpose = 'comment.verify' order by created_at`);

  it('keeps a phone-only comment out of moderation until an officer of the drafting unit confirms it, with a reason, audited', async () => {
    const code = await post({ idempotencyKey: 'confirm-0001-abcd', name: 'Hoàng Thị Điện', phone: '0977 111 222', body: 'Tôi chỉ có điện thoại.' });
    const receipt = await app.inject({ url: `/gop-y/bien-nhan/${code}` });
    expect(receipt.body).toContain('cán bộ của cơ quan soạn thảo sẽ liên hệ theo số điện thoại');
    expect(receipt.body).not.toContain('0977');
    const c = await commentOf(code);
    expect(c.state).toBe('pending_verification');
    const early = await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/moderation`, headers: auth(officer), payload: { commentIds: [c.id], action: 'publish' } });
    expect(early.statusCode).toBe(409);

    const list = await app.inject({ url: `/api/v1/rounds/${roundId}/unconfirmed`, headers: auth(officer) });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.find((i: { receiptCode: string }) => i.receiptCode === code)).toMatchObject({ name: 'Hoàng Thị Điện', phone: '0977111222', email: null, givenBy: 'phone', canResend: false, articleLabel: 'Góp ý chung' });
    expect((await app.inject({ url: `/api/v1/rounds/${roundId}/unconfirmed`, headers: auth(stranger) })).statusCode).toBe(403);

    const noReason = await app.inject({ method: 'POST', url: `/api/v1/comments/${c.id}/confirmation`, headers: auth(officer), payload: { reason: '  ' } });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().title).toContain('lý do');
    expect((await app.inject({ method: 'POST', url: `/api/v1/comments/${c.id}/confirmation`, headers: auth(stranger), payload: { reason: 'Không phải đơn vị mình' } })).statusCode).toBe(403);
    const noMail = await app.inject({ method: 'POST', url: `/api/v1/comments/${c.id}/verification-mail`, headers: auth(officer) });
    expect(noMail.statusCode).toBe(409);
    expect(noMail.json().title).toContain('không để lại email');

    const ok = await app.inject({ method: 'POST', url: `/api/v1/comments/${c.id}/confirmation`, headers: auth(officer), payload: { reason: 'Đã gọi lại số 0977111222 lúc 9 giờ, người góp ý xác nhận.' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ id: c.id, receiptCode: code, state: 'pending' });
    expect(await commentOf(code)).toMatchObject({ state: 'pending', confirmed_via: 'officer', confirmation_reason: 'Đã gọi lại số 0977111222 lúc 9 giờ, người góp ý xác nhận.' });
    const [audit] = await rows<{ summary: { after: { reason: string } } }>(getDb().db, sql`select summary from audit_log where subject_id = ${c.id} and action = 'comment.confirm'`);
    expect(audit!.summary.after.reason).toContain('Đã gọi lại');
    const twice = await app.inject({ method: 'POST', url: `/api/v1/comments/${c.id}/confirmation`, headers: auth(officer), payload: { reason: 'Lần nữa' } });
    expect(twice.statusCode).toBe(409);
    const published = await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/moderation`, headers: auth(officer), payload: { commentIds: [c.id], action: 'publish' } });
    expect(published.statusCode).toBe(200);
  });

  it('sends the confirmation link again from the portal only for the right code and email, answering the same either way, throttled', async () => {
    const code = await post({ idempotencyKey: 'confirm-0002-abcd', name: 'Phạm Văn Thư', email: 'thu@example.vn', body: 'Chưa nhận được thư.' }, '203.0.113.51');
    const follow = await app.inject({ url: `/gop-y/tra-cuu?ma=${code}` });
    expect(follow.body).toContain(`href="/gop-y/gui-lai-xac-nhan?ma=${code}"`);
    expect(follow.body).not.toContain('thu@example.vn');
    const form = await app.inject({ url: `/gop-y/gui-lai-xac-nhan?ma=${code}` });
    expect(form.body).toContain(`value="${code}"`);
    expect(form.body).not.toContain('thu@example.vn');
    expect(await verifyMails('thu@example.vn')).toHaveLength(1);

    const wrong = await resend(code, 'khac@example.vn');
    const unknown = await resend('GY-ZZZZZZZZ', 'thu@example.vn');
    // too soon after the first mail: refused silently, with the same answer
    const tooSoon = await resend(code, 'THU@example.vn');
    for (const r of [wrong, unknown, tooSoon]) {
      expect(r.statusCode).toBe(303);
      expect(r.headers.location).toBe('/gop-y/gui-lai-xac-nhan?da-gui=1#da-gui');
    }
    expect(await verifyMails('thu@example.vn')).toHaveLength(1);
    const done = await app.inject({ url: '/gop-y/gui-lai-xac-nhan?da-gui=1' });
    expect(done.body).toContain('Nếu mã biên nhận và email khớp');

    const invalid = await resend('abc', 'not-an-email');
    expect(invalid.statusCode).toBe(422);
    expect(invalid.body).toContain('href="#ma"');
    expect(invalid.body).toContain('href="#email"');
    expect(invalid.body).toContain('value="ABC"');

    const c = await commentOf(code);
    await getDb().db.execute(sql`update comments set created_at = created_at - interval '10 minutes' where id = ${c.id}`);
    const [first] = await verifyMails('thu@example.vn');
    const oldLink = /\/gop-y\/xac-nhan\?ma=[\w-]+/.exec(first!.body_text)![0];
    expect((await resend(code, 'thu@example.vn')).statusCode).toBe(303);
    const mails = await verifyMails('thu@example.vn');
    expect(mails).toHaveLength(2);
    expect(mails[1]!.body_text).toContain('gửi lại');
    const [audit] = await rows<{ summary: { after: Record<string, unknown> } }>(getDb().db, sql`select summary from audit_log where subject_id = ${c.id} and action = 'comment.verify-mail.resend'`);
    expect(audit!.summary.after).toEqual({ resends: 1 });
    expect(JSON.stringify(audit)).not.toContain('thu@example');
    // the office may send it again too, but not within five minutes of the last one
    const office = await app.inject({ method: 'POST', url: `/api/v1/comments/${c.id}/verification-mail`, headers: auth(officer) });
    expect(office.statusCode).toBe(429);
    expect(office.json().title).toContain('5 phút');

    expect((await app.inject({ url: oldLink })).statusCode).toBe(404);
    const newLink = /\/gop-y\/xac-nhan\?ma=[\w-]+/.exec(mails[1]!.body_text)![0];
    const verified = await app.inject({ url: newLink });
    expect(verified.statusCode).toBe(200);
    expect(await commentOf(code)).toMatchObject({ state: 'pending', confirmed_via: 'email' });
    expect(await verifyAuditChain(getDb().db)).toMatchObject({ ok: true });
  });

  it('lists what the synthesis will leave out and why, in Vietnamese, with counts', async () => {
    await post({ idempotencyKey: 'confirm-0003-abcd', name: 'Người chưa xác nhận', email: 'cho@example.vn', body: 'Chờ.', dieu: 'dieu-3' }, '203.0.113.52');
    await post({ idempotencyKey: 'confirm-0004-abcd', name: 'Người rác', phone: '0911222333', body: 'Quảng cáo.' }, '203.0.113.53');
    const spam = await commentOf((await rows<{ receipt_code: string }>(getDb().db, sql`select receipt_code from comments where idempotency_key = 'confirm-0004-abcd'`))[0]!.receipt_code);
    await app.inject({ method: 'POST', url: `/api/v1/comments/${spam.id}/confirmation`, headers: auth(officer), payload: { reason: 'Đã gọi điện.' } });
    expect((await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/moderation`, headers: auth(officer), payload: { commentIds: [spam.id], action: 'withhold', reason: 'spam' } })).statusCode).toBe(200);

    const res = await app.inject({ url: `/api/v1/rounds/${roundId}/exclusions`, headers: auth(officer) });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ roundId, totalComments: 4, counted: 1, excluded: 3, itemsTotal: 3 });
    expect(body.groups).toEqual(expect.arrayContaining([
      { code: 'unconfirmed', label: 'Chưa xác nhận người góp ý', n: 1 },
      { code: 'pending', label: 'Chưa kiểm duyệt', n: 1 },
      { code: 'withheld:spam', label: 'Không công bố: Thư rác', n: 1 },
    ]));
    const unconfirmed = body.items.find((i: { code: string }) => i.code === 'unconfirmed');
    expect(unconfirmed).toMatchObject({ articleLabel: expect.stringMatching(/^Điều 3/), label: 'Chưa xác nhận người góp ý' });
    expect(unconfirmed.givenByLabel).toContain('email');
    expect(JSON.stringify(body)).not.toMatch(/cho@example|0911222333|Người rác/);
    expect((await app.inject({ url: `/api/v1/rounds/${roundId}/exclusions`, headers: auth(stranger) })).statusCode).toBe(403);
    // the synthesis report says how many comments it leaves out for want of confirmation
    const docx = await app.inject({ url: `/api/v1/rounds/${roundId}/synthesis.docx`, headers: auth(officer) });
    expect(await readDocxText(docx.rawPayload)).toContain('Số ý kiến không được tổng hợp do người góp ý chưa xác nhận (không mở liên kết xác nhận trong email và không được cán bộ xác nhận thay): 1.');
  });

  it('refuses confirmation once the synthesis report is published', async () => {
    const code = await post({ idempotencyKey: 'confirm-0005-abcd', name: 'Người muộn', phone: '0933444555', body: 'Muộn.' }, '203.0.113.54');
    const c = await commentOf(code);
    await getDb().db.execute(sql`update consultation_rounds set synthesis_published_at = now() where id = ${roundId}`);
    const late = await app.inject({ method: 'POST', url: `/api/v1/comments/${c.id}/confirmation`, headers: auth(officer), payload: { reason: 'Đã gọi điện.' } });
    expect(late.statusCode).toBe(409);
    expect(late.json().title).toContain('đã được công bố');
    const follow = await app.inject({ url: `/gop-y/tra-cuu?ma=${code}` });
    expect(follow.body).not.toContain('gui-lai-xac-nhan?ma=');
    // the commenter is told the comment was left out, not that it waits or that an answer will come
    expect(follow.body).toContain('không được tính trong báo cáo tổng hợp');
    expect(follow.body).not.toContain('đang chờ');
    expect(follow.body).not.toContain('Câu trả lời được công bố cùng báo cáo tổng hợp');
  });
});
