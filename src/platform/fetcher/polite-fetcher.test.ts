/**
 * The real fetcher against the real local feed server (test/feed-server.ts): no mocked fetch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEGACY_SUMMARY, LEGACY_TITLE, startFeedServer, type FeedServer } from '../../../test/feed-server';
import { extractArticle, parseFeed } from '../feeds';
import { PoliteFetcher, type FetchOutcome } from './index';

let server: FeedServer;
let fetcher: PoliteFetcher;

beforeAll(async () => {
  server = await startFeedServer();
  fetcher = new PoliteFetcher({ allowPrivateHosts: true, perHostIntervalMs: 0, perHostConcurrency: 4, defaultTimeoutMs: 5000 });
});
afterAll(async () => {
  fetcher.close();
  await server.close();
});

function ok(o: FetchOutcome): Extract<FetchOutcome, { kind: 'ok' }> {
  if (o.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(o)}`);
  return o;
}
function failed(o: FetchOutcome): Extract<FetchOutcome, { kind: 'failed' }> {
  if (o.kind !== 'failed') throw new Error(`expected failed, got ${o.kind}`);
  return o;
}

describe('PoliteFetcher against the feed server', () => {
  it('fetches a feed, returns its validators, and answers 304 to If-None-Match and If-Modified-Since', async () => {
    const first = ok(await fetcher.fetch({ url: `${server.url}/feeds/news.rss` }));
    expect(first.status).toBe(200);
    expect(first.encoding).toBe('utf-8');
    expect(first.etag).toMatch(/^".+"$/);
    expect(first.lastModified).not.toBeNull();
    expect(first.redirects).toEqual([]);
    const feed = parseFeed(first.text, first.url);
    expect(feed.kind === 'rss' && feed.items.map((i) => i.guid)).toEqual(['tin-3', 'tin-2', 'tin-1']);

    const byEtag = await fetcher.fetch({ url: `${server.url}/feeds/news.rss`, etag: first.etag });
    expect(byEtag.kind).toBe('not-modified');
    expect(server.lastHeaders('/feeds/news.rss')?.['if-none-match']).toBe(first.etag);
    const byDate = await fetcher.fetch({ url: `${server.url}/feeds/news.rss`, lastModified: first.lastModified });
    expect(byDate.kind).toBe('not-modified');

    // A new item changes the body: the old validators no longer match.
    server.addItems('/feeds/news.rss', [{ id: 'tin-4', title: 'Tin mới đăng', summary: 'Nội dung mới' }]);
    const changed = ok(await fetcher.fetch({ url: `${server.url}/feeds/news.rss`, etag: first.etag, lastModified: first.lastModified }));
    expect(changed.etag).not.toBe(first.etag);
    const items = parseFeed(changed.text, changed.url);
    expect(items.kind === 'rss' && items.items[0]?.title).toBe('Tin mới đăng');
  });

  it('sends an honest user agent and accepts compressed bodies', async () => {
    const o = ok(await fetcher.fetch({ url: `${server.url}/feeds/gzip.rss` }));
    expect(o.text).toContain('Cổng thông tin điện tử tỉnh');
    const headers = server.lastHeaders('/feeds/gzip.rss');
    expect(headers?.['user-agent']).toContain('DongThuanBot');
    expect(headers?.['accept-encoding']).toContain('gzip');
  });

  it('unpacks a gzip file served as such (a sitemap.xml.gz), within the size cap', async () => {
    const o = ok(await fetcher.fetch({ url: `${server.url}/feeds/sitemap.xml.gz` }));
    const feed = parseFeed(o.text, o.url);
    expect(feed.kind === 'sitemap' && feed.items[0]?.title).toBe('Giá cà phê tăng mạnh, nông dân phấn khởi');
    expect(failed(await fetcher.fetch({ url: `${server.url}/binary/archive.tar.gz` })).failure).toBe('binary');
    expect(failed(await fetcher.fetch({ url: `${server.url}/huge/bomb.xml.gz`, maxBytes: 1024 * 1024 })).failure).toBe('too-large');
    // With Content-Encoding the cap applies to the decompressed stream as it arrives.
    expect(failed(await fetcher.fetch({ url: `${server.url}/huge/encoded-bomb.xml`, maxBytes: 1024 * 1024 })).failure).toBe('too-large');
  });

  it('follows a redirect chain, checking each hop, and reports the final URL', async () => {
    const o = ok(await fetcher.fetch({ url: `${server.url}/redirect/start` }));
    expect(o.url).toBe(`${server.url}/feeds/portal.rss`);
    expect(o.redirects).toEqual([`${server.url}/redirect/middle`, `${server.url}/feeds/portal.rss`]);
  });

  it('stops a redirect loop, a chain longer than the cap, and a redirect to a non-HTTP scheme', async () => {
    const loop = failed(await fetcher.fetch({ url: `${server.url}/loop/a` }));
    expect(loop.failure).toBe('redirect-loop');
    const hitsBefore = server.hits('/chain/6');
    const chain = failed(await fetcher.fetch({ url: `${server.url}/chain/0` }));
    expect(chain.failure).toBe('too-many-redirects');
    expect(chain.reason).toContain('5 lần');
    expect(server.hits('/chain/6')).toBe(hitsBefore); // the sixth redirect is not followed
    expect(failed(await fetcher.fetch({ url: `${server.url}/redirect/to-file` })).failure).toBe('bad-url');
  });

  it('maps 410, 429 with Retry-After, 500 and 404 to failures with Vietnamese reasons', async () => {
    const gone = failed(await fetcher.fetch({ url: `${server.url}/gone.rss` }));
    expect(gone).toMatchObject({ failure: 'gone', status: 410 });
    expect(gone.reason).toContain('gỡ bỏ');
    const busy = failed(await fetcher.fetch({ url: `${server.url}/busy.rss` }));
    expect(busy).toMatchObject({ failure: 'http', status: 429, retryAfterMs: 120_000 });
    expect(failed(await fetcher.fetch({ url: `${server.url}/error.rss` }))).toMatchObject({ failure: 'http', status: 500 });
    const missing = failed(await fetcher.fetch({ url: `${server.url}/khong-co.rss` }));
    expect(missing.reason).toBe('Máy chủ trả lời lỗi HTTP 404 (không tìm thấy trang).');
  });

  it('gives up on a trickling body at the total timeout', async () => {
    const started = Date.now();
    const o = failed(await fetcher.fetch({ url: `${server.url}/slow/feed.xml`, timeoutMs: 600 }));
    expect(o.failure).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('aborts a huge body at the size cap while streaming', async () => {
    const started = Date.now();
    const before = process.memoryUsage().arrayBuffers;
    const o = failed(await fetcher.fetch({ url: `${server.url}/huge/feed.xml`, maxBytes: 1024 * 1024 }));
    expect(o.failure).toBe('too-large');
    expect(o.reason).toContain('1 MB');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(20 * 1024 * 1024);
  });

  it('refuses binary bodies: by content type, by signature, and by NUL bytes', async () => {
    for (const path of ['/binary/logo.png', '/binary/disguised.xml', '/binary/nul.xml']) {
      expect(failed(await fetcher.fetch({ url: `${server.url}${path}` })).failure).toBe('binary');
    }
  });

  it('reads feeds in legacy encodings and UTF-16 whatever their headers claim', async () => {
    const expected: Record<string, string> = {
      '/legacy/windows-1258.rss': 'windows-1258',
      '/legacy/tcvn3.rss': 'tcvn3',
      '/legacy/viscii.rss': 'viscii',
      '/legacy/vni.rss': 'vni',
      '/legacy/utf16-bom.rss': 'utf-16le',
      '/legacy/utf16-nobom.rss': 'utf-16be',
    };
    for (const [path, encoding] of Object.entries(expected)) {
      const o = ok(await fetcher.fetch({ url: `${server.url}${path}` }));
      expect(o.encoding, path).toBe(encoding);
      const feed = parseFeed(o.text, o.url);
      if (feed.kind !== 'rss') throw new Error(`${path}: ${feed.kind}`);
      expect(feed.items[0]?.title, path).toBe(LEGACY_TITLE);
      expect(feed.items[0]?.summary, path).toBe(LEGACY_SUMMARY);
      expect(o.text).toBe(o.text.normalize('NFC'));
    }
  });

  it('recognises an HTML page where a feed was expected, and a malformed feed, without failing the fetch', async () => {
    const page = ok(await fetcher.fetch({ url: `${server.url}/pages/home.html` }));
    expect(parseFeed(page.text, page.url)).toEqual({
      kind: 'html',
      title: 'Báo Tin Mới - Trang chủ',
      feedLinks: [`${server.url}/feeds/news.rss`, `${server.url}/feeds/news.atom`],
    });
    const broken = ok(await fetcher.fetch({ url: `${server.url}/broken/malformed.xml` }));
    const feed = parseFeed(broken.text, broken.url);
    expect(feed.kind === 'rss' && feed.items.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the feed server as other processes use it', () => {
  it('publishes items posted to its control endpoint, with an article page for each', async () => {
    const summary =
      'Nhiều hộ dân phản ánh nước thải từ khu chế biến gây mùi hôi kéo dài.\nChính quyền xã cho biết đã lập đoàn kiểm tra và sẽ công bố kết quả trong tuần tới.';
    const res = await fetch(`${server.url}/__feed-server/items`, {
      method: 'POST',
      body: JSON.stringify({ path: '/feeds/moi.json', format: 'json', items: [{ id: 'o-nhiem', title: 'Người dân phản ánh ô nhiễm', summary }] }),
    });
    expect(res.status).toBe(200);
    const feed = parseFeed(ok(await fetcher.fetch({ url: `${server.url}/feeds/moi.json` })).text, `${server.url}/feeds/moi.json`);
    if (feed.kind !== 'json') throw new Error(feed.kind);
    expect(feed.items.map((i) => [i.guid, i.title])).toEqual([['o-nhiem', 'Người dân phản ánh ô nhiễm']]);
    const page = ok(await fetcher.fetch({ url: feed.items[0]!.url! }));
    expect(extractArticle(page.text, page.url)).toMatchObject({
      title: 'Người dân phản ánh ô nhiễm',
      text: summary.replace('\n', '\n\n'),
    });
    server.remove('/feeds/moi.json');
    expect(failed(await fetcher.fetch({ url: `${server.url}/feeds/moi.json` })).status).toBe(404);
  });
});

describe('robots.txt', () => {
  it('is fetched once per host, and a disallowed path is refused before any request', async () => {
    const f = new PoliteFetcher({ allowPrivateHosts: true, perHostIntervalMs: 0 });
    try {
      const before = server.hits('/robots.txt');
      const hitsPrivate = server.hits('/private/feed.xml');
      const refused = failed(await f.fetch({ url: `${server.url}/private/feed.xml` }));
      expect(refused.failure).toBe('robots');
      expect(server.hits('/private/feed.xml')).toBe(hitsPrivate);
      ok(await f.fetch({ url: `${server.url}/private/open.xml` })); // Allow: the longer rule wins
      ok(await f.fetch({ url: `${server.url}/feeds/portal.rss` }));
      expect(server.hits('/robots.txt') - before).toBe(1);
      // A redirect into a disallowed path is refused at that hop.
      expect(failed(await f.fetch({ url: `${server.url}/redirect/to-private` })).failure).toBe('robots');
    } finally {
      f.close();
    }
  });

  it('applies the group of our own product token over "*"', async () => {
    const f = new PoliteFetcher({ allowPrivateHosts: true, perHostIntervalMs: 0, userAgent: 'BadBot/2.0' });
    try {
      expect(failed(await f.fetch({ url: `${server.url}/feeds/portal.rss` })).failure).toBe('robots');
    } finally {
      f.close();
    }
  });

  it('can be switched off', async () => {
    const f = new PoliteFetcher({ allowPrivateHosts: true, perHostIntervalMs: 0, respectRobots: false });
    try {
      ok(await f.fetch({ url: `${server.url}/private/feed.xml` }));
    } finally {
      f.close();
    }
  });

  it('allows everything when robots.txt is missing or unreachable', async () => {
    const ROBOTS = (await (await fetch(`${server.url}/robots.txt`)).text());
    for (const status of [404, 503]) {
      server.setFeed('/robots.txt', 'User-agent: *\nDisallow: /\n', { status });
      const f = new PoliteFetcher({ allowPrivateHosts: true, perHostIntervalMs: 0 });
      try {
        ok(await f.fetch({ url: `${server.url}/private/feed.xml` }));
      } finally {
        f.close();
        server.setFeed('/robots.txt', ROBOTS, { contentType: 'text/plain' });
      }
    }
  });
});

describe('SSRF guard', () => {
  it('refuses loopback by address and by name unless private hosts are allowed', async () => {
    const f = new PoliteFetcher({ perHostIntervalMs: 0 });
    try {
      const before = server.hits('/feeds/portal.rss');
      expect(failed(await f.fetch({ url: `${server.url}/feeds/portal.rss` })).failure).toBe('forbidden-host');
      expect(failed(await f.fetch({ url: `http://localhost:${server.port}/feeds/portal.rss` })).failure).toBe('forbidden-host');
      expect(failed(await f.fetch({ url: `http://[::1]:${server.port}/feeds/portal.rss` })).failure).toBe('forbidden-host');
      expect(server.hits('/feeds/portal.rss')).toBe(before);
    } finally {
      f.close();
    }
  });

  it('refuses what is not an http(s) URL', async () => {
    for (const url of ['ftp://example.vn/feed', 'file:///etc/passwd', 'không phải địa chỉ', 'http://user:pw@example.vn/']) {
      expect(failed(await fetcher.fetch({ url })).failure).toBe('bad-url');
    }
  });
});

describe('per-host politeness', () => {
  it('keeps the minimum interval between requests to one host', async () => {
    const f = new PoliteFetcher({ allowPrivateHosts: true, perHostIntervalMs: 250, perHostConcurrency: 4, respectRobots: false });
    try {
      const started = Date.now();
      await Promise.all([1, 2, 3, 4].map(() => f.fetch({ url: `${server.url}/feeds/portal.rss` })));
      expect(Date.now() - started).toBeGreaterThanOrEqual(3 * 250 - 20);
    } finally {
      f.close();
    }
  });

  it('limits concurrent requests to one host', async () => {
    server.setFeed('/slow/short.xml', '<rss><channel><title>chậm</title></channel></rss>'.padEnd(160, ' '), { trickleMs: 40 });
    // counted at the server, not timed: a busy machine cannot make it pass or fail
    const mostAtOnce = async (concurrency: number): Promise<number> => {
      server.resetInFlight('/slow/short.xml');
      const f = new PoliteFetcher({ allowPrivateHosts: true, perHostIntervalMs: 0, perHostConcurrency: concurrency, respectRobots: false });
      try {
        const outcomes = await Promise.all([1, 2, 3].map(() => f.fetch({ url: `${server.url}/slow/short.xml` })));
        for (const o of outcomes) ok(o);
        return server.maxInFlight('/slow/short.xml');
      } finally {
        f.close();
      }
    };
    // each body trickles for about 10 × 40 ms, so requests allowed together are answered together
    expect(await mostAtOnce(1)).toBe(1);
    expect(await mostAtOnce(2)).toBe(2);
  });
});
