/**
 * Prometheus metrics (issue 12): the registry and its metrics, the request hook, the database timing, the backlog
 * counted on scrape, the separate listener and the sum across web processes. Names are listed in
 * docs/operations.md ("Số liệu (metrics)").
 */
import type { JobDefinition } from '../jobs';
import { jobFailures } from './registry';

export { metricsConfig, METRICS_SETTINGS, type MetricsConfig } from './config';
export { intakeBatchSize, intakeComments, intakeDuration, registry } from './registry';
export { instrumentDatabase } from './database';
export { watchBacklog, COLLECT_TIMEOUT_MS } from './backlog';
export { metricsRoute, observeRequests, type Scrape } from './http';
export { startMetricsListener, type MetricsListener } from './listener';
export { answerPrimary, clusterScrape, localScrape } from './cluster';

/** The same jobs, each failure of a handler counted by queue (pg-boss still sees the error and retries). */
export function countJobFailures(jobs: JobDefinition[]): JobDefinition[] {
  return jobs.map((job) => ({
    ...job,
    handler: async (payload) => {
      try {
        return await job.handler(payload);
      } catch (err) {
        jobFailures.inc({ queue: job.name });
        throw err;
      }
    },
  }));
}
