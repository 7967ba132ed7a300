import { verifyAuditChain } from './platform/audit';
import type { Database } from './platform/db';
import type { JobDefinition } from './platform/jobs';
import { deliverPendingMail, smtpFromEnv } from './platform/mail';
import { deleteExpiredSessions, deleteOldFailures } from './modules/accounts';
import { planJobs } from './modules/plans';

/** Every scheduled job of the platform; modules add theirs here through their index.ts. */
export function platformJobs(database: Database): JobDefinition[] {
  return [
    {
      name: 'audit-verify',
      schedule: '15 2 * * *',
      handler: async () => {
        const result = await verifyAuditChain(database.db);
        if (!result.ok) throw new Error(`Nhật ký thao tác bị sửa hoặc xoá tại dòng ${result.badSeq}: ${result.reason}`);
        return { rows: result.rows };
      },
    },
    {
      name: 'sessions-cleanup',
      schedule: '5 * * * *',
      handler: async () => ({
        expiredSessions: await deleteExpiredSessions(database.db),
        oldFailures: await deleteOldFailures(database.db, 24),
      }),
    },
    {
      name: 'mail-delivery',
      schedule: '* * * * *',
      everySeconds: 5,
      handler: () => deliverPendingMail(database.db, smtpFromEnv()),
    },
    ...planJobs(database.db),
  ];
}
