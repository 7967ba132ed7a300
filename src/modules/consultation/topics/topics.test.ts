import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../../test/db';
import { auth, buildTestApp, multipart, signInAs, type Session } from '../../../../test/app';
import { buildDemoOrg, buildUser } from '../../../../test/factories';
import { addDays, todayVn } from '../../../platform/text';
import type { App } from '../../../platform/http';
import { findVersion, type DraftDocument } from '../../policies';
import { assignCampaigns } from '../campaigns';
import { findRound } from '../repo';
import { topicsOfRound } from './analyse';

const V1 = fs.readFileSync('test/fixtures/drafts/du-thao-nq-ho-tro-v1.txt');

// Article 4 (Mức hỗ trợ): two points in different words, a campaign of 40 copies of the first point, and one
// comment of its own; general comments on the funding.
const KEEP_LEVEL = [
  'Đề nghị giữ nguyên mức hỗ trợ học nghề cho lao động nông thôn, vì nhiều hộ ở vùng cao còn khó khăn.',
  'Mức hỗ trợ học nghề cho lao động nông thôn không nên cắt giảm; người dân vùng cao vẫn rất khó khăn.',
  'Tôi mong tỉnh duy trì mức hỗ trợ học nghề như cũ cho lao động ở nông thôn.',
  'De nghi giu nguyen muc ho tro hoc nghe cho lao dong nong thon.',
];
const DEADLINE = ['Cần làm rõ thời hạn nộp hồ sơ và cơ quan tiếp nhận hồ sơ ở cấp xã.', 'Thời hạn nộp hồ sơ quá ngắn, đề nghị kéo dài thời hạn nộp hồ sơ lên 30 ngày.'];
const ALONE = 'Nên công khai danh sách người được hỗ trợ trên cổng thông tin điện tử của xã.';
const CAMPAIGN = 'Chúng tôi đề nghị giữ nguyên mức hỗ trợ học nghề cho lao động nông thôn như năm trước, không cắt giảm đối tượng được hỗ trợ, vì nhiều hộ gia đình ở vùng cao vẫn còn khó khăn và cần được Nhà nước quan tâm lâu dài';
const GENERAL = ['Đề nghị làm rõ nguồn kinh phí thực hiện từ ngân sách tỉnh.', 'Kinh phí thực hiện lấy từ ngân sách tỉnh hay lồng ghép chương trình mục tiêu quốc gia?'];

interface TopicComment { commentId: string; receiptCode: string; excerpt: string; signers: number }
interface TopicArticle { anchor: string; label: string; comments: number; arguments: number; analysed: number; phrases: { text: string; count: number }[]; groups: { label: string[]; size: number; signers: number; representative: TopicComment; members: TopicComment[]; more: number }[]; moreGroups: number; alone: number }

describeEachDriver('topics of a round: key phrases and groups of arguments per article', (getDb) => {
  let app: App;
  let officer: Session;
  let approver: Session;
  let otherOfficer: Session;
  let roundId: string;
  let n = 0;
  const codeOf = new Map<string, string>();

  /** Comments by SQL, each a millisecond later than the one before (the portal's intake is tested elsewhere). */
  const addComments = async (bodies: string[], anchor: string | null, state = 'published', withheldReason: string | null = null) => {
    const values = bodies.map((body) => {
      const k = ++n;
      const id = randomUUID();
      const code = `GY-T${String(k).padStart(7, '0')}`;
      codeOf.set(body, codeOf.get(body) ?? code);
      return sql`(${id}, ${roundId}, ${code}, ${`key-${id}`}, ${anchor}, 'citizen', 'Người Góp Ý', '{"processing":true}'::jsonb, 'propose', ${body}, ${state === 'published' ? body : null}, ${state}, ${withheldReason}, 'ip:test', now() + ${k}::int * interval '1 millisecond')`;
    });
    await getDb().db.execute(sql`insert into comments (id, round_id, receipt_code, idempotency_key, article_anchor, commenter_type, name, consent, stance, body, public_body, state, withheld_reason, client_key, created_at) values ${sql.join(values, sql`, `)}`);
  };
  const topics = (who: Session, id = roundId) => app.inject({ url: `/api/v1/rounds/${id}/topics`, headers: auth(who) });

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
    const created = await app.inject({ method: 'POST', url: '/api/v1/policies', headers: auth(officer), payload: { title: 'Nghị quyết hỗ trợ học nghề (chủ đề)', docType: 'nq_hdnd_tinh', draftingUnitId: 'lc-so-tp', summary: 'Thử nghiệm.' } });
    const up = multipart([{ name: 'file', fileName: 'du-thao-v1.txt', data: V1 }]);
    const v = await app.inject({ method: 'POST', url: `/api/v1/policies/${created.json().id}/versions`, headers: { ...auth(officer), ...up.headers }, payload: up.payload });
    const today = todayVn();
    const round = await app.inject({ method: 'POST', url: `/api/v1/policies/${created.json().id}/rounds`, headers: auth(officer), payload: { versionId: v.json().id, opensOn: addDays(today, -35), closesOn: addDays(today, 5), targetGroups: ['Người dân', 'Ủy ban MTTQ và các tổ chức chính trị - xã hội'], consulteeUnitIds: [] } });
    expect(round.statusCode, round.body).toBe(201);
    roundId = round.json().id;

    await addComments([KEEP_LEVEL[0]!, DEADLINE[0]!], 'dieu-4');
    await addComments(Array.from({ length: 40 }, (_, i) => (i % 2 ? `${CAMPAIGN}.` : `${CAMPAIGN}. Xin cảm ơn.`)), 'dieu-4');
    await addComments([...KEEP_LEVEL.slice(1), DEADLINE[1]!, ALONE], 'dieu-4');
    await addComments(GENERAL, null);
    // neither is answered, so neither is analysed: an unconfirmed commenter, spam
    await addComments(['Giữ nguyên mức hỗ trợ học nghề cho lao động nông thôn, chưa xác nhận.'], 'dieu-4', 'pending_verification');
    await addComments(['Quảng cáo vay tiền nhanh lãi suất thấp.', 'Quảng cáo vay tiền nhanh lãi suất thấp!'], 'dieu-4', 'withheld', 'spam');
    await assignCampaigns(getDb().db, { sweep: true });
  });

  it('gives the drafting unit’s officer each article’s key phrases and groups, a campaign counted once with its signers', async () => {
    const res = await topics(officer);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { maxPerArticle: number; articles: TopicArticle[] };
    expect(body.maxPerArticle).toBe(2000);
    // the draft's order, general comments last
    expect(body.articles.map((a) => a.anchor)).toEqual(['dieu-4', 'general']);
    const [level, general] = body.articles as [TopicArticle, TopicArticle];
    expect(level.label).toBe('Điều 4. Mức hỗ trợ');
    expect(general.label).toBe('Góp ý chung');
    // 47 comments to answer: 40 copies make one argument, and the accent-less copy of the first comment is its
    // near-duplicate (the campaigns job put the two in one campaign): 7 arguments, all analysed
    expect(level).toMatchObject({ comments: 47, arguments: 7, analysed: 7, alone: 1, moreGroups: 0 });
    expect(level.phrases.map((p) => p.text)).toContain('hỗ trợ học nghề');
    expect(level.phrases.find((p) => p.text === 'hỗ trợ học nghề')!.count).toBe(4);

    const [keep, deadline] = level.groups;
    // three wordings (the first standing for its accent-less copy too) and the campaign's earliest copy, which
    // stands for its 40 signers
    expect(keep!.size).toBe(4);
    expect(keep!.signers).toBe(44);
    expect(keep!.members.map((m) => m.receiptCode).sort()).toEqual([...KEEP_LEVEL.slice(0, 3), `${CAMPAIGN}. Xin cảm ơn.`].map((t) => codeOf.get(t)).sort());
    expect(keep!.members.find((m) => m.receiptCode === codeOf.get(KEEP_LEVEL[0]!))!.signers).toBe(2);
    expect(keep!.members.find((m) => m.signers === 40)!.excerpt).toMatch(/^Chúng tôi đề nghị giữ nguyên mức hỗ trợ học nghề .*…$/);
    expect(keep!.label).toEqual(['lao động nông thôn', 'khó khăn', 'vùng cao']);
    expect(deadline!.members.map((m) => m.receiptCode).sort()).toEqual(DEADLINE.map((t) => codeOf.get(t)).sort());
    expect(deadline!.signers).toBe(2);
    expect(keep!.representative.receiptCode).toBe(keep!.members[0]!.receiptCode);
    // the unrelated comment is in no group
    expect(level.groups.flatMap((g) => g.members.map((m) => m.receiptCode))).not.toContain(codeOf.get(ALONE));
    expect(general).toMatchObject({ comments: 2, arguments: 2, analysed: 2 });
    expect(general.phrases.map((p) => p.text)).toEqual(expect.arrayContaining(['kinh phí thực hiện', 'ngân sách tỉnh']));
    // nothing of the commenter's own beyond the text; spam and unconfirmed comments are not read
    const json = JSON.stringify(body);
    expect(json).not.toContain('Người Góp Ý');
    expect(json).not.toContain('Quảng cáo');
    expect(json).not.toContain('chưa xác nhận');
  });

  it('lets the unit’s approver read the topics, refuses another unit’s officer, and knows no unknown round', async () => {
    expect((await topics(approver)).statusCode).toBe(200);
    expect((await topics(otherOfficer)).statusCode).toBe(403);
    expect((await topics(officer, randomUUID())).statusCode).toBe(404);
  });

  it('analyses at most the cap of arguments per article, the earliest first, page after page', async () => {
    const round = (await findRound(getDb().db, roundId))!;
    const structure = ((await findVersion(getDb().db, round.versionId))?.structure ?? null) as DraftDocument | null;
    const capped = await topicsOfRound(getDb().db, roundId, structure, { max: 5, page: 2 });
    expect(capped.maxPerArticle).toBe(5);
    const level = capped.articles[0]!;
    expect(level).toMatchObject({ comments: 47, arguments: 7, analysed: 5, alone: 1 });
    // the first five arguments in arrival order, read two at a time: two comments, the campaign's earliest copy
    // (its 39 later copies are skipped, not counted against the cap), then two more wordings of the first point
    // (the accent-less copy, later, is the first comment's campaign)
    const grouped = level.groups.flatMap((g) => g.members.map((m) => m.receiptCode)).sort();
    expect(grouped).toEqual([KEEP_LEVEL[0]!, `${CAMPAIGN}. Xin cảm ơn.`, KEEP_LEVEL[1]!, KEEP_LEVEL[2]!].map((t) => codeOf.get(t)).sort());
  });
});
