import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);
// the local Zalo OA server (test/zalo-oa-server.ts) the network and crises journeys start on this port
export const ZALO_PORT = Number(process.env.E2E_ZALO_PORT ?? PORT + 1500);
export const ZALO_E2E = { appId: '1234567890', secretKey: 'khoa-bi-mat-zalo-e2e', refreshToken: 'rt_khoi_dau_e2e_0001' } as const;
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
      // broadcasts of the network go to the local Zalo OA server and to webhooks on 127.0.0.1
      ZALO_OA_APP_ID: ZALO_E2E.appId,
      ZALO_OA_SECRET_KEY: ZALO_E2E.secretKey,
      ZALO_OA_REFRESH_TOKEN: ZALO_E2E.refreshToken,
      ZALO_OA_API_BASE: `http://127.0.0.1:${ZALO_PORT}`,
      ZALO_OA_OAUTH_BASE: `http://127.0.0.1:${ZALO_PORT}`,
      CHANNELS_ALLOW_PRIVATE_HOSTS: 'true',
    },
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
