import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { explainFsError } from './data-dir';

/** Who holds a lock: a pid alone can be reused after a crash or a reboot, so the start time and boot id go with it. */
export interface LockOwner {
  pid: number;
  /** Start time of the process in clock ticks since boot (/proc/<pid>/stat field 22); null where /proc is absent. */
  start: string | null;
  /** /proc/sys/kernel/random/boot_id when the lock was taken; null where it is absent. */
  boot: string | null;
}

export type LockLog = (msg: string, extra?: Record<string, unknown>) => void;

const infoLine: LockLog = (msg, extra) => console.log(JSON.stringify({ level: 'info', msg, ...extra }));

/**
 * PGlite is a single-process database: two processes writing the same directory corrupt it. We take an exclusive
 * lock file naming our process (pid, start time, boot id); a lock whose owner is not that same live process (dead,
 * or its pid now belongs to another process) is taken over, a live owner makes us stop. `dir` is the real path
 * (see resolveDataDir), so every name for one directory shares one lock.
 */
export function lockDataDir(dir: string, log: LockLog = infoLine): () => void {
  const lockPath = path.join(dir, '..', `${path.basename(dir)}.lock`);
  const me = currentOwner();
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, JSON.stringify(me));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release); // a process that opens and closes data folders in turn keeps no listener each
        try {
          const holder = parseOwner(fs.readFileSync(lockPath, 'utf8'));
          if (holder && holder.pid === me.pid && holder.start === me.start) fs.unlinkSync(lockPath);
        } catch {
          // already gone: nothing to release
        }
      };
      process.once('exit', release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new AppError('config', `Không tạo được tệp khoá ${lockPath} của thư mục dữ liệu ${dir}: ${explainFsError(e)}.`);
      }
      let content = '';
      try {
        content = fs.readFileSync(lockPath, 'utf8');
      } catch {
        continue; // released between our open and our read: try again
      }
      const owner = parseOwner(content);
      const stale = owner ? whyStale(owner) : 'tệp khoá không đọc được';
      if (!stale && owner!.pid !== process.pid) {
        throw new AppError(
          'config',
          `Thư mục dữ liệu ${dir} đang được một tiến trình khác (PID ${owner!.pid}) sử dụng. ` +
            'Cơ sở dữ liệu nhúng chỉ cho phép một tiến trình: hãy dừng tiến trình đó, hoặc dùng DATABASE_URL=postgres://… để chạy nhiều tiến trình.',
        );
      }
      log(`Tiếp quản khoá cũ của thư mục dữ liệu ${dir}: ${stale ?? 'khoá do chính tiến trình này để lại'}.`, {
        lock: lockPath,
        previousPid: owner?.pid ?? null,
      });
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new AppError('config', `Không khoá được thư mục dữ liệu ${dir}: một tiến trình khác vừa giành tệp khoá ${lockPath}.`);
}

/** Reads a lock file: the JSON this module writes, or the bare pid older versions wrote. */
export function parseOwner(content: string): LockOwner | null {
  const text = content.trim();
  if (/^\d+$/.test(text)) return { pid: Number(text), start: null, boot: null };
  try {
    const v = JSON.parse(text) as Partial<LockOwner>;
    if (typeof v.pid !== 'number' || !Number.isInteger(v.pid) || v.pid <= 0) return null;
    return { pid: v.pid, start: typeof v.start === 'string' ? v.start : null, boot: typeof v.boot === 'string' ? v.boot : null };
  } catch {
    return null;
  }
}

/** This process as a lock owner. */
export function currentOwner(): LockOwner {
  return { pid: process.pid, start: startTimeOf(process.pid), boot: bootId() };
}

/** Null when `owner` is the same process still running; otherwise why its lock is stale, in Vietnamese. */
export function whyStale(owner: LockOwner): string | null {
  if (!isAlive(owner.pid)) return `tiến trình PID ${owner.pid} không còn chạy`;
  const boot = bootId();
  if (owner.boot && boot && owner.boot !== boot) {
    return `máy đã khởi động lại từ khi khoá được tạo, PID ${owner.pid} nay thuộc một tiến trình khác`;
  }
  const start = startTimeOf(owner.pid);
  if (owner.start && start && owner.start !== start) return `PID ${owner.pid} nay thuộc một tiến trình khác (thời điểm khởi động khác)`;
  if (!owner.start) {
    // A lock from an older version names a pid only: a live process that is not Node cannot be the platform.
    const program = programOf(owner.pid);
    if (program && !/node|tsx|bun|deno/i.test(path.basename(program))) {
      return `PID ${owner.pid} nay thuộc chương trình ${path.basename(program)}, không phải nền tảng`;
    }
  }
  return null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function startTimeOf(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may itself hold spaces or ')': fields resume after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null; // field 22 overall: field 3 is fields[0]
  } catch {
    return null;
  }
}

function bootId(): string | null {
  try {
    return fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || null;
  } catch {
    return null;
  }
}

function programOf(pid: number): string | null {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] || null;
  } catch {
    return null;
  }
}
