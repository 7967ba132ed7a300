/** The crisis module's fixed vocabularies and the Vietnamese words people see instead of the codes. */

export const STATUSES = ['detected', 'verifying', 'responding', 'stabilised', 'closed'] as const;
export type Status = (typeof STATUSES)[number];
export const STATUS_LABELS: Record<Status, string> = {
  detected: 'Mới phát hiện',
  verifying: 'Đang xác minh',
  responding: 'Đang xử lý',
  stabilised: 'Đã ổn định',
  closed: 'Đã đóng',
};
/** The stage of the case workflow of DOMAIN.md FI-02 each status stands for, shown next to it. */
export const FI02_STAGES: Record<Status, string> = {
  detected: 'Phát hiện thông tin',
  verifying: 'Xác minh tính xác thực',
  responding: 'Phản hồi: thông tin chính thức, phát ngôn, đề nghị gỡ bỏ, chuyển cơ quan chức năng',
  stabilised: 'Theo dõi sau phản hồi',
  closed: 'Kết thúc, rút kinh nghiệm',
};
/** Statuses a person may set by hand; 'closed' is reached only through the review. */
export const OPEN_STATUSES: readonly Status[] = ['detected', 'verifying', 'responding', 'stabilised'];

/** Severity 1–4; "when unsure, take the higher level" (PagerDuty, monitoring-anchors.md §5.1). */
export const SEVERITIES = [1, 2, 3, 4] as const;
export const SEVERITY_LABELS: Record<number, string> = { 1: 'Mức 1 — thấp', 2: 'Mức 2 — trung bình', 3: 'Mức 3 — cao', 4: 'Mức 4 — nghiêm trọng' };
export const MAX_SEVERITY = 4;

export const ORIGIN_LABELS: Record<string, string> = { item: 'Từ một tin theo dõi dư luận', alert: 'Từ một cảnh báo dư luận', manual: 'Mở trực tiếp' };

/** The working group's template (DOMAIN.md FI-03, issue 16). */
export const ROLES = ['lead', 'spokesperson', 'press_liaison', 'police_liaison', 'legal', 'unit_head'] as const;
export type MemberRole = (typeof ROLES)[number];
export const ROLE_LABELS: Record<MemberRole, string> = {
  lead: 'Trưởng nhóm xử lý',
  spokesperson: 'Người phát ngôn',
  press_liaison: 'Đầu mối báo chí',
  police_liaison: 'Đầu mối công an',
  legal: 'Pháp chế',
  unit_head: 'Lãnh đạo đơn vị',
};

export const STATEMENT_KINDS = ['holding', 'update', 'final'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];
export const STATEMENT_KIND_LABELS: Record<StatementKind, string> = { holding: 'Thông tin ban đầu', update: 'Thông tin cập nhật', final: 'Thông tin kết thúc' };
export const STATEMENT_STATUS_LABELS: Record<string, string> = { draft: 'Chưa công bố', published: 'Đã công bố', withdrawn: 'Đã thu hồi' };
export const VERSION_STATE_LABELS: Record<string, string> = {
  awaiting_spokesperson: 'Chờ người phát ngôn duyệt',
  awaiting_head: 'Chờ lãnh đạo duyệt',
  approved: 'Đã duyệt đủ',
  superseded: 'Đã có phiên bản mới',
};

export const TIMELINE_KIND_LABELS: Record<string, string> = {
  opened: 'Mở sự cố',
  status: 'Chuyển trạng thái',
  severity: 'Đổi mức độ',
  member: 'Tổ công tác',
  roster: 'Lịch trực',
  item: 'Liên kết tin',
  task: 'Nhiệm vụ',
  statement: 'Thông cáo',
  notify: 'Thông báo cho nhóm',
  reminder: 'Nhắc việc',
  note: 'Ghi chép',
  review: 'Rút kinh nghiệm',
  closed: 'Đóng sự cố',
};
