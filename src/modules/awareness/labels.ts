/** Vietnamese labels of the awareness module's codes. */
export type Label = readonly [vi: string, en: string];

/** The audiences of plan item II.1 (KH 14/KH-UBND 2024): officials, citizens and businesses. */
export const AUDIENCE_LABELS = {
  officials: ['Cán bộ, công chức, viên chức', 'Officials'],
  citizens: ['Người dân', 'Citizens'],
  businesses: ['Doanh nghiệp', 'Businesses'],
} as const satisfies Record<string, Label>;
export type Audience = keyof typeof AUDIENCE_LABELS;
export const AUDIENCES = Object.keys(AUDIENCE_LABELS) as Audience[];

export const ACTIVITY_KIND_LABELS = {
  conference: ['Hội nghị', 'Conference'],
  seminar: ['Tọa đàm', 'Seminar'],
  leaflets: ['Phát tờ rơi, tài liệu', 'Leaflets'],
  contest: ['Cuộc thi', 'Contest'],
  radio: ['Phát thanh (loa truyền thanh cơ sở, đài)', 'Radio'],
  online_post: ['Đăng tải trên cổng thông tin, mạng xã hội', 'Online post'],
  other: ['Hình thức khác', 'Other'],
} as const satisfies Record<string, Label>;
export type ActivityKind = keyof typeof ACTIVITY_KIND_LABELS;
export const ACTIVITY_KINDS = Object.keys(ACTIVITY_KIND_LABELS) as ActivityKind[];

export const CAMPAIGN_STATUS_LABELS = {
  planned: ['Đã lên kế hoạch', 'Planned'],
  running: ['Đang triển khai', 'Running'],
  done: ['Đã hoàn thành', 'Done'],
  cancelled: ['Đã hủy', 'Cancelled'],
} as const satisfies Record<string, Label>;
export type CampaignStatus = keyof typeof CAMPAIGN_STATUS_LABELS;
export const CAMPAIGN_STATUSES = Object.keys(CAMPAIGN_STATUS_LABELS) as CampaignStatus[];

export const labelVi = (labels: Record<string, Label>, code: string): string => labels[code]?.[0] ?? code;
