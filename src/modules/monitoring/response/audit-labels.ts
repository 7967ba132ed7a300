import { inArray } from 'drizzle-orm';
import { codeValue, plainValue, registerAuditVocabulary, type AuditVocabulary, type Label } from '../../../platform/audit';
import { ALERT_KIND_LABELS, TAKEDOWN_CHANNEL_LABELS, TAKEDOWN_OUTCOME_LABELS, VERDICT_LABELS } from './kinds';
import { monitoringAlertRules } from './tables';

/** Vietnamese-only vocabularies get their English next to them here (the audit log is read in both). */
const both = (vi: Record<string, string>, en: Record<string, string>): Record<string, Label> => Object.fromEntries(Object.entries(vi).map(([k, v]) => [k, [v, en[k] ?? v]]));
const VERDICTS = both(VERDICT_LABELS, { accurate: 'Accurate', misleading: 'Misleading', false: 'False', hostile: 'Hostile', not_relevant: 'Not relevant' });
const OUTCOMES = both(TAKEDOWN_OUTCOME_LABELS, { pending: 'Waiting', removed: 'Removed', refused: 'Refused', no_answer: 'No answer' });
const CHANNELS = both(TAKEDOWN_CHANNEL_LABELS, { phone: 'Phone', written: 'Letter', electronic: 'Electronic' });
const KINDS = both(ALERT_KIND_LABELS, { keyword: 'Keyword or saved query', negative_spike: 'Negative spike', volume: 'Volume anomaly', source: 'Source of concern' });
const instant = (value: unknown, ctx: { lang: 'vi' | 'en' }) => (typeof value === 'string' && value ? plainValue(value, ctx.lang) : '—');

/** How the audit log names what the response side records (fields of items merge with the core's). */
export const monitoringResponseAuditVocabulary: AuditVocabulary = {
  actions: {
    'monitoring.review': ['Kết luận xem xét một tin', 'Reviewed an item'],
    'monitoring.evidence.capture': ['Thu thập lại bằng chứng', 'Captured evidence again'],
    'monitoring.flag': ['Đưa tin vào hàng đợi xem xét', 'Queued an item for review'],
    'monitoring.crisis.request': ['Đề nghị mở sự vụ khủng hoảng từ một tin', 'Asked to open a crisis case from an item'],
    'monitoring.takedown.request': ['Ghi nhận yêu cầu gỡ bỏ thông tin', 'Recorded a takedown request'],
    'monitoring.takedown.outcome': ['Ghi nhận kết quả yêu cầu gỡ bỏ', 'Recorded a takedown outcome'],
    'monitoring.referral.create': ['Lập gói hồ sơ chuyển cơ quan công an', 'Prepared a referral package for the police'],
    'monitoring.alert-rule.create': ['Thêm quy tắc cảnh báo dư luận', 'Added an alert rule'],
    'monitoring.alert-rule.update': ['Sửa quy tắc cảnh báo dư luận', 'Edited an alert rule'],
    'monitoring.alert.acknowledge': ['Đánh dấu đã xem cảnh báo', 'Acknowledged an alert'],
    'monitoring.sentiment.retrain': ['Huấn luyện lại mô hình sắc thái', 'Retrained the sentiment model'],
    'monitoring.digest.subscribe': ['Đăng ký nhận bản tin dư luận', 'Changed digest subscriptions'],
  },
  subjects: {
    monitoring_item: {
      label: ['Tin theo dõi dư luận', 'Monitored item'],
      fields: {
        verdict: { label: ['Kết luận', 'Verdict'], value: codeValue(VERDICTS) },
        note: { label: ['Ghi chú', 'Note'] },
        evidence: { label: ['Mã băm bằng chứng (SHA-256)', 'Evidence SHA-256'] },
        reason: { label: ['Lý do', 'Reason'] },
        channel: { label: ['Hình thức gửi yêu cầu', 'Channel'], value: codeValue(CHANNELS) },
        platform: { label: ['Nền tảng', 'Platform'] },
        requestedAt: { label: ['Thời điểm gửi yêu cầu', 'Requested at'], value: instant },
        deadlineAt: { label: ['Hạn xử lý', 'Deadline'], value: instant },
        outcome: { label: ['Kết quả', 'Outcome'], value: codeValue(OUTCOMES) },
        at: { label: ['Thời điểm có kết quả', 'Outcome at'], value: instant },
      },
    },
    monitoring_alert_rule: {
      label: ['Quy tắc cảnh báo dư luận', 'Alert rule'],
      summaryName: 'name',
      names: async (db, ids) => new Map((await db.select({ id: monitoringAlertRules.id, name: monitoringAlertRules.name }).from(monitoringAlertRules).where(inArray(monitoringAlertRules.id, ids))).map((r) => [r.id, { name: r.name, href: '/office/monitoring/alerts' }])),
      fields: {
        name: { label: ['Tên quy tắc', 'Name'] },
        kind: { label: ['Loại cảnh báo', 'Kind'], value: codeValue(KINDS) },
        query: { label: ['Truy vấn', 'Query'] },
        recipients: { label: ['Số người, địa chỉ nhận', 'Recipients'] },
        webhook: { label: ['Có webhook', 'Webhook'] },
        enabled: { label: ['Đang dùng', 'Enabled'] },
      },
    },
    monitoring_referral: {
      label: ['Gói hồ sơ chuyển cơ quan công an', 'Referral package'],
      fields: { items: { label: ['Số tin', 'Items'] }, evidence: { label: ['Số tệp bằng chứng', 'Evidence files'] }, zipSha256: { label: ['Mã băm gói hồ sơ (SHA-256)', 'Package SHA-256'] } },
    },
    monitoring_sentiment_model: {
      label: ['Mô hình sắc thái', 'Sentiment model'],
      fields: { version: { label: ['Phiên bản', 'Version'] }, corrections: { label: ['Số sửa đổi của cán bộ', 'Corrections'] } },
    },
  },
};

// registered when the module's index is imported (the composition root imports it through the monitoring door)
registerAuditVocabulary(monitoringResponseAuditVocabulary);
