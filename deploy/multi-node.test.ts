import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/platform/db';
import { createTestDatabase } from '../test/db';
import { SERVER_MAIN } from '../test/server-bundle';
import { ensureOfficeBuild } from '../scripts/build-office.mjs';
import { Child, freePort, rollUpstream, serverProcess, sleep, startNginx, webProcess } from './harness';
import { failTimeoutSeconds, findNginx } from './nginx-config';

/**
 * The deployment of docs/operations.md on one machine: Debian's nginx, with the site's own rules
 * (deploy/nginx/dong-thuan-locations.conf) on plain HTTP, in front of two web processes (`--web --no-demo`, two
 * ports) and one worker (`--worker`, which migrates and loads the demo data first), on a fresh PostgreSQL database.
 * Through nginx a visitor reads the portal (compressed, hashed assets cached a year), an officer signs in and lists
 * the drafts, the size limits answer in Vietnamese, and citizens post comments with idempotency keys while one web
 * process is restarted as the runbook rolls an upgrade (marked down in nginx, SIGTERM, a new one, back in) and while one is killed with SIGKILL:
 * no comment is lost or stored twice, a post sent again gets its receipt back, no page request fails (nginx retries
 * it on the other process), and with both processes down nginx answers with the Vietnamese maintenance page and 503.
 * Each post comes from its own address in X-Forwarded-For, which nginx passes on and the application trusts from a
 * loopback proxy (TRUST_PROXY): were it lost, the per-address limits would refuse most of the load.
 */
const pgUrl = process.env.TEST_DATABASE_URL;
const mustRun = process.env.REQUIRE_ALL_TIERS === '1';
const nginx = findNginx();
const RECEIPT = /\/gop-y\/bien-nhan\/(GY-[0-9A-Z]{8})/;
const ADMIN_PASSWORD = 'Quan-tri-nginx-2024!';

/** One citizen's comment: its marker is its idempotency key and the start of its text. */
interface Post {
  marker: string;
  index: number;
  receipts: Set<string>;
  statuses: string[];
}

/**
 * fetch as a browser sends a request: when a kept-alive connection turns out closed by the server before any answer
 * (nginx's old workers close their idle connections on a reload), the request is sent again on a new connection.
 * Browsers do this for every method (Chromium's ShouldResendRequest: a reused socket, nothing received); the
 * comment form's idempotency key makes it safe for a post anyway. fetch cannot ask for a new connection, and the next
 * one it takes from its pool may be closed too: up to four tries. Counted in `resends`.
 */
async function browserFetch(url: string, init: RequestInit, resends: { n: number }): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, { ...init, signal: AbortSignal.timeout(15_000) });
    } catch (e) {
      const code = String(((e as Error).cause as { code?: unknown } | undefined)?.code ?? '');
      if (attempt === 4 || !(e instanceof TypeError) || !['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE', 'UND_ERR_CLOSED'].includes(code)) throw e;
      resends.n++;
    }
  }
}

/**
 * Citizens posting comments (four clients, each post with its own idempotency key, address and phone) and visitors
 * reading pages (two readers), through nginx, until stopped; every outcome kept.
 */
class CommentLoad {
  readonly posts: Post[] = [];
  readonly pageFailures: string[] = [];
  pageRequests = 0;
  /** Requests sent again by browserFetch after a closed kept-alive connection. */
  readonly resends = { n: 0 };
  private isStopping = false;
  private running: Promise<unknown> = Promise.resolve();

  constructor(private readonly base: string, private readonly commentPath: string, private readonly runId: string) {}

  start(): void {
    const client = async (c: number) => {
      for (let k = 0; !this.isStopping; k++) {
        const post: Post = { marker: `nginx-${this.runId}-${c}-${k}`, index: c * 1000 + k, receipts: new Set(), statuses: [] };
        this.posts.push(post);
        await this.attempt(post);
      }
    };
    const reader = async () => {
      const pages = ['/gop-y', this.commentPath, this.commentPath.replace(/\/y-kien$/, ''), '/api/health/live'];
      for (let k = 0; !this.isStopping; k++) {
        const p = pages[k % pages.length]!;
        this.pageRequests++;
        try {
          const res = await browserFetch(`${this.base}${p}`, { redirect: 'manual' }, this.resends);
          await res.arrayBuffer();
          if (res.status !== 200) this.pageFailures.push(`${p} ${res.status}`);
        } catch (e) {
          this.pageFailures.push(`${p} ${(e as Error).name}:${String(((e as Error).cause as { code?: unknown } | undefined)?.code ?? '')}`);
        }
      }
    };
    this.running = Promise.all([...Array.from({ length: 4 }, (_, c) => client(c)), reader(), reader()]);
  }

  async stop(): Promise<void> {
    this.isStopping = true;
    await this.running;
  }

  /** One attempt at posting; the receipt when the answer carried one. */
  async attempt(post: Post): Promise<string | null> {
    // an address in 198.18.0.0/15 and a phone of its own: the per-client intake limits never apply
    const n = 1 + post.index;
    const form = new URLSearchParams({ idempotencyKey: post.marker, commenterType: 'citizen', name: `Người thử ${post.index}`, phone: `09${String(post.index).padStart(8, '0')}`, stance: 'propose', body: `${post.marker} — góp ý thử qua nginx.`, consentProcessing: '1' });
    try {
      const res = await browserFetch(`${this.base}${this.commentPath}`, { method: 'POST', body: form, redirect: 'manual', headers: { 'x-forwarded-for': `198.18.${(n >> 8) & 255}.${n & 255}` } }, this.resends);
      const text = await res.text();
      post.statuses.push(String(res.status));
      const receipt = res.status === 303 ? RECEIPT.exec(res.headers.get('location') ?? '')?.[1] : undefined;
      if (receipt) {
        post.receipts.add(receipt);
        return receipt;
      }
      // A post cut by a dying process: nginx does not resend a POST, and shows its maintenance page instead. A web
      // process being stopped may also answer 503 itself (Fastify's return503OnClosing) to a request that reached
      // it in the moment it stopped; counted apart, as "503-app".
      if (res.status === 503 && !text.includes('Hệ thống đang bảo trì')) post.statuses[post.statuses.length - 1] = '503-app';
      return null;
    } catch (e) {
      post.statuses.push(`${(e as Error).name}:${String(((e as Error).cause as { code?: unknown; message?: unknown } | undefined)?.code ?? ((e as Error).cause as { message?: unknown } | undefined)?.message ?? '')}`);
      return null;
    }
  }

  /** Sends every post still without a receipt again, with its key, up to five times. */
  async retryUnanswered(): Promise<void> {
    for (const post of this.posts.filter((p) => p.receipts.size === 0)) {
      for (let tries = 0; tries < 5 && post.receipts.size === 0; tries++) await this.attempt(post);
    }
  }

  /** Every post has one receipt, and the database holds each post once, under that receipt. */
  async expectStoredOnce(databaseUrl: string): Promise<void> {
    expect(this.posts.filter((p) => p.receipts.size !== 1).map((p) => `${p.marker}: ${p.statuses.join(' ')}`)).toEqual([]);
    const database = await openDatabase(databaseUrl, { migrate: false });
    try {
      const { rows } = await database.query<{ body: string; receipt_code: string }>(`select body, receipt_code from comments where body like $1`, [`nginx-${this.runId}-%`]);
      const stored = new Map<string, string[]>();
      for (const r of rows) {
        const marker = r.body.split(' ')[0]!;
        stored.set(marker, [...(stored.get(marker) ?? []), r.receipt_code]);
      }
      const wrong = this.posts.filter((p) => {
        const codes = stored.get(p.marker) ?? [];
        return codes.length !== 1 || codes[0] !== [...p.receipts][0];
      });
      expect(wrong.map((p) => `${p.marker}: stored ${JSON.stringify(stored.get(p.marker) ?? [])}, receipt ${[...p.receipts].join(',')}`)).toEqual([]);
      expect(rows.length).toBe(this.posts.length);
    } finally {
      await database.close();
    }
  }
}

describe.runIf((pgUrl && nginx) || mustRun)('nginx in front of two web processes and a worker [postgres]', () => {
  let tmp = '';
  const children: Child[] = [];
  let drop: (() => Promise<void>) | null = null;
  let databaseUrl = '';
  let base = '';
  let proxy: Child;
  let webs: Child[] = [];
  let env: NodeJS.ProcessEnv = {};

  const keep = (child: Child) => (children.push(child), child);
  const startWeb = (port: number, name: string) => keep(webProcess(SERVER_MAIN, name, env, port));

  beforeAll(async () => {
    if (!nginx) throw new Error('REQUIRE_ALL_TIERS=1 nhưng chưa cài nginx (apt-get install nginx-light): bài kiểm tra nhiều tiến trình sau nginx không được bỏ qua.');
    if (!pgUrl) throw new Error('REQUIRE_ALL_TIERS=1 but TEST_DATABASE_URL is not set');
    // the web processes serve the back office from dist/office, as a release built by the runbook has it
    ensureOfficeBuild(process.cwd());
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'multi-node-'));
    const created = await createTestDatabase(pgUrl);
    drop = created.drop;
    databaseUrl = created.url;
    env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ADMIN_PASSWORD,
      FILES_DIR: path.join(tmp, 'files'),
      AUDIT_CHECKPOINT_FILE: path.join(tmp, 'audit-checkpoints.jsonl'),
      DATABASE_POOL_MAX: '4',
      WEB_PROCESSES: '1',
      TRUST_PROXY: 'loopback',
    };
    // the worker migrates and loads the demo data (an open consultation, the admin account) before the web starts
    const worker = keep(serverProcess(SERVER_MAIN, 'worker', ['--worker'], env));
    await worker.ready();
    const ports = [await freePort(), await freePort()];
    webs = ports.map((port, i) => startWeb(port, `web-${i + 1}`));
    await Promise.all(webs.map((w) => w.ready()));
    const started = await startNginx(nginx, tmp, ports);
    proxy = keep(started.proxy);
    base = started.base;
  }, 180_000);

  afterAll(async () => {
    // nginx stops gracefully on SIGQUIT; the platform's processes on SIGTERM
    await Promise.all(children.map((c) => c.stop()));
    await drop?.();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  const get = (p: string, headers: Record<string, string> = {}) => fetch(`${base}${p}`, { headers, redirect: 'manual', signal: AbortSignal.timeout(15_000) });

  /** The open consultation's comment form, found as a visitor finds it: the portal's list, then each draft's form. */
  async function findCommentPath(): Promise<string> {
    const list = await (await get('/gop-y')).text();
    const slugs = [...new Set([...list.matchAll(/href="\/gop-y\/([a-z0-9-]+)"/g)].map((m) => m[1]!))];
    for (const slug of slugs) {
      const form = await get(`/gop-y/${slug}/y-kien`);
      if (form.status === 200 && (await form.text()).includes('name="idempotencyKey"')) return `/gop-y/${slug}/y-kien`;
    }
    throw new Error(`no open comment form among the drafts on /gop-y (${slugs.join(', ') || 'none'})`);
  }

  it('serves the portal through nginx: pages, compressed and cached assets, its request id', async () => {
    const home = await get('/gop-y', { 'accept-encoding': 'gzip' });
    expect(home.status).toBe(200);
    // nginx's $request_id (32 hex digits) became the application's request id
    expect(home.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
    const html = await home.text();
    expect(html).toMatch(/<html lang="vi"/);
    const css = /href="(\/assets\/portal\.[0-9a-f]{10}\.css)"/.exec(html)?.[1];
    expect(css, 'the portal links its hashed stylesheet').toBeDefined();
    const asset = await get(css!, { 'accept-encoding': 'gzip' });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    const office = await get('/office/', { 'accept-encoding': 'br' });
    expect(office.status).toBe(200);
    const script = /src="(\/office\/assets\/[^"]+\.js)"/.exec(await office.text())?.[1];
    expect(script, 'the office page links its built script').toBeDefined();
    const built = await get(script!);
    expect(built.status).toBe(200);
    expect(built.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // the operational figures are not for the public, whatever answers behind nginx
    expect((await get('/metrics')).status).toBe(404);
  });

  it('signs an officer in through nginx and lists the drafts', async () => {
    const json = (p: string, method: string, body: unknown, session?: { cookie: string; csrf: string }) =>
      fetch(`${base}${p}`, {
        method,
        body: body === undefined ? undefined : JSON.stringify(body),
        headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}) },
        signal: AbortSignal.timeout(15_000),
      });
    const signIn = async (username: string, password: string) => {
      const res = await json('/api/v1/session', 'POST', { username, password });
      expect(res.status, await res.clone().text()).toBe(200);
      const cookie = /dt_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0];
      expect(cookie).toBeDefined();
      return { cookie: cookie!, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
    };
    const admin = await signIn('admin', ADMIN_PASSWORD);
    const password = `Can-bo-${randomBytes(6).toString('hex')}`;
    const created = await json('/api/v1/users', 'POST', { username: 'canbo.nginx', displayName: 'Cán bộ thử nghiệm', password, mustChangePassword: false, roles: [{ role: 'officer', unitId: 'lc-so-tp' }] }, admin);
    expect(created.status, await created.clone().text()).toBe(201);
    const officer = await signIn('canbo.nginx', password);
    const drafts = await fetch(`${base}/api/v1/policies`, { headers: { cookie: officer.cookie } });
    expect(drafts.status).toBe(200);
    const { items } = (await drafts.json()) as { items: { title: string; openRound: unknown }[] };
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((d) => d.openRound !== null), 'the demo data has a draft open for comments').toBe(true);
  });

  it('keeps the size limits: the application refuses what is under the limit of nginx, nginx what is over it, in Vietnamese', async () => {
    const commentPath = await findCommentPath();
    const NGINX_PAGE = 'Dữ liệu gửi lên quá lớn';
    const post = (p: string, body: BodyInit, type?: string) => fetch(`${base}${p}`, { method: 'POST', body, headers: type ? { 'content-type': type } : {}, redirect: 'manual', signal: AbortSignal.timeout(30_000) });
    // a 6 MB photo with a comment: under nginx's 16 MB, refused by the form itself (5 MB a file), on the form
    const form = new FormData();
    form.set('body', 'Góp ý kèm ảnh quá lớn.');
    form.set('attachments', new Blob([new Uint8Array(6 * 1024 * 1024)], { type: 'image/png' }), 'anh.png');
    const photo = await post(commentPath, form);
    const photoPage = await photo.text();
    expect(photo.status).toBe(413);
    expect(photoPage).toContain('5 MB');
    expect(photoPage).not.toContain(NGINX_PAGE);
    // 17 MB at the comment form: over nginx's limit for /gop-y, refused before it reaches a web process
    const huge = await post(commentPath, new Uint8Array(17 * 1024 * 1024), 'application/x-www-form-urlencoded');
    expect(huge.status).toBe(413);
    expect(await huge.text()).toContain(NGINX_PAGE);
    // 2 MB of JSON for the API: under nginx's 32 MB for /api/, refused by the application's 1 MB JSON limit. The
    // application answers before reading the body and closes the connection; when nginx is still writing the body
    // then, it sees a broken pipe and shows the maintenance page instead (and skips that process for fail_timeout).
    // Either way, never nginx's built-in English page.
    const json = await post('/api/v1/session', JSON.stringify({ username: 'x', password: 'y'.repeat(2 * 1024 * 1024) }), 'application/json');
    const jsonText = await json.text();
    const isRefusedByApp = json.status === 413 && /^application\/problem\+json/.test(json.headers.get('content-type') ?? '');
    const isMaintenance = json.status === 503 && jsonText.includes('Hệ thống đang bảo trì');
    expect(isRefusedByApp || isMaintenance, `${json.status} ${json.headers.get('content-type')}: ${jsonText.slice(0, 300)}`).toBe(true);
    // and elsewhere nginx takes no more than the application's largest JSON body
    const elsewhere = await post('/tai-khoan', new Uint8Array(2 * 1024 * 1024), 'application/x-www-form-urlencoded');
    expect(elsewhere.status).toBe(413);
    expect(await elsewhere.text()).toContain(NGINX_PAGE);
    // the next tests start with both processes in nginx's rotation again
    await sleep(failTimeoutSeconds() * 1000 + 1000);
  }, 60_000);

  it('restarts a web process gracefully under load, as an upgrade rolls them: no page fails, no comment lost or doubled', async () => {
    const load = new CommentLoad(base, await findCommentPath(), `roll-${randomBytes(4).toString('hex')}`);
    load.start();
    await sleep(700);
    // the runbook's rolling restart (docs/operations.md, "Nâng cấp", step 5): the process is marked down in nginx's
    // upstream and nginx reloaded, so no new request goes to it; then `systemctl restart dong-thuan-web@PORT`
    // (SIGTERM: finish what it has; then a new one); once it is ready, the mark is removed and nginx reloaded again
    const port = webs[1]!.port;
    const site = path.join(tmp, 'site.conf');
    const original = fs.readFileSync(site, 'utf8');
    await rollUpstream(proxy, tmp, port, 'down');
    expect(fs.readFileSync(site, 'utf8').split('\n').filter((l) => / down;$/.test(l)), 'the runbook marks exactly this process down').toEqual([expect.stringContaining(`127.0.0.1:${port} `)]);
    await webs[1]!.signal('SIGTERM');
    webs[1] = startWeb(port, 'web-2 (restarted)');
    await webs[1].ready(45_000);
    await rollUpstream(proxy, tmp, port, 'up');
    expect(fs.readFileSync(site, 'utf8'), 'the runbook brings the site back as it was').toBe(original);
    const accessLog = path.join(tmp, 'access.log');
    const linesBefore = fs.readFileSync(accessLog, 'utf8').split('\n').length;
    await sleep(500);
    await load.stop();
    await load.retryUnanswered();

    expect(load.posts.length).toBeGreaterThan(20);
    expect(load.pageFailures, `${load.pageFailures.length} of ${load.pageRequests} page requests failed: ${[...new Set(load.pageFailures)].slice(0, 10).join(', ')}`).toEqual([]);
    // nginx sent the stopping process nothing new, and the process finished what it had: every post answered at once
    const resent = load.posts.filter((p) => p.statuses[0] !== '303');
    expect(resent.map((p) => `${p.marker}: ${p.statuses.join(' ')}`)).toEqual([]);
    await load.expectStoredOnce(databaseUrl);
    // after the wait, nginx sends the restarted process its share again
    const served = fs.readFileSync(accessLog, 'utf8').split('\n').slice(linesBefore).filter((l) => l.includes(`upstream=127.0.0.1:${port} `));
    expect(served.length, 'the restarted process got no request back from nginx').toBeGreaterThan(0);
  }, 90_000);

  it('loses and duplicates no comment, and fails no page, when a web process is killed mid-way', async () => {
    const load = new CommentLoad(base, await findCommentPath(), `kill-${randomBytes(4).toString('hex')}`);
    load.start();
    await sleep(1000);
    // Stopped first, so that requests are surely in flight on it when it dies: nginx keeps sending it its share
    // (the connections are accepted by the kernel), each client's next post or page waits there, then SIGKILL.
    const victimPort = webs[0]!.port;
    webs[0]!.proc.kill('SIGSTOP');
    await sleep(400);
    const postsBeforeKill = load.posts.length;
    await webs[0]!.signal('SIGKILL');
    await sleep(1500);
    // the load goes on until the survivor has served enough of it to judge (a slow machine needs longer than 1.5 s)
    for (const until = Date.now() + 20_000; Date.now() < until && (load.pageRequests <= 20 || load.posts.length - postsBeforeKill <= 4); ) await sleep(250);
    await load.stop();
    // every post without a receipt is sent again with its key, as a person pressing "Gửi" on the same form would
    await load.retryUnanswered();
    // and a post that had its receipt, sent again, gets the same receipt back
    for (const post of load.posts.filter((p) => p.receipts.size === 1).slice(0, 5)) {
      const before = [...post.receipts][0];
      expect(await load.attempt(post), `sent again: ${post.statuses.join(' ')}`).toBe(before);
    }

    // the kill cut posts (nginx answered them with its maintenance page, not resent), and page requests that nginx
    // then sent to the other process
    const cut = load.posts.filter((p) => p.statuses[0] === '503');
    expect(cut.length, `no post was in flight on the killed process (statuses: ${JSON.stringify(load.posts.map((p) => p.statuses[0]))})`).toBeGreaterThan(0);
    const nginxErrors = fs.readFileSync(path.join(tmp, 'error.log'), 'utf8').split('\n');
    const cutPages = nginxErrors.filter((l) => /(recv\(\) failed|prematurely closed)/.test(l) && l.includes('request: "GET ') && l.includes(`upstream: "http://127.0.0.1:${victimPort}/`));
    expect(cutPages.length, `no page request was in flight on the killed process:\n${nginxErrors.join('\n')}`).toBeGreaterThan(0);
    expect(postsBeforeKill, 'comments were posted before the kill').toBeGreaterThan(4);
    expect(load.posts.length - postsBeforeKill, 'comments were posted after the kill').toBeGreaterThan(4);
    expect(load.pageRequests).toBeGreaterThan(20);
    expect(load.pageFailures, `${load.pageFailures.length} of ${load.pageRequests} page requests failed: ${[...new Set(load.pageFailures)].slice(0, 10).join(', ')}`).toEqual([]);
    await load.expectStoredOnce(databaseUrl);
  });

  it('shows the Vietnamese maintenance page with 503 when no web process answers', async () => {
    await Promise.all(webs.map((w) => w.signal('SIGKILL')));
    const requests = [
      get('/gop-y'),
      get('/office/'),
      fetch(`${base}/gop-y/du-thao/y-kien`, { method: 'POST', body: new URLSearchParams({ body: 'x' }) }),
      // a body over the page's own location limit (1 MB) still gets the page, not nginx's English 413
      fetch(`${base}/api/v1/policies/x/versions`, { method: 'POST', body: new Uint8Array(2 * 1024 * 1024), headers: { 'content-type': 'application/octet-stream' } }),
    ];
    for (const request of requests) {
      const res = await request;
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('retry-after')).toBe('30');
      const page = await res.text();
      expect(page).toContain('<html lang="vi">');
      expect(page).toContain('Hệ thống đang bảo trì');
    }
  });
});
