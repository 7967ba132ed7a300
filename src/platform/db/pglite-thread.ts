/**
 * An embedded PGlite in a thread of its own (ADR 010), seen from the main thread as the part of PGlite's interface
 * the platform uses: `query`, `exec` and `transaction` (what drizzle's PGlite driver, pg-boss's adapter and the
 * raw `database.query` call), and `close`. Each call is one message to `pglite-worker.mjs` and one answer.
 *
 * Rows cross by structured clone (dates, byte arrays and big integers keep their types). Errors come back as
 * errors with PostgreSQL's fields (code, constraint, detail…), never with the statement's values. If the thread
 * stops, every waiting and later call fails with "PGlite is closed", which the web layer answers with 503.
 */
import { Worker } from 'node:worker_threads';
import { workerBootCode, workerModuleUrl } from '../threads';
import type { PgliteInit } from './pglite-open.mjs';
import type { ThreadReply, ThreadRequest, WireError, WireOptions } from './pglite-protocol';

type Distributive<T> = T extends unknown ? Omit<T, 'id'> : never;
type Request = Distributive<ThreadRequest>;

export interface ThreadResults<T = Record<string, unknown>> {
  rows: T[];
  affectedRows?: number;
  fields: { name: string; dataTypeID: number }[];
}

interface QueryOptions {
  rowMode?: 'object' | 'array';
  parsers?: Record<number, (value: string, typeId: number) => unknown>;
}

/** The statements of one connection: the whole database, or one open transaction. */
export interface ThreadStatements {
  query<T = Record<string, unknown>>(text: string, params?: unknown[], options?: QueryOptions): Promise<ThreadResults<T>>;
  exec(text: string, options?: QueryOptions): Promise<ThreadResults[]>;
}

export interface ThreadTransaction extends ThreadStatements {
  readonly closed: boolean;
}

// plain JavaScript in the sources too (.mjs): the thread starts without a TypeScript loader
const WORKER_URL = workerModuleUrl('pglite-worker', import.meta.url, '.mjs');

export class PgliteThread implements ThreadStatements {
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private stopped: Error | null = null;
  private lost: ((reason: string) => void)[] = [];

  private constructor(private readonly worker: Worker) {
    worker.on('message', (r: ThreadReply) => this.settle(r));
    worker.on('error', (e) => this.stop(`the database thread failed: ${e.message}`, true));
    worker.on('exit', (code) => this.stop(`the database thread stopped (${code})`, true));
    worker.unref(); // an idle database keeps no process alive; a waiting call does (see `call`)
  }

  /** Starts the thread and opens the database in it; fails as PGlite.create would. */
  static async create(init: PgliteInit): Promise<PgliteThread> {
    // execArgv: [] — the thread needs no loader: inheriting the parent's `--import tsx` cost it a loader thread (~50 MB)
    // A small young generation: the thread's heap only holds a statement's rows until they are posted, and the
    // default semi-spaces (tens of MB) showed in the peak memory of a 250,000-comment export.
    const worker = new Worker(workerBootCode(WORKER_URL, import.meta.url), { eval: true, workerData: init, execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    const thread = new PgliteThread(worker);
    await new Promise<void>((resolve, reject) => {
      thread.pending.set(0, { resolve: () => resolve(), reject });
      worker.ref();
    }).catch(async (e: unknown) => {
      await worker.terminate();
      throw e;
    });
    worker.unref();
    return thread;
  }

  query<T = Record<string, unknown>>(text: string, params?: unknown[], options?: QueryOptions): Promise<ThreadResults<T>> {
    return this.call({ op: 'query', tx: 0, text, params, options: wireOptions(options) }) as Promise<ThreadResults<T>>;
  }

  exec(text: string, options?: QueryOptions): Promise<ThreadResults[]> {
    return this.call({ op: 'exec', tx: 0, text, options: wireOptions(options) }) as Promise<ThreadResults[]>;
  }

  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws (its error is rethrown). */
  async transaction<T>(fn: (tx: ThreadTransaction) => Promise<T>): Promise<T> {
    const txId = (await this.call({ op: 'begin' })) as number;
    let closed = false;
    const tx: ThreadTransaction = {
      query: <R>(text: string, params?: unknown[], options?: QueryOptions) =>
        this.call({ op: 'query', tx: txId, text, params, options: wireOptions(options) }) as Promise<ThreadResults<R>>,
      exec: (text, options) => this.call({ op: 'exec', tx: txId, text, options: wireOptions(options) }) as Promise<ThreadResults[]>,
      get closed() {
        return closed;
      },
    };
    let result: T;
    try {
      result = await fn(tx);
    } catch (e) {
      closed = true;
      await this.call({ op: 'end', tx: txId, commit: false }).catch(() => undefined);
      throw e;
    }
    closed = true;
    await this.call({ op: 'end', tx: txId, commit: true });
    return result;
  }

  /** The whole data folder as a tar (PGlite's dumpDataDir), e.g. a migrated database to start tests from. */
  async dumpDataDir(): Promise<Uint8Array> {
    return (await this.call({ op: 'dump' })) as Uint8Array;
  }

  /** Calls `listener` if the thread stops without being closed (a crash of PGlite): the process should restart. */
  onLost(listener: (reason: string) => void): void {
    this.lost.push(listener);
  }

  async close(): Promise<void> {
    if (this.stopped) return;
    await this.call({ op: 'close' }).catch(() => undefined);
    this.stop('PGlite is closed');
    await this.worker.terminate();
  }

  private call(request: Request): Promise<unknown> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id } as ThreadRequest);
    });
  }

  private settle(r: ThreadReply): void {
    const waiting = this.pending.get(r.id);
    if (!waiting) return;
    this.pending.delete(r.id);
    if (this.pending.size === 0) this.worker.unref();
    if (r.ok) waiting.resolve(r.value);
    else waiting.reject(fromWireError(r.error));
  }

  private stop(reason: string, unexpected = false): void {
    if (this.stopped) return;
    this.stopped = new Error(reason.startsWith('PGlite is closed') ? reason : `PGlite is closed: ${reason}`);
    for (const waiting of this.pending.values()) waiting.reject(this.stopped);
    this.pending.clear();
    if (unexpected) for (const listener of this.lost) listener(reason);
  }
}

/**
 * The options a statement may carry across: drizzle's parsers return some types' text unchanged (timestamps,
 * dates, intervals, arrays of them), which the thread can repeat by type OID; any other parser cannot cross.
 */
function wireOptions(options: QueryOptions | undefined): WireOptions | undefined {
  if (!options) return undefined;
  const known = wired.get(options);
  if (known) return known;
  const rawTypes: number[] = [];
  for (const [oid, parse] of Object.entries(options.parsers ?? {})) {
    if (parse(PARSER_PROBE, Number(oid)) !== PARSER_PROBE) throw new Error(`PGlite thread: only parsers returning the text unchanged can be used (type ${oid})`);
    rawTypes.push(Number(oid));
  }
  const wire = { rowMode: options.rowMode, ...(rawTypes.length ? { rawTypes } : {}) };
  wired.set(options, wire);
  return wire;
}

const PARSER_PROBE = '{"Ngày 17":"2024-01-17 02:00:00+07","x":[1.5,null]}';

/** Drizzle keeps one options object per prepared statement: each is checked once. */
const wired = new WeakMap<QueryOptions, WireOptions>();

function fromWireError(w: WireError): Error {
  const e = Object.assign(new Error(w.message), w.fields);
  Object.defineProperty(e, 'name', { value: w.name, enumerable: false, configurable: true, writable: true });
  return e;
}
