/** Vietnamese labels of the training module's codes (a code never reaches a page or a mail). */
export type Label = readonly [vi: string, en: string];

/** The skills of plan item II.6 (KH 14/KH-UBND 2024) and the usual courses of the field. */
export const SKILL_LABELS = {
  press_information: ['Kỹ năng phát ngôn và cung cấp thông tin cho báo chí', 'Speaking for the agency and informing the press'],
  policy_communication: ['Truyền thông chính sách', 'Policy communication'],
  crisis_handling: ['Xử lý thông tin, ứng phó khủng hoảng truyền thông trên không gian mạng', 'Handling communication crises online'],
  social_media: ['Sử dụng mạng xã hội', 'Using social media'],
  news_writing: ['Viết tin, bài, infographic', 'Writing news, articles and infographics'],
  consultation: ['Lấy ý kiến và giải trình, tiếp thu ý kiến về dự thảo chính sách', 'Consulting on draft policies'],
} as const satisfies Record<string, Label>;
export type Skill = keyof typeof SKILL_LABELS;
export const SKILLS = Object.keys(SKILL_LABELS) as Skill[];

/** Who takes part (DOMAIN.md I-13: participants by type). */
export const PARTICIPANT_TYPE_LABELS = {
  leader: ['Lãnh đạo', 'Leader'],
  spokesperson: ['Người phát ngôn', 'Spokesperson'],
  focal_officer: ['Cán bộ đầu mối', 'Focal officer'],
  journalist: ['Phóng viên', 'Journalist'],
  commune_officer: ['Cán bộ cấp xã', 'Commune officer'],
  officer: ['Cán bộ, công chức khác', 'Other official'],
} as const satisfies Record<string, Label>;
export type ParticipantType = keyof typeof PARTICIPANT_TYPE_LABELS;
export const PARTICIPANT_TYPES = Object.keys(PARTICIPANT_TYPE_LABELS) as ParticipantType[];

export const SESSION_STATUS_LABELS = {
  planned: ['Đã lên kế hoạch', 'Planned'],
  held: ['Đã tổ chức', 'Held'],
  closed: ['Đã kết thúc', 'Closed'],
  cancelled: ['Đã hủy', 'Cancelled'],
} as const satisfies Record<string, Label>;
export type SessionStatus = keyof typeof SESSION_STATUS_LABELS;
export const SESSION_STATUSES = Object.keys(SESSION_STATUS_LABELS) as SessionStatus[];

export const PARTICIPANT_STATUS_LABELS = {
  invited: ['Đã mời', 'Invited'],
  accepted: ['Nhận lời', 'Accepted'],
  declined: ['Từ chối', 'Declined'],
  attended: ['Đã tham dự', 'Attended'],
} as const satisfies Record<string, Label>;
export type ParticipantStatus = keyof typeof PARTICIPANT_STATUS_LABELS;

export const ATTENDED_VIA_LABELS = {
  link: ['Điểm danh bằng liên kết cá nhân', 'Personal link'],
  walk_in: ['Điểm danh tại chỗ (không có giấy mời)', 'Walk-in'],
  office: ['Cán bộ tổ chức ghi nhận', 'Marked by the organiser'],
} as const satisfies Record<string, Label>;
export type AttendedVia = keyof typeof ATTENDED_VIA_LABELS;

/** The feedback form's questions, each rated 1–5. */
export const FEEDBACK_QUESTION_LABELS = {
  content: ['Nội dung bổ ích, sát với công việc', 'Useful content'],
  trainers: ['Giảng viên truyền đạt dễ hiểu', 'Clear trainers'],
  organisation: ['Công tác tổ chức', 'Organisation'],
  applicability: ['Có thể áp dụng ngay vào công việc', 'Applicable at work'],
} as const satisfies Record<string, Label>;
export type FeedbackQuestion = keyof typeof FEEDBACK_QUESTION_LABELS;
export const FEEDBACK_QUESTIONS = Object.keys(FEEDBACK_QUESTION_LABELS) as FeedbackQuestion[];

export const labelVi = (labels: Record<string, Label>, code: string): string => labels[code]?.[0] ?? code;
