import { formatDate } from '../../../../ui';
import type { AppNotification } from '../api-types';
import type { MessageKey, Translate } from '../../../app/i18n';

const KIND_KEYS: Record<string, MessageKey> = {
  new_comments: 'notifications.kind.new_comments',
  answers_to_approve: 'notifications.kind.answers_to_approve',
  report_submitted: 'notifications.kind.report_submitted',
  round_closing: 'notifications.kind.round_closing',
  monitoring_alert: 'notifications.kind.monitoring_alert',
  monitoring_source: 'mon.notification.volumeDrop',
  press_inquiry_overdue: 'press.notification.overdue',
  press_notice_late: 'press.notification.noticeLate',
  press_conference_quarter: 'press.notification.conferenceQuarter',
  crisis_reminder: 'crises.notification.reminder',
  commission_overdue: 'notifications.kind.commission_overdue',
  press_assigned: 'press.notification.assigned',
};

/** The sentence of a notification in the interface language, from its kind and the names it carries. */
export function notificationText(n: Pick<AppNotification, 'kind' | 'count' | 'params'>, t: Translate): string {
  const params: Record<string, string | number> = { count: n.count };
  for (const [k, v] of Object.entries(n.params)) params[k] = v ?? '';
  // days (closesOn, dueOn, noticeDueOn…) are carried as ISO and shown dd/mm/yyyy
  for (const [k, v] of Object.entries(n.params)) if (/On$/.test(k) && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) params[k] = formatDate(v);
  if (n.kind === 'report_reviewed') return t(n.params.decision === 'returned' ? 'notifications.kind.report_returned' : 'notifications.kind.report_accepted', params);
  const key = KIND_KEYS[n.kind];
  return key ? t(key, params) : t('notifications.kind.other');
}
