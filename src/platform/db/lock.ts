import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';

/**
 * PGlite is a single-process database: two processes writing the same directory corrupt it. We take an exclusive
 * lock file holding our pid; a lock left by a dead process is taken over, a live owner makes us stop.
 */
export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const lockPath = path.join(dir, '..', `${path.basename(dir)}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // already gone: nothing to release
        }
      };
      process.once('exit', release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number(fs.readFileSync(lockPath, 'utf8').trim());
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new AppError(
          'config',
          `Thư mục dữ liệu ${dir} đang được một tiến trình khác (PID ${owner}) sử dụng. ` +
            'Cơ sở dữ liệu nhúng chỉ cho phép một tiến trình: hãy dừng tiến trình đó, hoặc dùng DATABASE_URL=postgres://… để chạy nhiều tiến trình.',
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new AppError('config', `Không khoá được thư mục dữ liệu ${dir}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
