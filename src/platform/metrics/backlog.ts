import { Gauge } from 'prom-client';
import type { Database } from '../db';
import { collectFailures, registry } from './registry';

/** A scrape never waits longer than this for one of the counts below; the gauge is left empty that time. */
export const COLLECT_TIMEOUT_MS = 2000;

const JOB_STATES = ['created', 'retry', 'active', 'failed'] as const;
const OUTBOX_STATES = ['pending', 'held', 'failed'] as const;

/** The database whose backlog is counted (the process that runs the jobs, or the primary of several web processes). */
let source: Database | null = null;

/**
 * Counts the job queues and the mail outbox of `database` whenever /metrics is scraped (a query each, cut short
 * after COLLECT_TIMEOUT_MS), never by a timer. Only one process per deployment needs to: with WEB_PROCESSES>1 the
 * primary does, or the sums across processes would count the same rows several times.
 */
export function watchBacklog(database: Database): () => void {
  source = database;
  return () => {
    if (source === database) source = null;
  };
}

new Gauge({
  name: 'dongthuan_job_queue_jobs',
  help: 'Công việc nền trong hàng đợi pg-boss theo hàng đợi và trạng thái: created (chờ chạy), retry (chờ thử lại), active (đang chạy), failed (thất bại, còn lưu)',
  labelNames: ['queue', 'state'] as const,
  registers: [registry],
  async collect() {
    this.reset();
    const rows = await countOrNothing('job_queue', (db) =>
      db.query<{ queue: string; state: string | null; n: number }>(
        `select q.name as queue, j.state::text as state, count(j.id)::int as n
           from pgboss.queue q left join pgboss.job j on j.name = q.name and j.state in ('created', 'retry', 'active', 'failed')
          group by q.name, j.state`,
      ),
    );
    if (!rows) return;
    for (const queue of new Set(rows.map((r) => r.queue))) for (const state of JOB_STATES) this.set({ queue, state }, 0);
    for (const r of rows) if (r.state) this.set({ queue: r.queue, state: r.state }, Number(r.n));
  },
});

new Gauge({
  name: 'dongthuan_mail_outbox_messages',
  help: 'Thư chưa gửi trong hộp thư đi: pending (chờ gửi), held (giữ lại vì chưa cấu hình SMTP), failed (gửi hỏng 5 lần)',
  labelNames: ['state'] as const,
  registers: [registry],
  async collect() {
    this.reset();
    const rows = await countOrNothing('mail_outbox', (db) =>
      db.query<{ state: string; n: number }>(`select state, count(*)::int as n from mail_outbox where state in ('pending', 'held', 'failed') group by state`),
    );
    if (!rows) return;
    for (const state of OUTBOX_STATES) this.set({ state }, 0);
    for (const r of rows) this.set({ state: r.state }, Number(r.n));
  },
});

new Gauge({
  name: 'dongthuan_audit_inbox_entries',
  help: 'Mục nhật ký thao tác của việc nhận ý kiến đang chờ nối vào chuỗi băm (thường 0 sau vài mili giây; tăng mãi là bộ nối chuỗi không chạy)',
  registers: [registry],
  async collect() {
    this.reset();
    const rows = await countOrNothing('audit_inbox', (db) => db.query<{ n: number }>(`select count(*)::int as n from audit_inbox`));
    if (rows) this.set(Number(rows[0]?.n ?? 0));
  },
});

new Gauge({
  name: 'dongthuan_audit_inbox_oldest_seconds',
  help: 'Tuổi (giây) của mục nhật ký chờ nối chuỗi lâu nhất; 0 khi không có mục nào chờ',
  registers: [registry],
  async collect() {
    this.reset();
    const rows = await countOrNothing('audit_inbox', (db) => db.query<{ s: number | null }>(`select extract(epoch from now() - min(at))::float8 as s from audit_inbox`));
    if (rows) this.set(Math.max(0, Number(rows[0]?.s ?? 0)));
  },
});

/** The rows of a count on the watched database, or null (nothing watched, a failure or the timeout: counted). */
async function countOrNothing<T>(collector: string, count: (db: Database) => Promise<{ rows: T[] }>): Promise<T[] | null> {
  const db = source;
  if (!db) return null;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), COLLECT_TIMEOUT_MS)));
  try {
    const result = await Promise.race([count(db).then((r) => r.rows), timeout]);
    if (result === null) collectFailures.inc({ collector });
    return result;
  } catch {
    collectFailures.inc({ collector });
    return null;
  } finally {
    clearTimeout(timer);
  }
}
