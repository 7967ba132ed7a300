import { expect, it } from 'vitest';
import { describeEachDriver } from '../../../test/db';

describeEachDriver('monitoring schema (migration 0023)', (db) => {
  it('keeps one item per source and URL key or guid, and numbers items in ingestion order', async () => {
    const q = (text: string, params: unknown[] = []) => db().query(text, params);
    await q(`insert into monitoring_sources (id, name, kind, url) values ('s1', 'Báo A', 'feed', 'http://a.example/rss'), ('s2', 'Báo B', 'feed', null)`);
    await q(`insert into monitoring_items (id, source_id, kind, url_key, guid, title, body, content_hash) values
      ('i1', 's1', 'article', 'a.example/1', 'g1', 'Một', 'x', 'h1'),
      ('i2', 's1', 'article', null, null, 'Hai', 'y', 'h2'),
      ('i3', 's1', 'article', null, null, 'Ba', 'z', 'h3'),
      ('i4', 's2', 'article', 'a.example/1', 'g1', 'Bốn', 'x', 'h1')`);
    await expect(q(`insert into monitoring_items (id, source_id, kind, url_key, content_hash) values ('i5', 's1', 'post', 'a.example/1', 'h5')`)).rejects.toThrow();
    await expect(q(`insert into monitoring_items (id, source_id, kind, guid, content_hash) values ('i6', 's1', 'post', 'g1', 'h6')`)).rejects.toThrow();
    const rows = (await q(`select id, seq::text as seq, watchlist_ids, matches from monitoring_items order by seq`)).rows as { id: string; seq: string; watchlist_ids: string[]; matches: unknown }[];
    expect(rows.map((r) => r.id)).toEqual(['i1', 'i2', 'i3', 'i4']);
    expect(rows[0]!.watchlist_ids).toEqual([]);
    expect(rows[0]!.matches).toEqual([]);
    // deleting a source takes its items with it
    await q(`delete from monitoring_sources where id = 's2'`);
    expect((await q(`select count(*)::int as n from monitoring_items`)).rows[0]).toEqual({ n: 3 });
  });
});
