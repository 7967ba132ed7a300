import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../test/db';
import { buildTinyOrg, buildUser } from '../../../test/factories';
import { rowsOf } from '../../platform/db';
import { checkSourceHealth } from './health';

describeEachDriver('monitoring source health: a weekly volume drop tells coordinators once', (getDb) => {
  it('flags a source whose last week is far below its usual week, notifies coordinators once, clears the flag on recovery', async () => {
    const db = getDb().db;
    await buildTinyOrg(getDb());
    const coordinator = await buildUser(getDb(), { role: 'coordinator', unitId: 'p' });
    const officer = await buildUser(getDb(), { role: 'officer', unitId: 'p' });
    await db.execute(sql`insert into monitoring_sources (id, name, kind, url, created_at) values ('quiet', 'Báo Núi', 'feed', 'http://n.example/rss', now() - interval '60 days'), ('busy', 'Báo Sông', 'feed', 'http://s.example/rss', now() - interval '60 days')`);
    // three usual weeks of 20 items each, then 2 items last week (quiet) or 20 (busy)
    const add = (source: string, n: number, daysAgo: number) =>
      db.execute(sql`insert into monitoring_items (id, source_id, kind, title, content_hash, relevant, ingested_at)
        select ${source} || '-' || ${daysAgo} || '-' || g, ${source}, 'article', 'Tin', md5(${source} || ${daysAgo} || g), true, now() - make_interval(days => ${daysAgo}) from generate_series(1, ${n}) g`);
    for (const d of [10, 17, 24]) {
      await add('quiet', 20, d);
      await add('busy', 20, d);
    }
    await add('quiet', 2, 1);
    await add('busy', 20, 1);
    expect(await checkSourceHealth(db, 'http://localhost:3000')).toEqual({ dropped: 1, recovered: 0, purged: 0 });
    const notes = rowsOf<{ user_id: string; kind: string; params: { sourceName: string; lastWeek: number; usual: number } }>(await db.execute(sql`select user_id, kind, params from notifications where kind = 'monitoring_source'`));
    expect(notes).toEqual([{ user_id: coordinator.id, kind: 'monitoring_source', params: { sourceName: 'Báo Núi', lastWeek: 2, usual: 20 } }]);
    expect(notes.some((n) => n.user_id === officer.id)).toBe(false);
    // the next run says nothing new
    expect(await checkSourceHealth(db, 'http://localhost:3000')).toEqual({ dropped: 0, recovered: 0, purged: 0 });
    await add('quiet', 30, 0);
    expect(await checkSourceHealth(db, 'http://localhost:3000')).toMatchObject({ recovered: 1 });
  });

  it('deletes irrelevant items past their keeping time, never relevant or corrected ones', async () => {
    const db = getDb().db;
    await db.execute(sql`insert into monitoring_items (id, source_id, kind, title, content_hash, relevant, sentiment_by, ingested_at) values
      ('old-irrelevant', 'busy', 'article', 'a', 'h-a', false, null, now() - interval '40 days'),
      ('old-corrected', 'busy', 'article', 'b', 'h-b', false, 'someone', now() - interval '40 days'),
      ('new-irrelevant', 'busy', 'article', 'c', 'h-c', false, null, now() - interval '2 days')`);
    expect((await checkSourceHealth(db, 'http://localhost:3000')).purged).toBe(1);
    const left = rowsOf<{ id: string }>(await db.execute(sql`select id from monitoring_items where id in ('old-irrelevant', 'old-corrected', 'new-irrelevant') order by id`));
    expect(left.map((r) => r.id)).toEqual(['new-irrelevant', 'old-corrected']);
  });
});
