/** Opening PGlite with the platform's extensions and settings, in whichever thread calls it. */
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

export interface PgliteInit {
  /** A data folder, or 'memory://'. */
  dataDir: string;
  /** PostgreSQL's shared_buffers: PGlite lives inside this process, so less than PostgreSQL's 128 MB default. */
  sharedBuffers: string;
}

export function createPglite(init: PgliteInit): Promise<PGlite> {
  const defaults = (PGlite as unknown as { defaultStartParams?: string[] }).defaultStartParams ?? [];
  return PGlite.create(init.dataDir, {
    extensions: { pg_trgm, unaccent },
    // DATE columns stay 'YYYY-MM-DD' strings, as node-postgres is told to return them
    parsers: { 1082: (v: string) => v },
    ...(defaults.length ? { startParams: [...defaults, '-c', `shared_buffers=${init.sharedBuffers}`] } : {}),
  });
}
