import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

async function answers(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/api/health`)).ok;
  } catch {
    return false;
  }
}

async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

// `npm start` runs scripts/start.mjs, which runs the platform as a child: a stop sent to the script (by systemd, a
// terminal, kill) must stop the platform too, or it keeps the port and the embedded database's lock.
describe('npm start', () => {
  it('stops the platform when the start script is asked to stop', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-start-'));
    // PORT=0: the system picks a free port and the platform prints it (a port picked by the test could be taken)
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: process.cwd(),
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `file:${dir}/pglite`, FILES_DIR: `${dir}/files`, AUDIT_CHECKPOINT_FILE: `${dir}/ckpt.jsonl`, ADMIN_PASSWORD: 'Quan-tri-start-2026', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // what the script and the platform printed, shown when the test fails
    let output = '';
    let port = 0;
    const started = new Promise<boolean>((resolve) => {
      child.stdout.on('data', (d: Buffer) => {
        output += d.toString();
        const m = /Đồng Thuận đang chạy tại http:\/\/localhost:(\d+)/.exec(output);
        if (m && !port) {
          port = Number(m[1]);
          resolve(true);
        }
      });
      child.on('exit', (code, signal) => {
        output += `\n(the start script ended: code ${code}, signal ${signal})`;
        resolve(false);
      });
      setTimeout(() => resolve(false), 170_000).unref();
    });
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      expect(await started, `the platform did not start:\n${output}`).toBe(true);
      expect(await answers(port), output).toBe(true);
      child.kill('SIGTERM');
      const code = await exited;
      expect(code, output).not.toBe(null);
      expect(await until(async () => !(await answers(port)), 15_000)).toBe(true);
    } finally {
      child.kill('SIGKILL');
      // its PGlite data dir weighs tens of MB; removed once the script has let go of it
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 200_000);
});

describe('npm run build:server (README, docs/operations.md: a release is built before it is started)', () => {
  it('writes the server bundle, as written', async () => {
    const main = path.resolve('dist/server/main.js');
    const before = fs.existsSync(main) ? fs.statSync(main).mtimeMs : 0;
    const code = await new Promise<number | null>((resolve) => spawn('npm', ['run', 'build:server'], { cwd: process.cwd(), stdio: 'ignore' }).on('exit', resolve));
    expect(code).toBe(0);
    // built now, whatever the dates said (the script always builds)
    expect(fs.statSync(main).mtimeMs).toBeGreaterThan(before);
    expect(fs.readFileSync(main, 'utf8')).toContain('function runWebProcess');
  });
});
