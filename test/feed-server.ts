/**
 * A local HTTP server that behaves like the press sites the monitoring module polls, good and bad: feeds with
 * ETag and Last-Modified (answering 304), redirect chains and loops, a trickling body, a huge body, binary bodies,
 * feeds in legacy encodings declared wrongly, an HTML page advertising its feeds, malformed XML, 410, 429 with
 * Retry-After, a robots.txt that disallows a path, and Vietnamese article pages.
 *
 * Programmable at run time (`setItems`, `addItems`, `setFeed`) so tests and the Chromium journey can publish new
 * items. Listens on 127.0.0.1 with an ephemeral port. As a command: `npx tsx test/feed-server.ts --port 4599`
 * prints its URL on the first line and serves until killed; another process publishes items with
 * `POST /__feed-server/items` and a JSON body `{ "path": "/feeds/news.rss", "items": [{ "id", "title", "summary"?,
 * "url"?, "publishedAt"? }], "replace"?: false, "format"?: "rss" | "atom" | "json" }`.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import {
  ARTICLE_NEWSPAPER,
  ARTICLE_PORTAL,
  ATOM_FEED,
  HOME_PAGE,
  JSON_FEED,
  MALFORMED_RSS,
  NEWS_SITEMAP,
  NOT_AN_ARTICLE,
  PORTAL_RSS,
} from '../src/platform/feeds/fixtures/vietnamese-feeds';
import {
  LEGACY_SUMMARY,
  LEGACY_TITLE,
  encodeCp1258,
  encodeTcvn3,
  encodeVni,
} from '../src/platform/feeds/fixtures/legacy-encode';
import { renderArticle, renderFeed, type FeedFormat, type ServedItem } from '../src/platform/feeds/fixtures/render';

export { LEGACY_SUMMARY, LEGACY_TITLE, encodeCp1258, encodeTcvn3, encodeVni, renderArticle, renderFeed };
export type { FeedFormat, ServedItem };

export interface RouteOptions {
  status?: number;
  contentType?: string;
  headers?: Record<string, string>;
  /** send ETag / Last-Modified and answer conditional requests with 304 (default true for 200) */
  validators?: boolean;
  /** write the body in small pieces this many ms apart */
  trickleMs?: number;
  /** compress with gzip */
  gzip?: boolean;
}

interface Route {
  body: Buffer | ((res: http.ServerResponse) => void);
  opts: RouteOptions;
  etag: string;
  lastModified: string;
}

export interface FeedServer {
  url: string;
  port: number;
  close(): Promise<void>;
  /** Serves `body` at `path` (replacing what was there); a new body gets a new ETag and Last-Modified. */
  setFeed(path: string, body: string | Buffer, opts?: RouteOptions): void;
  /** Serves a feed of `items` at `path` in the given format (newest first, as published). */
  setItems(path: string, items: ServedItem[], format?: FeedFormat): void;
  /** Publishes more items on a programmable feed, in front of the ones already there. */
  addItems(path: string, items: ServedItem[]): void;
  /** The items a programmable feed currently serves. */
  items(path: string): ServedItem[];
  remove(path: string): void;
  /** How many requests reached `path` (query string ignored), 304s included. */
  hits(path: string): number;
  /** The most requests to `path` the server was answering at once (since the last reset). */
  maxInFlight(path: string): number;
  resetInFlight(path: string): void;
  /** The headers of the last request to `path`. */
  lastHeaders(path: string): http.IncomingHttpHeaders | null;
}

const XML = 'application/rss+xml; charset=utf-8';

/** Starts the server with every built-in route in place. */
export async function startFeedServer(options: { port?: number; host?: string } = {}): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const programmable = new Map<string, { items: ServedItem[]; format: FeedFormat }>();
  const hitCounts = new Map<string, number>();
  const inFlight = new Map<string, { now: number; max: number }>();
  const headersSeen = new Map<string, http.IncomingHttpHeaders>();
  let base = '';

  const setRoute = (path: string, body: Route['body'], opts: RouteOptions = {}): void => {
    const digest = createHash('sha1').update(typeof body === 'function' ? `${path}:${Date.now()}` : body).digest('hex');
    const previous = routes.get(path);
    // Last-Modified has one-second resolution: a changed body must not share the old date.
    let modified = Math.floor(Date.now() / 1000) * 1000;
    if (previous !== undefined && previous.etag !== `"${digest.slice(0, 16)}"`) {
      modified = Math.max(modified, Date.parse(previous.lastModified) + 1000);
    }
    routes.set(path, { body, opts, etag: `"${digest.slice(0, 16)}"`, lastModified: new Date(modified).toUTCString() });
  };
  const render = (path: string): void => {
    const feed = programmable.get(path)!;
    const body = renderFeed(feed.items, feed.format, base);
    setRoute(path, body, { contentType: feed.format === 'json' ? 'application/feed+json' : feed.format === 'atom' ? 'application/atom+xml' : XML });
  };

  const control = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (raw += c));
    req.on('end', () => {
      try {
        const body = JSON.parse(raw) as { path: string; items: Array<ServedItem & { publishedAt?: string }>; replace?: boolean; format?: FeedFormat };
        const items = body.items.map((i) => ({ ...i, publishedAt: i.publishedAt === undefined ? new Date() : new Date(i.publishedAt) }));
        if (body.replace === true || !programmable.has(body.path)) {
          programmable.set(body.path, { items: body.replace === true ? items : [...items], format: body.format ?? 'rss' });
        } else programmable.get(body.path)!.items.unshift(...items);
        render(body.path);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ count: programmable.get(body.path)!.items.length }));
      } catch {
        res.writeHead(400).end();
      }
    });
  };

  // An item published without its own URL links to /bai/<id>.html, served as an article page built from the item.
  const itemPage = (path: string): Route | undefined => {
    const id = /^\/bai\/(.+)\.html$/.exec(path)?.[1];
    if (id === undefined) return undefined;
    for (const feed of programmable.values()) {
      const item = feed.items.find((i) => i.id === decodeURIComponent(id));
      if (item !== undefined) {
        const body = Buffer.from(renderArticle(item));
        return { body, opts: { contentType: 'text/html; charset=utf-8' }, etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`, lastModified: new Date().toUTCString() };
      }
    }
    return undefined;
  };

  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    // POST /__feed-server/items {path, items, replace?, format?}: publishes items from another process (the journey).
    if (req.method === 'POST' && path === '/__feed-server/items') return control(req, res);
    hitCounts.set(path, (hitCounts.get(path) ?? 0) + 1);
    const flight = inFlight.get(path) ?? { now: 0, max: 0 };
    inFlight.set(path, flight);
    flight.now++;
    flight.max = Math.max(flight.max, flight.now);
    res.once('close', () => flight.now--);
    headersSeen.set(path, req.headers);
    const route = routes.get(path) ?? itemPage(path);
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Không tìm thấy');
      return;
    }
    serve(req, res, route);
  });
  server.keepAliveTimeout = 2000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  base = `http://${options.host ?? '127.0.0.1'}:${port}`;

  installBuiltIns(setRoute, base);
  for (const [path, items] of defaultProgrammable(base)) {
    programmable.set(path, items);
    render(path);
  }

  return {
    url: base,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
    setFeed: (path, body, opts) => {
      programmable.delete(path);
      setRoute(path, typeof body === 'string' ? Buffer.from(body, 'utf8') : body, opts);
    },
    setItems: (path, items, format = 'rss') => {
      programmable.set(path, { items: [...items], format });
      render(path);
    },
    addItems: (path, items) => {
      const feed = programmable.get(path) ?? { items: [], format: 'rss' as const };
      feed.items = [...items, ...feed.items];
      programmable.set(path, feed);
      render(path);
    },
    items: (path) => [...(programmable.get(path)?.items ?? [])],
    remove: (path) => {
      programmable.delete(path);
      routes.delete(path);
    },
    hits: (path) => hitCounts.get(path) ?? 0,
    maxInFlight: (path) => inFlight.get(path)?.max ?? 0,
    resetInFlight: (path) => inFlight.delete(path),
    lastHeaders: (path) => headersSeen.get(path) ?? null,
  };
}

function serve(req: http.IncomingMessage, res: http.ServerResponse, route: Route): void {
  const { opts } = route;
  const status = opts.status ?? 200;
  const headers: Record<string, string> = { ...(opts.contentType ? { 'content-type': opts.contentType } : {}), ...opts.headers };
  const validators = status === 200 && opts.validators !== false && typeof route.body !== 'function';
  if (validators) {
    headers.etag = route.etag;
    headers['last-modified'] = route.lastModified;
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    const fresh = inm !== undefined ? inm.split(',').some((t) => t.trim() === route.etag) : ims !== undefined && Date.parse(ims) >= Date.parse(route.lastModified);
    if (fresh) {
      res.writeHead(304, { etag: route.etag, 'last-modified': route.lastModified }).end();
      return;
    }
  }
  if (typeof route.body === 'function') {
    res.writeHead(status, headers);
    route.body(res);
    return;
  }
  let body = route.body;
  if (opts.gzip) {
    body = zlib.gzipSync(body);
    headers['content-encoding'] = 'gzip';
  }
  if (opts.trickleMs === undefined) {
    res.writeHead(status, { ...headers, 'content-length': String(body.length) }).end(body);
    return;
  }
  res.writeHead(status, headers);
  let offset = 0;
  const timer = setInterval(() => {
    if (res.destroyed || offset >= body.length) {
      clearInterval(timer);
      res.end();
      return;
    }
    res.write(body.subarray(offset, offset + 16));
    offset += 16;
  }, opts.trickleMs);
  res.on('close', () => clearInterval(timer));
}

function legacyRss(title: string, summary: string): string {
  return `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Cổng tin cũ</title><link>http://cu.example.vn/</link>
<item><title>${title}</title><link>http://cu.example.vn/tin/1</link><description>${summary}</description><pubDate>02/12/2025 09:00</pubDate></item>
</channel></rss>`;
}

type SetRoute = (path: string, body: Route['body'], opts?: RouteOptions) => void;

function installBuiltIns(set: SetRoute, base: string): void {
  const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
  set('/robots.txt', utf8('User-agent: *\nDisallow: /private/\nAllow: /private/open.xml\n\nUser-agent: BadBot\nDisallow: /\n'), { contentType: 'text/plain' });
  set('/feeds/portal.rss', utf8(PORTAL_RSS), { contentType: XML });
  set('/feeds/atom.xml', utf8(ATOM_FEED), { contentType: 'application/atom+xml' });
  set('/feeds/feed.json', utf8(JSON_FEED), { contentType: 'application/feed+json' });
  set('/feeds/news-sitemap.xml', utf8(NEWS_SITEMAP), { contentType: 'application/xml' });
  set('/feeds/gzip.rss', utf8(PORTAL_RSS), { contentType: XML, gzip: true });
  set('/feeds/sitemap.xml.gz', zlib.gzipSync(NEWS_SITEMAP), { contentType: 'application/x-gzip' });
  set('/binary/archive.tar.gz', zlib.gzipSync(Buffer.concat([Buffer.from('ustar'), Buffer.alloc(2048, 0)])), { contentType: 'application/gzip' });
  const bomb = zlib.gzipSync(Buffer.alloc(12 * 1024 * 1024, 0x20));
  set('/huge/bomb.xml.gz', bomb, { contentType: 'application/gzip' });
  set('/huge/encoded-bomb.xml', bomb, { contentType: XML, headers: { 'content-encoding': 'gzip' } });
  set('/private/feed.xml', utf8(PORTAL_RSS), { contentType: XML });
  set('/private/open.xml', utf8(PORTAL_RSS), { contentType: XML });
  const home = HOME_PAGE.replace('/rss/thoi-su.rss', '/feeds/news.rss').replace('https://tinmoi.example.vn/atom.xml', `${base}/feeds/news.atom`);
  set('/pages/home.html', utf8(home), { contentType: 'text/html; charset=utf-8' });
  set('/articles/newspaper.html', utf8(ARTICLE_NEWSPAPER), { contentType: 'text/html; charset=utf-8' });
  set('/articles/portal.html', utf8(ARTICLE_PORTAL), { contentType: 'text/html' });
  set('/articles/login.html', utf8(NOT_AN_ARTICLE), { contentType: 'text/html' });
  set('/broken/malformed.xml', utf8(MALFORMED_RSS), { contentType: XML });
  set('/broken/empty.xml', Buffer.alloc(0), { contentType: XML });

  // Redirects: a chain that ends on a feed, a loop, and a chain longer than the fetcher allows.
  set('/redirect/start', Buffer.alloc(0), { status: 302, headers: { location: '/redirect/middle' } });
  set('/redirect/middle', Buffer.alloc(0), { status: 301, headers: { location: `${base}/feeds/portal.rss` } });
  set('/loop/a', Buffer.alloc(0), { status: 302, headers: { location: '/loop/b' } });
  set('/loop/b', Buffer.alloc(0), { status: 307, headers: { location: '/loop/a' } });
  for (let i = 0; i < 12; i++) set(`/chain/${i}`, Buffer.alloc(0), { status: 302, headers: { location: `/chain/${i + 1}` } });
  set('/chain/12', utf8(PORTAL_RSS), { contentType: XML });
  set('/redirect/to-private', Buffer.alloc(0), { status: 302, headers: { location: '/private/feed.xml' } });
  set('/redirect/to-file', Buffer.alloc(0), { status: 302, headers: { location: 'file:///etc/passwd' } });

  // Failures.
  set('/gone.rss', utf8('Gone'), { status: 410, contentType: 'text/plain' });
  set('/busy.rss', utf8('Too many requests'), { status: 429, contentType: 'text/plain', headers: { 'retry-after': '120' } });
  set('/error.rss', utf8('Internal error'), { status: 500, contentType: 'text/plain' });
  set('/slow/feed.xml', utf8(PORTAL_RSS), { contentType: XML, trickleMs: 200 });
  set('/huge/feed.xml', (res) => streamHuge(res), { contentType: XML });
  set('/binary/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(2000).fill(7)]), { contentType: 'image/png' });
  set('/binary/disguised.xml', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, ...new Array(3000).fill(0)]), { contentType: 'application/xml' });
  set('/binary/nul.xml', Buffer.concat([utf8('<?xml version="1.0"?><rss>'), Buffer.alloc(64, 0), utf8('</rss>')]), { contentType: XML });

  // Legacy encodings, each declared wrongly or not at all.
  const legacy = legacyRss(LEGACY_TITLE, LEGACY_SUMMARY);
  set('/legacy/windows-1258.rss', encodeCp1258(legacy), { contentType: 'text/xml; charset=utf-8' });
  set('/legacy/tcvn3.rss', encodeTcvn3(legacy), { contentType: 'text/xml; charset=iso-8859-1' });
  set('/legacy/vni.rss', encodeVni(legacy), { contentType: 'text/xml; charset=windows-1252' });
  set('/legacy/viscii.rss', iconv.encode(legacy, 'viscii'), { contentType: 'text/xml' });
  set('/legacy/utf16-bom.rss', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(legacy, 'utf-16le')]), { contentType: 'text/xml; charset=utf-8' });
  set('/legacy/utf16-nobom.rss', iconv.encode(legacy.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="utf-8"?>'), 'utf-16be'), { contentType: 'application/xml' });
}

/** 30 MB of feed-shaped text, written as fast as the client reads it, stopping when the client goes away. */
function streamHuge(res: http.ServerResponse): void {
  const chunk = Buffer.from(`<item><title>${'Tin dài '.repeat(100)}</title></item>\n`.repeat(64));
  let sent = 0;
  const limit = 30 * 1024 * 1024;
  res.write('<?xml version="1.0"?><rss><channel>');
  const pump = (): void => {
    while (sent < limit && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    if (!res.destroyed) res.end('</channel></rss>');
  };
  pump();
}

function defaultProgrammable(base: string): Array<[string, { items: ServedItem[]; format: FeedFormat }]> {
  const t0 = Date.UTC(2025, 11, 2, 1, 0, 0);
  const items: ServedItem[] = [
    { id: 'tin-3', title: 'Lào Cai khởi công tuyến đường nối các xã vùng cao', summary: 'Tuyến đường dài 42 km, vốn hơn 1.200 tỷ đồng.', url: '/articles/newspaper.html', publishedAt: new Date(t0 + 3 * 3_600_000) },
    { id: 'tin-2', title: 'Tỉnh họp bàn phòng chống rét cho gia súc', summary: 'Các xã hướng dẫn người dân che chắn chuồng trại.', url: '/articles/portal.html', publishedAt: new Date(t0 + 2 * 3_600_000) },
    { id: 'tin-1', title: 'Người dân Yên Bái góp ý dự thảo quy hoạch đô thị', summary: 'Hơn 300 ý kiến được gửi tới Sở Xây dựng.', publishedAt: new Date(t0 + 3_600_000) },
  ];
  void base;
  return [
    ['/feeds/news.rss', { items, format: 'rss' }],
    ['/feeds/news.atom', { items, format: 'atom' }],
    ['/feeds/news.json', { items, format: 'json' }],
  ];
}

// Command line: `npx tsx test/feed-server.ts --port 4599 [--host 127.0.0.1]`
if (process.argv[1] !== undefined && /feed-server\.[cm]?[tj]s$/.test(process.argv[1])) {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(name);
    return i === -1 ? undefined : process.argv[i + 1];
  };
  const port = Number(arg('--port') ?? 0);
  startFeedServer({ port, host: arg('--host') })
    .then((s) => {
      process.stdout.write(`${s.url}\n`);
      const stop = (): void => void s.close().then(() => process.exit(0));
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
    })
    .catch((err: unknown) => {
      process.stderr.write(`feed server: ${String(err)}\n`);
      process.exit(1);
    });
}
