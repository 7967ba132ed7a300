import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';

/**
 * Resolves PGlite's data directory to its real path, creating it if needed. PGlite's file system layer cannot
 * follow a symbolic link (it fails with an error that has no message), and the lock must sit beside the real
 * directory so that two names for one directory share one lock.
 */
export function resolveDataDir(dir: string): string {
  const wanted = path.resolve(dir);
  try {
    fs.mkdirSync(wanted, { recursive: true });
  } catch (e) {
    const target = linkTarget(wanted);
    if (target) {
      throw new AppError(
        'config',
        `Không dùng được thư mục dữ liệu ${wanted}: đây là liên kết tượng trưng tới ${target}, ` +
          `nơi không tồn tại hoặc không tạo được (${explainFsError(e)}).`,
      );
    }
    throw new AppError('config', `Không tạo được thư mục dữ liệu ${wanted}: ${explainFsError(e, wanted)}.`);
  }
  let real: string;
  try {
    real = fs.realpathSync(wanted);
  } catch (e) {
    throw new AppError('config', `Không xác định được đường dẫn thật của thư mục dữ liệu ${wanted}: ${explainFsError(e, wanted)}.`);
  }
  if (!fs.statSync(real).isDirectory()) {
    throw new AppError('config', `Thư mục dữ liệu ${wanted} không dùng được: ${real} không phải là thư mục.`);
  }
  return real;
}

function linkTarget(p: string): string | null {
  try {
    return fs.lstatSync(p).isSymbolicLink() ? path.resolve(path.dirname(p), fs.readlinkSync(p)) : null;
  } catch {
    return null;
  }
}

// Node reports errno names ('ENOENT'); PGlite's in-wasm file system throws objects carrying only a WASI errno number.
const WASI_ERRNO: Record<number, string> = {
  2: 'EACCES', 10: 'EBUSY', 20: 'EEXIST', 28: 'EINVAL', 29: 'EIO', 31: 'EISDIR', 32: 'ELOOP', 37: 'ENAMETOOLONG',
  44: 'ENOENT', 51: 'ENOSPC', 54: 'ENOTDIR', 55: 'ENOTEMPTY', 63: 'EPERM', 69: 'EROFS',
};

const REASONS: Record<string, string> = {
  EACCES: 'không có quyền truy cập',
  EPERM: 'không được phép thao tác',
  EBUSY: 'đang bị chiếm dụng',
  EEXIST: 'đã có một tệp hoặc một liên kết hỏng trùng tên',
  EINVAL: 'đường dẫn không hợp lệ',
  EIO: 'lỗi đọc ghi đĩa',
  EISDIR: 'là thư mục, không phải tệp',
  ELOOP: 'liên kết tượng trưng lặp vòng',
  ENAMETOOLONG: 'đường dẫn quá dài',
  ENOENT: 'không tồn tại (hoặc là liên kết tượng trưng trỏ tới nơi không tồn tại)',
  ENOSPC: 'đĩa đã hết dung lượng',
  ENOTDIR: 'một phần của đường dẫn không phải là thư mục',
  ENOTEMPTY: 'thư mục không trống',
  EROFS: 'hệ thống tệp chỉ cho phép đọc',
};

/** Says in Vietnamese why a file-system operation failed, whatever shape the thrown value has; never "undefined". */
export function explainFsError(e: unknown, where?: string): string {
  const err = (e ?? {}) as { code?: unknown; errno?: unknown; message?: unknown };
  const code =
    typeof err.code === 'string' ? err.code : typeof err.errno === 'number' ? WASI_ERRNO[err.errno] : undefined;
  const reason = code ? REASONS[code] : undefined;
  if (reason) return where ? `${where} ${reason} (${code})` : `${reason} (${code})`;
  if (typeof err.message === 'string' && err.message.trim()) return err.message.trim();
  if (typeof err.errno === 'number') return `lỗi hệ thống tệp (mã ${err.errno})`;
  if (typeof e === 'string' && e.trim()) return e.trim();
  return 'lỗi không rõ nguyên nhân';
}
