// Setup for every test file (vitest.config.ts). The files of one worker share a process and its modules
// (isolate: false), so what a file changes in the process is given back when it ends: the environment variables it
// set or removed (FILES_DIR, MONITORING_ALLOW_PRIVATE_HOSTS, …) and faked timers. A file that leaves a server or a
// database open still shows up as a hanging run.
// A deprecation that a file's code runs into (Node prints each one once per process, where nobody reads it) fails
// that file: node-postgres's "client.query() while the client is already executing a query", for one, is an
// error from pg 9 on.
import { afterAll, vi } from 'vitest';

// taken before the test file's own top-level code runs (Vitest runs the setup files again before each file)
const envAtStart: Record<string, string | undefined> = { ...process.env };
const deprecations: string[] = [];
const onWarning = (warning: Error) => {
  if (warning.name === 'DeprecationWarning') deprecations.push(warning.message);
};
process.on('warning', onWarning);

afterAll(() => {
  process.off('warning', onWarning);
  vi.useRealTimers();
  for (const name of Object.keys(process.env)) if (!(name in envAtStart)) delete process.env[name];
  for (const [name, value] of Object.entries(envAtStart)) if (process.env[name] !== value) process.env[name] = value;
  if (deprecations.length) throw new Error(`Mã đã gọi một API bị loại bỏ dần (deprecated): ${deprecations.join(' | ')}`);
});
