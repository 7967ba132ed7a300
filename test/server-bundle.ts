import path from 'node:path';

/**
 * The server and the command line as `npm start` and `npm run cli` run them (dist/server/, built from src/ for this
 * run by test/global-setup.ts), for tests that start them as separate processes.
 */
export const SERVER_MAIN = path.resolve('dist/server/main.js');
export const SERVER_CLI = path.resolve('dist/server/cli.js');
