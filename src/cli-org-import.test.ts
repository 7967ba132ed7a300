import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { directoryToCsv, directoryToXlsx, sampleProvince } from './modules/organisations';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-cli-org-'));
// the command line's PGlite data dir weighs tens of MB: gone once the file's tests end, passed or not
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const env = { ...process.env, DATABASE_URL: `file:${dir}/pglite`, ADMIN_PASSWORD: 'Quan-tri-cli-2024', LOG_LEVEL: 'silent', AUDIT_CHECKPOINT_FILE: `${dir}/checkpoints.jsonl` };

/** The README's line for the command, without its comment: "npm run cli -- org import danh-muc.xlsx [--apply]". */
function readmeCommand(): string[] {
  const readme = fs.readFileSync(path.join(process.cwd(), 'README.md'), 'utf8');
  const line = readme.split('\n').find((l) => l.startsWith('npm run cli -- org import '));
  if (!line) throw new Error('README has no "npm run cli -- org import" line');
  return line.replace(/#.*$/, '').trim().split(/\s+/);
}

/** Runs the README command as written, the file name pointing at `file`, with or without the optional --apply. */
function runAsWritten(file: string, apply: boolean) {
  const words = readmeCommand()
    .map((w) => (w === 'danh-muc.xlsx' ? file : w === '[--apply]' ? (apply ? '--apply' : null) : w))
    .filter((w): w is string => w !== null);
  expect(words.slice(0, 2)).toEqual(['npm', 'run']);
  const r = spawnSync('npm', words.slice(1), { encoding: 'utf8', env, cwd: process.cwd() });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('org import on the command line, as the README writes it', () => {
  const sample = sampleProvince({ districts: 1, communesPerDistrict: 6 });

  it('checks without writing, applies with --apply, and changes nothing the second time', async () => {
    const file = path.join(dir, 'danh-muc.xlsx');
    fs.writeFileSync(file, await directoryToXlsx(sample));
    const check = runAsWritten(file, false);
    expect(check.err).not.toMatch(/lỗi/);
    expect(check.code).toBe(0);
    expect(check.out).toContain(`Đơn vị: ${sample.units.length} thêm mới, 0 cập nhật, 0 giữ nguyên`);
    expect(check.out).toContain('Xem trước: chưa ghi gì.');

    const applied = runAsWritten(file, true);
    expect(applied.code).toBe(0);
    expect(applied.out).toContain('Đã nhập danh mục.');

    const again = runAsWritten(file, true);
    expect(again.code).toBe(0);
    expect(again.out).toContain(`Đơn vị: 0 thêm mới, 0 cập nhật, ${sample.units.length} giữ nguyên`);
    expect(again.out).toContain('không có gì thay đổi');

    const list = spawnSync(process.execPath, ['scripts/cli.mjs', 'org', 'list', '--at', '2026-01-01', '--json'], { encoding: 'utf8', env, cwd: process.cwd() });
    const ids = JSON.parse(list.stdout).units.map((u: { id: string }) => u.id);
    expect(ids).toContain('ubnd-tinh');
    expect(ids).not.toContain('yb-ubnd');
  }, 120_000);

  it('prints every problem with its row and exits 2 for a file with errors', () => {
    const broken = { ...sample, units: sample.units.map((u, i) => (i === 3 ? { ...u, parentId: 'xa-abc' } : u)) };
    const file = path.join(dir, 'don-vi.csv');
    fs.writeFileSync(file, directoryToCsv(broken)[0]!.data);
    const r = spawnSync(process.execPath, ['scripts/cli.mjs', 'org', 'import', file, '--apply'], { encoding: 'utf8', env, cwd: process.cwd() });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Tệp don-vi.csv, dòng 5, cột Đơn vị cấp trên (mã): không có đơn vị mã "xa-abc" trong tệp hoặc danh mục.');
    expect(r.stderr).toContain('Tệp có 1 lỗi; chưa ghi gì.');
  }, 60_000);
});
