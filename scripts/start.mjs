// `npm start`: build the back office and the server bundle when their sources changed, then run the platform
// (web + jobs) from the bundle: a restart with nothing changed loads one file instead of compiling ~600 modules.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'dist/office/index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

const sources = Math.max(newestMtime(path.join(root, 'src/web/office')), newestMtime(path.join(root, 'src/web/ui')));
if (!fs.existsSync(dist) || fs.statSync(dist).mtimeMs < sources) {
  console.log('Đang dựng giao diện cán bộ (vite build)…');
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--config', 'src/web/office/vite.config.ts'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const { ensureServerBundle } = await import('./build-server.mjs');
const server = path.join(await ensureServerBundle(root), 'main.js');
// the platform runs as a child: a stop asked of this script (systemd, Ctrl+C, kill) is passed on to it, and this
// script ends with the platform's own exit code
const platform = spawn(process.execPath, ['--enable-source-maps', server, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => platform.kill(signal));
// a platform ended by a signal exits as a shell reports it: 128 + the signal's number
platform.on('exit', (code, signal) => process.exit(code ?? 128 + (os.constants.signals[signal] ?? 0)));
