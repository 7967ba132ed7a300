import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    // the office's texts, registered as the app does when a page loads (src/web/office/app/catalogues.ts)
    setupFiles: ['src/web/office/test-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite instances are heavy (WASM); two workers keep a 2-core machine responsive.
    maxWorkers: 2,
  },
});
