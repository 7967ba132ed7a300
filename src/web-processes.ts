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
import { answerPrimary, instrumentDatabase, type MetricsConfig } from './platform/metrics';
import { buildServer } from './server';

/** Sent by a web process once it listens. */
interface Ready {
  type: 'ready';
  port: number;
}

/** This many unexpected exits (or failed starts) within a minute: something is wrong that a restart will not fix. */
const MAX_DEATHS_PER_MINUTE = 5;
/** A web process not gone this long after SIGTERM is killed. */
const STOP_GRACE_MS = 10_000;

export interface WebProcesses {
  pids(): number[];
  /** The port the web processes share (the configured one, or the one chosen for port 0). */
  port: number;
  stop(): Promise<void>;
}

/**
 * In the primary: forks `n` web processes and resolves once all of them listen. `giveUp` is called when they keep
 * dying; the caller stops the platform with a failure exit code, so a supervisor (systemd…) sees it.
 */
export async function startWebProcesses(n: number, log: (msg: string) => void, giveUp: () => void): Promise<WebProcesses> {
  let stopping = false;
  const deaths: number[] = [];
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
  /** Counts a death; false once there were too many within a minute (the platform is then stopped). */
  const survive = (): boolean => {
    const now = Date.now();
    deaths.push(now);
    while (deaths.length && deaths[0]! < now - 60_000) deaths.shift();
    if (deaths.length < MAX_DEATHS_PER_MINUTE) return true;
    log(`Tiến trình web dừng ${deaths.length} lần trong một phút: dừng nền tảng. Xem nhật ký lỗi ở trên.`);
    stopping = true;
    giveUp();
    return false;
  };
  /** Starts a replacement, retrying after a pause while starts fail (each failure counts as a death). */
  const respawn = async (): Promise<void> => {
    while (!stopping) {
      try {
        workers.add(await fork());
        return;
      } catch (e) {
        log((e as Error).message);
        if (!survive()) return;
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  };
  const replace = async (dead: Worker, code: number | null, signal: string | null) => {
    workers.delete(dead);
    if (stopping) return;
    log(`Tiến trình web ${dead.process.pid} dừng bất thường (${signal ?? `mã ${code}`}); khởi động tiến trình thay thế.`);
    if (survive()) await respawn();
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
              const kill = setTimeout(() => w.process.kill('SIGKILL'), STOP_GRACE_MS);
              w.once('exit', () => {
                clearTimeout(kill);
                resolve();
              });
              w.process.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}

/**
 * In a web process: opens the database (already migrated by the primary) and serves until told to stop. Its metrics
 * go to the primary, which adds up every process's (its METRICS_PORT, and /metrics on the public port with the token).
 */
export async function runWebProcess(config: Config, metrics: MetricsConfig): Promise<void> {
  try {
    const database = await openDatabase(config.databaseUrl, { migrate: false });
    instrumentDatabase(database);
    const scrape = answerPrimary();
    const app = await buildServer(config, database, { metrics: metrics.token ? { token: metrics.token, scrape } : undefined });
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
