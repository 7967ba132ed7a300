import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDoctor } from './cli-doctor';
import { openDatabase } from './platform/db';

const SECRETS = { SMTP_PASSWORD: 'mat-khau-thu-rat-bi-mat', AUDIT_CHECKPOINT_KEY: 'khoa-moc-kiem-tra-bi-mat-2026', ADMIN_PASSWORD: 'Quan-tri-bac-si-2026' };

/** A mail server that only greets, as a real one does before anything is sent. */
function greetingServer(): Promise<{ port: number; close: () => void }> {
  return new Promise((resolve) => {
    const server = net.createServer((socket) => {
      // the doctor hangs up right after QUIT: a reset is how the conversation ends, not a failure
      socket.on('error', () => undefined);
      socket.write('220 smtp.thu.vn ESMTP sẵn sàng\r\n');
      socket.on('data', () => socket.end('221 tạm biệt\r\n'));
    });
    server.listen(0, '127.0.0.1', () => resolve({ port: (server.address() as net.AddressInfo).port, close: () => server.close() }));
  });
}

async function doctor(env: NodeJS.ProcessEnv): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const code = await runDoctor(env, (l) => lines.push(l));
  return { code, text: lines.join('\n') };
}

describe('npm run cli -- doctor', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-doctor-'));
  let smtp: { port: number; close: () => void };
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    smtp = await greetingServer();
    env = {
      DATABASE_URL: `file:${dir}/pglite`, FILES_DIR: `${dir}/files`, AUDIT_CHECKPOINT_FILE: `${dir}/moc.jsonl`, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port),
      SMTP_USER: 'gopy', MAIL_FROM: 'Sở TT&TT <no-reply@laocai.gov.vn>', ...SECRETS,
    };
    await (await openDatabase(env.DATABASE_URL!)).close(); // a migrated database, as after the first start
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    smtp?.close();
  });

  it('prints the configuration with secrets masked, the database, the disk, the mail server and the checkpoints', async () => {
    const { code, text } = await doctor(env);
    expect(code, text).toBe(0);
    for (const section of ['== Cấu hình', '== Cơ sở dữ liệu', '== Dung lượng đĩa', '== Thư điện tử', '== Mốc kiểm tra nhật ký']) expect(text).toContain(section);
    for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
    expect(text).toMatch(/SMTP_PASSWORD +\*\*\*/);
    expect(text).toContain(`FILES_DIR              ${dir}/files`);
    expect(text).toContain('✓  Cấu trúc cơ sở dữ liệu đã cập nhật.');
    expect(text).toMatch(/Độ bền ghi: fsync=\w+, synchronous_commit=\w+, full_page_writes=\w+/);
    expect(text).toMatch(/✓  tệp đính kèm \(FILES_DIR\) .*còn trống [\d.]+ GB/);
    expect(text).toContain(`✓  Máy chủ thư 127.0.0.1:${smtp.port} trả lời: 220 smtp.thu.vn ESMTP sẵn sàng`);
    expect(text).toContain('Chưa có mốc nào');
  });

  it('names each wrong setting and an unreachable mail server, and exits 1', async () => {
    const closed = await greetingServer();
    closed.close();
    const { code, text } = await doctor({ ...env, PORT: 'abc', SMTP_PORT: String(closed.port), LOG_LEVEL: 'nhieu' });
    expect(code).toBe(1);
    expect(text).toContain('✗  PORT không hợp lệ: "abc". Dùng một số nguyên từ 0 đến 65535.');
    expect(text).toContain('✗  LOG_LEVEL không hợp lệ: "nhieu".');
    expect(text).toMatch(new RegExp(`✗  Máy chủ thư 127\\.0\\.0\\.1:${closed.port} không trả lời: ECONNREFUSED`));
    expect(text).toMatch(/Có 3 vấn đề cần xử lý/);
  });

  it('runs as the README writes it', async () => {
    // not spawnSync: the mail server above answers from this process's event loop
    const r = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn('npm', ['run', 'cli', '--', 'doctor'], { env: { ...process.env, ...env, LOG_LEVEL: 'silent' }, cwd: process.cwd() });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toContain('== Mốc kiểm tra nhật ký');
    expect(r.stdout).toContain('Không có vấn đề');
  });
});
