import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../../test/db';
import { buildDemoOrg, SYSTEM } from '../../../../test/factories';
import { rowsOf } from '../../../platform/db';
import { loadDemoConsultation } from '../../consultation';
import { ingestItems } from '../pipeline';
import { listWatchlists } from '../repo-read';
import { loadDemoWatchlists, MERGER_DAY, policyName } from './seed-watchlists';

describeEachDriver('demo watchlists of the province', (getDb) => {
  it('holds the old and new province names with dates, communes and agencies from the directory, leaders, the policy under consultation, once', async () => {
    await buildDemoOrg(getDb());
    await loadDemoConsultation({ db: getDb().db, actor: SYSTEM });
    expect(await loadDemoWatchlists({ db: getDb().db, actor: SYSTEM })).toBe(true);
    expect(await loadDemoWatchlists({ db: getDb().db, actor: SYSTEM })).toBe(false);
    const lists = await listWatchlists(getDb().db);
    const byKind = (k: string) => lists.find((l) => l.kind === k)!;
    const places = byKind('place');
    expect(places.terms.find((t) => t.label.startsWith('Tỉnh Yên Bái'))).toMatchObject({ validTo: MERGER_DAY });
    expect(places.terms.filter((t) => t.label !== 'Tỉnh Lào Cai' && !t.label.startsWith('Tỉnh Yên Bái')).length).toBeGreaterThanOrEqual(10);
    expect(byKind('agency').terms.length).toBeGreaterThan(3);
    expect(byKind('leader').terms.map((t) => t.label)).toContain('Chủ tịch UBND tỉnh');
    expect(byKind('policy').terms.map((t) => t.names)).toEqual([['chính sách hỗ trợ chuyển đổi số cho hộ kinh doanh']]);
    expect(byKind('query').query).toContain('sạt lở');

    await getDb().db.execute(sql`insert into monitoring_sources (id, name, kind) values ('demo', 'Báo', 'feed')`);
    const commune = places.terms.find((t) => t.label !== 'Tỉnh Lào Cai' && !t.label.startsWith('Tỉnh Yên Bái'))!;
    const name = typeof commune.names[0] === 'string' ? commune.names[0] : commune.names[0]!.name;
    await ingestItems(getDb().db, 'demo', [
      { kind: 'article', title: `Mưa lớn gây sạt lở ở ${name}`, body: 'Nhiều hộ dân phải di dời.' },
      { kind: 'article', title: 'Hộ kinh doanh được hưởng chính sách hỗ trợ chuyển đổi số cho hộ kinh doanh', body: 'Từ năm 2027.' },
    ]);
    const rows = rowsOf<{ relevant: boolean; n: number }>(await getDb().db.execute(sql`select relevant, cardinality(watchlist_ids) as n from monitoring_items where source_id = 'demo' order by seq`));
    expect(rows.map((r) => r.relevant)).toEqual([true, true]);
  });

  it('names a draft by its subject, without the kind of document and the territory', () => {
    expect(policyName('Nghị quyết quy định chính sách hỗ trợ chuyển đổi số cho hộ kinh doanh trên địa bàn tỉnh Lào Cai giai đoạn 2027 - 2030')).toBe('chính sách hỗ trợ chuyển đổi số cho hộ kinh doanh');
    expect(policyName('Quyết định ban hành quy chế phối hợp quản lý cụm công nghiệp')).toBe('quy chế phối hợp quản lý cụm công nghiệp');
  });
});
