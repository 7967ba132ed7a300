import type { DB } from '../../../platform/db';
import type { JobDefinition } from '../../../platform/jobs';
import { assignCampaigns } from './assign';

/**
 * Puts new comments into campaigns within seconds of their arrival (intake never waits for it). Its result counts
 * are all zero when there was nothing to do, so an idle run logs nothing.
 */
export function campaignJobs(db: DB): JobDefinition[] {
  return [{ name: 'comment-campaigns', schedule: '* * * * *', everySeconds: 2, handler: () => assignCampaigns(db) }];
}
