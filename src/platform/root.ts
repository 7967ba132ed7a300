import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The platform's folder (where package.json, db/migrations and dist/ are), found from this module upwards: the same
 * answer whether the code runs from src/ through tsx or from the server bundle `npm start` builds in dist/server/.
 */
export const ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === 'dong-thuan') return dir;
    if (dir === path.dirname(dir)) throw new Error(`Không tìm thấy thư mục của nền tảng (package.json "dong-thuan") phía trên ${from}`);
  }
}

/** A path inside the platform's folder. */
export function fromRoot(...parts: string[]): string {
  return path.join(ROOT, ...parts);
}
