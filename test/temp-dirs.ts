import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach } from 'vitest';

/**
 * Temporary folders a test file makes and removes, passed or failed: after every test (`each`, for PGlite data
 * folders of tens of MB) or once the file's tests end (`all`). Returns the maker: `tempDir('dt-backup-')`.
 */
export function tempDirs(when: 'each' | 'all'): (prefix: string) => string {
  const made: string[] = [];
  (when === 'each' ? afterEach : afterAll)(() => {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  return (prefix) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
