import type { Executor } from '../../../platform/db';
import { deliver } from '../../notifications';
import { ALERTS_PATH } from './alert-text';

/**
 * An alert in the office: a notification to each chosen person through the notifications module's door (one per
 * alert: the alert id is its subject, so a later alert is a new notification, never added to an old one).
 */
export async function notifyAlert(tx: Executor, a: { alertId: string; ruleName: string; count: number; userIds: string[]; publicUrl: string }): Promise<void> {
  await deliver(
    tx,
    a.userIds.map((userId) => ({ userId, kind: 'monitoring_alert', subjectKey: `monitoring_alert:${a.alertId}`, dedupeKey: `monitoring_alert:${a.alertId}`, params: { ruleName: a.ruleName, count: a.count }, link: `${ALERTS_PATH}#alert-${a.alertId}`, count: a.count })),
    a.publicUrl,
  );
}
