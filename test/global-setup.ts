import { ensureServerBundle } from '../scripts/build-server.mjs';

/**
 * Once per `vitest run`: the server bundle that `npm start` and `npm run cli` run (dist/server/), so tests that
 * spawn the server or the command line start it in about a second instead of compiling the sources each time.
 */
export default async function setup(): Promise<void> {
  await ensureServerBundle(process.cwd());
}
