/** The messages between `pglite-thread.ts` (the main thread) and `pglite-worker.mjs` (PGlite's thread). */

/** Statement options that cross the thread: which type OIDs are returned as their text (drizzle's identity parsers). */
export interface WireOptions {
  rowMode?: 'object' | 'array';
  rawTypes?: number[];
}

export type ThreadRequest =
  | { id: number; op: 'query'; tx: number; text: string; params?: unknown[]; options?: WireOptions }
  | { id: number; op: 'exec'; tx: number; text: string; options?: WireOptions }
  | { id: number; op: 'begin' }
  | { id: number; op: 'end'; tx: number; commit: boolean }
  | { id: number; op: 'dump' }
  | { id: number; op: 'close' };

/** A database error as data: its message and the fields of PostgreSQL's error report (never the statement's values). */
export interface WireError {
  name: string;
  message: string;
  fields: Record<string, string | number>;
}

export type ThreadReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WireError };
