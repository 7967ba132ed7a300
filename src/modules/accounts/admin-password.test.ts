import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SERVER_MAIN } from '../../../test/server-bundle';

/** Runs the server as `npm start` does (its bundle, built from src/main.ts) until it serves or exits. */
function start(adminPassword: string): Promise<{ code: number | null; out: string; err: string; served: boolean }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [SERVER_MAIN], {
      cwd: process.cwd(),
      env: { ...process.env, DATABASE_URL: 'memory:', ADMIN_PASSWORD: adminPassword, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' },
    });
    let out = '';
    let err = '';
    let served = false;
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!served && out.includes('Đồng Thuận đang chạy')) {
        served = true;
        proc.kill('SIGTERM');
      }
    });
    proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
    proc.on('exit', (code) => resolve({ code, out, err, served }));
  });
}

describe('ADMIN_PASSWORD at the first start', () => {
  it('accepts Ux-Admin-Pw1!, and refuses a guessable one naming the variable and the rule', async () => {
    const [strong, weak] = await Promise.all([start('Ux-Admin-Pw1!'), start('Admin@2024!')]);
    expect(strong.served, strong.err).toBe(true);
    expect(strong.err).not.toContain('Mật khẩu');
    expect(weak.served).toBe(false);
    expect(weak.code).toBe(1);
    expect(weak.err).toContain('ADMIN_PASSWORD không được chấp nhận');
    expect(weak.err).toContain('chứa tên đăng nhập «admin»');
    expect(weak.err).toContain('chứa một năm');
  }, 180_000);
});
