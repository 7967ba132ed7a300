import type { DB } from '../../../platform/db';
import type { JobDefinition } from '../../../platform/jobs';
import { scanSignals } from './scan';

/** Reads new comments for coordinated-submission signals (intake never waits for it); an idle run returns zeros. */
export function signalJobs(db: DB): JobDefinition[] {
  return [{ name: 'comment-signals', schedule: '* * * * *', everySeconds: 10, handler: () => scanSignals(db) }];
}
