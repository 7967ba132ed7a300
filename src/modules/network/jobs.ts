import { channelsConfigFromEnv } from '../../platform/channels';
import type { DB } from '../../platform/db';
import type { JobDefinition } from '../../platform/jobs';
import { channelsFromConfig, sendDueDeliveries } from './deliver';

/** The network module's jobs: the deliveries of broadcasts, sent every few seconds (never in the request). */
export function networkJobs(db: DB, publicUrl: string): JobDefinition[] {
  const channels = channelsFromConfig(db, channelsConfigFromEnv());
  return [{ name: 'network-deliveries', schedule: '* * * * *', everySeconds: 5, handler: () => sendDueDeliveries(db, { publicUrl, channels }) }];
}
