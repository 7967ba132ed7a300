import type { DB } from '../../platform/db';
import type { JobDefinition } from '../../platform/jobs';
import { loadConfig } from '../../platform/config';
import { pollDueSources } from './fetch';
import { checkSourceHealth } from './health';
import { runWaitingImports } from './imports/run';
import { assignStories } from './stories';

/** The monitoring core's jobs: polling due sources, stories, file imports, and the hourly source health check. */
export function monitoringJobs(db: DB): JobDefinition[] {
  return [
    { name: 'monitoring-fetch', schedule: '* * * * *', everySeconds: 15, handler: () => pollDueSources(db) },
    { name: 'monitoring-stories', schedule: '* * * * *', everySeconds: 10, handler: () => assignStories(db) },
    { name: 'monitoring-imports', schedule: '* * * * *', everySeconds: 5, handler: () => runWaitingImports(db) },
    { name: 'monitoring-health', schedule: '20 * * * *', handler: () => checkSourceHealth(db, loadConfig().publicUrl) },
  ];
}
