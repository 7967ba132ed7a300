/**
 * The database thread of an embedded PGlite (ADR 010): the PGlite instance lives here, and `pglite-thread.ts` in the
 * main thread sends it statements. PGlite runs PostgreSQL compiled to WebAssembly synchronously in whatever thread
 * calls it; in the web process's own thread every statement stopped every request, so the comment intake's
 * database work and its HTTP work took turns on one core. Here they run side by side.
 *
 * Transactions keep PGlite's own semantics: `begin` opens `client.transaction`, the statements of that transaction
 * name it, and other statements wait for it inside PGlite exactly as they did in one thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { createPglite, type PgliteInit } from './pglite-open';

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
  | { id: number; op: 'close' };

/** A database error as data: its message and the fields of PostgreSQL's error report (never the statement's values). */
export interface WireError {
  name: string;
  message: string;
  fields: Record<string, string | number>;
}

export type ThreadReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WireError };

/** The error fields that cross (PostgreSQL's report); `params` and anything else a statement carried stay here. */
const ERROR_FIELDS = ['code', 'severity', 'detail', 'hint', 'position', 'internalPosition', 'internalQuery', 'where', 'schema', 'table', 'column', 'dataType', 'constraint', 'file', 'line', 'routine', 'query'];

export function toWireError(e: unknown): WireError {
  const err = (e ?? {}) as Record<string, unknown>;
  const fields: Record<string, string | number> = {};
  for (const k of ERROR_FIELDS) if (typeof err[k] === 'string' || typeof err[k] === 'number') fields[k] = err[k] as string | number;
  return { name: typeof err.name === 'string' ? err.name : 'Error', message: e instanceof Error ? e.message : String(e), fields };
}

const identity = (v: string) => v;
const parserSets = new Map<string, Record<number, (v: string) => string>>();

/** PGlite's options for a statement: drizzle asks for timestamps, intervals, dates and some arrays as their text. */
function pgliteOptions(o: WireOptions | undefined) {
  if (!o) return undefined;
  if (!o.rawTypes?.length) return { rowMode: o.rowMode };
  const key = o.rawTypes.join(',');
  let parsers = parserSets.get(key);
  if (!parsers) parserSets.set(key, (parsers = Object.fromEntries(o.rawTypes.map((oid) => [oid, identity]))));
  return { rowMode: o.rowMode, parsers };
}

/** What a statement's result carries back (PGlite's `blob` of COPY TO '/dev/blob' is not used by the platform). */
function plain(r: { rows: unknown[]; affectedRows?: number; fields: unknown[] }) {
  return { rows: r.rows, affectedRows: r.affectedRows, fields: r.fields };
}

async function serve(init: PgliteInit): Promise<void> {
  const port = parentPort!;
  let client: PGlite;
  try {
    client = await createPglite(init);
  } catch (e) {
    port.postMessage({ id: 0, ok: false, error: toWireError(e) } satisfies ThreadReply);
    return;
  }
  const transactions = new Map<number, { tx: Transaction; decide: (commit: boolean) => void; done: Promise<void> }>();
  let nextTx = 1;
  const answer = (id: number, work: Promise<unknown>) =>
    work.then(
      (value) => port.postMessage({ id, ok: true, value } satisfies ThreadReply),
      (e: unknown) => port.postMessage({ id, ok: false, error: toWireError(e) } satisfies ThreadReply),
    );
  const on = (tx: number): Pick<Transaction, 'query' | 'exec'> => {
    if (tx === 0) return client;
    const open = transactions.get(tx);
    if (!open) throw new Error(`transaction ${tx} is not open`);
    return open.tx;
  };

  function begin(id: number): void {
    const txId = nextTx++;
    let decide!: (commit: boolean) => void;
    const decided = new Promise<boolean>((resolve) => (decide = resolve));
    let started = false;
    const done = client.transaction(async (tx) => {
      started = true;
      transactions.set(txId, { tx, decide, done });
      port.postMessage({ id, ok: true, value: txId } satisfies ThreadReply);
      if (!(await decided)) await tx.rollback();
    });
    // a transaction that could not start (the database closed) answers its `begin`; one that ran answers its `end`
    done.catch((e: unknown) => {
      if (!started) port.postMessage({ id, ok: false, error: toWireError(e) } satisfies ThreadReply);
    });
  }

  port.on('message', (m: ThreadRequest) => {
    switch (m.op) {
      case 'query':
        void answer(m.id, Promise.resolve().then(() => on(m.tx).query(m.text, m.params, pgliteOptions(m.options))).then(plain));
        return;
      case 'exec':
        void answer(m.id, Promise.resolve().then(() => on(m.tx).exec(m.text, pgliteOptions(m.options))).then((rs) => rs.map(plain)));
        return;
      case 'begin':
        begin(m.id);
        return;
      case 'end': {
        const open = transactions.get(m.tx);
        if (!open) return void port.postMessage({ id: m.id, ok: false, error: toWireError(new Error(`transaction ${m.tx} is not open`)) } satisfies ThreadReply);
        transactions.delete(m.tx);
        open.decide(m.commit);
        void answer(m.id, open.done.then(() => null));
        return;
      }
      case 'close':
        void answer(m.id, client.close().then(() => null)).then(() => port.close());
        return;
    }
  });
  port.postMessage({ id: 0, ok: true, value: 'ready' } satisfies ThreadReply);
}

if (parentPort && workerData) void serve(workerData as PgliteInit);
