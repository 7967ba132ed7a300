import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../../test/db';
import { auth, buildTestApp, multipart, signInAs } from '../../../../test/app';
import { buildDemoOrg, buildUser } from '../../../../test/factories';
import { addDays, todayVn } from '../../../platform/text';
import { campaignGroups, collapseReportRows, publishedReportRows } from './report';

const V1 = fs.readFileSync('test/fixtures/drafts/du-thao-nq-ho-tro-v1.txt');
const ANCHORS = ['dieu-1', 'dieu-2', null] as const;

/** A comment of the fixture: its article, campaign, answer and state, decided by its number. */
interface Planned {
  id: string;
  k: number;
  anchor: string | null;
  campaign: string | null;
  answer: string | null;
  published: boolean;
  hasFingerprint: boolean;
}

function plan(k: number): Planned {
  const anchor = ANCHORS[k % 3]!;
  const campaign = k % 4 === 0 ? 'camp-a' : k % 5 === 1 ? 'camp-b' : null;
  // one member of A is answered alone; some comments have no answer yet
  const answer = k === 8 ? 'tiep_thu' : k % 7 === 3 ? null : campaign === 'camp-b' ? 'giai_trinh' : 'tiep_thu_mot_phan';
  return { id: randomUUID(), k, anchor, campaign, answer, published: k !== 11, hasFingerprint: campaign !== null || k % 2 === 0 };
}

describeEachDriver('the synthesis report rows: campaign groups once each, in arrival order', (getDb) => {
  let roundId: string;
  const comments = Array.from({ length: 60 }, (_, i) => plan(i + 1));

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    const app = await buildTestApp(getDb());
    const u = await buildUser(getDb(), { role: 'officer', unitId: 'lc-so-tp' });
    const officer = await signInAs(app, u.username, u.password);
    const created = await app.inject({ method: 'POST', url: '/api/v1/policies', headers: auth(officer), payload: { title: 'Nghị quyết thử hàng của báo cáo', docType: 'nq_hdnd_tinh', draftingUnitId: 'lc-so-tp', summary: 'Thử nghiệm.' } });
    const up = multipart([{ name: 'file', fileName: 'du-thao-v1.txt', data: V1 }]);
    const v = await app.inject({ method: 'POST', url: `/api/v1/policies/${created.json().id}/versions`, headers: { ...auth(officer), ...up.headers }, payload: up.payload });
    const round = await app.inject({ method: 'POST', url: `/api/v1/policies/${created.json().id}/rounds`, headers: auth(officer), payload: { versionId: v.json().id, opensOn: addDays(todayVn(), -35), closesOn: addDays(todayVn(), 5), targetGroups: ['Người dân', 'Ủy ban MTTQ và các tổ chức chính trị - xã hội'], consulteeUnitIds: [] } });
    expect(round.statusCode, round.body).toBe(201);
    roundId = round.json().id;
    await app.close();

    const db = getDb().db;
    // arrival times out of insertion order, so the report's order is the arrival order and not the storage order
    const at = (c: Planned) => sql`timestamptz '2026-11-01 08:00:00+07' + ${(c.k * 37) % 61}::int * interval '1 second' + ${c.k}::int * interval '1 microsecond'`;
    await db.execute(sql`insert into comments (id, round_id, receipt_code, idempotency_key, article_anchor, commenter_type, name, consent, stance, body, public_body, state, client_key, created_at) values ${sql.join(
      comments.map((c) => sql`(${c.id}, ${roundId}, ${`GY-R${String(c.k).padStart(7, '0')}`}, ${`key-${c.id}`}, ${c.anchor}, 'citizen', 'Người Góp Ý', '{"processing":true}'::jsonb, 'propose', ${`Ý kiến ${c.k}`}, ${`Ý kiến ${c.k}`}, ${c.published ? 'published' : 'withheld'}, 'ip:test', ${at(c)})`),
      sql`, `,
    )}`);
    for (const id of ['camp-a', 'camp-b']) {
      const first = comments.find((c) => c.campaign === id)!;
      await db.execute(sql`insert into comment_campaigns (id, round_id, first_comment_id) values (${id}, ${roundId}, ${first.id})`);
    }
    await db.execute(sql`insert into comment_fingerprints (comment_id, round_id, comment_created_at, exact_key, campaign_id) select c.id, c.round_id, c.created_at, 'k' || c.id, f.campaign from comments c join (values ${sql.join(
      comments.filter((c) => c.hasFingerprint).map((c) => sql`(${c.id}, ${c.campaign})`),
      sql`, `,
    )}) as f(id, campaign) on f.id = c.id`);
    await db.execute(sql`insert into comment_answers (comment_id, disposition, explanation, state) values ${sql.join(
      comments.filter((c) => c.answer).map((c) => sql`(${c.id}, ${c.answer}, ${`Giải trình ${c.answer}`}, 'published')`),
      sql`, `,
    )}`);
  });

  it('prints each group of a campaign once with its signers, every other comment once, in arrival order, over pages', async () => {
    const order = (c: Planned) => ((c.k * 37) % 61) * 1e6 + c.k;
    // the reference: every published comment of the article in arrival order, a campaign group printed at its first
    // member with the group's size, later members skipped
    const expected = ANCHORS.flatMap((anchor) => {
      const mine = comments.filter((c) => c.published && c.anchor === anchor).sort((a, b) => order(a) - order(b));
      const size = (c: Planned) => mine.filter((o) => o.campaign === c.campaign && o.answer === c.answer).length;
      const printed = new Set<string>();
      return mine.flatMap((c) => {
        if (!c.campaign) return [[c.k, 1]];
        const group = `${c.campaign}|${c.answer}`;
        if (printed.has(group)) return [];
        printed.add(group);
        return [[c.k, size(c)]];
      });
    });
    const kOf = new Map(comments.map((c) => [c.id, c.k]));
    for (const pageSize of [1, 3, 1000]) {
      const groups = await campaignGroups(getDb().db, roundId);
      const got: number[][] = [];
      for (const anchor of ANCHORS) {
        for await (const row of collapseReportRows(groups, publishedReportRows(getDb().db, roundId, anchor, pageSize))) got.push([kOf.get(row.comment.id)!, row.signers]);
      }
      expect(got, `pages of ${pageSize}`).toEqual(expected);
    }
    // the fixture does have what the test is about: groups of several signers, and a member answered alone
    expect(expected.filter(([, n]) => n! > 1).length).toBeGreaterThanOrEqual(4);
    expect(expected).toContainEqual([8, 1]);
  });
});
