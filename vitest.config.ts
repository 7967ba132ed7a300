import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts', 'deploy/**/*.test.ts', 'bench/**/*.test.ts'],
    // the office's texts, registered as the app does when a page loads (src/web/office/app/catalogues.ts)
    setupFiles: ['src/web/office/test-setup.ts'],
    // the server bundle, built once for the tests that spawn the server or the command line
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite instances are heavy (WASM, about 300 MB each): one worker per core, at least two and at most four.
    maxWorkers: Math.min(4, Math.max(2, os.availableParallelism())),
  },
});
