import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts', 'deploy/**/*.test.ts', 'bench/**/*.test.ts'],
    // the office's texts, registered as the app does when a page loads (src/web/office/app/catalogues.ts)
    // and what a file changed in the process (environment, timers) given back when it ends (test/file-isolation.ts)
    setupFiles: ['src/web/office/test-setup.ts', 'test/file-isolation.ts'],
    // the server bundle, built once for the tests that spawn the server or the command line
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite instances are heavy (WASM, about 300 MB each): one worker per core, at least two and at most four.
    maxWorkers: Math.min(4, Math.max(2, os.availableParallelism())),
    // A worker runs its files one after another in one module graph instead of importing the platform afresh for
    // each of the 200 files: 5 minutes of imports in CI became 20 seconds. So a test file leaves the process as it
    // found it: test/file-isolation.ts gives back the environment and the timers; servers and databases it closes.
    isolate: false,
  },
});
