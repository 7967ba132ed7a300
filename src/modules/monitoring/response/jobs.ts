import type { DB } from '../../../platform/db';
import type { JobDefinition } from '../../../platform/jobs';
import { allowPrivateHosts } from '../fetch';
import { retrainJob } from './actions/retrain-sentiment';
import { sendMonitoringDigest } from './digest';
import { scanAlerts } from './scan-alerts';

/**
 * The response side's jobs: alerts every 10 s (an alert within 60 s of an item's ingestion; an idle run reads one
 * cursor row), the daily digest at 07:15 and the weekly one on Monday 07:20 (Vietnam time), and an hourly
 * retraining of the sentiment model when reviewers corrected items since the last version.
 */
export function monitoringResponseJobs(db: DB, publicUrl: string): JobDefinition[] {
  return [
    {
      name: 'monitoring-alerts',
      schedule: '* * * * *',
      everySeconds: 10,
      handler: async () => {
        // flat numbers: an idle run (all zeros) stays out of the log (platform/jobs)
        const r = await scanAlerts(db, { publicUrl, allowPrivateHosts: allowPrivateHosts() });
        return { items: r.items, alerts: r.alerts, webhooksSent: r.webhooks.sent, webhooksRetrying: r.webhooks.retrying, webhooksFailed: r.webhooks.failed };
      },
    },
    { name: 'monitoring-digest-daily', schedule: '15 7 * * *', handler: () => sendMonitoringDigest(db, 'daily') },
    { name: 'monitoring-digest-weekly', schedule: '20 7 * * 1', handler: () => sendMonitoringDigest(db, 'weekly') },
    {
      name: 'monitoring-retrain',
      schedule: '40 * * * *',
      handler: async () => {
        const r = await retrainJob(db);
        return { version: r.skipped ? 0 : (r.version ?? 0), corrections: r.skipped ? 0 : r.corrections };
      },
    },
  ];
}
