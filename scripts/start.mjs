// `npm start`: build the back office and the server bundle when their sources changed, then run the platform
// (web + jobs) from the bundle: a restart with nothing changed loads one file instead of compiling ~600 modules.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

const { ensureOfficeBuild } = await import('./build-office.mjs');
try {
  ensureOfficeBuild(root);
} catch (err) {
  // Vite has printed its own errors above; say what failed and stop with a failure code for the supervisor
  console.error(`Không dựng được giao diện cán bộ: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
const { ensureServerBundle } = await import('./build-server.mjs');
const { WEB_NODE_FLAGS } = await import('./node-flags.mjs');
const server = path.join(await ensureServerBundle(root), 'main.js');
// the platform runs as a child: a stop asked of this script (systemd, Ctrl+C, kill) is passed on to it, and this
// script ends with the platform's own exit code
const platform = spawn(process.execPath, ['--enable-source-maps', ...WEB_NODE_FLAGS, server, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => platform.kill(signal));
// a platform ended by a signal exits as a shell reports it: 128 + the signal's number
platform.on('exit', (code, signal) => process.exit(code ?? 128 + (os.constants.signals[signal] ?? 0)));
