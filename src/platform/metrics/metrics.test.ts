import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoOrg, SYSTEM } from '../../../test/factories';
import { listPublicConsultations, loadDemoConsultation } from '../../modules/consultation';
import { buildServer } from '../../server';
import { loadConfig } from '../config';
import type { Database } from '../db';
import type { App } from '../http';
import { startJobs, type JobRunner } from '../jobs';
import { parseExposition, total, type Sample } from './exposition';
import { countJobFailures, instrumentDatabase, localScrape, startMetricsListener, watchBacklog, type MetricsListener } from './index';
import { openMigratedMemory } from '../../../test/db';

const TOKEN = 'ma-so-lieu-kiem-thu-0123456789abcdef';
const CITIZEN = { name: 'Nguyễn Thị Riêng Tư', email: 'rieng.tu.metrics@example.vn', phone: '0912345678', body: 'Nội dung góp ý bí mật về điều 3 để kiểm thử nhật ký.' };

describe('metrics on a started server [pglite]', () => {
  let database: Database;
  let app: App;
  let listener: MetricsListener;
  let jobs: JobRunner;
  let stopBacklog: () => void;
  let base: string;
  let slug: string;
  const logLines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    database = await openMigratedMemory();
    instrumentDatabase(database);
    await buildDemoOrg(database);
    await loadDemoConsultation({ db: database.db, actor: SYSTEM });
    slug = (await listPublicConsultations(database.db))[0]!.slug;
    const logStream = new PassThrough();
    let pending = '';
    logStream.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) if (line) logLines.push(JSON.parse(line) as Record<string, unknown>);
    });
    const config = { ...loadConfig({ DATABASE_URL: 'memory:' }), logLevel: 'info' };
    app = await buildServer(config, database, { logStream, metrics: { token: TOKEN, scrape: localScrape } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    listener = await startMetricsListener({ port: 0, host: '127.0.0.1', scrape: localScrape });
    stopBacklog = watchBacklog(database);
    jobs = await startJobs(database, countJobFailures([{ name: 'metrics-test-fails', handler: async () => Promise.reject(new Error('hỏng có chủ ý')) }]), () => undefined);
  }, 120_000);

  afterAll(async () => {
    stopBacklog?.();
    await jobs?.stop();
    await listener?.close();
    await app?.close();
    await database?.close();
  });

  const scrape = async (): Promise<{ text: string; samples: Sample[] }> => {
    const res = await fetch(`http://127.0.0.1:${listener.port}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    return { text, samples: parseExposition(text) };
  };
  const postComment = (key: string) =>
    fetch(`${base}/gop-y/${slug}/y-kien`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ idempotencyKey: key, dieu: 'dieu-3', commenterType: 'citizen', name: CITIZEN.name, email: CITIZEN.email, phone: CITIZEN.phone, stance: 'propose', body: CITIZEN.body, consentProcessing: '1' }),
    });

  it('counts requests by route pattern, the intake, the database, the queues and the outbox; values move', async () => {
    const before = (await scrape()).samples;
    for (const url of ['/', `/gop-y/${slug}`, `/gop-y/${slug}`, '/api/health', '/khong-co-trang-nay-12345']) expect((await fetch(`${base}${url}`)).status).toBeLessThan(500);
    const first = await postComment('metrics-test-0001');
    expect(first.status).toBe(303);
    const receipt = /GY-[0-9A-Z]{8}/.exec(first.headers.get('location') ?? '')![0];
    expect((await postComment('metrics-test-0001')).status).toBe(303); // the same form again: its first receipt
    await jobs.boss.send('metrics-test-fails', {}, { retryLimit: 0 });
    let after = (await scrape()).samples;
    for (let i = 0; i < 60 && total(after, 'dongthuan_job_failures_total', { queue: 'metrics-test-fails' }) === 0; i++) {
      await new Promise((r) => setTimeout(r, 500));
      after = (await scrape()).samples;
    }
    const { text } = await scrape();
    after = parseExposition(text);
    const moved = (name: string, labels: Record<string, string> = {}) => total(after, name, labels) - total(before, name, labels);

    // requests: the route pattern, never the address; a 404 has no pattern
    const request = 'dongthuan_http_request_duration_seconds_count';
    expect(moved(request, { method: 'GET', route: '/gop-y/:slug', status_class: '2xx' })).toBe(2);
    expect(moved(request, { method: 'GET', route: '/api/health', status_class: '2xx' })).toBe(1);
    expect(moved(request, { method: 'POST', route: '/gop-y/:slug/y-kien', status_class: '3xx' })).toBe(2);
    expect(moved(request, { route: 'unmatched', status_class: '4xx' })).toBe(1);
    expect(moved('dongthuan_http_request_duration_seconds_bucket', { route: '/api/health', le: '+Inf' })).toBe(1);
    expect(total(after, 'dongthuan_http_request_duration_seconds_sum', { route: '/gop-y/:slug' })).toBeGreaterThan(0);
    for (const s of after.filter((x) => x.name.startsWith('dongthuan_http_request_duration_seconds'))) {
      expect(Object.keys(s.labels).filter((k) => k !== 'le').sort()).toEqual(['method', 'route', 'status_class']);
    }
    for (const secret of [slug, receipt, CITIZEN.email, CITIZEN.phone, 'khong-co-trang-nay', 'Nguy']) expect(text).not.toContain(secret);

    // intake: one stored, one answered with its first receipt; a batch each; the time of both
    expect(moved('dongthuan_intake_comments_total', { outcome: 'accepted' })).toBe(1);
    expect(moved('dongthuan_intake_comments_total', { outcome: 'duplicate' })).toBe(1);
    expect(moved('dongthuan_intake_batch_size_count')).toBe(2);
    expect(moved('dongthuan_intake_batch_size_sum')).toBe(2);
    expect(moved('dongthuan_intake_duration_seconds_count')).toBe(2);

    // database: statements timed on this driver
    expect(moved('dongthuan_db_query_duration_seconds_count', { driver: 'pglite' })).toBeGreaterThan(5);
    expect(total(after, 'dongthuan_db_query_duration_seconds_count', { driver: 'postgres' })).toBe(0);

    // the backlog, counted at the scrape: the verification mail waits; the failed job is counted by its queue
    expect(total(after, 'dongthuan_mail_outbox_messages', { state: 'pending' })).toBeGreaterThanOrEqual(1);
    expect(after.some((s) => s.name === 'dongthuan_mail_outbox_messages' && s.labels.state === 'failed')).toBe(true);
    expect(moved('dongthuan_job_failures_total', { queue: 'metrics-test-fails' })).toBe(1);
    // the audit inbox is counted (its entries are chained a moment after the comment, so the count is 0 or 1 here)
    expect(total(after, 'dongthuan_audit_inbox_entries', {})).toBeLessThanOrEqual(1);
    expect(after.filter((s) => s.name.startsWith('dongthuan_audit_inbox_')).map((s) => s.name).sort()).toEqual(['dongthuan_audit_inbox_entries', 'dongthuan_audit_inbox_oldest_seconds']);
    const states = after.filter((s) => s.name === 'dongthuan_job_queue_jobs' && s.labels.queue === 'metrics-test-fails').map((s) => s.labels.state);
    expect(states.sort()).toEqual(['active', 'created', 'failed', 'retry']);
    expect(total(after, 'dongthuan_job_queue_jobs', { queue: 'metrics-test-fails', state: 'failed' })).toBe(1);

    // the process and the build
    expect(total(after, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(total(after, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    expect(total(after, 'dongthuan_build_info', { version: '0.1.0', node: process.version })).toBe(1);
  }, 90_000);

  it('serves only GET /metrics on the separate port, and refuses a port already taken', async () => {
    expect((await fetch(`http://127.0.0.1:${listener.port}/`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${listener.port}/metrics`, { method: 'POST' })).status).toBe(404);
    const head = await fetch(`http://127.0.0.1:${listener.port}/metrics`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    // a port already taken stops the start with the variable named
    await expect(startMetricsListener({ port: listener.port, host: '127.0.0.1', scrape: localScrape })).rejects.toThrow(`Không mở được cổng số liệu METRICS_PORT=${listener.port} tại METRICS_HOST=127.0.0.1: cổng đã có chương trình khác dùng.`);
  });

  it('answers /metrics on the public port only to the bearer of METRICS_TOKEN', async () => {
    const none = await fetch(`${base}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await none.text()).not.toContain('dongthuan_');
    expect((await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN.slice(0, -1)}x` } })).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: TOKEN } })).status).toBe(401);
    const ok = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('# TYPE dongthuan_http_request_duration_seconds histogram');
  });

  it('has no /metrics route on the public port without a token', async () => {
    const config = { ...loadConfig({ DATABASE_URL: 'memory:' }), logLevel: 'silent' };
    const bare = await buildServer(config, database);
    try {
      expect((await bare.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } })).statusCode).toBe(404);
      expect(bare.declaredRoutes.some((r) => r.url === '/metrics')).toBe(false);
    } finally {
      await bare.close();
    }
  });

  it('logs each request once, an accepted comment with its receipt, round and request id, and no personal data', async () => {
    const res = await postComment('metrics-test-0002');
    expect(res.status).toBe(303);
    const receipt = /GY-[0-9A-Z]{8}/.exec(res.headers.get('location') ?? '')![0];
    const requestId = res.headers.get('x-request-id');
    await new Promise((r) => setTimeout(r, 50));
    const lines = logLines.filter((l) => l.receipt === receipt);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'request completed', receipt, reqId: requestId, roundId: expect.any(String), method: 'POST', status: 303, ms: expect.any(Number) });
    expect(lines[0]!.path).toMatch(/^\/gop-y\/[^/?]+\/y-kien$/);
    // the operator's path: the receipt's line gives the request id, which every line of that request carries
    expect(logLines.filter((l) => l.reqId === requestId).map((l) => l.msg)).toEqual(['request completed']);
    const raw = JSON.stringify(logLines);
    for (const secret of [CITIZEN.name, CITIZEN.email, CITIZEN.phone, CITIZEN.body, 'Riêng Tư']) expect(raw).not.toContain(secret);
    // no client address, and no query string (a confirmation link carries its token there)
    expect(raw).not.toMatch(/remoteAddress|"ip"|\?ma=/);
    // every line written while serving a request carries its id
    const requestLines = logLines.filter((l) => l.msg === 'request completed');
    expect(requestLines.length).toBeGreaterThan(10);
    for (const l of requestLines) expect(l.reqId, JSON.stringify(l)).toEqual(expect.any(String));
  });

  it("logs a request's path without its query string", async () => {
    const res = await fetch(`${base}/gop-y/xac-nhan?ma=bi-mat-khong-ghi-nhat-ky`);
    const requestId = res.headers.get('x-request-id');
    await new Promise((r) => setTimeout(r, 50));
    const line = logLines.find((l) => l.reqId === requestId);
    expect(line).toMatchObject({ msg: 'request completed', method: 'GET', path: '/gop-y/xac-nhan', status: res.status });
    expect(JSON.stringify(logLines)).not.toContain('bi-mat-khong-ghi-nhat-ky');
  });

  it('counts comments refused by the per-address limit as refused, and their answers as 4xx of the route', async () => {
    const before = (await scrape()).samples;
    let status = 0;
    for (let i = 0; i < 12 && status !== 429; i++) status = (await postComment(`metrics-test-limit-${i}`)).status;
    expect(status).toBe(429);
    const after = (await scrape()).samples;
    const moved = (name: string, labels: Record<string, string>) => total(after, name, labels) - total(before, name, labels);
    expect(moved('dongthuan_intake_comments_total', { outcome: 'refused' })).toBe(1);
    expect(moved('dongthuan_intake_comments_total', { outcome: 'failed' })).toBe(0);
    expect(moved('dongthuan_http_request_duration_seconds_count', { method: 'POST', route: '/gop-y/:slug/y-kien', status_class: '4xx' })).toBe(1);
  });
});
