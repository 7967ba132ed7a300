import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test/db';
import { SERVER_MAIN } from '../test/server-bundle';
import { loadConfig } from './platform/config';

describe('WEB_PROCESSES', () => {
  it('refuses several web processes on the embedded database, and a bad count, in Vietnamese', () => {
    expect(() => loadConfig({ WEB_PROCESSES: '2' })).toThrow(/cần PostgreSQL/);
    expect(() => loadConfig({ WEB_PROCESSES: '0', DATABASE_URL: 'postgres://x@h/db' })).toThrow(/WEB_PROCESSES không hợp lệ/);
    expect(loadConfig({ WEB_PROCESSES: '3', DATABASE_URL: 'postgres://x@h/db' }).webProcesses).toBe(3);
    expect(loadConfig({}).webProcesses).toBe(1);
  });
});

const pgUrl = process.env.TEST_DATABASE_URL;
const mustRun = process.env.REQUIRE_ALL_TIERS === '1';

describe.runIf(pgUrl || mustRun)('several web processes on PostgreSQL [postgres]', () => {
  let child: ChildProcess | null = null;
  let drop: (() => Promise<void>) | null = null;
  afterAll(async () => {
    child?.kill('SIGKILL');
    await drop?.();
  });

  const freePort = () =>
    new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as net.AddressInfo;
        s.close(() => resolve(port));
      });
    });

  it('serves from two processes on one port, replaces one that dies, and stops cleanly', async () => {
    if (!pgUrl) throw new Error('REQUIRE_ALL_TIERS=1 but TEST_DATABASE_URL is not set');
    const created = await createTestDatabase(pgUrl);
    drop = created.drop;
    const port = await freePort();
    let out = '';
    const proc = spawn(process.execPath, [SERVER_MAIN, '--no-demo'], {
      env: { ...process.env, DATABASE_URL: created.url, WEB_PROCESSES: '2', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', ADMIN_PASSWORD: 'Quan-tri-cum-2024' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    const waitFor = async (re: RegExp, ms = 40_000) => {
      const until = Date.now() + ms;
      while (!re.test(out)) {
        if (Date.now() > until) throw new Error(`waited for ${re}; output: ${out}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      return re.exec(out)!;
    };
    const started = await waitFor(/2 tiến trình web \(pid (\d+), (\d+)\)/);
    const health = async () => (await fetch(`http://127.0.0.1:${port}/api/health`)).status;
    expect(await Promise.all(Array.from({ length: 8 }, health))).toEqual(Array(8).fill(200));

    process.kill(Number(started[1]), 'SIGKILL');
    await waitFor(/khởi động tiến trình thay thế/);
    // the replacement listens on the same port; give it a moment to be ready
    let ok = 0;
    for (let i = 0; i < 100 && ok < 5; i++) ok = (await health().catch(() => 0)) === 200 ? ok + 1 : 0;
    expect(ok).toBe(5);

    const exit = new Promise<number | null>((resolve) => proc.once('exit', resolve));
    proc.kill('SIGTERM');
    expect(await exit).toBe(0);
    child = null;
  }, 90_000);
});
