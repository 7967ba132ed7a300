// Opening PGlite with the platform's extensions and settings, in whichever thread calls it. Plain JavaScript (typed by
// pglite-open.d.mts) so that PGlite's own thread (pglite-worker.mjs) loads it without a TypeScript loader: tsx in
// that thread cost about 100 MB and half a second per database opened.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

/** @param {import('./pglite-open.mjs').PgliteInit} init */
export function createPglite(init) {
  const defaults = PGlite.defaultStartParams ?? [];
  return PGlite.create(init.dataDir, {
    extensions: { pg_trgm, unaccent },
    // DATE columns stay 'YYYY-MM-DD' strings, as node-postgres is told to return them
    parsers: { 1082: (v) => v },
    ...(init.loadDataDir ? { loadDataDir: new Blob([init.loadDataDir]) } : {}),
    ...(defaults.length ? { startParams: [...defaults, '-c', `shared_buffers=${init.sharedBuffers}`] } : {}),
  });
}
