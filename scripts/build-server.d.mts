/** Builds dist/server/ from src/ (see build-server.mjs). */
export function buildServerBundle(root: string): Promise<void>;
/** Builds dist/server/ when it is missing or older than src/ or the lock file; returns the folder. */
export function ensureServerBundle(root: string): Promise<string>;
/** The newest modification time of any file under `dir` (ms). */
export function newestMtime(dir: string): number;
