/**
 * Several web processes on one port (node:cluster), for PostgreSQL deployments: the primary process migrates,
 * loads the demo data and runs the jobs; each web process opens its own connection pool and serves requests.
 * Sessions, rate limits of sign-in and the intake's idempotency live in the database, so any process can serve
 * any request (ADR 002, ADR 003). A web process that dies is replaced; one that keeps dying stops the platform.
 */
import cluster, { type Worker } from 'node:cluster';
import type { Config } from './platform/config';
import { openDatabase } from './platform/db';
import { isAppError } from './platform/errors';
import { buildServer } from './server';

/** Sent by a web process once it listens. */
interface Ready {
  type: 'ready';
  port: number;
}

/** More than this many unexpected exits within a minute: something is wrong that a restart will not fix. */
const MAX_RESTARTS_PER_MINUTE = 5;

export interface WebProcesses {
  pids(): number[];
  /** The port the web processes share (the configured one, or the one chosen for port 0). */
  port: number;
  stop(): Promise<void>;
}

/** In the primary: forks `n` web processes and resolves once all of them listen. */
export async function startWebProcesses(n: number, log: (msg: string) => void): Promise<WebProcesses> {
  let stopping = false;
  const restarts: number[] = [];
  let port = 0;
  const fork = (): Promise<Worker> =>
    new Promise((resolve, reject) => {
      const worker = cluster.fork();
      const onExit = (code: number | null) => reject(new Error(`tiến trình web ${worker.process.pid} dừng khi khởi động (mã ${code})`));
      worker.once('exit', onExit);
      worker.on('message', (m: Ready) => {
        if (m?.type !== 'ready') return;
        port = m.port;
        worker.off('exit', onExit);
        worker.once('exit', (code, signal) => void replace(worker, code, signal));
        resolve(worker);
      });
    });
  const workers = new Set<Worker>();
  const replace = async (dead: Worker, code: number | null, signal: string | null) => {
    workers.delete(dead);
    if (stopping) return;
    const now = Date.now();
    restarts.push(now);
    while (restarts.length && restarts[0]! < now - 60_000) restarts.shift();
    log(`Tiến trình web ${dead.process.pid} dừng bất thường (${signal ?? `mã ${code}`}); khởi động tiến trình thay thế.`);
    if (restarts.length > MAX_RESTARTS_PER_MINUTE) {
      log(`Tiến trình web dừng ${restarts.length} lần trong một phút: dừng nền tảng. Xem nhật ký lỗi ở trên.`);
      process.kill(process.pid, 'SIGTERM');
      return;
    }
    try {
      workers.add(await fork());
    } catch (e) {
      log((e as Error).message);
    }
  };
  try {
    for (const w of await Promise.all(Array.from({ length: n }, fork))) workers.add(w);
  } catch (e) {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.kill();
    throw e;
  }
  return {
    port,
    pids: () => [...workers].map((w) => w.process.pid!).filter(Boolean),
    stop: async () => {
      stopping = true;
      await Promise.all(
        [...workers].map(
          (w) =>
            new Promise<void>((resolve) => {
              if (w.isDead()) return resolve();
              w.once('exit', () => resolve());
              w.process.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}

/** In a web process: opens the database (already migrated by the primary) and serves until told to stop. */
export async function runWebProcess(config: Config): Promise<void> {
  try {
    const database = await openDatabase(config.databaseUrl, { migrate: false });
    const app = await buildServer(config, database);
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    process.send?.({ type: 'ready', port: typeof address === 'object' && address ? address.port : config.port } satisfies Ready);
    let stopping = false;
    const stop = async () => {
      if (stopping) return;
      stopping = true;
      await app.close();
      await database.close();
      process.exit(0);
    };
    process.on('SIGTERM', () => void stop());
    process.on('SIGINT', () => undefined); // the primary decides; Ctrl+C reaches every process of the group
    process.on('disconnect', () => void stop());
  } catch (err) {
    console.error(isAppError(err) ? `Lỗi: ${err.message}` : err);
    process.exit(1);
  }
}
