import type { PGlite } from '@electric-sql/pglite';

export interface PgliteInit {
  /** A data folder, or 'memory://'. */
  dataDir: string;
  /** PostgreSQL's shared_buffers: PGlite lives inside this process, so less than PostgreSQL's 128 MB default. */
  sharedBuffers: string;
  /** A data folder dumped earlier (`dumpDataDir`, a tar) to start from instead of a new cluster (tests' migrated template). */
  loadDataDir?: Uint8Array;
}

export function createPglite(init: PgliteInit): Promise<PGlite>;
