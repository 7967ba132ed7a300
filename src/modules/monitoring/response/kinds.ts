/** The response side's fixed vocabularies, with the Vietnamese words people see instead of the codes. */

export const ALERT_KINDS = ['keyword', 'negative_spike', 'volume', 'source'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
export const ALERT_KIND_LABELS: Record<AlertKind, string> = {
  keyword: 'Từ khoá hoặc truy vấn đã lưu',
  negative_spike: 'Tin tiêu cực tăng đột biến',
  volume: 'Lượng tin tăng bất thường',
  source: 'Nguồn cần theo dõi đặc biệt',
};

/**
 * Defaults of a spike or volume rule: windows of an hour against the same windows over the previous 7 days,
 * threshold mean + k·σ but never under the minimum count (Socialmetrix's k = 1.5 / 2 / 3 and Agility PR's hourly
 * window with a cool-down, monitoring-anchors.md §1.2). A new installation has no baseline: the minimum decides.
 */
export const SPIKE_DEFAULTS = { windowMinutes: 60, baselineDays: 7, k: 2, minCount: 5 } as const;
export const VOLUME_DEFAULTS = { windowMinutes: 60, baselineDays: 7, k: 3, minCount: 20 } as const;
export const DEFAULT_COOLDOWN_MINUTES = 60;

export const VERDICTS = ['accurate', 'misleading', 'false', 'hostile', 'not_relevant'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const VERDICT_LABELS: Record<Verdict, string> = {
  accurate: 'Thông tin chính xác',
  misleading: 'Thông tin sai lệch, gây hiểu lầm',
  false: 'Thông tin sai sự thật',
  hostile: 'Thông tin xấu, độc, thù địch',
  not_relevant: 'Không liên quan',
};
/** Verdicts that make an item a case for the police liaison and for a takedown request. */
export const REFERABLE_VERDICTS: readonly Verdict[] = ['false', 'hostile', 'misleading'];

export const FLAG_KINDS = ['review', 'crisis'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export const TAKEDOWN_CHANNELS = ['phone', 'written', 'electronic'] as const;
export type TakedownChannel = (typeof TAKEDOWN_CHANNELS)[number];
export const TAKEDOWN_CHANNEL_LABELS: Record<TakedownChannel, string> = { phone: 'Điện thoại', written: 'Văn bản', electronic: 'Phương tiện điện tử' };

export const TAKEDOWN_OUTCOMES = ['pending', 'removed', 'refused', 'no_answer'] as const;
export type TakedownOutcome = (typeof TAKEDOWN_OUTCOMES)[number];
export const TAKEDOWN_OUTCOME_LABELS: Record<TakedownOutcome, string> = { pending: 'Đang chờ xử lý', removed: 'Đã gỡ bỏ', refused: 'Bị từ chối', no_answer: 'Không có phản hồi' };

/** The dated rule (legal_rules) that gives a takedown request's deadline in hours. */
export const TAKEDOWN_RULE = 'monitoring.takedown.deadlineHours';

export const DELIVERY_STATUS_LABELS: Record<string, string> = { pending: 'Đang chờ gửi', sent: 'Đã gửi', retrying: 'Đang thử lại', failed: 'Gửi không được' };
export const CHANNEL_LABELS: Record<string, string> = { office: 'Thông báo trên trang quản trị', email: 'Thư điện tử', webhook: 'Webhook' };

export const SENTIMENT_LABELS: Record<string, string> = { positive: 'Tích cực', neutral: 'Trung tính', negative: 'Tiêu cực' };

export const DIGEST_FREQUENCIES = ['daily', 'weekly'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];
