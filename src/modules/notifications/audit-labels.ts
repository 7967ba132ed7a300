import { codeValue, pick, registerAuditVocabulary, type AuditVocabulary, type Label, type ValueContext } from '../../platform/audit';
import { CHANNEL_LABELS, KIND_LABELS } from './kinds';

const CHANNELS: Record<string, Label> = {
  office: [CHANNEL_LABELS.office, 'In the back office only'],
  immediate: [CHANNEL_LABELS.immediate, 'Mail at once'],
  digest: [CHANNEL_LABELS.digest, 'Daily digest'],
  off: [CHANNEL_LABELS.off, 'Off'],
};

const KINDS: Record<string, Label> = {
  new_comments: [KIND_LABELS.new_comments, 'New comments on my units’ drafts'],
  answers_to_approve: [KIND_LABELS.answers_to_approve, 'Answers awaiting my approval'],
  report_submitted: [KIND_LABELS.report_submitted, 'New progress reports to review'],
  report_reviewed: [KIND_LABELS.report_reviewed, 'Reports of my units accepted or returned'],
  round_closing: [KIND_LABELS.round_closing, 'Rounds of my units ending soon'],
};

/** "Ý kiến mới về dự thảo của đơn vị: Gửi thư ngay; …" for a person's choices per kind. */
function channelsValue(value: unknown, ctx: ValueContext): string {
  if (!value || typeof value !== 'object') return '—';
  const channel = codeValue(CHANNELS);
  return Object.entries(value as Record<string, unknown>)
    .filter(([kind]) => KINDS[kind])
    .map(([kind, c]) => `${pick(KINDS[kind]!, ctx.lang)}: ${channel(c, ctx)}`)
    .join('; ');
}

/** How the audit log names what the notifications module records. */
export const notificationsAuditVocabulary: AuditVocabulary = {
  actions: {
    'notification.scan': ['Tạo thông báo từ các sự kiện mới', 'Created notifications from new events'],
    'notification.rounds': ['Báo đợt lấy ý kiến sắp kết thúc', 'Announced rounds ending soon'],
    'notification.digest': ['Gửi thư tóm tắt thông báo hằng ngày', 'Mailed the daily notification digests'],
    'notification.read': ['Đánh dấu thông báo đã đọc', 'Marked a notification read'],
    'notification.read-all': ['Đánh dấu tất cả thông báo đã đọc', 'Marked all notifications read'],
    'notification.settings': ['Đổi cách nhận thông báo', 'Changed how to be notified'],
  },
  subjects: {
    notification: {
      label: ['Thông báo', 'Notification'],
      fixedName: { name: ['Thông báo cho cán bộ', 'Officers’ notifications'], href: null },
      fields: {
        events: { label: ['Số sự kiện đã đọc', 'Events read'] },
        notifications: { label: ['Số thông báo', 'Notifications'] },
        mails: { label: ['Số thư gửi ngay', 'Mails sent at once'] },
        resolved: { label: ['Số thông báo đã xử lý xong (việc chờ đã được người khác làm)', 'Notifications settled (the work was done by someone)'] },
        digests: { label: ['Số thư tóm tắt', 'Digests'] },
        items: { label: ['Số mục trong thư tóm tắt', 'Items in the digests'] },
        digestOn: { label: ['Ngày', 'Date'] },
        read: { label: ['Đã đọc', 'Read'] },
      },
    },
    user: {
      label: ['Tài khoản', 'Account'],
      fields: {
        channels: { label: ['Cách nhận thông báo', 'How to be notified'], value: channelsValue },
        roundClosingDays: { label: ['Báo trước khi đợt lấy ý kiến kết thúc (ngày)', 'Days before a round ends'] },
        marked: { label: ['Số thông báo đánh dấu đã đọc', 'Notifications marked read'] },
      },
    },
  },
};

// registered when the composition root imports this file (src/bootstrap.ts), like the policy rules
registerAuditVocabulary(notificationsAuditVocabulary);
