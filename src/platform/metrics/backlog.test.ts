import { describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { COLLECT_TIMEOUT_MS, watchBacklog } from './backlog';
import { parseExposition, total } from './exposition';
import { registry } from './registry';

/** A database whose every query waits for ever, or fails: the scrape must still answer, without those counts. */
const stuck = (fail: boolean) => ({ query: () => (fail ? Promise.reject(new Error('relation "pgboss.queue" does not exist')) : new Promise(() => undefined)) }) as unknown as Database;

describe('backlog counted at the scrape', () => {
  it('answers within the time limit when the database does not, leaving the counts empty and counting the failure', async () => {
    const stop = watchBacklog(stuck(false));
    try {
      const before = parseExposition(await registry.metrics());
      const started = Date.now();
      const after = parseExposition(await registry.metrics());
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(COLLECT_TIMEOUT_MS - 50);
      expect(elapsed).toBeLessThan(COLLECT_TIMEOUT_MS + 1500);
      expect(after.some((s) => s.name === 'dongthuan_mail_outbox_messages' || s.name === 'dongthuan_job_queue_jobs')).toBe(false);
      // the failure counter of a scrape shows in the next one (metrics are read side by side)
      const next = parseExposition(await registry.metrics());
      for (const collector of ['job_queue', 'mail_outbox']) {
        expect(total(next, 'dongthuan_metrics_collect_failures_total', { collector }) - total(before, 'dongthuan_metrics_collect_failures_total', { collector })).toBeGreaterThanOrEqual(2);
      }
    } finally {
      stop();
    }
  });

  it('counts a failed query the same way, and counts nothing once the database is no longer watched', async () => {
    const stop = watchBacklog(stuck(true));
    const before = total(parseExposition(await registry.metrics()), 'dongthuan_metrics_collect_failures_total', { collector: 'mail_outbox' });
    const after = total(parseExposition(await registry.metrics()), 'dongthuan_metrics_collect_failures_total', { collector: 'mail_outbox' });
    expect(after - before).toBe(1);
    stop();
    await registry.metrics();
    const unwatched = parseExposition(await registry.metrics());
    expect(total(unwatched, 'dongthuan_metrics_collect_failures_total', { collector: 'mail_outbox' })).toBe(after + 1);
  });
});
