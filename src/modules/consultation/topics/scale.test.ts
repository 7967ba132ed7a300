import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../../test/db';
import { auth, buildTestApp, multipart, signInAs, type Session } from '../../../../test/app';
import { buildDemoOrg, buildUser } from '../../../../test/factories';
import { addDays, todayVn } from '../../../platform/text';
import type { App } from '../../../platform/http';
// the library's synthetic comments (a test fixture, not part of its door)
import { sampleRound } from '../../../platform/topics/test-corpus';

const V1 = fs.readFileSync('test/fixtures/drafts/du-thao-nq-ho-tro-v1.txt');
const ARTICLES = ['dieu-1', 'dieu-2', 'dieu-3', 'dieu-4'];

describeEachDriver('topics of a 10,000-comment round through the office route', (getDb) => {
  let app: App;
  let officer: Session;
  let roundId: string;

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
    const u = await buildUser(getDb(), { role: 'officer', unitId: 'lc-so-tp' });
    officer = await signInAs(app, u.username, u.password);
    const created = await app.inject({ method: 'POST', url: '/api/v1/policies', headers: auth(officer), payload: { title: 'Nghị quyết hỗ trợ học nghề (10.000 ý kiến)', docType: 'nq_hdnd_tinh', draftingUnitId: 'lc-so-tp', summary: 'Thử nghiệm.' } });
    const up = multipart([{ name: 'file', fileName: 'du-thao-v1.txt', data: V1 }]);
    const v = await app.inject({ method: 'POST', url: `/api/v1/policies/${created.json().id}/versions`, headers: { ...auth(officer), ...up.headers }, payload: up.payload });
    const today = todayVn();
    const round = await app.inject({ method: 'POST', url: `/api/v1/policies/${created.json().id}/rounds`, headers: auth(officer), payload: { versionId: v.json().id, opensOn: addDays(today, -35), closesOn: addDays(today, 5), targetGroups: ['Người dân', 'Ủy ban MTTQ và các tổ chức chính trị - xã hội'], consulteeUnitIds: [] } });
    roundId = round.json().id;
    // 4 articles × 2,500 comments: more than the 2,000 analysed per article
    let k = 0;
    for (const [a, article] of sampleRound(ARTICLES.length, 2500).entries()) {
      for (let from = 0; from < article.comments.length; from += 1000) {
        const values = article.comments.slice(from, from + 1000).map((c) => {
          const id = randomUUID();
          k++;
          return sql`(${id}, ${roundId}, ${`GY-S${String(k).padStart(7, '0')}`}, ${`key-${id}`}, ${ARTICLES[a]}, 'citizen', 'Người Góp Ý', '{"processing":true}'::jsonb, 'propose', ${c.text}, ${c.text}, 'published', 'ip:test', now() + ${k}::int * interval '1 millisecond')`;
        });
        await getDb().db.execute(sql`insert into comments (id, round_id, receipt_code, idempotency_key, article_anchor, commenter_type, name, consent, stance, body, public_body, state, client_key, created_at) values ${sql.join(values, sql`, `)}`);
      }
    }
  }, 300_000);

  it('reads and analyses the round within seconds, 2,000 comments per article at most, and says so', async () => {
    const started = performance.now();
    const res = await app.inject({ url: `/api/v1/rounds/${roundId}/topics`, headers: auth(officer) });
    const ms = performance.now() - started;
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { maxPerArticle: number; articles: { anchor: string; comments: number; arguments: number; analysed: number; phrases: unknown[]; groups: { size: number }[]; alone: number }[] };
    console.info(`topics route: 10,000 comments (4 articles × 2,500, 2,000 analysed each) in ${Math.round(ms)} ms; response ${Math.round(res.body.length / 1024)} kB`);
    expect(body.articles.map((a) => a.anchor)).toEqual(ARTICLES);
    for (const a of body.articles) {
      expect(a).toMatchObject({ comments: 2500, arguments: 2500, analysed: 2000 });
      expect(a.phrases.length).toBeGreaterThan(3);
      expect(a.groups.reduce((s, g) => s + g.size, 0)).toBeGreaterThan(1500);
    }
    expect(ms).toBeLessThan(60_000);
  }, 120_000);
});
