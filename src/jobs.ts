import { checkAuditChain, checkpointFileFromEnv, sealAuditInbox } from './platform/audit';
import type { Database } from './platform/db';
import type { JobDefinition } from './platform/jobs';
import { deliverPendingMail, smtpFromEnv } from './platform/mail';
import { deleteExpiredSessions, deleteOldFailures } from './modules/accounts';
import { planJobs } from './modules/plans';
import { notificationJobs } from './modules/notifications';
import { campaignJobs, signalJobs } from './modules/consultation';
import { pressConferenceJobs, pressJobs } from './modules/press';
import { monitoringJobs, monitoringResponseJobs } from './modules/monitoring';
import { networkJobs } from './modules/network';
import { crisesJobs } from './modules/crises';
import { commissionJobs } from './modules/commissions';
import { loadConfig } from './platform/config';

/** Every scheduled job of the platform; modules add theirs here through their index.ts. */
export function platformJobs(database: Database): JobDefinition[] {
  return [
    {
      name: 'audit-verify',
      schedule: '15 2 * * *',
      // verifies the chain against the checkpoints kept outside the database, then records tonight's head
      handler: async () => {
        const file = checkpointFileFromEnv();
        const { result, badLines, written } = await checkAuditChain(database.db, file, { checkpoint: true });
        if (!result.ok) throw new Error(`Nhật ký thao tác bị sửa hoặc xoá tại dòng ${result.badSeq}: ${result.reason}`);
        if (badLines.length) throw new Error(`Tệp mốc kiểm tra ${file.path} có dòng không tin được: ${badLines.map((b) => `dòng ${b.line} (${b.reason})`).join('; ')}`);
        return { rows: result.rows, checkpoints: result.checkpoints, checkpointSeq: written?.seq ?? null };
      },
    },
    {
      name: 'audit-seal',
      schedule: '* * * * *',
      everySeconds: 5,
      // the web processes seal their own intake entries at once; this chains what a process stopped by kill -9 left
      handler: async () => {
        let sealed = 0;
        for (let n = await sealAuditInbox(database.db); n > 0; n = await sealAuditInbox(database.db)) sealed += n;
        return { sealed };
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
    ...notificationJobs(database.db, loadConfig().publicUrl),
    ...campaignJobs(database.db),
    ...signalJobs(database.db),
    ...pressJobs(database.db, loadConfig().publicUrl),
    ...pressConferenceJobs(database.db, loadConfig().publicUrl),
    ...commissionJobs(database.db, loadConfig().publicUrl),
    ...monitoringJobs(database.db),
    ...monitoringResponseJobs(database.db, loadConfig().publicUrl),
    ...networkJobs(database.db, loadConfig().publicUrl),
    ...crisesJobs(database.db, loadConfig().publicUrl),
  ];
}
