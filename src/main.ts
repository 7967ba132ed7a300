import cluster from 'node:cluster';
import { parseArgs } from 'node:util';
import { bootstrapData } from './bootstrap';
import { platformJobs } from './jobs';
import { loadConfig, redactUrl } from './platform/config';
import { openDatabase } from './platform/db';
import { isAppError } from './platform/errors';
import { startJobs, type JobRunner } from './platform/jobs';
import { buildServer } from './server';
import { runWebProcess, startWebProcesses, type WebProcesses } from './web-processes';

/**
 * Composition root: `--web` and `--worker` choose the roles (both by default). With WEB_PROCESSES=N (PostgreSQL
 * only) this process migrates, loads the demo data and runs the jobs, and N web processes share the port.
 */
async function main(): Promise<void> {
  if (cluster.isWorker) return runWebProcess(loadConfig());
  const { values } = parseArgs({ options: { web: { type: 'boolean' }, worker: { type: 'boolean' }, 'no-demo': { type: 'boolean' } } });
  const runWeb = values.web || !values.worker;
  const runWorker = values.worker || !values.web;
  const started = Date.now();
  const config = loadConfig();
  const database = await openDatabase(config.databaseUrl);
  const boot = values['no-demo'] ? null : await bootstrapData(database, config.adminPassword);
  if (boot?.generatedPassword) {
    console.log(`\n  Tài khoản quản trị: admin / ${boot.generatedPassword}\n  (mật khẩu chỉ in một lần; đặt ADMIN_PASSWORD để chọn trước)\n`);
  }
  const several = runWeb && config.webProcesses > 1;
  const app = runWeb && !several ? await buildServer(config, database) : null;
  if (app) await app.listen({ port: config.port, host: config.host });
  const webProcesses: WebProcesses | null = several ? await startWebProcesses(config.webProcesses, (msg) => console.error(msg)) : null;
  const address = app?.server.address();
  const port = webProcesses?.port ?? (typeof address === 'object' && address ? address.port : config.port);
  // The web answers first; the job system starts right after, so a restart serves requests sooner.
  let jobs: JobRunner | null = null;
  if (runWorker) {
    jobs = await startJobs(database, platformJobs(database), (msg, extra) => console.log(JSON.stringify({ level: 'info', msg, ...extra })));
  }
  console.log(
    `Đồng Thuận đang chạy${app || webProcesses ? ` tại http://localhost:${port}` : ' (chỉ tiến trình nền)'}${webProcesses ? ` — ${config.webProcesses} tiến trình web (pid ${webProcesses.pids().join(', ')})` : ''} — CSDL ${database.kind} ${redactUrl(config.databaseUrl)} — khởi động ${Date.now() - started} ms`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Nhận ${signal}, đang dừng…`);
    await app?.close();
    await webProcesses?.stop();
    await jobs?.stop().catch(() => undefined);
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error(isAppError(err) ? `Lỗi: ${err.message}` : err);
  process.exit(1);
});
