import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDriver } from '../../../../test/db';
import { auth, buildTestApp, signInAs, type Session } from '../../../../test/app';
import { buildDemoOrg, buildUser } from '../../../../test/factories';
import type { App } from '../../../platform/http';
import { scanAlerts } from './scan-alerts';
import { signWebhook, WEBHOOK_BACKOFF_MS } from './webhook';

/** A webhook receiver on 127.0.0.1 whose answer each test sets: a status, or no answer at all (a timeout). */
async function startReceiver() {
  const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  let answer: { status: number } | 'hang' = { status: 200 };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      if (answer === 'hang') return; // never answers: the sender's timeout decides
      res.writeHead(answer.status).end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}/hook`, received, answer: (a: { status: number } | 'hang') => (answer = a), close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}

describeEachDriver('monitoring alerts: rules, spike against a baseline, no repeats, deliveries and webhooks', (getDb) => {
  let app: App;
  let coordinator: Session;
  let coordinatorId: string;
  let officer: Session;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const q = (text: string, params: unknown[] = []) => getDb().query(text, params);
  let n = 0;

  /** Items as the core's pipeline stores them (relevant, scored), ingested at `ingestedAt`. */
  const plant = async (items: { title: string; sentiment?: string; relevant?: boolean; ingestedAt?: Date; publishedAt?: Date | null; source?: string; terms?: string[] }[]) => {
    for (const it of items) {
      const id = `it-${++n}`;
      const at = (it.ingestedAt ?? new Date()).toISOString();
      const matches = (it.terms ?? ['Lào Cai']).map((label) => ({ watchlistId: 'w', termId: null, label, field: 'title', start: 0, end: 1 }));
      await q(`insert into monitoring_items (id, source_id, kind, title, body, content_hash, sentiment, relevant, matches, ingested_at, published_at) values ($1, $2, 'article', $3, $4, $5, $6, $7, $8::jsonb, $9::timestamptz, $10::timestamptz)`, [
        id, it.source ?? 'src-a', it.title, `${it.title}. Nội dung chi tiết của bài số ${n}.`, `h-${id}`, it.sentiment ?? 'neutral', it.relevant ?? true, JSON.stringify(matches), at, it.publishedAt === undefined ? at : it.publishedAt?.toISOString() ?? null,
      ]);
    }
  };
  const alerts = async () => (await app.inject({ url: '/api/v1/monitoring/alerts?limit=50', headers: auth(coordinator) })).json();
  const createRule = (body: object) => app.inject({ method: 'POST', url: '/api/v1/monitoring/alert-rules', headers: auth(coordinator), payload: body });

  beforeAll(async () => {
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
    const c = await buildUser(getDb(), { role: 'coordinator', unitId: 'lc-so-ct' });
    coordinatorId = c.id;
    await q(`update users set email = 'dieu.phoi@vidu.vn' where id = $1`, [c.id]);
    coordinator = await signInAs(app, c.username, c.password);
    const o = await buildUser(getDb(), { role: 'officer', unitId: 'lc-so-ct' });
    officer = await signInAs(app, o.username, o.password);
    receiver = await startReceiver();
    await q(`insert into monitoring_sources (id, name, kind, url) values ('src-a', 'Báo Lào Cai điện tử', 'feed', 'http://127.0.0.1/a'), ('src-b', 'Diễn đàn X', 'feed', 'http://127.0.0.1/b')`);
    // the job reads after its cursor: start it after whatever is there
    await scanAlerts(getDb().db, { allowPrivateHosts: true });
  });
  afterAll(async () => {
    await receiver?.close();
    await app?.close();
  });

  it('refuses a rule with a bad query (with its position), a private webhook, no recipient, and an officer', async () => {
    const bad = await createRule({ name: 'Sạt lở', kind: 'keyword', query: '(sạt lở AND "Yên Bái"', userIds: [coordinatorId] });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0]).toMatchObject({ path: 'query' });
    expect(bad.json().errors[0].message).toMatch(/vị trí/);
    // the server under test does not allow private hosts (MONITORING_ALLOW_PRIVATE_HOSTS is off here)
    const priv = await createRule({ name: 'Webhook nội bộ', kind: 'volume', webhookUrl: 'http://127.0.0.1:9/x' });
    expect(priv.statusCode).toBe(422);
    expect(priv.json().errors[0]).toMatchObject({ path: 'webhookUrl', message: 'Webhook không được gửi tới địa chỉ trong mạng nội bộ.' });
    const none = await createRule({ name: 'Không ai nhận', kind: 'volume' });
    expect(none.statusCode).toBe(422);
    expect(none.json().errors[0].message).toBe('Chọn ít nhất một người nhận, một địa chỉ thư hoặc một webhook.');
    expect((await app.inject({ method: 'POST', url: '/api/v1/monitoring/alert-rules', headers: auth(officer), payload: { name: 'x', kind: 'volume', emails: ['a@b.vn'] } })).statusCode).toBe(403);
  });

  it('alerts on a burst of negative items against a quiet week, once, within seconds, explained, to the office, by mail and by signed webhook', async () => {
    const rule = await createRule({ name: 'Tin tiêu cực tăng đột biến', kind: 'negative_spike', params: { windowMinutes: 60, baselineDays: 7, k: 2, minCount: 5 }, userIds: [coordinatorId], emails: ['lanh.dao@vidu.vn'] });
    expect(rule.statusCode).toBe(201);
    // the webhook goes to 127.0.0.1: set directly, as an installation with MONITORING_ALLOW_PRIVATE_HOSTS would
    await q(`update monitoring_alert_rules set webhook_url = $1, webhook_secret = 'bi-mat' where id = $2`, [receiver.url, rule.json().id]);
    const now = Date.now();
    // a week of one or two negative items a day (the baseline), then four negative items in the last hour: not yet
    for (let d = 1; d <= 7; d++) await plant([{ title: `Phản ánh ngày ${d}`, sentiment: 'negative', ingestedAt: new Date(now - d * 86400_000) }]);
    await plant(Array.from({ length: 4 }, (_, i) => ({ title: `Người dân bức xúc vì sạt lở ${i}`, sentiment: 'negative', terms: ['Lào Cai', 'sạt lở'] })));
    await plant([{ title: 'Khánh thành cầu mới', sentiment: 'positive' }]);
    expect((await scanAlerts(getDb().db, { allowPrivateHosts: true })).alerts).toBe(0);
    // the fifth negative item in the hour reaches the minimum: one alert
    await plant([{ title: 'Đường bị chia cắt do sạt lở', sentiment: 'negative', source: 'src-b', terms: ['Lào Cai', 'sạt lở'] }]);
    const [lastItem] = (await q(`select ingested_at from monitoring_items order by seq desc limit 1`)).rows as { ingested_at: string }[];
    const run = await scanAlerts(getDb().db, { allowPrivateHosts: true, publicUrl: 'https://dongthuan.vidu.vn' });
    expect(run.alerts).toBe(1);
    expect(run.webhooks.sent).toBe(1);
    const list = await alerts();
    expect(list.total).toBe(1);
    const a = list.items[0];
    expect(a).toMatchObject({ ruleName: 'Tin tiêu cực tăng đột biến', kind: 'negative_spike', itemCount: 5, threshold: 5 });
    expect(a.explanation[0]).toMatch(/^5 tin tiêu cực liên quan trong 60 phút gần nhất; bình thường 0,04 \(độ lệch chuẩn 0,2\), ngưỡng cảnh báo 5\.$/);
    expect(a.topTerms).toContainEqual({ term: 'sạt lở', n: 5 });
    expect(a.topSources).toEqual([{ name: 'Báo Lào Cai điện tử', n: 4 }, { name: 'Diễn đàn X', n: 1 }]);
    expect(a.items).toHaveLength(5);
    expect(a.items.map((i: { sentiment: string }) => i.sentiment)).toEqual(Array(5).fill('Tiêu cực'));
    // latency: from the triggering item's ingestion to the alert (the job runs every 10 s in production)
    expect(a.latencySeconds).toBeLessThan(60);
    expect(Date.now() - new Date(lastItem!.ingested_at).getTime()).toBeLessThan(60_000);
    expect(a.deliveries.map((d: { channel: string; status: string }) => `${d.channel}:${d.status}`).sort()).toEqual(['email:sent', 'office:sent', 'webhook:sent']);
    // the office notification, the mail in the outbox, the signed webhook
    const notes = (await app.inject({ url: '/api/v1/notifications?limit=10', headers: auth(coordinator) })).json();
    expect(notes.items.find((x: { kind: string }) => x.kind === 'monitoring_alert')).toMatchObject({ params: { ruleName: 'Tin tiêu cực tăng đột biến', count: 5 } });
    const mail = (await q(`select subject, body_text from mail_outbox where purpose = 'monitoring.alert'`)).rows as { subject: string; body_text: string }[];
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe('[Đồng Thuận] Cảnh báo dư luận: Tin tiêu cực tăng đột biến');
    expect(mail[0]!.body_text).toContain('Đường bị chia cắt do sạt lở');
    expect(mail[0]!.body_text).toContain('https://dongthuan.vidu.vn/office/monitoring/alerts');
    expect(mail[0]!.body_text).not.toMatch(/it-\d+|[0-9a-f]{8}-[0-9a-f]{4}-/);
    const hook = receiver.received.at(-1)!;
    expect(hook.headers['x-dongthuan-signature']).toBe(`sha256=${signWebhook('bi-mat', String(hook.headers['x-dongthuan-timestamp']), hook.body)}`);
    expect(JSON.parse(hook.body)).toMatchObject({ rule: 'Tin tiêu cực tăng đột biến', itemCount: 5 });

    // more negative items in the same hour, and the job run twice: no second alert (cool-down, dedup key)
    await plant(Array.from({ length: 3 }, (_, i) => ({ title: `Thêm phản ánh ${i}`, sentiment: 'negative' })));
    expect((await scanAlerts(getDb().db, { allowPrivateHosts: true })).alerts).toBe(0);
    expect((await scanAlerts(getDb().db, { allowPrivateHosts: true })).alerts).toBe(0);
    expect((await alerts()).total).toBe(1);
    await app.inject({ method: 'PUT', url: `/api/v1/monitoring/alert-rules/${rule.json().id}`, headers: auth(coordinator), payload: { name: 'Tin tiêu cực tăng đột biến', kind: 'negative_spike', userIds: [coordinatorId], enabled: false } });
  });

  it('does not alert on an import of old posts (they happened last year, not in this hour)', async () => {
    // about ten relevant items arrived this hour in the tests above: 30 more would pass a minimum of 20
    const rule = await createRule({ name: 'Lượng tin bất thường', kind: 'volume', params: { minCount: 20 }, emails: ['a@vidu.vn'] });
    await plant(Array.from({ length: 30 }, (_, i) => ({ title: `Bài cũ ${i}`, publishedAt: new Date(Date.now() - 400 * 86400_000) })));
    expect((await scanAlerts(getDb().db, { allowPrivateHosts: true })).alerts).toBe(0);
    await app.inject({ method: 'PUT', url: `/api/v1/monitoring/alert-rules/${rule.json().id}`, headers: auth(coordinator), payload: { name: 'Lượng tin bất thường', kind: 'volume', emails: ['a@vidu.vn'], enabled: false } });
  });

  it('keyword rule: a new matching item alerts once; a webhook answering 500 or not at all is retried with its reason, then sent', async () => {
    const rule = await createRule({ name: 'Sạt lở ở Yên Bái', kind: 'keyword', query: 'sạt lở AND ("Yên Bái" OR "Lào Cai")', cooldownMinutes: 30, emails: ['b@vidu.vn'] });
    expect(rule.statusCode).toBe(201);
    await q(`update monitoring_alert_rules set webhook_url = $1, webhook_secret = 'k' where id = $2`, [receiver.url, rule.json().id]);
    receiver.answer({ status: 500 });
    await plant([{ title: 'Mưa lớn gây sat lo tai Yen Bai', relevant: false }, { title: 'Giá lúa tăng', relevant: false }]);
    const t0 = new Date();
    const first = await scanAlerts(getDb().db, { allowPrivateHosts: true, now: t0 });
    expect(first.alerts).toBe(1);
    expect(first.webhooks).toEqual({ sent: 0, retrying: 1, failed: 0 });
    let hook = (await alerts()).items.find((x: { ruleName: string }) => x.ruleName === 'Sạt lở ở Yên Bái');
    expect(hook.itemCount).toBe(1);
    expect(hook.items[0].title).toBe('Mưa lớn gây sat lo tai Yen Bai');
    expect(hook.deliveries.find((d: { channel: string }) => d.channel === 'webhook')).toMatchObject({ status: 'retrying', statusLabel: 'Đang thử lại', attempts: 1, lastError: 'Máy nhận trả lời mã 500.' });
    // not due yet: nothing is sent before the backoff
    expect((await scanAlerts(getDb().db, { allowPrivateHosts: true, now: new Date(t0.getTime() + 1000) })).webhooks.retrying).toBe(0);
    receiver.answer('hang');
    const second = await scanAlerts(getDb().db, { allowPrivateHosts: true, now: new Date(t0.getTime() + WEBHOOK_BACKOFF_MS[0] + 1000), timeoutMs: 300 });
    expect(second.webhooks.retrying).toBe(1);
    hook = (await alerts()).items.find((x: { ruleName: string }) => x.ruleName === 'Sạt lở ở Yên Bái');
    expect(hook.deliveries.find((d: { channel: string }) => d.channel === 'webhook')).toMatchObject({ status: 'retrying', attempts: 2, lastError: 'Máy nhận không trả lời trong 0,3 giây.' });
    receiver.answer({ status: 204 });
    const third = await scanAlerts(getDb().db, { allowPrivateHosts: true, now: new Date(t0.getTime() + WEBHOOK_BACKOFF_MS[0] + WEBHOOK_BACKOFF_MS[1] + 5000) });
    expect(third.webhooks.sent).toBe(1);
    hook = (await alerts()).items.find((x: { ruleName: string }) => x.ruleName === 'Sạt lở ở Yên Bái');
    expect(hook.deliveries.find((d: { channel: string }) => d.channel === 'webhook')).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
    // a second matching item within the cool-down: no repeat
    await plant([{ title: 'Sạt lở ở Lào Cai chưa khắc phục' }]);
    expect((await scanAlerts(getDb().db, { allowPrivateHosts: true, now: new Date(t0.getTime() + 10 * 60_000) })).alerts).toBe(0);
    // after the cool-down a new match is a new alert (quiet, not silenced)
    await plant([{ title: 'Sạt lở mới ở Yên Bái', relevant: false }]);
    expect((await scanAlerts(getDb().db, { allowPrivateHosts: true, now: new Date(t0.getTime() + 31 * 60_000) })).alerts).toBe(1);
    const both = (await alerts()).items.filter((x: { ruleName: string }) => x.ruleName === 'Sạt lở ở Yên Bái');
    expect(both.map((x: { items: { title: string }[] }) => x.items[0]!.title)).toEqual(['Sạt lở mới ở Yên Bái', 'Mưa lớn gây sat lo tai Yen Bai']);
  });

  it('skips a recipient whose account was removed since the rule was saved, and still alerts the others', async () => {
    const gone = await buildUser(getDb(), { role: 'press', unitId: 'lc-so-ct' });
    const rule = await createRule({ name: 'Nguồn cần theo dõi', kind: 'source', sourceId: 'src-b', userIds: [gone.id, coordinatorId] });
    expect(rule.statusCode).toBe(201);
    await q(`delete from users where id = $1`, [gone.id]);
    await plant([{ title: 'Bài mới trên diễn đàn', source: 'src-b', relevant: false }]);
    expect((await scanAlerts(getDb().db, { allowPrivateHosts: true })).alerts).toBe(1);
    const a = (await alerts()).items.find((x: { ruleName: string }) => x.ruleName === 'Nguồn cần theo dõi');
    expect(a.deliveries.map((d: { channel: string; target: string }) => `${d.channel}:${d.target}`)).toEqual([`office:${'Người dùng '}${(await q(`select username from users where id = $1`, [coordinatorId])).rows[0]!.username}`]);
  });

  it('sends one alert when two workers run the job at the same time', async () => {
    await q(`insert into monitoring_sources (id, name, kind) values ('src-c', 'Trang C', 'feed')`);
    expect((await createRule({ name: 'Trang C', kind: 'source', sourceId: 'src-c', emails: ['c@vidu.vn'] })).statusCode).toBe(201);
    await plant([{ title: 'Bài trên trang C', source: 'src-c', relevant: false }]);
    const [a, b] = await Promise.all([scanAlerts(getDb().db, { allowPrivateHosts: true }), scanAlerts(getDb().db, { allowPrivateHosts: true })]);
    expect(a.alerts + b.alerts).toBe(1);
    expect((await alerts()).items.filter((x: { ruleName: string }) => x.ruleName === 'Trang C')).toHaveLength(1);
    expect((await q(`select count(*)::int as n from mail_outbox where to_address = 'c@vidu.vn'`)).rows[0]).toEqual({ n: 1 });
  });

  it('acknowledges an alert once, by name', async () => {
    const a = (await alerts()).items[0];
    const r = await app.inject({ method: 'POST', url: `/api/v1/monitoring/alerts/${a.id}/acknowledge`, headers: auth(coordinator) });
    expect(r.statusCode).toBe(200);
    expect((await alerts()).items.find((x: { id: string }) => x.id === a.id).acknowledgedBy).toMatch(/^Người dùng /);
    expect((await app.inject({ method: 'POST', url: `/api/v1/monitoring/alerts/${randomUUID()}/acknowledge`, headers: auth(coordinator) })).statusCode).toBe(404);
  });
});
