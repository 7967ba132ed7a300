import PgBoss from 'pg-boss';
import type { Database } from '../db';

/** A declared job: an id, a handler that re-checks state (idempotent), and maybe a cron schedule (Vietnam time). */
export interface JobDefinition<P extends object = object> {
  name: string;
  schedule?: string;
  /** Also run this often (seconds) from the worker process, for work that should not wait a cron minute. */
  everySeconds?: number;
  handler: (payload: P) => Promise<unknown>;
}

export interface JobRunner {
  boss: PgBoss;
  stop(): Promise<void>;
}

/** Starts pg-boss on the same database (in-process adapter for PGlite, a small pool for PostgreSQL) and registers jobs. */
export async function startJobs(database: Database, jobs: JobDefinition[], log: (msg: string, extra?: object) => void): Promise<JobRunner> {
  const boss =
    database.kind === 'postgres'
      ? new PgBoss({ connectionString: database.url, max: 3 })
      : new PgBoss({ db: { executeSql: (text: string, values: unknown[]) => database.query(text, values) } });
  boss.on('error', (err) => log('job system error', { err: String(err) }));
  const timers: NodeJS.Timeout[] = [];
  await boss.start();
  for (const job of jobs) {
    await boss.createQueue(job.name);
    await boss.work(job.name, async (batch) => {
      for (const item of batch) {
        try {
          const result = await job.handler(item.data as object);
          // a run with nothing to do stays quiet (mail delivery runs every few seconds)
          const isIdle = result !== null && typeof result === 'object' && Object.values(result).every((v) => v === 0);
          if (!isIdle) log(`job ${job.name} done`, { result });
        } catch (err) {
          // pg-boss retries; the failure is also logged loudly here
          log(`job ${job.name} FAILED`, { err: String(err) });
          throw err;
        }
      }
    });
    if (job.schedule) await boss.schedule(job.name, job.schedule, {}, { tz: 'Asia/Ho_Chi_Minh' });
    if (job.everySeconds) {
      const seconds = job.everySeconds;
      // a singleton key keeps at most one queued run, however slow the handler is
      const timer = setInterval(() => void boss.send(job.name, {}, { singletonKey: job.name, singletonSeconds: seconds }).catch(() => undefined), seconds * 1000);
      timer.unref();
      timers.push(timer);
    }
  }
  return {
    boss,
    stop: async () => {
      for (const t of timers) clearInterval(t);
      await boss.stop({ graceful: true, timeout: 5000 });
    },
  };
}
