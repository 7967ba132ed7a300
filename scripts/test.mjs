// `npm test`: unit and integration tests (Vitest, on PGlite and, with TEST_DATABASE_URL, on PostgreSQL) and the
// browser journeys (Playwright in Debian's Chromium), side by side. Prints one closing line "N passed, N failed" for CI.
// REQUIRE_ALL_TIERS=1 (set by .ci/run) turns a missing PostgreSQL or Chromium into failures instead of skips.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const requireAll = process.env.REQUIRE_ALL_TIERS === '1';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let passed = 0;
let failed = 0;
let skipped = 0;

/** Runs a command to its end; its output goes to this terminal, or to `logFile` when one is named. */
function run(cmd, args, env = {}, logFile = null) {
  const out = logFile ? fs.openSync(path.join(root, logFile), 'w') : 'inherit';
  const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', out, out], env: { ...process.env, ...env } });
  return new Promise((resolve) => {
    child.on('error', () => resolve(1));
    child.on('close', (code) => {
      if (typeof out === 'number') fs.closeSync(out);
      resolve(code ?? 1);
    });
  });
}
function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * A failed journey's page as Playwright last saw it (the accessibility snapshot of error-context.md), printed so that a
 * CI log alone tells what the page showed: the artefacts of a CI run are not kept.
 */
function printFailureContexts() {
  const dir = path.join(root, 'test-results');
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir)) {
    const file = path.join(dir, entry, 'error-context.md');
    if (!fs.existsSync(file)) continue;
    const text = fs.readFileSync(file, 'utf8');
    const snapshot = text.slice(Math.max(0, text.indexOf('# Page snapshot'))).split('\n').slice(0, 80).join('\n');
    console.log(`\n--- ${entry}: the page when the journey failed ---\n${snapshot}\n---`);
  }
}

if (requireAll && !process.env.TEST_DATABASE_URL) {
  console.error('REQUIRE_ALL_TIERS=1 nhưng chưa đặt TEST_DATABASE_URL: tầng PostgreSQL không được bỏ qua.');
  failed += 1;
}

// The back office and the server bundle, built once before the tiers: the journeys' server and Vitest's tests that
// start the platform both use them, and two Vite builds writing dist/office at the same moment would spoil it.
try {
  (await import('./build-office.mjs')).ensureOfficeBuild(root);
  await (await import('./build-server.mjs')).ensureServerBundle(root);
} catch (err) {
  console.error(`Không dựng được giao diện cán bộ hoặc gói máy chủ: ${err instanceof Error ? err.message : String(err)}`);
  failed += 1;
}

// The journeys mostly wait on the browser and the server (they took 8.1 minutes whether alone or beside Vitest on two
// busy cores), so the two tiers run at once instead of adding those minutes to Vitest's. The journeys' output is kept
// aside in .ci-pw.log and printed after Vitest's, so each tier still reads in one piece.
const hasChromium = fs.existsSync(chromium);
fs.rmSync(path.join(root, '.ci-vitest.json'), { force: true });
fs.rmSync(path.join(root, '.ci-pw.json'), { force: true });
const journeys = hasChromium
  ? run(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: '.ci-pw.json' }, '.ci-pw.log')
  : null;
const vitestCode = await run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', '--outputFile=.ci-vitest.json']);
const vitest = readJson('.ci-vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
  if (vitestCode !== 0 && vitest.numFailedTests === 0) failed += 1; // a suite that crashed before its tests ran
} else {
  console.error('Vitest không ghi được báo cáo JSON.');
  failed += 1;
}

if (journeys) {
  const pwCode = await journeys;
  console.log(`\n--- Playwright (chạy song song với Vitest) ---\n${fs.readFileSync(path.join(root, '.ci-pw.log'), 'utf8')}`);
  const pw = readJson('.ci-pw.json');
  if (pw) {
    passed += pw.stats.expected;
    failed += pw.stats.unexpected + pw.stats.flaky;
    skipped += pw.stats.skipped;
    if (pwCode !== 0 && pw.stats.unexpected === 0) failed += 1;
    if (pwCode !== 0) printFailureContexts();
  } else {
    console.error('Playwright không ghi được báo cáo JSON.');
    failed += 1;
  }
} else if (requireAll) {
  console.error(`Không tìm thấy Chromium tại ${chromium}: tầng trình duyệt không được bỏ qua.`);
  failed += 1;
} else {
  console.log(`(Bỏ qua kiểm thử trình duyệt: không có ${chromium}; cài bằng apt-get install chromium)`);
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
