import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDriver } from '../../../../test/db';
import { auth, buildTestApp, signInAs, type Session } from '../../../../test/app';
import { buildDemoOrg, buildUser } from '../../../../test/factories';
import { startFeedServer, type FeedServer } from '../../../../test/feed-server';
import { readDocxText } from '../../../platform/documents';
import type { App } from '../../../platform/http';
import { monitoringIndicatorFigures } from './figures';

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const PAGE = '<html><head><title>Tin giả</title></head><body><article><h1>Tin giả về lũ quét ở Lào Cai</h1><p>Nội dung bịa đặt rằng đập thủy điện đã vỡ.</p></article></body></html>';

describeEachDriver('monitoring review: verdicts with evidence, takedown requests against the 24 h rule, the referral package', (getDb) => {
  let app: App;
  let coordinator: Session;
  let press: Session;
  let officer: Session;
  let server: FeedServer;
  let filesDir: string;
  const q = (text: string, params: unknown[] = []) => getDb().query(text, params);
  const post = (who: Session, url: string, payload: object) => app.inject({ method: 'POST', url, headers: auth(who), payload });

  beforeAll(async () => {
    filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-mon-files-'));
    process.env.FILES_DIR = filesDir;
    process.env.MONITORING_ALLOW_PRIVATE_HOSTS = '1';
    server = await startFeedServer();
    server.setFeed('/bai/tin-gia.html', PAGE, { contentType: 'text/html; charset=utf-8' });
    await buildDemoOrg(getDb());
    app = await buildTestApp(getDb());
    const c = await buildUser(getDb(), { role: 'coordinator', unitId: 'lc-so-ct' });
    coordinator = await signInAs(app, c.username, c.password);
    const p = await buildUser(getDb(), { role: 'press', unitId: 'lc-so-ct' });
    press = await signInAs(app, p.username, p.password);
    const o = await buildUser(getDb(), { role: 'officer', unitId: 'lc-so-ct' });
    officer = await signInAs(app, o.username, o.password);
    await q(`insert into monitoring_sources (id, name, kind, url) values ('s1', 'Trang tin X', 'feed', $1)`, [`${server.url}/feed`]);
    await q(`insert into monitoring_items (id, source_id, kind, url, title, body, content_hash, sentiment, relevant, published_at) values
      ('i-web', 's1', 'article', $1, 'Tin giả về lũ quét ở Lào Cai', 'Đập thủy điện đã vỡ.', 'h1', 'negative', true, now() - interval '2 hours'),
      ('i-post', 's1', 'post', null, '', 'Bài đăng kích động trên mạng xã hội về Yên Bái', 'h2', 'negative', true, now() - interval '1 hour'),
      ('i-gone', 's1', 'article', $2, 'Bài đã bị gỡ', 'Nội dung lúc thu thập.', 'h3', 'negative', true, now() - interval '3 hours'),
      ('i-ok', 's1', 'article', null, 'Khánh thành trường học', 'Tin tốt.', 'h4', 'positive', true, now())`, [`${server.url}/bai/tin-gia.html`, `${server.url}/khong-con/bai.html`]);
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
    delete process.env.MONITORING_ALLOW_PRIVATE_HOSTS;
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  it('queues relevant negative items, and lets only reviewers see the queue', async () => {
    const queue = (await app.inject({ url: '/api/v1/monitoring/review-queue', headers: auth(press) })).json();
    expect(queue.items.map((i: { id: string }) => i.id).sort()).toEqual(['i-gone', 'i-post', 'i-web']);
    expect(queue.items[0]).toMatchObject({ sentimentLabel: 'Tiêu cực', verdict: null, evidence: 0 });
    expect((await app.inject({ url: '/api/v1/monitoring/review-queue', headers: auth(officer) })).statusCode).toBe(403);
    // a positive item enters the queue when someone flags it
    expect((await post(press, '/api/v1/monitoring/items/i-ok/flags', { kind: 'review', reason: 'Ảnh minh hoạ có thể bị cắt ghép' })).statusCode).toBe(201);
    expect((await app.inject({ url: '/api/v1/monitoring/review-queue', headers: auth(press) })).json().total).toBe(4);
  });

  it('captures the page as fetched at review time with its SHA-256, the stored text when there is no page, and never alters a capture', async () => {
    const noNote = await post(press, '/api/v1/monitoring/items/i-web/review', { verdict: 'false' });
    expect(noNote.statusCode).toBe(422);
    expect(noNote.json().errors[0]).toMatchObject({ path: 'note' });

    const web = await post(press, '/api/v1/monitoring/items/i-web/review', { verdict: 'false', note: 'Công ty thủy điện xác nhận đập an toàn.' });
    expect(web.statusCode).toBe(200);
    expect(web.json().evidence).toMatchObject({ method: 'fetched', fetchError: null, sha256: sha(PAGE) });
    const file = await app.inject({ url: `/api/v1/monitoring/evidence/${web.json().evidence.id}`, headers: auth(press) });
    expect(file.body).toBe(PAGE);
    expect(sha(file.rawPayload)).toBe(web.json().evidence.sha256);

    const stored = await post(press, '/api/v1/monitoring/items/i-post/review', { verdict: 'hostile', note: 'Kích động, xuyên tạc.' });
    expect(stored.json().evidence).toMatchObject({ method: 'stored', sha256: sha('\n\nBài đăng kích động trên mạng xã hội về Yên Bái') });
    // the page is gone (404): the stored text is kept, with the reason
    const gone = await post(press, '/api/v1/monitoring/items/i-gone/review', { verdict: 'misleading', note: 'Sai lệch số liệu.' });
    expect(gone.json().evidence.method).toBe('stored');
    expect(gone.json().evidence.fetchError).toBeTruthy();

    // a page that changed: a second capture is a new record, the first one stays as it was
    server.setFeed('/bai/tin-gia.html', PAGE.replace('đã vỡ', 'có thể vỡ'), { contentType: 'text/html; charset=utf-8' });
    const again = await post(press, '/api/v1/monitoring/items/i-web/evidence', {});
    expect(again.statusCode).toBe(201);
    expect(again.json().sha256).not.toBe(web.json().evidence.sha256);
    const detail = (await app.inject({ url: '/api/v1/monitoring/items/i-web/response', headers: auth(press) })).json();
    expect(detail.evidence.map((e: { sha256: string }) => e.sha256)).toEqual([again.json().sha256, sha(PAGE)]);
    expect(detail.reviews[0]).toMatchObject({ verdict: 'false', verdictLabel: 'Thông tin sai sự thật', note: 'Công ty thủy điện xác nhận đập an toàn.' });
    await expect(q(`update monitoring_evidence set sha256 = 'x' where item_id = 'i-web'`)).rejects.toThrow();
    expect((await app.inject({ url: '/api/v1/monitoring/review-queue?state=reviewed&verdict=false', headers: auth(press) })).json().items.map((i: { id: string }) => i.id)).toEqual(['i-web']);
  });

  it('records takedown requests with the deadline of the rules table, overdue ones, refused bad times, and the share removed in time', async () => {
    expect((await post(press, '/api/v1/monitoring/items/i-web/takedowns', { channel: 'electronic', platform: 'Facebook' })).statusCode).toBe(403);
    const now = Date.now();
    const t1 = await post(coordinator, '/api/v1/monitoring/items/i-web/takedowns', { channel: 'electronic', platform: 'Facebook', requestedAt: new Date(now - 3600_000).toISOString() });
    expect(t1.statusCode).toBe(201);
    expect(t1.json()).toMatchObject({ deadlineHours: 24, warning: null });
    expect(new Date(t1.json().deadlineAt).getTime()).toBe(now - 3600_000 + 24 * 3600_000);
    // written down three days late: kept, and said to be overdue already
    const late = await post(coordinator, '/api/v1/monitoring/items/i-post/takedowns', { channel: 'phone', platform: 'TikTok', requestedAt: new Date(now - 3 * 86400_000).toISOString() });
    expect(late.statusCode).toBe(201);
    expect(late.json().warning).toMatch(/^Yêu cầu đã được ghi nhận nhưng đã quá hạn xử lý 24 giờ/);
    const future = await post(coordinator, '/api/v1/monitoring/items/i-post/takedowns', { channel: 'phone', platform: 'TikTok', requestedAt: new Date(now + 86400_000).toISOString() });
    expect(future.statusCode).toBe(422);
    expect(future.json().errors[0].message).toBe('Thời điểm gửi yêu cầu không được ở tương lai.');
    const before = await post(coordinator, `/api/v1/monitoring/takedowns/${t1.json().id}/outcome`, { outcome: 'removed', at: new Date(now - 2 * 3600_000).toISOString() });
    expect(before.statusCode).toBe(422);
    const removed = await post(coordinator, `/api/v1/monitoring/takedowns/${t1.json().id}/outcome`, { outcome: 'removed', at: new Date(now - 1800_000).toISOString() });
    expect(removed.json()).toEqual({ outcome: 'removed', withinDeadline: true });
    // a request still pending within its 24 hours does not count against the rate (it is not late yet)
    const fresh = await post(coordinator, '/api/v1/monitoring/items/i-web/takedowns', { channel: 'electronic', platform: 'YouTube', requestedAt: new Date(now - 600_000).toISOString() });
    expect(fresh.statusCode).toBe(201);
    const list = (await app.inject({ url: '/api/v1/monitoring/takedowns', headers: auth(coordinator) })).json();
    expect(list.total).toBe(3);
    expect(list.removedWithinDeadlinePct).toBe(50);
    expect(list.items.find((t: { platform: string }) => t.platform === 'TikTok')).toMatchObject({ overdue: true, outcomeLabel: 'Đang chờ xử lý', channelLabel: 'Điện thoại' });
    expect((await app.inject({ url: '/api/v1/monitoring/takedowns?state=overdue', headers: auth(coordinator) })).json().total).toBe(1);
    // the annual report's monitoring indicator (I-10)
    const figures = await monitoringIndicatorFigures(getDb().db, new Date().getFullYear());
    expect(figures.find((f: { code: string }) => f.code === 'I-10.removed24h')).toMatchObject({ value: 50, outOf: 2 });
    expect(figures.find((f: { code: string }) => f.code === 'I-10.false')).toMatchObject({ value: 3 });
  });

  it('makes the referral package: the letter lists the items and hashes, the ZIP holds every file with its SHA-256 in the manifest', async () => {
    const refused = await post(coordinator, '/api/v1/monitoring/referrals', { itemIds: ['i-web', 'i-ok'] });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors[0].message).toBe('Tin "Khánh thành trường học" chưa được kết luận là sai sự thật, sai lệch hoặc xấu, độc.');
    expect((await post(press, '/api/v1/monitoring/referrals', { itemIds: ['i-web'] })).statusCode).toBe(403);
    const made = await post(coordinator, '/api/v1/monitoring/referrals', { itemIds: ['i-web', 'i-post'], signer: { name: 'Nguyễn Văn Thử', title: 'Giám đốc' } });
    expect(made.statusCode).toBe(201);
    expect(made.json().files).toBe(5);
    const zipRes = await app.inject({ url: `/api/v1/monitoring/referrals/${made.json().id}/package`, headers: auth(coordinator) });
    expect(zipRes.statusCode).toBe(200);
    expect(zipRes.headers['content-type']).toBe('application/zip');
    expect(sha(zipRes.rawPayload)).toBe(made.json().zipSha256);
    const zip = await JSZip.loadAsync(zipRes.rawPayload);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.files).toHaveLength(4);
    for (const f of manifest.files) expect(sha(await zip.file(f.path)!.async('nodebuffer'))).toBe(f.sha256);
    expect(manifest.files.filter((f: { item: number | null }) => f.item === 1).map((f: { sha256: string }) => f.sha256)).toContain(sha(PAGE));
    expect(manifest.items.map((i: { verdict: string }) => i.verdict)).toEqual(['Thông tin sai sự thật', 'Thông tin xấu, độc, thù địch']);
    const docx = await zip.file(manifest.files[0].path)!.async('nodebuffer');
    const text = await readDocxText(docx);
    expect(text).toContain('chuyển thông tin sai sự thật, xấu, độc trên không gian mạng');
    expect(text).toContain('Tin giả về lũ quét ở Lào Cai');
    expect(text).toContain('Công ty thủy điện xác nhận đập an toàn.');
    expect(text).toContain(sha(PAGE));
    expect(text).toContain('Nguyễn Văn Thử');
    expect(text).not.toMatch(/i-web|[0-9a-f]{8}-[0-9a-f]{4}-/);
    const letter = await app.inject({ url: `/api/v1/monitoring/referrals/${made.json().id}/letter`, headers: auth(coordinator) });
    expect(sha(letter.rawPayload)).toBe(manifest.files[0].sha256);
    expect((await app.inject({ url: `/api/v1/monitoring/referrals/${randomUUID()}/package`, headers: auth(coordinator) })).statusCode).toBe(404);
    // a referral audit entry, with the package's hash
    const audit = (await q(`select summary from audit_log where action = 'monitoring.referral.create'`)).rows as { summary: { after: { zipSha256: string } } }[];
    expect(audit[0]!.summary.after.zipSha256).toBe(made.json().zipSha256);
  });

  it('keeps a request to open a crisis case as a flag with its reason (the crisis module does not exist yet)', async () => {
    expect((await post(coordinator, '/api/v1/monitoring/items/i-web/flags', { kind: 'crisis', reason: '' })).statusCode).toBe(422);
    expect((await post(coordinator, '/api/v1/monitoring/items/i-web/flags', { kind: 'crisis', reason: 'Lan truyền nhanh, cần họp báo' })).statusCode).toBe(201);
    const reviewed = (await app.inject({ url: '/api/v1/monitoring/review-queue?state=reviewed', headers: auth(coordinator) })).json();
    expect(reviewed.items.find((i: { id: string }) => i.id === 'i-web').crisisReason).toBe('Lan truyền nhanh, cần họp báo');
  });
});
