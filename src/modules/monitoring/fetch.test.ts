import { afterAll, beforeAll, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { describeEachDriver } from '../../../test/db';
import { SYSTEM } from '../../../test/factories';
import { startFeedServer, type FeedServer } from '../../../test/feed-server';
import { rowsOf } from '../../platform/db';
import { PoliteFetcher } from '../../platform/fetcher';
import { createSource, probeSource } from './actions/sources';
import { createWatchlist } from './actions/watchlists';
import { MAX_ERROR_STREAK, pollDueSources } from './fetch';
import { monitoringSources } from './tables';

describeEachDriver('monitoring sources against the local feed server (real fetcher)', (getDb) => {
  let server: FeedServer;
  // the real fetcher, allowed to reach 127.0.0.1 as MONITORING_ALLOW_PRIVATE_HOSTS allows it; no waiting between requests
  const fetcher = new PoliteFetcher({ allowPrivateHosts: true, perHostIntervalMs: 0, perHostConcurrency: 4, defaultTimeoutMs: 5_000 });
  const ctx = () => ({ db: getDb().db, actor: SYSTEM });
  const due = (id: string) => getDb().db.update(monitoringSources).set({ nextFetchAt: new Date(Date.now() - 1000).toISOString() }).where(eq(monitoringSources.id, id));
  const source = async (id: string) => (await getDb().db.select().from(monitoringSources).where(eq(monitoringSources.id, id)))[0]!;

  beforeAll(async () => {
    server = await startFeedServer();
    await createWatchlist(ctx(), { name: 'Tỉnh', kind: 'place', terms: [{ label: 'Lào Cai', names: ['Lào Cai'] }, { label: 'Yên Bái (cũ)', names: ['Yên Bái'], validTo: '2025-07-01' }] });
  });
  afterAll(async () => server.close());

  it('adds a feed after probing it, polls it (articles of short items fetched), then gets 304 and stores nothing twice', async () => {
    server.setItems('/feeds/province.rss', [
      { id: 'p1', title: 'Lào Cai đón 1 triệu lượt khách', summary: 'Du lịch tăng mạnh.', url: '/articles/newspaper.html', publishedAt: new Date('2026-03-01T02:00:00Z') },
      { id: 'p2', title: 'Người dân Yên Bái góp ý quy hoạch', summary: 'Hơn 300 ý kiến gửi Sở Xây dựng.', publishedAt: new Date('2026-03-01T03:00:00Z') },
    ]);
    const { id, probe } = await createSource(ctx(), { kind: 'feed', url: `${server.url}/feeds/province.rss` }, fetcher);
    expect(probe).toMatchObject({ kind: 'feed', format: 'rss' });
    const first = await pollDueSources(getDb().db, fetcher);
    expect(first).toMatchObject({ sources: 1, ok: 1, inserted: 2 });
    const items = rowsOf<{ title: string; body: string; relevant: boolean }>(await getDb().db.execute(sql`select title, body, relevant from monitoring_items where source_id = ${id} order by title`));
    expect(items.map((i) => i.relevant)).toEqual([true, true]);
    // the short summary was replaced by the article page's text
    expect(items.find((i) => i.title.startsWith('Lào Cai'))!.body.length).toBeGreaterThan('Du lịch tăng mạnh.'.length + 50);
    const s = await source(id);
    expect(s).toMatchObject({ errorStreak: 0, lastStatus: 200, itemsTotal: 2, feedFormat: 'rss' });
    expect(s.etag).toBeTruthy();

    await due(id);
    expect(await pollDueSources(getDb().db, fetcher)).toMatchObject({ sources: 1, notModified: 1, inserted: 0 });
    expect(server.lastHeaders('/feeds/province.rss')!['if-none-match']).toBe(s.etag);
    expect((await source(id)).lastStatus).toBe(304);

    server.addItems('/feeds/province.rss', [{ id: 'p3', title: 'Lào Cai khai trương chợ phiên', summary: 'Chợ phiên vùng cao mở cửa mỗi sáng Chủ nhật với nhiều nông sản địa phương, thu hút du khách.', publishedAt: new Date('2026-03-02T03:00:00Z') }]);
    await due(id);
    expect(await pollDueSources(getDb().db, fetcher)).toMatchObject({ ok: 1, inserted: 1 });
    expect((await source(id)).itemsTotal).toBe(3);
  });

  it('recognises an HTML page where a feed was expected and offers its feeds; refuses to add it as a feed', async () => {
    const probe = await probeSource(ctx(), `${server.url}/pages/home.html`, fetcher);
    expect(probe.kind).toBe('page');
    expect(probe.kind === 'page' && probe.feedLinks).toEqual(expect.arrayContaining([`${server.url}/feeds/news.rss`]));
    await expect(createSource(ctx(), { kind: 'feed', url: `${server.url}/pages/home.html` }, fetcher)).rejects.toThrow(/trang web, không phải kênh tin.*feeds\/news\.rss/);
    const page = await createSource(ctx(), { kind: 'page', url: `${server.url}/articles/portal.html` }, fetcher);
    expect(page.probe).toMatchObject({ kind: 'page', hasArticle: true });
  });

  it('reads a sitemap index through its child sitemaps', async () => {
    server.setFeed('/maps/index.xml', `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${server.url}/feeds/news-sitemap.xml</loc></sitemap></sitemapindex>`, { contentType: 'application/xml' });
    const { id, probe } = await createSource(ctx(), { kind: 'sitemap', url: `${server.url}/maps/index.xml` }, fetcher);
    expect(probe).toMatchObject({ kind: 'feed', format: 'sitemap' });
    await pollDueSources(getDb().db, fetcher);
    const titles = rowsOf<{ title: string }>(await getDb().db.execute(sql`select title from monitoring_items where source_id = ${id}`)).map((r) => r.title);
    expect(titles).toContain('Giá cà phê tăng mạnh, nông dân phấn khởi');
    expect(server.hits('/feeds/news-sitemap.xml')).toBeGreaterThan(0);
  });

  it('refuses a broken address at once with the reason', async () => {
    await expect(createSource(ctx(), { kind: 'feed', url: `${server.url}/broken/empty.xml` }, fetcher)).rejects.toThrow(/Không thêm được nguồn/);
    await expect(createSource(ctx(), { kind: 'feed', url: `${server.url}/khong-co.rss` }, fetcher)).rejects.toThrow(/Không thêm được nguồn/);
    await expect(createSource(ctx(), { kind: 'feed', url: 'ftp://example.com/feed' }, fetcher)).rejects.toThrow(/http/);
  });

  it('disables a feed that answers 410 Gone with the reason, and one that keeps failing after the error streak', async () => {
    server.setItems('/feeds/soon-gone.rss', [{ id: 'g1', title: 'Tin Lào Cai', summary: 'Nội dung.' }]);
    const gone = await createSource(ctx(), { kind: 'feed', url: `${server.url}/feeds/soon-gone.rss` }, fetcher);
    server.setFeed('/feeds/soon-gone.rss', 'Gone', { status: 410, contentType: 'text/plain' });
    await due(gone.id);
    await pollDueSources(getDb().db, fetcher);
    const g = await source(gone.id);
    expect(g.enabled).toBe(false);
    expect(g.disabledReason).toBeTruthy();
    expect(g.lastError).toBe(g.disabledReason);

    server.setItems('/feeds/flaky.rss', [{ id: 'f1', title: 'Tin Lào Cai', summary: 'Nội dung.' }]);
    const flaky = await createSource(ctx(), { kind: 'feed', url: `${server.url}/feeds/flaky.rss` }, fetcher);
    server.setFeed('/feeds/flaky.rss', 'Internal error', { status: 500, contentType: 'text/plain' });
    for (let i = 0; i < MAX_ERROR_STREAK; i++) {
      await due(flaky.id);
      await pollDueSources(getDb().db, fetcher);
      const f = await source(flaky.id);
      expect(f.errorStreak).toBe(i + 1);
      // backoff: the next poll is pushed at least a minute away
      expect(Date.parse(f.nextFetchAt)).toBeGreaterThan(Date.now() + 50_000);
    }
    const f = await source(flaky.id);
    expect(f.enabled).toBe(false);
    expect(f.disabledReason).toContain(`${MAX_ERROR_STREAK} lần tải lỗi liên tiếp`);
  });
});
