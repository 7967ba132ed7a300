import fs from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { explainFsError, resolveDataDir } from './data-dir';
import { openDatabase } from './index';
import { tempDirs } from '../../../test/temp-dirs';
import { currentOwner, lockDataDir, parseOwner, whyStale, type LockOwner } from './lock';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});
// the data dirs a test made (one holds a PGlite database of tens of MB): removed after it, passed or not
const tempDir = tempDirs('each');

function sleeper(): number {
  const child = spawn('sleep', ['30'], { stdio: 'ignore' });
  children.push(child);
  return child.pid!;
}

function procStart(pid: number): string {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]!;
}

function tempDataDir(prefix: string): string {
  const dir = path.join(tempDir(prefix), 'pglite');
  fs.mkdirSync(dir);
  return dir;
}

const hasProc = fs.existsSync('/proc/self/stat');

describe('PGlite data directory lock', () => {
  it.runIf(hasProc)('takes over a lock whose pid now belongs to another live process, and says so in an info line', async () => {
    const pid = sleeper();
    const { boot } = currentOwner();
    for (const content of [
      // written by an earlier platform process whose pid the kernel has since given to `sleep`
      JSON.stringify({ pid, start: '1', boot }),
      // written before a reboot
      JSON.stringify({ pid, start: procStart(pid), boot: 'another-boot' }),
      // an older version's bare pid, now a program that is not Node
      String(pid),
    ]) {
      const dir = tempDataDir('dt-reused-');
      fs.writeFileSync(`${dir}.lock`, content);
      const lines: string[] = [];
      const release = lockDataDir(dir, (msg) => lines.push(msg));
      expect(parseOwner(fs.readFileSync(`${dir}.lock`, 'utf8'))).toEqual(currentOwner());
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`Tiếp quản khoá cũ của thư mục dữ liệu ${dir}`);
      expect(lines[0]).toContain(`PID ${pid}`);
      release();
      expect(fs.existsSync(`${dir}.lock`)).toBe(false);
    }
  });

  it.runIf(hasProc)('refuses a lock held by the same live process it names, with the Vietnamese message', () => {
    const pid = sleeper();
    const owner: LockOwner = { pid, start: procStart(pid), boot: currentOwner().boot };
    expect(whyStale(owner)).toBeNull();
    const dir = tempDataDir('dt-held-');
    fs.writeFileSync(`${dir}.lock`, JSON.stringify(owner));
    expect(() => lockDataDir(dir, () => undefined)).toThrow(
      `Thư mục dữ liệu ${dir} đang được một tiến trình khác (PID ${pid}) sử dụng.`,
    );
    expect(fs.readFileSync(`${dir}.lock`, 'utf8')).toBe(JSON.stringify(owner));
  });

  it('takes over the lock of a dead process', () => {
    const dir = tempDataDir('dt-dead-');
    fs.writeFileSync(`${dir}.lock`, JSON.stringify({ pid: 999999, start: '5', boot: null }));
    expect(whyStale(parseOwner(fs.readFileSync(`${dir}.lock`, 'utf8'))!)).toContain('không còn chạy');
    lockDataDir(dir, () => undefined)();
  });

  it('opens a data directory reached through a symbolic link, locking the real directory', async () => {
    const base = tempDir('dt-link-');
    fs.mkdirSync(path.join(base, 'real'));
    fs.symlinkSync(path.join(base, 'real'), path.join(base, 'link'));
    const db = await openDatabase(`file:${path.join(base, 'link')}`);
    try {
      expect(fs.existsSync(path.join(base, 'real.lock'))).toBe(true);
      expect(fs.existsSync(path.join(base, 'link.lock'))).toBe(false);
      await db.query('create table t (x int)');
      await db.query('insert into t values ($1)', [7]);
      expect((await db.query<{ x: number }>('select x from t')).rows).toEqual([{ x: 7 }]);
    } finally {
      await db.close();
    }
    expect(fs.existsSync(path.join(base, 'real', 'PG_VERSION'))).toBe(true);
    expect(fs.existsSync(path.join(base, 'real.lock'))).toBe(false);
  });

  it('names the directory and the reason in Vietnamese when the data directory cannot be used, never "undefined"', async () => {
    const base = fs.realpathSync(tempDir('dt-bad-'));
    fs.symlinkSync(path.join(base, 'missing'), path.join(base, 'dangling'));
    fs.writeFileSync(path.join(base, 'file'), 'x');
    const cases = [path.join(base, 'dangling'), path.join(base, 'file'), path.join(base, 'file', 'sub')];
    for (const dir of cases) {
      const error = await openDatabase(`file:${dir}`).then(
        () => null,
        (e: Error) => e,
      );
      expect(error, dir).toBeInstanceOf(Error);
      expect(error!.message).toContain(dir);
      expect(error!.message).not.toMatch(/undefined|null|\[object/);
      expect(error!.message).toMatch(/thư mục dữ liệu/);
    }
    expect(() => resolveDataDir(path.join(base, 'dangling'))).toThrow(`liên kết tượng trưng tới ${path.join(base, 'missing')}, nơi không tồn tại`);
    // PGlite's in-wasm file system throws objects with a WASI errno and no message
    expect(explainFsError({ name: 'ErrnoError', errno: 44 })).toBe('không tồn tại (hoặc là liên kết tượng trưng trỏ tới nơi không tồn tại) (ENOENT)');
    expect(explainFsError({ errno: 9999 })).toBe('lỗi hệ thống tệp (mã 9999)');
    expect(explainFsError(undefined)).toBe('lỗi không rõ nguyên nhân');
  });
});
