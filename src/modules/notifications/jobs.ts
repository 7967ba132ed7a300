import type { DB } from '../../platform/db';
import type { JobDefinition } from '../../platform/jobs';
import { sendDigests } from './digest';
import { announceClosingRounds, scanEvents } from './scan';

/** The notifications module's jobs: the event scan every minute (with rounds closing), the digest each morning. */
export function notificationJobs(db: DB, publicUrl: string): JobDefinition[] {
  return [
    {
      name: 'notifications-scan',
      schedule: '* * * * *',
      handler: async () => {
        const events = await scanEvents(db, publicUrl);
        const rounds = await announceClosingRounds(db, publicUrl);
        return { events: events.events, notifications: events.notifications + rounds.notifications, mails: events.mails + rounds.mails };
      },
    },
    // 07:30 in Vietnam (the schedules run in Asia/Ho_Chi_Minh), after the deadline reminders of 07:00
    { name: 'notifications-digest', schedule: '30 7 * * *', handler: () => sendDigests(db, publicUrl) },
  ];
}
