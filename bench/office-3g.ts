/**
 * Office on a slow mobile network (issue 8): the back office opened cold in headless Chromium over an emulated
 * "Slow 3G" link; the time until the sign-in form can be used and the bytes it took.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import '../src/bootstrap';
import { OFFICE_DIST } from '../src/server';
import { ADMIN_PASSWORD, startBenchApp } from './lib/app';
import { intEnv } from './lib/env';
import { infoRow, percentile, round, targetFailure, targetRow, type TargetCheck } from './lib/stats';
import type { Benchmark, BenchReport, Json, RunContext, Section } from './lib/types';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const COLUMNS = ['Measure', 'Figure', 'Target', 'Result'];
/** Issue 8: the sign-in form usable within 4 s on slow 3G. */
const TARGET_MS = 4000;
/** How long the person takes to type the user name and password once the form is there. */
const TYPING_MS = 3000;

/** Network conditions for CDP `Network.emulateNetworkConditions` (throughput in bytes/s, latency in ms). */
interface Profile {
  name: string;
  latency: number;
  downloadThroughput: number;
  uploadThroughput: number;
  /** Whether the target applies. */
  isTarget: boolean;
}

/**
 * Chrome DevTools' "Slow 3G" preset (renamed "3G" in recent DevTools) is 500 kbit/s × 0.8 = 400 kbit/s down and up
 * (50,000 bytes/s) with 400 ms of round-trip time, which DevTools applies as 400 ms × 5 = 2,000 ms per request.
 * The issue's target is set for the 400 ms round trip; the DevTools preset as it is (2 s before every response
 * starts) is measured too, for information.
 */
const PROFILES: Profile[] = [
  { name: 'Slow 3G (400 kbit/s down and up, 400 ms latency)', latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000, isTarget: true },
  { name: 'DevTools "Slow 3G" preset as applied (400 kbit/s, 2,000 ms per request)', latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000, isTarget: false },
];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the office as `npm start` does when the build is missing or older than its sources. */
function ensureOfficeBuild(): void {
  const index = path.join(OFFICE_DIST, 'index.html');
  const sources = Math.max(newestMtime(path.join(ROOT, 'src/web/office')), newestMtime(path.join(ROOT, 'src/web/ui')));
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= sources) return;
  console.log('  building the office (vite build) …');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--config', 'src/web/office/vite.config.ts'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status})`);
}

/** One cold load: what it took until the sign-in form was usable. */
interface Load {
  usableMs: number;
  /** From pressing "Đăng nhập" to the home page's heading. */
  signedInMs: number;
  bytes: number;
  requests: number;
  /** Per response: path, Content-Encoding and encoded bytes (headers included, as CDP counts them). */
  resources: { path: string; encoding: string; bytes: number }[];
}

/** Opens /office/ in a fresh browser context (empty cache, no cookies) under the profile and waits for the form. */
async function coldLoad(browser: Browser, baseUrl: string, profile: Profile): Promise<Load> {
  const context = await browser.newContext({ locale: 'vi-VN' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latency,
      downloadThroughput: profile.downloadThroughput,
      uploadThroughput: profile.uploadThroughput,
      connectionType: 'cellular3g',
    });
    const seen = new Map<string, { path: string; encoding: string }>();
    const finished: { path: string; encoding: string; bytes: number }[] = [];
    cdp.on('Network.responseReceived', (e) => {
      const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
      seen.set(e.requestId, { path: new URL(e.response.url).pathname, encoding: headers['content-encoding'] ?? 'identity' });
    });
    cdp.on('Network.loadingFinished', (e) => {
      const r = seen.get(e.requestId) ?? { path: '?', encoding: '?' };
      finished.push({ ...r, bytes: e.encodedDataLength });
    });
    await page.goto(`${baseUrl}/office/`, { waitUntil: 'commit', timeout: 60_000 });
    // Milliseconds since the navigation started, read in the page when the labelled field is visible and enabled.
    const handle = await page.waitForFunction(
      () => {
        const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Tên đăng nhập');
        const input = label?.htmlFor ? (document.getElementById(label.htmlFor) as HTMLInputElement | null) : null;
        if (!input || input.disabled || input.readOnly) return false;
        const box = input.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(input).visibility !== 'hidden' ? performance.now() : false;
      },
      undefined,
      { polling: 'raf', timeout: 60_000 },
    );
    const usableMs = (await handle.jsonValue()) as number;
    const done = [...finished];
    // Then a person types for a few seconds and signs in: the time from the button to the home page's header.
    await page.waitForTimeout(TYPING_MS);
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
    const pressed = Date.now();
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor({ timeout: 60_000 });
    await page.locator('main h1').first().waitFor({ timeout: 60_000 });
    const signedInMs = Date.now() - pressed;
    return { usableMs, signedInMs, bytes: done.reduce((s, r) => s + r.bytes, 0), requests: done.length, resources: done };
  } finally {
    await context.close();
  }
}

async function measureProfile(browser: Browser, baseUrl: string, profile: Profile, runs: number, failures: string[]): Promise<Section> {
  process.stdout.write(`  ${profile.name}: `);
  const loads: Load[] = [];
  for (let i = 0; i < runs; i++) {
    const load = await coldLoad(browser, baseUrl, profile);
    loads.push(load);
    process.stdout.write(`${round(load.usableMs)} ms `);
  }
  console.log('');
  const times = loads.map((l) => l.usableMs);
  const median = round(percentile(times, 50));
  const last = loads[loads.length - 1]!;
  const check: TargetCheck = { label: `Sign-in form usable, median of ${runs} cold loads`, value: median, unit: 'ms', op: '<', limit: TARGET_MS };
  if (profile.isTarget) {
    const f = targetFailure('office-3g', check);
    if (f) failures.push(f);
  }
  const rows = [
    profile.isTarget ? targetRow(check) : infoRow(`${check.label} (no target: the page and then its script each wait 2 s before they start)`, `${median} ms`),
    infoRow('… slowest load', `${round(Math.max(...times))} ms`),
    infoRow(`Then signed in after ${TYPING_MS / 1000} s of typing: from the button to the home page (median)`, `${round(percentile(loads.map((l) => l.signedInMs), 50))} ms`),
    infoRow('Bytes transferred until then (encoded, headers included)', `${last.bytes.toLocaleString('en-US')} B in ${last.requests} responses`),
    ...last.resources.map((r) => infoRow(`… ${r.path}`, `${r.bytes.toLocaleString('en-US')} B (${r.encoding})`)),
  ];
  const data: Json = {
    status: 'ok',
    profile: { latencyMs: profile.latency, downloadBytesPerSec: profile.downloadThroughput, uploadBytesPerSec: profile.uploadThroughput },
    usableMs: times.map((t) => round(t)),
    signedInMs: loads.map((l) => round(l.signedInMs)),
    medianMs: median,
    bytes: last.bytes,
    requests: last.requests,
    resources: last.resources.map((r) => ({ path: r.path, encoding: r.encoding, bytes: r.bytes })),
    ...(profile.isTarget ? { target: { ...check, pass: targetFailure('office-3g', check) === null } } : {}),
  };
  return { heading: profile.name, status: 'ok', columns: COLUMNS, rows, data };
}

async function run(_ctx: RunContext): Promise<BenchReport> {
  const failures: string[] = [];
  const runs = intEnv('BENCH_3G_RUNS', 3, 1);
  ensureOfficeBuild();
  const bench = await startBenchApp('pglite', null);
  let browser: Browser | undefined;
  const sections: Section[] = [];
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    for (const profile of PROFILES) sections.push(await measureProfile(browser, bench.baseUrl, profile, runs, failures));
  } finally {
    await browser?.close().catch(() => undefined);
    await bench.close();
  }
  return {
    name: 'office-3g',
    title: 'Office on slow 3G (issue 8): cold load of the sign-in page',
    howToRead: [
      `Target (issue 8): the sign-in form usable < ${TARGET_MS / 1000} s after the navigation starts, on slow 3G with a cold cache (median of BENCH_3G_RUNS = ${runs} loads, each in a fresh browser context).`,
      'Network: CDP Network.emulateNetworkConditions in Debian\'s Chromium (headless, --no-sandbox --disable-gpu --disable-background-networking). Chrome DevTools\' "Slow 3G" preset is 500 kbit/s × 0.8 = 400 kbit/s (50,000 B/s) down and up with a 400 ms round trip, which DevTools applies as 400 × 5 = 2,000 ms per request; the target uses the 400 ms figure, the preset as applied is shown below it for information.',
      `Then the admin types for ${TYPING_MS / 1000} s (the chunk of the signed-in pages is fetched meanwhile) and signs in; the figure is from the click on "Đăng nhập" to the heading of the home page, for information.`,
      '"Usable": the input labelled "Tên đăng nhập" exists, is enabled and has a size, read in the page with performance.now() (from the navigation start). Bytes: the sum of CDP Network.loadingFinished encodedDataLength of every response finished by then (compressed bodies plus headers).',
      'The server is the real one (fresh PGlite, demo data) serving the built office from dist/office with its Brotli/gzip files; the build is redone first when older than its sources. CPU is not throttled.',
    ],
    sections,
    failures,
  };
}

export const officeThreeG: Benchmark = { name: 'office-3g', title: 'Office on slow 3G', run };
