// The database thread of an embedded PGlite (ADR 010): the PGlite instance lives here, and pglite-thread.ts in the
// main thread sends it statements (the messages: pglite-protocol.ts). PGlite runs PostgreSQL compiled to WebAssembly
// synchronously in whatever thread calls it; in the web process's own thread every statement stopped every request,
// so the comment intake's database work and its HTTP work took turns on one core. Here they run side by side.
//
// Transactions keep PGlite's own semantics: `begin` opens `client.transaction`, the statements of that transaction
// name it, and other statements wait for it inside PGlite exactly as they did in one thread.
//
// Plain JavaScript: this thread loads without a TypeScript loader (tsx here cost about 100 MB and half a second).
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { createPglite } from './pglite-open.mjs';

/** The error fields that cross (PostgreSQL's report); `params` and anything else a statement carried stay here. */
const ERROR_FIELDS = ['code', 'severity', 'detail', 'hint', 'position', 'internalPosition', 'internalQuery', 'where', 'schema', 'table', 'column', 'dataType', 'constraint', 'file', 'line', 'routine', 'query'];

/** @returns {import('./pglite-protocol').WireError} */
function toWireError(e) {
  const err = e ?? {};
  const fields = {};
  for (const k of ERROR_FIELDS) if (typeof err[k] === 'string' || typeof err[k] === 'number') fields[k] = err[k];
  return { name: typeof err.name === 'string' ? err.name : 'Error', message: e instanceof Error ? e.message : String(e), fields };
}

const identity = (v) => v;
const parserSets = new Map();

/** PGlite's options for a statement: drizzle asks for timestamps, intervals, dates and some arrays as their text. */
function pgliteOptions(o) {
  if (!o) return undefined;
  if (!o.rawTypes?.length) return { rowMode: o.rowMode };
  const key = o.rawTypes.join(',');
  let parsers = parserSets.get(key);
  if (!parsers) parserSets.set(key, (parsers = Object.fromEntries(o.rawTypes.map((oid) => [oid, identity]))));
  return { rowMode: o.rowMode, parsers };
}

/** What a statement's result carries back (PGlite's `blob` of COPY TO '/dev/blob' is not used by the platform). */
const plain = (r) => ({ rows: r.rows, affectedRows: r.affectedRows, fields: r.fields });

/**
 * One full garbage collection once PGlite is open. Creating a new data folder runs initdb in a WebAssembly instance of
 * its own, whose memory (about 400 MB) is freed only when that instance is collected; this thread allocates almost
 * nothing afterwards, so V8 would not collect it for a long time: the server kept 800–900 MB after its first start
 * instead of about 420 MB. The collector is reached through V8's own flag, set for this call and cleared again.
 */
function collectGarbage() {
  v8.setFlagsFromString('--expose-gc');
  try {
    const gc = runInNewContext('gc');
    if (typeof gc === 'function') gc();
  } finally {
    v8.setFlagsFromString('--no-expose-gc');
  }
}

/** @param {import('./pglite-open.mjs').PgliteInit} init */
async function serve(init) {
  const port = parentPort;
  let client;
  try {
    client = await createPglite(init);
    collectGarbage();
  } catch (e) {
    port.postMessage({ id: 0, ok: false, error: toWireError(e) });
    return;
  }
  const transactions = new Map();
  let nextTx = 1;
  const answer = (id, work) =>
    work.then(
      (value) => port.postMessage({ id, ok: true, value }),
      (e) => port.postMessage({ id, ok: false, error: toWireError(e) }),
    );
  const on = (tx) => {
    if (tx === 0) return client;
    const open = transactions.get(tx);
    if (!open) throw new Error(`transaction ${tx} is not open`);
    return open.tx;
  };

  function begin(id) {
    const txId = nextTx++;
    let decide;
    const decided = new Promise((resolve) => (decide = resolve));
    let started = false;
    const done = client.transaction(async (tx) => {
      started = true;
      transactions.set(txId, { tx, decide, done });
      port.postMessage({ id, ok: true, value: txId });
      if (!(await decided)) await tx.rollback();
    });
    // a transaction that could not start (the database closed) answers its `begin`; one that ran answers its `end`
    done.catch((e) => {
      if (!started) port.postMessage({ id, ok: false, error: toWireError(e) });
    });
  }

  port.on('message', (/** @type {import('./pglite-protocol').ThreadRequest} */ m) => {
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
        if (!open) return void port.postMessage({ id: m.id, ok: false, error: toWireError(new Error(`transaction ${m.tx} is not open`)) });
        transactions.delete(m.tx);
        open.decide(m.commit);
        void answer(m.id, open.done.then(() => null));
        return;
      }
      case 'dump':
        void answer(m.id, client.dumpDataDir('none').then(async (file) => new Uint8Array(await file.arrayBuffer())));
        return;
      case 'close':
        void answer(m.id, client.close().then(() => null)).then(() => port.close());
        return;
    }
  });
  port.postMessage({ id: 0, ok: true, value: 'ready' });
}

if (parentPort && workerData) void serve(workerData);
