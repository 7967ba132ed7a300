// The back office (Vite) built into dist/office/ when its sources changed: `npm start` runs it before the server, and
// the tests that serve the office from a started server (deploy/multi-node.test.ts) run it first.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { newestMtime } from './build-server.mjs';

/** Builds dist/office/ when it is missing or older than src/web/office or src/web/ui; throws when Vite fails. */
export function ensureOfficeBuild(root) {
  const index = path.join(root, 'dist/office/index.html');
  const sources = Math.max(newestMtime(path.join(root, 'src/web/office')), newestMtime(path.join(root, 'src/web/ui')));
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= sources) return;
  console.log('Đang dựng giao diện cán bộ (vite build)…');
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--config', 'src/web/office/vite.config.ts'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`vite build ended with code ${r.status}`);
}
