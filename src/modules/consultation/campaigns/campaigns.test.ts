import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../../test/db';
import { auth, buildTestApp, multipart, signInAs, type Session } from '../../../../test/app';
import { buildDemoOrg, buildUser } from '../../../../test/factories';
import { readDocxText } from '../../../platform/documents';
import { addDays, todayVn } from '../../../platform/text';
import type { App } from '../../../platform/http';
import { assignCampaigns } from './assign';

const V1 = fs.readFileSync('test/fixtures/drafts/du-thao-nq-ho-tro-v1.txt');
const rows = async <T,>(db: { execute: (q: ReturnType<typeof sql>) => Promise<unknown> }, q: ReturnType<typeof sql>) => ((await db.execute(q)) as { rows: T[] }).rows;

/** The campaign's text, and a signer's copy of it with a few words of their own (as copied letters come in). */
const CAMPAIGN = 'Chúng tôi đề nghị giữ nguyên mức hỗ trợ học nghề cho lao động nông thôn như năm trước, không cắt giảm đối tượng được hỗ trợ tại Điều 3, vì nhiều hộ gia đình ở vùng cao vẫn còn khó khăn và cần được Nhà nước quan tâm lâu dài';
const variant = (i: number) => (i % 3 === 0 ? `${CAMPAIGN}.` : i % 3 === 1 ? `${CAMPAIGN}. Xin cảm ơn.` : `Kính gửi Sở Tư pháp. ${CAMPAIGN}`);
const DISTINCT = [
  'Điều 4 cần làm rõ thời hạn nộp hồ sơ đề nghị hỗ trợ và cơ quan tiếp nhận hồ sơ ở cấp xã sau khi sắp xếp đơn vị hành chính.',
  'Đề nghị bổ sung đối tượng là người khuyết tật được hỗ trợ học nghề với mức cao hơn so với lao động nông thôn thông thường.',
  'Dự thảo nên quy định rõ nguồn kinh phí thực hiện từ ngân sách tỉnh hay lồng ghép các chương trình mục tiêu quốc gia.',
];

interface CampaignItem { id: string; members: number; answered: number; approved: number; representative: { receiptCode: string; text: string }; answer: { disposition: string } | null }

describeEachDriver('comment campaigns: assignment job, one answer per campaign, the synthesis counts', (getDb) => {
  let app: App;
  let officer: Session;
  let approver: Session;
  let otherOfficer: Session;
  let officerId: string;
  let roundId: string;
  let n = 0;
  const campaignIds: string[] = [];

  /** Comments by SQL, each a millisecond later than the one before (the portal's intake is tested elsewhere). */
  const addComments = async (bodies: string[], state = 'published') => {
    const ids = bodies.map(() => randomUUID());
    const values = bodies.map((body, i) => {
      const k = ++n;
      return sql`(${ids[i]}, ${roundId}, ${`GY-C${String(k).padStart(7, '0')}`}, ${`key-${ids[i]}`}, ${k % 2 ? 'dieu-3' : null}, 'citizen', 'Người Góp Ý', '{"processing":true}'::jsonb, 'propose', ${body}, ${state === 'published' ? body : null}, ${state}, 'ip:test', ${state === 'published' ? sql`now()` : null}, now() + ${k}::int * interval '1 millisecond')`;
    });
    await getDb().db.execute(sql`insert into comments (id, round_id, receipt_code, idempotency_key, article_anchor, commenter_type, name, consent, stance, body, public_body, state, client_key, published_at, created_at) values ${sql.join(values, sql`, `)}`);
    return ids;
  };
  const campaigns = async (who: Session = officer) => app.inject({ url: `/api/v1/rounds/${roundId}/campaigns`, headers: auth(who) });

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
    const make = async (role: 'officer' | 'approver', unitId: string) => {
      const u = await buildUser(getDb(), { role, unitId });
      if (role === 'officer' && unitId === 'lc-so-tp') officerId = u.id;
      return signInAs(app, u.username, u.password);
    };
    officer = await make('officer', 'lc-so-tp');
    approver = await make('approver', 'lc-so-tp');
    otherOfficer = await make('officer', 'lc-so-tc');
    const created = await app.inject({ method: 'POST', url: '/api/v1/policies', headers: auth(officer), payload: { title: 'Nghị quyết hỗ trợ học nghề (chiến dịch)', docType: 'nq_hdnd_tinh', draftingUnitId: 'lc-so-tp', summary: 'Thử nghiệm.' } });
    const up = multipart([{ name: 'file', fileName: 'du-thao-v1.txt', data: V1 }]);
    const v = await app.inject({ method: 'POST', url: `/api/v1/policies/${created.json().id}/versions`, headers: { ...auth(officer), ...up.headers }, payload: up.payload });
    const today = todayVn();
    const round = await app.inject({ method: 'POST', url: `/api/v1/policies/${created.json().id}/rounds`, headers: auth(officer), payload: { versionId: v.json().id, opensOn: addDays(today, -35), closesOn: addDays(today, 5), targetGroups: ['Người dân', 'Ủy ban MTTQ và các tổ chức chính trị - xã hội'], consulteeUnitIds: [] } });
    expect(round.statusCode, round.body).toBe(201);
    roundId = round.json().id;
  });

  it('puts 500 near-identical comments into one campaign and leaves distinct ones alone; the next run has nothing to do', async () => {
    await addComments(DISTINCT.slice(0, 1));
    await addComments(Array.from({ length: 500 }, (_, i) => variant(i)));
    await addComments(DISTINCT.slice(1));
    // two identical short comments: too short for MinHash, the exact key still joins them
    await addComments(['Đồng ý.', 'Đồng ý.']);
    // a copy whose commenter has not confirmed: it joins the campaign but is not counted until confirmed
    await addComments([variant(1)], 'pending_verification');
    const first = await assignCampaigns(getDb().db, { sweep: true });
    expect(first).toEqual({ fingerprinted: 506, joined: 501, created: 2 });
    expect(await assignCampaigns(getDb().db, { sweep: true })).toEqual({ fingerprinted: 0, joined: 0, created: 0 });

    const list = await campaigns();
    expect(list.statusCode, list.body).toBe(200);
    const body = list.json() as { items: CampaignItem[]; total: number; signers: number };
    expect(body.items.map((c) => c.members)).toEqual([500, 2]);
    expect(body).toMatchObject({ total: 2, signers: 502 });
    // the earliest member stands for the campaign, without its commenter's contact
    expect(body.items[0]!.representative).toMatchObject({ receiptCode: 'GY-C0000002', text: variant(0) });
    expect(JSON.stringify(body)).not.toContain('Người Góp Ý');
    campaignIds.push(...body.items.map((c) => c.id));
    const fingerprints = await rows<{ n: number; campaigns: number }>(getDb().db, sql`select count(*)::int as n, count(distinct campaign_id)::int as campaigns from comment_fingerprints where round_id = ${roundId}`);
    expect(fingerprints[0]).toEqual({ n: 506, campaigns: 2 });
    // exact copies store no band, near copies only the bands their campaign did not have: three texts' worth
    const bands = await rows<{ n: number }>(getDb().db, sql`select count(*)::int as n from comment_fingerprint_bands b join comment_fingerprints f on f.comment_id = b.comment_id where f.campaign_id = ${campaignIds[0]}`);
    expect(bands[0]!.n).toBeGreaterThanOrEqual(32);
    expect(bands[0]!.n).toBeLessThanOrEqual(3 * 32);
    // members page by page in arrival order, each an answerable comment of its own
    const page = await app.inject({ url: `/api/v1/rounds/${roundId}/campaigns/${campaignIds[0]}/members?limit=200&offset=400`, headers: auth(officer) });
    expect(page.json().total).toBe(500);
    expect(page.json().items).toHaveLength(100);
    expect(page.json().items[99].receiptCode).toBe('GY-C0000501');
    // each member shows who answers it, as in the answer list (here: the officer of its article)
    const assigned = await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/assignments`, headers: auth(officer), payload: { articleAnchors: ['dieu-3'], userId: officerId } });
    expect(assigned.statusCode).toBe(200);
    const firstMembers = (await app.inject({ url: `/api/v1/rounds/${roundId}/campaigns/${campaignIds[0]}/members?limit=2`, headers: auth(officer) })).json().items as { articleAnchor: string | null; assignedTo: string | null }[];
    expect(firstMembers.map((m) => [m.articleAnchor, m.assignedTo])).toEqual([[null, null], ['dieu-3', officerId]]);
    // another unit's officer sees neither the list nor a campaign
    expect((await campaigns(otherOfficer)).statusCode).toBe(403);
    expect((await app.inject({ url: `/api/v1/rounds/${roundId}/campaigns/${campaignIds[0]}/members`, headers: auth(otherOfficer) })).statusCode).toBe(403);
  });

  it('assigns once when two runs overlap: every comment one fingerprint, one campaign for one text', async () => {
    const text = 'Đề nghị Hội đồng nhân dân tỉnh xem xét kéo dài thời gian hỗ trợ đào tạo nghề cho lao động nữ ở nông thôn thêm hai năm nữa để các chị có điều kiện chuyển đổi nghề nghiệp ổn định';
    const ids = await addComments(Array.from({ length: 120 }, (_, i) => (i % 2 ? `${text}.` : `${text}, trân trọng.`)));
    // small batches, so that on PostgreSQL the two runs' transactions interleave (PGlite runs them one by one)
    const [a, b] = await Promise.all([assignCampaigns(getDb().db, { sweep: true, batch: 4 }), assignCampaigns(getDb().db, { sweep: true, batch: 4 })]);
    expect(a.fingerprinted + b.fingerprinted).toBe(120);
    expect(a.created + b.created).toBe(1);
    const placed = await rows<{ campaign_id: string | null; n: number }>(getDb().db, sql`select campaign_id, count(*)::int as n from comment_fingerprints where comment_id in ${sql`(${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`} group by campaign_id`);
    expect(placed).toHaveLength(1);
    expect(placed[0]!.n).toBe(120);
    expect(placed[0]!.campaign_id).not.toBeNull();
    expect((await campaigns()).json().items.map((c: CampaignItem) => c.members)).toEqual([500, 120, 2]);
  });

  it('answers a 500-member campaign once: 500 answers, one audit entry naming the campaign and the count', async () => {
    const url = `/api/v1/rounds/${roundId}/campaigns/${campaignIds[0]}/answer`;
    const payload = { disposition: 'giai_trinh', explanation: 'Mức hỗ trợ được giữ như năm trước; đối tượng không bị cắt giảm (Điều 3).' };
    expect((await app.inject({ method: 'POST', url, headers: auth(approver), payload })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url, headers: auth(otherOfficer), payload })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url, headers: auth(officer), payload: { ...payload, explanation: '  ' } })).statusCode).toBe(422);
    const unknown = await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/campaigns/${randomUUID()}/answer`, headers: auth(officer), payload });
    expect(unknown.statusCode).toBe(404);
    const answerEntries = async () => (await rows<{ n: number }>(getDb().db, sql`select count(*)::int as n from audit_log where action like 'comment.%answer%'`))[0]!.n;
    const before = await answerEntries();
    const res = await app.inject({ method: 'POST', url, headers: auth(officer), payload });
    expect(res.json()).toEqual({ updated: 500 });
    const audit = await rows<{ action: string; after: { campaignId: string; members: number; representative: string } }>(getDb().db, sql`select action, summary->'after' as after from audit_log order by seq desc limit 5`);
    expect(await answerEntries()).toBe(before + 1);
    expect(audit[0]).toMatchObject({ action: 'comment.campaign.answer', after: { campaignId: campaignIds[0], members: 500, representative: 'GY-C0000002' } });
    const answers = await rows<{ disposition: string; state: string; n: number }>(getDb().db, sql`select a.disposition, a.state, count(*)::int as n from comment_answers a join comment_fingerprints f on f.comment_id = a.comment_id where f.campaign_id = ${campaignIds[0]} group by 1, 2`);
    // the unconfirmed copy is not answered: it is not a comment to answer yet
    expect(answers).toEqual([{ disposition: 'giai_trinh', state: 'draft', n: 500 }]);
    expect((await campaigns()).json().items[0]).toMatchObject({ members: 500, answered: 500, approved: 0, answer: { disposition: 'giai_trinh' } });
  });

  it('lets one member be corrected alone, approves the campaign at once, and gives late joiners the answer on request', async () => {
    const members = (await app.inject({ url: `/api/v1/rounds/${roundId}/campaigns/${campaignIds[0]}/members?limit=1`, headers: auth(officer) })).json().items;
    const corrected = members[0].id as string;
    const edit = await app.inject({ method: 'PUT', url: `/api/v1/comments/${corrected}/answer`, headers: auth(officer), payload: { disposition: 'tiep_thu', explanation: 'Tiếp thu riêng ý kiến này.' } });
    expect(edit.statusCode).toBe(204);
    const approve = `/api/v1/rounds/${roundId}/campaigns/${campaignIds[0]}/approval`;
    expect((await app.inject({ method: 'POST', url: approve, headers: auth(officer) })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: approve, headers: auth(approver) })).json()).toEqual({ approved: 500 });
    expect((await app.inject({ method: 'POST', url: approve, headers: auth(approver) })).statusCode).toBe(409);
    const audit = await rows<{ action: string; after: { members: number } }>(getDb().db, sql`select action, summary->'after' as after from audit_log order by seq desc limit 1`);
    expect(audit[0]).toMatchObject({ action: 'comment.campaign.approve', after: { members: 500 } });
    const states = await rows<{ disposition: string; state: string; n: number }>(getDb().db, sql`select a.disposition, a.state, count(*)::int as n from comment_answers a join comment_fingerprints f on f.comment_id = a.comment_id where f.campaign_id = ${campaignIds[0]} group by 1, 2 order by 1`);
    expect(states).toEqual([{ disposition: 'giai_trinh', state: 'approved', n: 499 }, { disposition: 'tiep_thu', state: 'approved', n: 1 }]);

    // a copy (in words of its own, so found by its bands) arriving after the answer joins the campaign unanswered;
    // the campaign's answer is applied to it alone
    const [late] = await addComments([`Xin chào quý cơ quan. ${CAMPAIGN}. Cảm ơn nhiều.`]);
    expect(await assignCampaigns(getDb().db, { sweep: false })).toMatchObject({ fingerprinted: 1, joined: 1, created: 0 });
    expect((await campaigns()).json().items[0]).toMatchObject({ members: 501, answered: 500, approved: 500 });
    const fill = await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/campaigns/${campaignIds[0]}/answer`, headers: auth(officer), payload: { disposition: 'giai_trinh', explanation: 'Mức hỗ trợ được giữ như năm trước; đối tượng không bị cắt giảm (Điều 3).', onlyUnanswered: true } });
    expect(fill.json()).toEqual({ updated: 1 });
    const again = await app.inject({ method: 'POST', url: `/api/v1/rounds/${roundId}/campaigns/${campaignIds[0]}/answer`, headers: auth(officer), payload: { disposition: 'giai_trinh', explanation: 'Lần nữa.', onlyUnanswered: true } });
    expect(again.statusCode).toBe(409);
    expect(again.json().title).toBe('Mọi ý kiến của nhóm đã có câu trả lời.');
    const lateAnswer = await rows<{ state: string }>(getDb().db, sql`select state from comment_answers where comment_id = ${late}`);
    expect(lateAnswer).toEqual([{ state: 'draft' }]);
    expect((await campaigns()).json().items[0]).toMatchObject({ members: 501, answered: 501, approved: 500 });
    expect((await app.inject({ method: 'POST', url: approve, headers: auth(approver) })).json()).toEqual({ approved: 1 });
  });

  it('counts a campaign as one argument with its signers in the synthesis report', async () => {
    const docx = await app.inject({ url: `/api/v1/rounds/${roundId}/synthesis.docx`, headers: auth(officer) });
    expect(docx.statusCode).toBe(200);
    const text = await readDocxText(docx.rawPayload);
    // 3 distinct + 2 "Đồng ý." + 501 + 120 copies = 626 published comments; 3 + 3 campaigns = 6 arguments
    expect(text).toContain('Tổng số ý kiến được công bố: 626');
    expect(text).toContain('Số ý kiến khác nhau (mỗi nhóm ý kiến trùng lặp tính là một ý kiến): 6, trong đó 3 nhóm ý kiến trùng lặp gồm 623 người ký (nhóm lớn nhất: 1 ý kiến × 501 người ký)');
    // a campaign prints once per article and answer: 500 copies of the first in two rows (Điều 3, general), the
    // member answered differently on a row of its own, 120 copies in two rows; the two "Đồng ý." are one on each
    // article, so each prints as a single comment
    const rowsOfCampaign = text.match(/Nhóm ý kiến trùng lặp, 1 ý kiến × (\d+) người ký/g) ?? [];
    const counts = rowsOfCampaign.map((r) => Number(/× (\d+)/.exec(r)![1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(620);
    expect(text).toContain('Tiếp thu riêng ý kiến này.');
    expect(text.split(CAMPAIGN).length - 1).toBeLessThan(10);
  });

  it('names the campaign of each comment in the CSV export by its representative and size', async () => {
    const csv = await app.inject({ url: `/api/v1/rounds/${roundId}/comments.csv`, headers: auth(officer) });
    expect(csv.statusCode).toBe(200);
    const lines = csv.body.split('\r\n');
    expect(lines[0]).toContain('Nhóm ý kiến trùng lặp');
    const tagged = (label: string) => lines.filter((l) => l.endsWith(`,${label}`)).length;
    // 501 comments to answer and the unconfirmed copy, which belongs to the campaign without being counted in it
    expect(tagged('GY-C0000002 (501 ý kiến)')).toBe(502);
    expect(lines.find((l) => l.startsWith('GY-C0000506,'))).toMatch(/,GY-C0000002 \(501 ý kiến\)$/);
    expect(lines.find((l) => l.startsWith('GY-C0000001,'))).toMatch(/,$/);
  });
});
