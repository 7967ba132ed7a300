/** Vietnamese names of the policy cycle's stages and of document types. */
export const STAGES = ['proposal', 'drafting', 'consultation', 'appraisal', 'adoption', 'implementation', 'evaluation'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  proposal: 'Đề xuất chính sách',
  drafting: 'Soạn thảo',
  consultation: 'Lấy ý kiến',
  appraisal: 'Thẩm định',
  adoption: 'Thông qua, ban hành',
  implementation: 'Tổ chức thực hiện',
  evaluation: 'Đánh giá',
};

export const DOC_TYPES = ['nq_hdnd_tinh', 'qd_ubnd_tinh', 'nq_hdnd_xa', 'qd_ubnd_xa', 'khac'] as const;
export type DocType = (typeof DOC_TYPES)[number];

export const DOC_TYPE_LABELS: Record<DocType, string> = {
  nq_hdnd_tinh: 'Nghị quyết HĐND tỉnh',
  qd_ubnd_tinh: 'Quyết định UBND tỉnh',
  nq_hdnd_xa: 'Nghị quyết HĐND xã',
  qd_ubnd_xa: 'Quyết định UBND xã',
  khac: 'Văn bản khác',
};

/**
 * QĐ 407/QĐ-TTg: a policy has a large social impact only when all four criteria hold (DOMAIN.md 407-01; the
 * fourth is [M], to verify).
 */
export const IMPACT_CRITERIA = {
  affectsRightsObligations: 'Trực tiếp tạo ra, thay đổi hoặc chấm dứt quyền, nghĩa vụ của người dân, tổ chức, doanh nghiệp',
  sensitiveOrControversial: 'Là vấn đề khó, nhạy cảm, được dư luận quan tâm hoặc còn nhiều ý kiến khác nhau',
  affectsManyPeople: 'Có phạm vi ảnh hưởng trên toàn tỉnh',
  notStateSecret: 'Không thuộc phạm vi bí mật nhà nước',
} as const;
export type ImpactCriterion = keyof typeof IMPACT_CRITERIA;
