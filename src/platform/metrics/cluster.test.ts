import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db';
import { SERVER_MAIN } from '../../../test/server-bundle';
import { parseExposition, total } from './exposition';

const pgUrl = process.env.TEST_DATABASE_URL;
const mustRun = process.env.REQUIRE_ALL_TIERS === '1';
const TOKEN = 'ma-so-lieu-cum-kiem-thu-0123456789abcdef';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

/** A GET on a connection of its own: the cluster hands out connections, so each request may reach either process. */
const get = (port: number, path: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, headers, agent: false }, (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });

describe.runIf(pgUrl || mustRun)('metrics of several web processes [postgres]', () => {
  let child: ChildProcess | null = null;
  let drop: (() => Promise<void>) | null = null;
  afterAll(async () => {
    child?.kill('SIGKILL');
    await drop?.();
  });

  it("the primary's METRICS_PORT adds up both web processes and its own registry; the public port asks the primary", async () => {
    if (!pgUrl) throw new Error('REQUIRE_ALL_TIERS=1 but TEST_DATABASE_URL is not set');
    const created = await createTestDatabase(pgUrl);
    drop = created.drop;
    const [port, metricsPort] = [await freePort(), await freePort()];
    let out = '';
    const proc = spawn(process.execPath, [SERVER_MAIN, '--no-demo'], {
      env: { ...process.env, DATABASE_URL: created.url, WEB_PROCESSES: '2', DATABASE_POOL_MAX: '4', PORT: String(port), HOST: '127.0.0.1', METRICS_PORT: String(metricsPort), METRICS_TOKEN: TOKEN, LOG_LEVEL: 'silent', ADMIN_PASSWORD: 'Quan-tri-cum-2024' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    const until = Date.now() + 40_000;
    while (!/2 tiến trình web \(pid \d+, \d+\)/.test(out)) {
      if (Date.now() > until) throw new Error(`the server did not start; output: ${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(out).toContain(`số liệu http://127.0.0.1:${metricsPort}/metrics`);

    const answers = await Promise.all(Array.from({ length: 30 }, () => get(port, '/api/health')));
    expect(answers.map((a) => a.status)).toEqual(Array(30).fill(200));

    const scraped = await get(metricsPort, '/metrics');
    expect(scraped.status).toBe(200);
    const samples = parseExposition(scraped.body);
    // every request counted, whichever process served it
    expect(total(samples, 'dongthuan_http_request_duration_seconds_count', { method: 'GET', route: '/api/health', status_class: '2xx' })).toBe(30);
    // three pools of DATABASE_POOL_MAX=4: the primary's and both web processes'
    expect(total(samples, 'dongthuan_db_pool_connections', { state: 'max' })).toBe(12);
    expect(total(samples, 'dongthuan_db_query_duration_seconds_count', { driver: 'postgres' })).toBeGreaterThan(0);
    // the primary's own: the job queues it runs, counted once; the build info taken once, not summed
    expect(samples.some((s) => s.name === 'dongthuan_job_queue_jobs')).toBe(true);
    expect(total(samples, 'dongthuan_build_info')).toBe(1);
    // one TYPE line per metric: the sum is one exposition, not three pasted together
    const types = scraped.body.split('\n').filter((l) => l.startsWith('# TYPE '));
    expect(new Set(types).size).toBe(types.length);

    // the public port's /metrics, with the token, gives the same sum whichever process the request reaches
    for (let i = 0; i < 4; i++) {
      const viaWeb = await get(port, '/metrics', { authorization: `Bearer ${TOKEN}` });
      expect(viaWeb.status).toBe(200);
      const s = parseExposition(viaWeb.body);
      expect(total(s, 'dongthuan_db_pool_connections', { state: 'max' })).toBe(12);
      expect(total(s, 'dongthuan_http_request_duration_seconds_count', { route: '/api/health' })).toBe(30);
    }
    expect((await get(port, '/metrics')).status).toBe(401);

    const exit = new Promise<number | null>((resolve) => proc.once('exit', resolve));
    proc.kill('SIGTERM');
    expect(await exit).toBe(0);
    child = null;
  }, 90_000);
});
