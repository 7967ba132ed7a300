/**
 * parseFeed on realistic Vietnamese feeds written for the tests, on broken and hostile input, and as a property:
 * it never throws whatever it is given.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeedDate } from './feed-date';
import {
  ATOM_FEED,
  HOME_PAGE,
  JSON_FEED,
  MALFORMED_RSS,
  NEWSPAPER_RSS,
  NEWS_SITEMAP,
  PORTAL_RSS,
  RDF_FEED,
  SITEMAP_INDEX,
} from './fixtures/vietnamese-feeds';
import { parseFeed, type FeedItem, type ParsedFeed } from './index';

function itemsOf(feed: ParsedFeed): FeedItem[] {
  if (feed.kind === 'html' || feed.kind === 'invalid') throw new Error(`not a feed: ${JSON.stringify(feed)}`);
  return feed.items;
}

describe('parseFeed: formats', () => {
  it('reads a newspaper RSS 2.0 feed: CDATA, image links, entities, +0700 dates, authors', () => {
    const feed = parseFeed(NEWSPAPER_RSS, 'https://tinmoi.example.vn/rss/thoi-su.rss');
    expect(feed).toMatchObject({ kind: 'rss', title: 'Thời sự - Báo Tin Mới', siteUrl: 'https://tinmoi.example.vn/thoi-su' });
    const [first, second] = itemsOf(feed);
    expect(first).toEqual({
      guid: 'https://tinmoi.example.vn/lao-cai-khoi-cong-tuyen-duong-123.html',
      url: 'https://tinmoi.example.vn/lao-cai-khoi-cong-tuyen-duong-123.html',
      title: 'Lào Cai khởi công tuyến đường nối trung tâm tỉnh với các xã vùng cao',
      summary: 'Tuyến đường dài 42 km, vốn đầu tư hơn 1.200 tỷ đồng, dự kiến hoàn thành cuối năm 2027.',
      contentHtml: null,
      publishedAt: '2025-12-02T14:05:00.000Z',
      author: 'Phóng viên thường trú',
      imageUrl: 'https://anh.example.vn/2025/12/02/duong.jpg',
    });
    expect(second?.title).toBe('Người dân Yên Bái góp ý dự thảo quy hoạch đô thị & giao thông');
    expect(second?.guid).toBe('tinmoi-124');
    expect(second?.url).toBe('https://tinmoi.example.vn/nguoi-dan-gop-y-quy-hoach-124.html?utm_source=rss&utm_medium=feed');
    expect(second?.contentHtml).toBe('<p>Hơn 300 ý kiến được gửi tới Sở Xây dựng.</p><p>Nhiều ý kiến đề nghị mở rộng vỉa hè.</p>');
  });

  it("reads a provincial portal's feed: relative links and the dates its CMS writes", () => {
    const items = itemsOf(parseFeed(PORTAL_RSS, 'https://congtin.example.vn/rss/tin-hoat-dong.rss'));
    expect(items.map((i) => i.url)).toEqual([
      'https://congtin.example.vn/tin-tuc/hop-ban-phong-chong-ret-501',
      'https://congtin.example.vn/tin-tuc/tong-ket-dan-van-502',
      'https://congtin.example.vn/tin-tuc/tiem-vac-xin-503', // relative to the channel's link /tin-tuc
      'https://congtin.example.vn/tin-tuc/lich-tiep-cong-dan-504',
    ]);
    expect(items.map((i) => i.publishedAt)).toEqual([
      '2025-12-02T01:15:00.000Z', // "02/12/2025 08:15", Vietnam time
      '2025-12-02T01:15:00.000Z', // "Tue, 2 Dec 2025 8:15:00 GMT+7"
      '2025-12-01T09:40:00.000Z', // "1 Dec 2025 16:40:00": no day name, no zone
      null, // a date written in words is not guessed
    ]);
    expect(items[0]?.summary).toBe('Cuộc họp do Phó Chủ tịch UBND tỉnh chủ trì sáng 2/12.');
  });

  it('reads RSS 1.0 (RDF) with Dublin Core dates and creators', () => {
    const feed = parseFeed(RDF_FEED, 'https://bao.example.vn/rss');
    expect(feed.kind).toBe('rdf');
    expect(itemsOf(feed)).toEqual([
      {
        guid: 'https://bao.example.vn/bai-1',
        url: 'https://bao.example.vn/bai-1',
        title: 'Mùa lúa chín trên ruộng bậc thang',
        summary: 'Du khách đổ về ngắm lúa chín.',
        contentHtml: null,
        publishedAt: '2025-09-20T00:00:00.000Z',
        author: 'Minh Anh',
        imageUrl: null,
      },
    ]);
  });

  it('reads Atom: xml:base, html and xhtml text constructs, enclosures, authors', () => {
    const feed = parseFeed(ATOM_FEED, 'https://blog.example.vn/atom.xml');
    expect(feed).toMatchObject({ kind: 'atom', title: 'Góc nhìn chính sách', siteUrl: 'https://blog.example.vn/' });
    const [a, b] = itemsOf(feed);
    expect(a).toMatchObject({
      guid: 'tag:blog.example.vn,2025:nha-o-xa-hoi',
      url: 'https://blog.example.vn/bai/nha-o-xa-hoi',
      title: 'Chính sách hỗ trợ nhà ở xã hội cần rõ đối tượng',
      summary: 'Người thu nhập thấp vẫn khó tiếp cận "nhà ở xã hội".',
      publishedAt: '2025-12-02T02:30:00.000Z',
      author: 'Trần Văn Bình',
      imageUrl: 'https://blog.example.vn/anh/nha-o.jpg',
    });
    expect(a?.contentHtml).toBe('<p>Bài phân tích dài.</p>');
    expect(b).toMatchObject({ url: 'https://blog.example.vn/bai/phi-do-xe', summary: 'Phí đỗ xe tăng gấp đôi.', publishedAt: '2025-12-01T22:00:00.000Z' });
    expect(b?.contentHtml).toBe('<p>Phí đỗ xe <b>tăng</b> gấp đôi.</p>');
  });

  it('reads JSON Feed 1.1 and skips entries that are not objects', () => {
    const feed = parseFeed(JSON_FEED, 'https://json.example.vn/feed.json');
    expect(feed).toMatchObject({ kind: 'json', title: 'Bản tin địa phương', siteUrl: 'https://json.example.vn/' });
    expect(itemsOf(feed)).toEqual([
      {
        guid: 'b-1',
        url: 'https://json.example.vn/tin/cau-treo-moi',
        title: 'Cầu treo mới cho học sinh vùng cao',
        summary: 'Cây cầu giúp học sinh không phải lội suối.',
        contentHtml: '<p>Cây cầu giúp học sinh không phải lội suối.</p>',
        publishedAt: '2025-12-02T00:45:00.000Z',
        author: 'Lê Hoa',
        imageUrl: 'https://json.example.vn/anh/cau.jpg',
      },
      {
        guid: '2',
        url: 'https://json.example.vn/tin/2',
        title: '',
        summary: 'Tin ngắn không có tiêu đề.',
        contentHtml: null,
        publishedAt: null,
        author: null,
        imageUrl: null,
      },
    ]);
  });

  it('reads a Google News sitemap and a sitemap index', () => {
    const feed = parseFeed(NEWS_SITEMAP, 'https://news.example.vn/sitemap-news.xml');
    expect(feed.kind).toBe('sitemap');
    expect(itemsOf(feed)).toEqual([
      expect.objectContaining({
        url: 'https://news.example.vn/kinh-te/gia-ca-phe-tang-manh-789.html',
        title: 'Giá cà phê tăng mạnh, nông dân phấn khởi',
        publishedAt: '2025-12-01T23:00:00.000Z',
        imageUrl: 'https://news.example.vn/anh/ca-phe.jpg',
      }),
      expect.objectContaining({ url: 'https://news.example.vn/xa-hoi/mua-lu-790.html', title: '', publishedAt: '2025-11-30T17:00:00.000Z' }),
    ]);
    const index = parseFeed(SITEMAP_INDEX, 'https://news.example.vn/sitemap.xml');
    expect(index).toEqual({
      kind: 'sitemap',
      title: null,
      siteUrl: null,
      items: [],
      childSitemaps: ['https://news.example.vn/sitemaps/news.xml', 'https://news.example.vn/sitemaps/2025-12.xml'],
    });
  });

  it('recognises an HTML page and lists the feeds it advertises, resolved', () => {
    expect(parseFeed(HOME_PAGE, 'https://tinmoi.example.vn/')).toEqual({
      kind: 'html',
      title: 'Báo Tin Mới - Trang chủ',
      feedLinks: ['https://tinmoi.example.vn/rss/thoi-su.rss', 'https://tinmoi.example.vn/atom.xml'],
    });
    // Without <link rel=alternate>, links that look like feeds are offered instead.
    const bare = '<html><body><a href="/rss">Kênh RSS</a><a href="/gioi-thieu">Giới thiệu</a></body></html>';
    expect(parseFeed(bare, 'https://a.example.vn/x')).toEqual({ kind: 'html', title: null, feedLinks: ['https://a.example.vn/rss'] });
  });
});

describe('parseFeed: bad input', () => {
  it('recovers the readable items of malformed XML', () => {
    const items = itemsOf(parseFeed(MALFORMED_RSS, 'https://tinnhanh.example.vn/rss'));
    expect(items[0]).toMatchObject({
      title: 'Mưa lớn gây sạt lở ở xã vùng cao & giao thông ách tắc',
      url: 'https://tinnhanh.example.vn/sat-lo',
      summary: 'Nhiều hộ dân phải sơ tán',
      publishedAt: '2025-12-02T22:00:00.000Z',
    });
    expect(items.length).toBeGreaterThanOrEqual(2);
  });

  it('says why it cannot read empty, non-feed, truncated and non-feed JSON input', () => {
    const cases: Array<[string, RegExp]> = [
      ['', /rỗng/],
      ['   \n ', /rỗng/],
      ['Xin chào, đây là văn bản thường.', /không phải RSS/],
      ['<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>', /không phải nguồn tin/],
      ['<?xml version="1.0"?><rss><channel><title>Tin', /hỏng hoặc bị cắt cụt/],
      ['{"version": "1", "data": []}', /không phải JSON Feed/],
      ['{"version": "https://jsonfeed.org/version/1.1", "items": [', /JSON bị hỏng/],
    ];
    for (const [input, reason] of cases) {
      const feed = parseFeed(input, 'https://a.example.vn/');
      expect(feed.kind, input).toBe('invalid');
      if (feed.kind === 'invalid') expect(feed.reason, input).toMatch(reason);
    }
  });

  it('handles a 5 MB pathological body and 100,000 levels of nesting quickly', () => {
    const junk = `<rss><channel>${'<item><title>a &unknown; &#99999999; <b x="1" y=z>c</i><![CDATA[ d ]]><!-- e -->'.repeat(80_000)}`;
    expect(junk.length).toBeGreaterThan(5_000_000);
    let started = Date.now();
    expect(['rss', 'invalid']).toContain(parseFeed(junk, 'https://a.example.vn/').kind);
    expect(Date.now() - started).toBeLessThan(5000);

    const deep = `<rss><channel><item><title>sâu</title>${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}</item></channel></rss>`;
    started = Date.now();
    const feed = parseFeed(deep, 'https://a.example.vn/');
    expect(itemsOf(feed)[0]?.title).toBe('sâu');
    expect(Date.now() - started).toBeLessThan(5000);

    const lessThans = '<'.repeat(1_000_000);
    expect(parseFeed(lessThans, 'https://a.example.vn/').kind).toBe('invalid');
    const openTags = '<rss>' + '<a '.repeat(500_000);
    started = Date.now();
    parseFeed(openTags, 'https://a.example.vn/');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('never throws, on random text or on mutated real feeds', () => {
    const feeds = [NEWSPAPER_RSS, PORTAL_RSS, ATOM_FEED, JSON_FEED, NEWS_SITEMAP, HOME_PAGE, RDF_FEED];
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 500 }), (s) => {
        const feed = parseFeed(s, 'https://a.example.vn/');
        expect(['rss', 'rdf', 'atom', 'json', 'sitemap', 'html', 'invalid']).toContain(feed.kind);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...feeds),
        fc.array(fc.tuple(fc.nat(), fc.nat(40), fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 8 }),
        (feed, edits) => {
          let s = feed;
          for (const [at, cut, insert] of edits) {
            const i = at % (s.length + 1);
            s = s.slice(0, i) + insert + s.slice(i + cut);
          }
          const parsed = parseFeed(s, 'https://a.example.vn/');
          if (parsed.kind !== 'html' && parsed.kind !== 'invalid') {
            for (const item of parsed.items) {
              expect(typeof item.title).toBe('string');
              if (item.publishedAt !== null) expect(Number.isNaN(Date.parse(item.publishedAt))).toBe(false);
            }
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('parseFeedDate', () => {
  it('reads RFC 822 with and without day names, zones written many ways', () => {
    expect(parseFeedDate('Tue, 02 Dec 2025 21:05:00 +0700')).toBe('2025-12-02T14:05:00.000Z');
    expect(parseFeedDate('02 Dec 2025 21:05:00 +07:00')).toBe('2025-12-02T14:05:00.000Z');
    expect(parseFeedDate('Tue, 02 Dec 2025 14:05:00 GMT')).toBe('2025-12-02T14:05:00.000Z');
    expect(parseFeedDate('Tue, 2 Dec 2025 21:05 GMT+7')).toBe('2025-12-02T14:05:00.000Z');
    expect(parseFeedDate('Tue, 2 Dec 2025 21:05:00 GMT+07:00')).toBe('2025-12-02T14:05:00.000Z');
    expect(parseFeedDate('2 December 2025 21:05:00')).toBe('2025-12-02T14:05:00.000Z');
    expect(parseFeedDate('Tue, 02 Dec 25 21:05:00 +0700')).toBe('2025-12-02T14:05:00.000Z');
    expect(parseFeedDate('Wed, 03 Dec 2025 09:00:00 EST')).toBe('2025-12-03T14:00:00.000Z');
  });

  it('reads ISO 8601, taking Vietnam time when no zone is given', () => {
    expect(parseFeedDate('2025-12-02T21:05:00+07:00')).toBe('2025-12-02T14:05:00.000Z');
    expect(parseFeedDate('2025-12-02T14:05:00.123Z')).toBe('2025-12-02T14:05:00.000Z');
    expect(parseFeedDate('2025-12-02 21:05:00')).toBe('2025-12-02T14:05:00.000Z');
    expect(parseFeedDate('2025-12-02')).toBe('2025-12-01T17:00:00.000Z');
  });

  it('reads "dd/mm/yyyy HH:mm" and its variants', () => {
    expect(parseFeedDate('02/12/2025 21:05')).toBe('2025-12-02T14:05:00.000Z');
    expect(parseFeedDate('2/12/2025 - 21:05')).toBe('2025-12-02T14:05:00.000Z');
    expect(parseFeedDate('02-12-2025 21h05')).toBe('2025-12-02T14:05:00.000Z');
    expect(parseFeedDate('21:05 02/12/2025')).toBe('2025-12-02T14:05:00.000Z');
    expect(parseFeedDate('02/12/2025 21:05 (GMT+7)')).toBe('2025-12-02T14:05:00.000Z');
    expect(parseFeedDate('02/12/2025')).toBe('2025-12-01T17:00:00.000Z');
    expect(parseFeedDate('Thứ Ba, ngày 02/12/2025 - 21:05')).toBe('2025-12-02T14:05:00.000Z');
    expect(parseFeedDate('Chủ nhật, 07/12/2025 06:30 (GMT+7)')).toBe('2025-12-06T23:30:00.000Z');
    expect(parseFeedDate('Thứ 3, 02/12/2025 21:05')).toBe('2025-12-02T14:05:00.000Z');
  });

  it('gives null rather than a guess', () => {
    for (const s of ['', 'hôm qua', '31/02/2025 10:00', '2025-13-01', '32 Dec 2025 10:00:00', 'Tue, 02 Foo 2025 10:00:00', '02 Dec 2025 25:00:00', '02 Dec 2025 10:00:00 XYZ', null, undefined]) {
      expect(parseFeedDate(s), String(s)).toBeNull();
    }
  });
});
