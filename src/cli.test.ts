import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './platform/db';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-cli-'));
// the command line's PGlite data dir weighs tens of MB: gone once the file's tests end, passed or not
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const env = { ...process.env, DATABASE_URL: `file:${dir}/pglite`, ADMIN_PASSWORD: 'Quan-tri-cli-2024', LOG_LEVEL: 'silent', AUDIT_CHECKPOINT_FILE: `${dir}/checkpoints.jsonl`, AUDIT_CHECKPOINT_KEY: 'khoa-kiem-tra-cli' };

function cli(...args: string[]) {
  // as `npm run cli` runs it (scripts/cli.mjs: the command line from the server bundle), without npm's own start-up
  const r = spawnSync(process.execPath, ['scripts/cli.mjs', ...args], { encoding: 'utf8', env, cwd: process.cwd() });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('command line', () => {
  it('says an empty directory is empty and writes nothing when only looking; setup fills it', async () => {
    const empty = cli('org', 'list');
    expect(empty.code).toBe(1);
    expect(empty.err).toContain('Danh mục tổ chức đang trống.');
    expect(empty.err).not.toContain('admin');
    const database = await openDatabase(env.DATABASE_URL);
    try {
      expect((await database.query<{ n: number }>('select (select count(*) from org_units) + (select count(*) from users) as n', [])).rows[0]!.n).toBe(0);
    } finally {
      await database.close();
    }
    expect(cli('setup').code).toBe(0);
    expect(cli('org', 'list', '--at', '2024-06-01').out).toMatch(/— \d+ đơn vị ngày 01\/06\/2024\n$/);
  });

  it('resolves a unit name as of a date as one JSON object', () => {
    const r = cli('org', 'resolve', 'Sở TT&TT', '--at', '2024-06-01', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ status: 'unit', at: '2024-06-01', units: [{ id: 'yb-so-tttt', name: 'Sở Thông tin và Truyền thông tỉnh Yên Bái' }] });
    const later = cli('org', 'resolve', 'Sở TT&TT', '--at', '2025-08-01', '--json');
    expect(later.code).toBe(1);
    expect(JSON.parse(later.out).status).toBe('unresolved');
    expect(cli('org', 'list', '--at', '31/02/2024').code).toBe(2);
  });

  it('adds a user, resets the password, and refuses a duplicate in Vietnamese', () => {
    expect(cli('user', 'add', 'canbo1', '--name', 'Cán bộ Một', '--password', 'Mat-khau-can-bo-1', '--role', 'officer', '--unit', 'lc-so-tp').code).toBe(0);
    // an unknown option or a role without its unit: said in Vietnamese, with the usage, nothing created
    const unknown = cli('user', 'add', 'canbo2', '--name', 'Cán bộ Hai', '--mail', 'x@laocai.gov.vn');
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.err).toContain('Tùy chọn không dùng được ở đây hoặc thiếu giá trị: --mail.');
    expect(unknown.err).not.toMatch(/TypeError|ERR_PARSE_ARGS/);
    expect(cli('user', 'add', 'canbo2', '--name', 'Cán bộ Hai', '--role', 'officer').err).toContain('Mỗi --role cần một --unit đi kèm');
    expect(cli('user', 'add', 'canbo2', '--name', 'Cán bộ Hai', '--email', 'can.bo.hai@laocai.gov.vn', '--role', 'officer', '--unit', 'lc-so-tp').code).toBe(0);
    const dup = cli('user', 'add', 'canbo1', '--name', 'Cán bộ Một', '--password', 'Mat-khau-can-bo-1');
    expect(dup.code).toBe(2);
    expect(dup.err).toContain('đã được dùng');
    const reset = cli('user', 'reset-password', 'canbo1');
    expect(reset.code).toBe(0);
    expect(reset.out).toMatch(/Đã đặt lại mật khẩu cho canbo1: \S{16}/);
  });

  it('records a checkpoint outside the database, then notices when the newest audit rows are deleted', async () => {
    expect(cli('audit', 'verify').out).toContain('Chưa có mốc kiểm tra nào');
    const first = cli('audit', 'checkpoint');
    expect(first.code).toBe(0);
    expect(first.out).toContain('Đã ghi mốc kiểm tra mới');
    expect(cli('audit', 'verify').out).toContain('khớp 1 mốc kiểm tra');
    const db = await openDatabase(env.DATABASE_URL);
    const { rows } = await db.query<{ seq: number }>('select max(seq)::int as seq from audit_log', []);
    const head = Number(rows[0]!.seq);
    await db.query('alter table audit_log disable trigger audit_log_no_update', []);
    await db.query(`delete from audit_log where seq = ${head}`, []);
    await db.query('alter table audit_log enable trigger audit_log_no_update', []);
    await db.close();
    const bad = cli('audit', 'verify');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(`seq=${head}`);
    expect(bad.err).toContain('mất các dòng mới nhất');
    // the file moves aside for the next test, which tampers instead
    fs.renameSync(env.AUDIT_CHECKPOINT_FILE, `${env.AUDIT_CHECKPOINT_FILE}.old`);
  });

  it('verifies the audit trail, then names the first tampered row', async () => {
    const ok = cli('audit', 'verify');
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('nguyên vẹn');
    const db = await openDatabase(env.DATABASE_URL);
    const { rows } = await db.query<{ seq: number }>('select seq from audit_log order by seq limit 1 offset 1', []);
    const target = Number(rows[0]!.seq);
    await db.query('alter table audit_log disable trigger audit_log_no_update', []);
    await db.query(`update audit_log set actor_name = 'kẻ giả mạo' where seq = ${target}`, []);
    await db.close();
    const bad = cli('audit', 'verify');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(`seq=${target}`);
  });
});
