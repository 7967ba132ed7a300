/** Kinds of press conference (DOMAIN.md I-07): regular (định kỳ), on one subject (chuyên đề), ad hoc (đột xuất). */
export const CONFERENCE_KINDS = ['periodic', 'thematic', 'adhoc'] as const;
export type ConferenceKind = (typeof CONFERENCE_KINDS)[number];
export const CONFERENCE_KIND_LABELS: Record<ConferenceKind, [string, string]> = {
  periodic: ['Định kỳ', 'Regular'],
  thematic: ['Chuyên đề', 'Thematic'],
  adhoc: ['Đột xuất', 'Ad hoc'],
};

export const CONFERENCE_STATUSES = ['planned', 'invited', 'held', 'minutes_issued', 'cancelled'] as const;
export type ConferenceStatus = (typeof CONFERENCE_STATUSES)[number];
export const CONFERENCE_STATUS_LABELS: Record<ConferenceStatus, [string, string]> = {
  planned: ['Dự kiến', 'Planned'],
  invited: ['Đã gửi giấy mời', 'Invitations sent'],
  held: ['Đã tổ chức', 'Held'],
  minutes_issued: ['Đã có biên bản', 'Minutes issued'],
  cancelled: ['Đã hủy', 'Cancelled'],
};

export const MATERIAL_KINDS = ['press_kit', 'slides', 'press_release', 'other'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];
export const MATERIAL_KIND_LABELS: Record<MaterialKind, [string, string]> = {
  press_kit: ['Tài liệu cung cấp cho báo chí', 'Press kit'],
  slides: ['Bài trình chiếu', 'Slides'],
  press_release: ['Thông cáo báo chí', 'Press release'],
  other: ['Tài liệu khác', 'Other'],
};

export const INVITATION_STATE_LABELS: Record<'queued' | 'sent' | 'failed', [string, string]> = {
  queued: ['Đang chờ gửi', 'Queued'],
  sent: ['Đã gửi', 'Sent'],
  failed: ['Gửi không được', 'Failed'],
};

const ROMAN = ['I', 'II', 'III', 'IV'];
/** "Quý II/2026". */
export const quarterLabel = (year: number, quarter: number) => `Quý ${ROMAN[quarter - 1]}/${year}`;
