import cluster from 'node:cluster';
import { parseArgs } from 'node:util';
import { bootstrapData } from './bootstrap';
import { platformJobs } from './jobs';
import { loadConfig, redactUrl } from './platform/config';
import { openDatabase, type Database } from './platform/db';
import { AppError, isAppError } from './platform/errors';
import { startJobs, type JobRunner } from './platform/jobs';
import { clusterScrape, countJobFailures, instrumentDatabase, localScrape, metricsConfig, startMetricsListener, watchBacklog, type MetricsListener } from './platform/metrics';
import { buildServer } from './server';
import { runWebProcess, startWebProcesses, type WebProcesses } from './web-processes';

/**
 * Composition root: `--web` and `--worker` choose the roles (both by default). With WEB_PROCESSES=N (PostgreSQL
 * only) this process migrates, loads the demo data and runs the jobs, and N web processes share the port.
 */
async function main(): Promise<void> {
  if (cluster.isWorker) return runWebProcess(loadConfig(), metricsConfig());
  const { values } = parseArgs({ options: { web: { type: 'boolean' }, worker: { type: 'boolean' }, 'no-demo': { type: 'boolean' } } });
  const runWeb = values.web || !values.worker;
  const runWorker = values.worker || !values.web;
  const started = Date.now();
  const config = loadConfig();
  const metrics = metricsConfig();
  const database = await openDatabase(config.databaseUrl, { thread: config.pgliteThread });
  instrumentDatabase(database);
  const boot = values['no-demo'] ? null : await bootstrapData(database, config.adminPassword);
  if (boot?.generatedPassword) {
    console.log(`\n  Tài khoản quản trị: admin / ${boot.generatedPassword}\n  (mật khẩu chỉ in một lần; đặt ADMIN_PASSWORD để chọn trước)\n`);
  }
  const several = runWeb && config.webProcesses > 1;
  // With several web processes this one adds up their metrics with its own (the jobs, the outbox).
  const aggregate = several ? clusterScrape() : null;
  const scrape = aggregate?.scrape ?? localScrape;
  // the metrics port opens first: one already taken stops the start before the public port answers
  const metricsListener: MetricsListener | null =
    metrics.port === null ? null : await startMetricsListener({ port: metrics.port, host: metrics.host, scrape, onError: (err) => console.error(JSON.stringify({ level: 'error', msg: 'metrics scrape failed', err: String(err) })) });
  const app = runWeb && !several ? await buildServer(config, database, { metrics: metrics.token ? { token: metrics.token, scrape } : undefined }) : null;
  if (app) await app.listen({ port: config.port, host: config.host });
  if (several) await checkConnectionBudget(database, config.webProcesses);
  let exitCode = 0;
  const webProcesses: WebProcesses | null = several
    ? await startWebProcesses(config.webProcesses, (msg) => console.error(msg), () => {
        exitCode = 1;
        process.kill(process.pid, 'SIGTERM');
      })
    : null;
  const address = app?.server.address();
  const port = webProcesses?.port ?? (typeof address === 'object' && address ? address.port : config.port);
  // The web answers first; the job system starts right after, so a restart serves requests sooner.
  let jobs: JobRunner | null = null;
  let stopBacklog: () => void = () => undefined;
  if (runWorker) {
    // the queues and the outbox are counted where the jobs run (once per deployment, not by every web machine)
    stopBacklog = watchBacklog(database);
    jobs = await startJobs(database, countJobFailures(platformJobs(database)), (msg, extra) => console.log(JSON.stringify({ level: 'info', msg, ...extra })));
  }
  console.log(
    `Đồng Thuận đang chạy${app || webProcesses ? ` tại http://localhost:${port}` : ' (chỉ tiến trình nền)'}${webProcesses ? ` — ${config.webProcesses} tiến trình web (pid ${webProcesses.pids().join(', ')})` : ''} — CSDL ${database.kind} ${redactUrl(config.databaseUrl)}${metricsListener ? ` — số liệu http://${metrics.host}:${metricsListener.port}/metrics` : ''} — khởi động ${Date.now() - started} ms`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Nhận ${signal}, đang dừng…`);
    await app?.close();
    await webProcesses?.stop();
    await jobs?.stop().catch(() => undefined);
    await metricsListener?.close();
    aggregate?.stop();
    stopBacklog();
    await database.close();
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // PGlite's thread crashed: nothing answers again here; stop with an error so that systemd starts a fresh process
  database.onLost((reason) => {
    console.error(JSON.stringify({ level: 'fatal', msg: 'Cơ sở dữ liệu nhúng đã dừng bất thường; tiến trình dừng để được khởi động lại.', reason }));
    exitCode = 1;
    void stop('database lost');
  });
}

/**
 * Each process keeps its own pool (DATABASE_POOL_MAX, 10 by default): the web processes and this one must fit in
 * the server's max_connections, or requests would fail under load with "too many clients".
 */
async function checkConnectionBudget(database: Database, webProcesses: number): Promise<void> {
  const pool = Number(process.env.DATABASE_POOL_MAX ?? 10);
  const { rows } = await database.query<{ max_connections: string }>('show max_connections');
  const available = Number(rows[0]?.max_connections ?? 100) - 5; // a few stay free for administration
  const needed = (webProcesses + 1) * pool;
  if (needed > available) {
    throw new AppError(
      'config',
      `WEB_PROCESSES=${webProcesses} với DATABASE_POOL_MAX=${pool} cần tới ${needed} kết nối, nhưng PostgreSQL chỉ cho ${available} (max_connections). Giảm DATABASE_POOL_MAX (ví dụ ${Math.max(1, Math.floor(available / (webProcesses + 1)))}) hoặc số tiến trình web.`,
    );
  }
}

main().catch((err) => {
  console.error(isAppError(err) ? `Lỗi: ${err.message}` : err);
  process.exit(1);
});
