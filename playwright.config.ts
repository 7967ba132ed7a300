import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);
// several runs side by side (a developer's and a helper's) each need their own port and data folder
const DIR = process.env.E2E_DIR ?? '.tmp/e2e';

// Debian's Chromium, never a downloaded browser. The app runs on a fresh embedded database for each run.
export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  workers: 1,
  retries: 0,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // axe-core is injected as a script: let it past our strict CSP in tests only.
    bypassCSP: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `rm -rf ${DIR} && node scripts/start.mjs`,
    env: {
      PORT: String(PORT),
      DATABASE_URL: `file:./${DIR}/pglite`,
      FILES_DIR: `./${DIR}/files`,
      AUDIT_CHECKPOINT_FILE: `./${DIR}/audit-checkpoints.jsonl`,
      ADMIN_PASSWORD: 'Quan-tri-e2e-2024',
      LOG_LEVEL: 'warn',
      PUBLIC_URL: `http://127.0.0.1:${PORT}`,
      // mail goes to the SMTP server the consultation journey starts in-process
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(SMTP_PORT),
      // lets the consultation journey see its round close (never set outside tests)
      ENABLE_TEST_CLOCK: '1',
      // the monitoring journey's feed server listens on 127.0.0.1, which the fetcher refuses otherwise
      MONITORING_ALLOW_PRIVATE_HOSTS: '1',
    },
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
