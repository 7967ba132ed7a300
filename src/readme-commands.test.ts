import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './platform/db';

// Every command of the README's "Command line" block is run here as written: npm run, the same arguments, only the
// placeholders (plan.docx, PLAN_ID, file names) replaced by real values. A README line no test runs fails the
// first test, so a new command cannot be documented without being tried.
const README = fs.readFileSync('README.md', 'utf8');
const block = /## Command line\s+```bash\n([\s\S]*?)```/.exec(README)?.[1] ?? '';
const lines = block.split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()).filter(Boolean);

// the commands run by other tests, as written there (src/cli.test.ts, src/cli-org-import.test.ts, src/cli-doctor.test.ts)
const RUN_ELSEWHERE = ['org resolve', 'org import', 'user add', 'user reset-password', 'audit verify', 'audit checkpoint', 'doctor'];
const RUN_HERE = ['setup', 'org list', 'backup', 'restore', 'plan parse', 'plan import', 'plan report'];

/** "npm run cli -- plan import plan.docx [--x]" → "plan import" (the command, without its arguments). */
function commandOf(line: string): string {
  const args = line.replace(/^npm run (--silent )?cli -- /, '').split(/\s+/);
  return ['org', 'user', 'audit', 'plan'].includes(args[0]!) ? `${args[0]} ${args[1]}` : args[0]!;
}

/** Splits a README line into npm's arguments the way a shell would (double quotes), optional parts left out. */
function argsOf(line: string, replace: Record<string, string>): string[] {
  const withoutOptional = line.replace(/\s*\[[^\]]*\](\.\.\.)?/g, '');
  const words = [...withoutOptional.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
  return words.slice(1).map((w) => replace[w] ?? w);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-readme-'));
// a PGlite data dir, the backup and the reports: tens of MB, gone once the file's tests end, passed or not
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const env = { ...process.env, DATABASE_URL: `file:${dir}/pglite`, ADMIN_PASSWORD: 'Quan-tri-readme-2024', LOG_LEVEL: 'silent', AUDIT_CHECKPOINT_FILE: `${dir}/checkpoints.jsonl`, FILES_DIR: `${dir}/files` };

function runLine(command: string, replace: Record<string, string>, extra: string[] = []) {
  const line = lines.find((l) => commandOf(l) === command);
  expect(line, `README has no line for ${command}`).toBeDefined();
  const r = spawnSync('npm', [...argsOf(line!, replace), ...extra], { encoding: 'utf8', env, cwd: process.cwd() });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the README’s command lines, run as written', () => {
  it('are each run by a test', () => {
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect([...RUN_ELSEWHERE, ...RUN_HERE], line).toContain(commandOf(line));
  });

  it('sets up, lists the directory, reads and imports a plan, writes its report, backs up and restores', async () => {
    const seed = path.resolve('test/fixtures/plans/yen-bai-14-KH-UBND-2024.txt');
    const files = { 'plan.docx': seed, 'bao-cao.docx': `${dir}/bao-cao.docx`, 'phu-luc.xlsx': `${dir}/phu-luc.xlsx`, 'backup.jsonl.gz': `${dir}/backup.jsonl.gz` };
    const setup = runLine('setup', files);
    expect(setup.code, setup.err).toBe(0);
    expect(setup.out).toMatch(/Đã nạp danh mục có sẵn: \d+ đơn vị/);
    expect(setup.out).toContain('Đã tạo tài khoản quản trị "admin" với mật khẩu ADMIN_PASSWORD');
    const again = runLine('setup', files);
    expect(again.out).toContain('Tài khoản "admin" đã có: giữ nguyên.');
    const list = runLine('org list', files);
    expect(list.code, list.err).toBe(0);
    expect(list.out).toContain('Sở Tư pháp tỉnh Yên Bái');
    // the command line is the operator's: it never puts the demo draft on a real portal
    const database = await openDatabase(env.DATABASE_URL);
    try {
      expect((await database.query<{ n: number }>('select count(*)::int as n from policy_drafts', [])).rows[0]!.n).toBe(0);
    } finally {
      await database.close();
    }

    const parsed = runLine('plan parse', files);
    expect(parsed.code, parsed.err).toBe(0);
    expect(JSON.parse(parsed.out)).toMatchObject({ number: '14/KH-UBND' });

    const refused = runLine('plan import', files);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('--ignore-unresolved');
    const imported = runLine('plan import', files, ['--ignore-unresolved']);
    expect(imported.code, imported.err).toBe(0);
    const planId = /ID: (\S+)/.exec(imported.out)?.[1];
    expect(planId).toBeDefined();

    const report = runLine('plan report', { ...files, PLAN_ID: planId! }, ['--xlsx', files['phu-luc.xlsx'], '--at', '2024-11-19', '--signer', 'Vũ Thị Hiền Hạnh', '--signer-title', 'Phó Chủ tịch']);
    expect(report.code, report.err).toBe(0);
    expect(report.out).toContain('đến ngày 19/11/2024, người ký: Vũ Thị Hiền Hạnh (Phó Chủ tịch)');
    expect(fs.statSync(files['bao-cao.docx']).size).toBeGreaterThan(5000);
    expect(fs.statSync(files['phu-luc.xlsx']).size).toBeGreaterThan(3000);

    const backup = runLine('backup', files);
    expect(backup.code, backup.err).toBe(0);
    expect(fs.statSync(files['backup.jsonl.gz']).size).toBeGreaterThan(1000);
    const unforced = runLine('restore', files);
    expect(unforced.code).not.toBe(0);
    const restored = runLine('restore', files, ['--force']);
    expect(restored.code, restored.err).toBe(0);
  }, 300_000);
});
