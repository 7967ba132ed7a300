/** The network module's enums with their Vietnamese and English names; people see the names, never the codes. */
export type Label = [vi: string, en: string];

export const LEVELS = ['province', 'department', 'commune', 'other'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABELS: Record<Level, Label> = {
  province: ['Đầu mối cấp tỉnh', 'Provincial focal point'],
  department: ['Đầu mối sở, ban, ngành', 'Department focal point'],
  commune: ['Đầu mối cấp xã', 'Commune focal point'],
  other: ['Đầu mối khác', 'Other focal point'],
};

export const DELIVERY_STATUSES = ['queued', 'sent', 'retrying', 'failed', 'read'] as const;
export type DeliveryStatusCode = (typeof DELIVERY_STATUSES)[number];
export const DELIVERY_STATUS_LABELS: Record<DeliveryStatusCode, Label> = {
  queued: ['Đang chờ gửi', 'Queued'],
  sent: ['Đã gửi', 'Sent'],
  retrying: ['Gửi lại sau', 'Retrying'],
  failed: ['Không gửi được', 'Failed'],
  read: ['Đã đọc', 'Read'],
};
