import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../../test/db';
import { auth, buildTestApp, multipart, signInAs, type Session } from '../../../../test/app';
import { buildDemoOrg, buildUser } from '../../../../test/factories';
import { addDays, todayVn } from '../../../platform/text';
import type { App } from '../../../platform/http';
import { assignCampaigns } from '../campaigns';
import { scanSignals } from './scan';
import { SIGNAL_THRESHOLDS } from './thresholds';

const V1 = fs.readFileSync('test/fixtures/drafts/du-thao-nq-ho-tro-v1.txt');
const rows = async <T,>(db: { execute: (q: ReturnType<typeof sql>) => Promise<unknown> }, q: ReturnType<typeof sql>) => ((await db.execute(q)) as { rows: T[] }).rows;

const LETTER = 'Chúng tôi đề nghị giữ nguyên mức hỗ trợ học nghề cho lao động nông thôn như năm trước, không cắt giảm đối tượng được hỗ trợ tại Điều 3, vì nhiều hộ gia đình ở vùng cao vẫn còn khó khăn';
/** Copies of one letter with a few words changed, as a campaign's copies come in (one campaign, not one exact text). */
const copy = (i: number) => (i % 3 === 0 ? `${LETTER}.` : i % 3 === 1 ? `${LETTER}. Xin cảm ơn.` : `Kính gửi Sở Tư pháp. ${LETTER}`);
/** An ordinary comment: a text of its own. */
const own = (i: number) => `Ý kiến số ${i}: đề nghị làm rõ hồ sơ cần nộp theo Điều ${(i % 7) + 1} và thời hạn giải quyết của cơ quan cấp xã số ${i * 37}.`;

interface Planted {
  body: string;
  /** Seconds after the previous comment. */
  gap: number;
  email?: string | null;
  phone?: string | null;
  address?: string;
}
interface Member { receiptCode: string; commentId: string; email: string | null; phone: string | null; address: string; canCheck: boolean; check: { answer: string | null } | null }
interface Signal { id: string; kind: string; status: string; subjectLabel: string; commentCount: number; threshold: number; disputed: number; checksSent: number; reviewedBy: string | null; note: string | null; members: Member[] }

describeEachDriver('coordinated-submission signals: detection, review, "was this you?" mail', (getDb) => {
  let app: App;
  let officer: Session;
  let approver: Session;
  let otherOfficer: Session;
  let roundId: string;
  let n = 0;
  // every planted comment arrives after the previous one, hours before now (the job reads only settled comments)
  let clock = Date.now() - 12 * 3600_000;

  const plant = async (items: Planted[]) => {
    const values = items.map((p) => {
      const k = ++n;
      clock += p.gap * 1000;
      return sql`(${randomUUID()}, ${roundId}, ${`GY-S${String(k).padStart(7, '0')}`}, ${`key-${k}`}, null, 'citizen', 'Người Góp Ý', ${p.email === undefined ? `nguoi${k}@vidu.vn` : p.email}, ${p.phone ?? null}, '{"processing":true}'::jsonb, 'propose', ${p.body}, 'pending', ${p.address ?? `ip:dia-chi-${k}`}, ${new Date(clock).toISOString()}::timestamptz)`;
    });
    await getDb().db.execute(sql`insert into comments (id, round_id, receipt_code, idempotency_key, article_anchor, commenter_type, name, email, phone, consent, stance, body, state, client_key, created_at) values ${sql.join(values, sql`, `)}`);
  };
  /** Ordinary traffic: distinct texts, addresses and emails, `gap` seconds apart. */
  const ordinary = (count: number, gap: number): Planted[] => Array.from({ length: count }, (_, i) => ({ body: own(n + i + 1), gap }));
  const signals = async (who: Session = officer) => app.inject({ url: `/api/v1/rounds/${roundId}/signals?limit=50`, headers: auth(who) });
  /** A run of the job as it would happen just after the last planted comment settled (the job reads settled comments only). */
  const scan = (opts: { batch?: number } = {}) => scanSignals(getDb().db, { now: new Date(clock + SIGNAL_THRESHOLDS.settleMs), ...opts });
  const ofKind = async (kind: string) => ((await signals()).json().items as Signal[]).filter((s) => s.kind === kind);

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
    const make = async (role: 'officer' | 'approver', unitId: string) => {
      const u = await buildUser(getDb(), { role, unitId });
      return signInAs(app, u.username, u.password);
    };
    officer = await make('officer', 'lc-so-tp');
    approver = await make('approver', 'lc-so-tp');
    otherOfficer = await make('officer', 'lc-so-tc');
    const created = await app.inject({ method: 'POST', url: '/api/v1/policies', headers: auth(officer), payload: { title: 'Nghị quyết hỗ trợ học nghề (dấu hiệu)', docType: 'nq_hdnd_tinh', draftingUnitId: 'lc-so-tp', summary: 'Thử nghiệm.' } });
    const up = multipart([{ name: 'file', fileName: 'du-thao-v1.txt', data: V1 }]);
    const v = await app.inject({ method: 'POST', url: `/api/v1/policies/${created.json().id}/versions`, headers: { ...auth(officer), ...up.headers }, payload: up.payload });
    const today = todayVn();
    const round = await app.inject({ method: 'POST', url: `/api/v1/policies/${created.json().id}/rounds`, headers: auth(officer), payload: { versionId: v.json().id, opensOn: addDays(today, -35), closesOn: addDays(today, 5), targetGroups: ['Người dân', 'Ủy ban MTTQ và các tổ chức chính trị - xã hội'], consulteeUnitIds: [] } });
    expect(round.statusCode, round.body).toBe(201);
    roundId = round.json().id;
  });

  it('raises nothing on ordinary traffic, and a run with nothing new reads nothing', async () => {
    // 60 comments a minute apart, a few from one address and one email (below the thresholds), one near-copy pair
    await plant(ordinary(30, 60));
    await plant(Array.from({ length: 6 }, (_, i) => ({ body: own(1000 + i), gap: 60, address: 'ip:quan-ca-phe' })));
    await plant(Array.from({ length: 4 }, (_, i) => ({ body: own(2000 + i), gap: 60, email: 'ban.doc@vidu.vn', phone: '0912345678' })));
    await plant([{ body: copy(0), gap: 60 }, { body: copy(0), gap: 5 }]);
    await plant(ordinary(20, 60));
    expect(await scan()).toEqual({ scanned: 62, raised: 0 });
    expect(await scan()).toEqual({ scanned: 0, raised: 0 });
    expect((await signals()).json()).toEqual({ items: [], total: 0 });
  });

  it('flags a burst of near-identical comments once, however many runs it straddles', async () => {
    // 25 copies of one letter (three wordings: one campaign) within 50 seconds, each from its own address and email
    await plant(Array.from({ length: 25 }, (_, i) => ({ body: copy(i), gap: i === 0 ? 600 : 2 })));
    await assignCampaigns(getDb().db, { sweep: true });
    // small batches: the burst is read over several transactions
    const first = await scan({ batch: 7 });
    expect(first).toEqual({ scanned: 25, raised: 1 });
    // more copies a few seconds later extend the same signal (still waiting for review)
    await plant(Array.from({ length: 5 }, (_, i) => ({ body: copy(i), gap: 3 })));
    await assignCampaigns(getDb().db, { sweep: true });
    expect(await scan({ batch: 2 })).toEqual({ scanned: 5, raised: 0 });
    const [burst, ...others] = await ofKind('burst');
    expect(others).toEqual([]);
    expect(burst).toMatchObject({ status: 'new', commentCount: 30, threshold: SIGNAL_THRESHOLDS.burst.min, subjectLabel: 'campaign' });
    expect(burst!.members).toHaveLength(10);
    const all = await app.inject({ url: `/api/v1/rounds/${roundId}/signals/${burst!.id}/members?limit=200`, headers: auth(officer) });
    expect(all.json().total).toBe(30);
    const stored = await rows<{ n: number }>(getDb().db, sql`select count(*)::int as n from comment_signal_members`);
    expect(stored[0]!.n).toBe(30);
  });

  it('flags one address, one email and one phone number with many comments in the round, masked', async () => {
    // one address, 26 comments spread over hours with texts of their own (no burst, under the intake limit per 10 min)
    await plant(Array.from({ length: SIGNAL_THRESHOLDS.sameAddress.min + 1 }, (_, i) => ({ body: own(3000 + i), gap: 400, address: 'ip:mot-dia-chi' })));
    // one identity (email and phone), 11 comments over the day
    await plant(Array.from({ length: SIGNAL_THRESHOLDS.sameIdentity.min + 1 }, (_, i) => ({ body: own(4000 + i), gap: 500, email: 'nguyenvana@gmail.com', phone: '0987654678' })));
    expect(await scan()).toMatchObject({ raised: 3 });
    const list = await signals();
    const body = list.json() as { items: Signal[] };
    expect(body.items.filter((s) => s.kind === 'same_address').map((s) => s.commentCount)).toEqual([26]);
    expect(body.items.find((s) => s.kind === 'same_email')).toMatchObject({ subjectLabel: 'n***@gmail.com', commentCount: 11 });
    expect(body.items.find((s) => s.kind === 'same_phone')).toMatchObject({ subjectLabel: '09*****678', commentCount: 11 });
    const member = body.items.find((s) => s.kind === 'same_email')!.members[0]!;
    expect(member).toMatchObject({ email: 'n***@gmail.com', phone: '09*****678', address: expect.stringMatching(/^#[0-9a-f]{6}$/) });
    // the raw contact never leaves: not the email, not the phone, not the stored address key
    const text = list.body;
    for (const raw of ['nguyenvana@gmail.com', '0987654678', 'ip:mot-dia-chi', 'ip:dia-chi-', 'Người Góp Ý']) expect(text).not.toContain(raw);
    expect(text).not.toMatch(/nguoi\d+@vidu\.vn/);
    // the next comment of that address joins its signal instead of raising another
    await plant([{ body: own(5000), gap: 400, address: 'ip:mot-dia-chi' }]);
    expect(await scan()).toEqual({ scanned: 1, raised: 0 });
    expect((await ofKind('same_address')).map((s) => s.commentCount)).toEqual([27]);
  });

  it('flags a spike of new identities against the round baseline', async () => {
    // a quiet hour (a new identity every 5 minutes), then 40 first-time emails within 8 minutes
    await plant(ordinary(12, 300));
    clock = (Math.floor(clock / SIGNAL_THRESHOLDS.newIdentities.windowMs) + 1) * SIGNAL_THRESHOLDS.newIdentities.windowMs;
    await plant(ordinary(40, 12));
    expect(await scan()).toEqual({ scanned: 52, raised: 1 });
    const [spike] = await ofKind('new_identities');
    expect(spike).toMatchObject({ status: 'new', commentCount: 40, threshold: SIGNAL_THRESHOLDS.newIdentities.min });
  });

  it('lets a moderator of the drafting unit mark a signal reviewed with a note, audited; others get 403', async () => {
    const [signal] = await ofKind('same_phone');
    const url = `/api/v1/rounds/${roundId}/signals/${signal!.id}/review`;
    expect((await signals(otherOfficer)).statusCode).toBe(403);
    expect((await signals(approver)).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url, headers: auth(otherOfficer), payload: { status: 'cleared', note: null } })).statusCode).toBe(403);
    expect((await app.inject({ url: `/api/v1/rounds/${roundId}/signals/${signal!.id}/members`, headers: auth(otherOfficer) })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url, headers: auth(officer), payload: { status: 'suspicious', note: '  ' } })).statusCode).toBe(422);
    const res = await app.inject({ method: 'POST', url, headers: auth(officer), payload: { status: 'cleared', note: 'Một người góp ý nhiều điều; đã gọi điện xác nhận.' } });
    expect(res.statusCode, res.body).toBe(200);
    expect((await ofKind('same_phone'))[0]).toMatchObject({ status: 'cleared', note: 'Một người góp ý nhiều điều; đã gọi điện xác nhận.', reviewedBy: expect.stringMatching(/^Người dùng /) });
    const audit = await rows<{ action: string; after: { status: string } }>(getDb().db, sql`select action, summary->'after' as after from audit_log where action = 'comment-signal.review'`);
    expect(audit).toEqual([{ action: 'comment-signal.review', after: expect.objectContaining({ status: 'cleared' }) }]);
    // a reviewed signal is not reopened by one more comment of the same phone
    await plant([{ body: own(6000), gap: 500, email: 'nguyenvana@gmail.com', phone: '0987654678' }]);
    await scan();
    expect((await ofKind('same_phone')).map((s) => [s.status, s.commentCount])).toEqual([['cleared', 11]]);
  });

  it('sends one "was this you?" mail per comment; its links record the answer once and mark the comment disputed', async () => {
    const [burst] = await ofKind('burst');
    const target = burst!.members[0]!;
    expect(target.canCheck).toBe(true);
    const url = `/api/v1/rounds/${roundId}/signals/${burst!.id}/comments/${target.commentId}/attribution-check`;
    expect((await app.inject({ method: 'POST', url, headers: auth(otherOfficer) })).statusCode).toBe(403);
    const sent = await app.inject({ method: 'POST', url, headers: auth(officer) });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toEqual({ receiptCode: target.receiptCode });
    // at most once per comment
    expect((await app.inject({ method: 'POST', url, headers: auth(officer) })).statusCode).toBe(409);
    const mails = await rows<{ to_address: string; subject: string; body_text: string }>(getDb().db, sql`select to_address, subject, body_text from mail_outbox where purpose = 'comment.attribution-check'`);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe(`[Đồng Thuận] Có phải bạn đã gửi góp ý mã ${target.receiptCode}?`);
    const token = /xac-minh\?ma=([\w-]+)&tra-loi=khong/.exec(mails[0]!.body_text)![1]!;
    expect(mails[0]!.body_text).toContain(`ma=${token}&tra-loi=dung`);
    // only the hash is stored, and the office's outbox hides the body (whoever reads it could answer in the commenter's place)
    const admin = await buildUser(getDb(), { role: 'administrator', unitId: 'lc-so-tp' });
    const outbox = await app.inject({ url: '/api/v1/mail', headers: auth(await signInAs(app, admin.username, admin.password)) });
    const listed = (outbox.json().items as { subject: string; bodyText: string }[]).find((m) => m.subject === mails[0]!.subject)!;
    expect(listed.bodyText).toMatch(/^Nội dung được ẩn/);
    expect(outbox.body).not.toContain(token);
    expect((await rows<{ n: number }>(getDb().db, sql`select count(*)::int as n from comment_attribution_checks where token_hash = ${token}`))[0]!.n).toBe(0);
    // a comment of a signal reviewed as harmless is not asked; a comment without email cannot be
    const [cleared] = await ofKind('same_phone');
    expect((await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/signals/${cleared!.id}/comments/${cleared!.members[0]!.commentId}/attribution-check`, headers: auth(officer) })).statusCode).toBe(409);

    // opening the link records nothing (mail scanners open links): it asks, in Vietnamese, without personal data
    const page = await app.inject({ url: `/gop-y/xac-minh?ma=${token}&tra-loi=khong` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`Bạn xác nhận không gửi góp ý mã ${target.receiptCode}?`);
    expect(page.body).toMatch(/<form [^>]*action="\/gop-y\/xac-minh" method="post"/);
    expect(page.body).not.toMatch(/<script/);
    expect(page.body).not.toContain(mails[0]!.to_address);
    expect(page.body).not.toContain('Người Góp Ý');
    expect((await ofKind('burst'))[0]!.members[0]!.check).toMatchObject({ answer: null });

    // posted as a browser posts a form, without JavaScript
    const answered = await app.inject({ method: 'POST', url: '/gop-y/xac-minh', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: `ma=${token}&tra-loi=khong` });
    expect(answered.statusCode).toBe(200);
    expect(answered.body).toContain(`Đã ghi nhận: bạn không gửi góp ý mã ${target.receiptCode}.`);
    // the link is single-use: the other answer changes nothing
    const again = await app.inject({ method: 'POST', url: '/gop-y/xac-minh', payload: { ma: token, 'tra-loi': 'dung' } });
    expect(again.body).toContain('Liên kết này đã được dùng');
    const after = (await ofKind('burst'))[0]!;
    expect(after).toMatchObject({ disputed: 1, checksSent: 1 });
    expect(after.members[0]).toMatchObject({ canCheck: false, check: { answer: 'denied' } });
    // the comment is still there, in its state
    expect((await rows<{ state: string }>(getDb().db, sql`select state from comments where id = ${target.commentId}`))[0]!.state).toBe('pending');
    const audit = await rows<{ action: string }>(getDb().db, sql`select action from audit_log where action like 'comment.attribution-check.%' order by seq`);
    expect(audit.map((a) => a.action)).toEqual(['comment.attribution-check.send', 'comment.attribution-check.answer']);
    // in English too, without JavaScript
    const en = await app.inject({ url: `/gop-y/xac-minh?ma=${token}&tra-loi=dung&lang=en` });
    expect(en.body).toContain('This link was already used; the earlier answer stands.');
    // a link older than its validity is refused like an unknown one
    const second = (await ofKind('burst'))[0]!.members[1]!;
    expect((await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/signals/${burst!.id}/comments/${second.commentId}/attribution-check`, headers: auth(officer) })).statusCode).toBe(200);
    const secondMail = (await rows<{ body_text: string }>(getDb().db, sql`select body_text from mail_outbox where purpose = 'comment.attribution-check' and subject like ${`%${second.receiptCode}%`}`))[0]!;
    const oldToken = /xac-minh\?ma=([\w-]+)&tra-loi=dung/.exec(secondMail.body_text)![1]!;
    await getDb().db.execute(sql`update comment_attribution_checks set sent_at = now() - interval '31 days' where comment_id = ${second.commentId}`);
    expect((await app.inject({ url: `/gop-y/xac-minh?ma=${oldToken}&tra-loi=dung` })).statusCode).toBe(404);
    expect((await app.inject({ method: 'POST', url: '/gop-y/xac-minh', payload: { ma: oldToken, 'tra-loi': 'dung' } })).statusCode).toBe(404);
    // an unknown token: a 404 page that says so
    const unknown = await app.inject({ url: `/gop-y/xac-minh?ma=${'x'.repeat(32)}&tra-loi=dung` });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('Liên kết không đúng, đã được dùng hoặc đã hết hạn.');
  });
  it('signals a burst again after review only when new copies meet the threshold by themselves', async () => {
    const [burst] = await ofKind('burst');
    const reviewed = await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/signals/${burst!.id}/review`, headers: auth(officer), payload: { status: 'suspicious', note: 'Cùng một bức thư, gửi trong 50 giây.' } });
    expect(reviewed.statusCode).toBe(200);
    // a few more copies: not enough on their own
    await plant(Array.from({ length: 5 }, (_, i) => ({ body: copy(i), gap: 3 })));
    await assignCampaigns(getDb().db, { sweep: true });
    expect(await scan()).toEqual({ scanned: 5, raised: 0 });
    // a second wave of 20 right after them: a new signal with the 25 copies not yet in one; the reviewed one is kept
    await plant(Array.from({ length: 20 }, (_, i) => ({ body: copy(i), gap: 2 })));
    await assignCampaigns(getDb().db, { sweep: true });
    expect(await scan()).toEqual({ scanned: 20, raised: 1 });
    expect((await ofKind('burst')).map((s) => [s.status, s.commentCount])).toEqual([['new', 25], ['suspicious', 30]]);
  });

  it('reads only settled comments: one stamped a moment ago waits for a later run', async () => {
    await plant([{ body: own(7000), gap: 60 }]);
    expect(await scanSignals(getDb().db, { now: new Date(clock + SIGNAL_THRESHOLDS.settleMs - 1000) })).toEqual({ scanned: 0, raised: 0 });
    expect(await scanSignals(getDb().db, { now: new Date(clock + SIGNAL_THRESHOLDS.settleMs) })).toEqual({ scanned: 1, raised: 0 });
  });
  it('does not take the opening rush of a new round for a spike: until it has a baseline, the bar is min × factor', async () => {
    const { min, factor, windowMs } = SIGNAL_THRESHOLDS.newIdentities;
    const main = roundId;
    roundId = randomUUID();
    await getDb().db.execute(sql`insert into consultation_rounds (id, draft_id, version_id, opens_on, closes_on, min_days) select ${roundId}, draft_id, version_id, opens_on, closes_on, min_days from consultation_rounds where id = ${main}`);
    clock = (Math.floor(clock / windowMs) + 1) * windowMs;
    // 40 first-time commenters in the round's first ten minutes: a busy opening, not a signal
    await plant(ordinary(40, 10));
    expect(await scan()).toEqual({ scanned: 40, raised: 0 });
    // min × factor of them in the next window is one
    clock = (Math.floor(clock / windowMs) + 1) * windowMs;
    await plant(ordinary(min * factor, 2));
    expect(await scan()).toEqual({ scanned: min * factor, raised: 1 });
    expect((await ofKind('new_identities')).map((x) => x.commentCount)).toEqual([min * factor]);
    roundId = main;
  });
});
