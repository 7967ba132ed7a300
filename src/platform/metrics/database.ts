import type { Pool, PoolClient } from 'pg';
import { Gauge } from 'prom-client';
import type { Database } from '../db';
import { dbQueryDuration, registry } from './registry';

/** The PostgreSQL pools of this process (one per open database), read when scraped: no timer, no query. */
const pools = new Set<Pool>();
const instrumented = new WeakSet<object>();

new Gauge({
  name: 'dongthuan_db_pool_connections',
  help: 'Kết nối PostgreSQL của tiến trình: in_use (đang dùng), idle (rảnh), waiting (yêu cầu đang chờ kết nối), max (DATABASE_POOL_MAX)',
  labelNames: ['state'] as const,
  registers: [registry],
  collect() {
    let total = 0, idle = 0, waiting = 0, max = 0;
    for (const pool of pools) {
      total += pool.totalCount;
      idle += pool.idleCount;
      waiting += pool.waitingCount;
      max += pool.options.max ?? 10;
    }
    if (pools.size === 0) return this.reset();
    this.set({ state: 'in_use' }, total - idle);
    this.set({ state: 'idle' }, idle);
    this.set({ state: 'waiting' }, waiting);
    this.set({ state: 'max' }, max);
  },
});

/**
 * Times every statement the database runs for this process, on both drivers (the driver as the label), and lists a
 * PostgreSQL pool for the pool gauges. The drivers' own `query` functions are wrapped, so drizzle, pg-boss on PGlite
 * and the raw `database.query` are all counted, each statement once. Safe to call twice.
 */
export function instrumentDatabase(database: Database): void {
  const client = (database.db as unknown as { $client: object }).$client;
  if (instrumented.has(client)) return;
  instrumented.add(client);
  const histogram = dbQueryDuration.labels({ driver: database.kind });
  const observe = (started: number) => histogram.observe((performance.now() - started) / 1000);
  if (database.kind === 'postgres') {
    const pool = client as Pool;
    pools.add(pool);
    // Every query runs on a client checked out of the pool (pool.query checks one out with a callback, drizzle's
    // transactions and rawTransaction with a promise): each client's query is wrapped once, at its first checkout.
    const connect = pool.connect.bind(pool) as (cb?: (err: Error | undefined, c: PoolClient | undefined, done: () => void) => void) => unknown;
    (pool as unknown as { connect: typeof connect }).connect = (cb) => {
      if (cb) return connect((err, c, done) => (c && timeClient(c, observe), cb(err, c, done)));
      return (connect() as Promise<PoolClient>).then((c) => timeClient(c, observe));
    };
  } else {
    const pglite = client as Statements & { transaction: (fn: (tx: Statements) => unknown, ...rest: unknown[]) => unknown };
    timeMethods(pglite, observe);
    // a transaction's handle runs its statements through functions of its own
    const transaction = pglite.transaction;
    pglite.transaction = function (this: unknown, fn: (tx: Statements) => unknown, ...rest: unknown[]) {
      return transaction.call(this, (tx: Statements) => (timeMethods(tx, observe), fn(tx)), ...rest);
    };
  }
  const close = database.close;
  database.close = async () => {
    if (database.kind === 'postgres') pools.delete(client as Pool);
    await close();
  };
}

type Fn = (...args: unknown[]) => unknown;
/** What is wrapped of PGlite and of its transaction handle (their own signatures are richer; arguments pass through). */
interface Statements {
  query: Fn;
  exec: Fn;
}

function timeClient(c: PoolClient, observe: (started: number) => void): PoolClient {
  if (instrumented.has(c)) return c;
  instrumented.add(c);
  const query = c.query as unknown as (...args: unknown[]) => unknown;
  (c as unknown as { query: unknown }).query = function (this: unknown, ...args: unknown[]) {
    const started = performance.now();
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') {
      args[last] = (err: unknown, res: unknown) => (observe(started), callback(err, res));
      return query.apply(this, args);
    }
    return timed(query.apply(this, args), started, observe);
  };
  return c;
}

function timeMethods(target: Statements, observe: (started: number) => void): void {
  for (const name of ['query', 'exec'] as const) {
    const original = target[name];
    target[name] = function (this: unknown, ...args: unknown[]) {
      const started = performance.now();
      return timed(original.apply(this, args), started, observe);
    };
  }
}

/** Observes when a returned promise settles, failed or not; anything else (a pg stream) is passed through untimed. */
function timed(result: unknown, started: number, observe: (started: number) => void): unknown {
  if (result && typeof (result as Promise<unknown>).then === 'function') {
    (result as Promise<unknown>).then(
      () => observe(started),
      () => observe(started),
    );
  }
  return result;
}
