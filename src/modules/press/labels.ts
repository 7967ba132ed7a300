/** The press module's enums with their Vietnamese and English names; people see the names, never the codes. */

export type Label = [vi: string, en: string];

export const SPOKESPERSON_KINDS = ['head', 'spokesperson', 'authorised'] as const;
export type SpokespersonKind = (typeof SPOKESPERSON_KINDS)[number];
export const SPOKESPERSON_KIND_LABELS: Record<SpokespersonKind, Label> = {
  head: ['Người đứng đầu', 'Head of the agency'],
  spokesperson: ['Người phát ngôn', 'Spokesperson'],
  authorised: ['Người được ủy quyền phát ngôn', 'Authorised to speak'],
};

export const INQUIRY_KINDS = ['press', 'press_forwarded', 'information_request'] as const;
export type InquiryKind = (typeof INQUIRY_KINDS)[number];
export const INQUIRY_KIND_LABELS: Record<InquiryKind, Label> = {
  press: ['Câu hỏi của báo chí', 'Press inquiry'],
  press_forwarded: ['Vấn đề báo chí chuyển đến', 'Issue forwarded by the press'],
  information_request: ['Yêu cầu cung cấp thông tin', 'Information request'],
};

export const COMPLEXITIES = ['simple', 'complex'] as const;
export type Complexity = (typeof COMPLEXITIES)[number];
export const COMPLEXITY_LABELS: Record<Complexity, Label> = {
  simple: ['Thông tin đơn giản, có sẵn', 'Simple, available information'],
  complex: ['Thông tin phức tạp', 'Complex information'],
};

export const CHANNELS = ['post', 'email', 'online', 'in_person', 'phone', 'fax'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, Label> = {
  post: ['Bưu điện', 'Post'],
  email: ['Thư điện tử', 'Email'],
  online: ['Trực tuyến', 'Online'],
  in_person: ['Trực tiếp', 'In person'],
  phone: ['Điện thoại', 'Phone'],
  fax: ['Bản fax', 'Fax'],
};

export const STATUSES = ['received', 'assigned', 'answered', 'refused'] as const;
export type Status = (typeof STATUSES)[number];
/** The stored states plus "overdue", which is computed (an open inquiry past its deadline), never stored. */
export const STATUS_LABELS: Record<Status | 'overdue', Label> = {
  received: ['Mới tiếp nhận', 'Received'],
  assigned: ['Đã giao xử lý', 'Assigned'],
  answered: ['Đã trả lời', 'Answered'],
  refused: ['Từ chối', 'Refused'],
  overdue: ['Quá hạn', 'Overdue'],
};

/**
 * Lawful grounds for refusing (DOMAIN.md PN-06): for the press, Luật Báo chí 2016 Điều 38.2 (read, V); for an
 * information request, Luật Tiếp cận thông tin 2016 Điều 6, 7 and 28 (from the legal text, M: to verify, §9). A
 * refusal prints the ground's text; a ground applies only to the kinds listed.
 */
export const REFUSAL_GROUNDS = ['secret', 'investigation', 'inspection_complaint', 'dispute_or_draft', 'not_accessible', 'conditional_not_met', 'not_in_charge', 'already_provided', 'beyond_capacity'] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];
const PRESS_KINDS: InquiryKind[] = ['press', 'press_forwarded'];
export const REFUSAL_GROUND_INFO: Record<RefusalGround, { label: Label; basis: string; kinds: InquiryKind[] }> = {
  secret: { label: ['Thông tin thuộc bí mật nhà nước, bí mật thuộc chính trị nội bộ của Đảng, bí mật khác theo quy định của pháp luật', 'State, Party or other secrets protected by law'], basis: 'Luật Báo chí 2016, Điều 38 khoản 2 điểm a', kinds: PRESS_KINDS },
  investigation: { label: ['Vụ án đang được điều tra hoặc chưa xét xử', 'A case under investigation or not yet tried'], basis: 'Luật Báo chí 2016, Điều 38 khoản 2 điểm b', kinds: PRESS_KINDS },
  inspection_complaint: { label: ['Vụ việc đang thanh tra chưa có kết luận; vụ việc đang giải quyết khiếu nại, tố cáo', 'An inspection not yet concluded, or a complaint or denunciation being resolved'], basis: 'Luật Báo chí 2016, Điều 38 khoản 2 điểm c', kinds: PRESS_KINDS },
  dispute_or_draft: { label: ['Vấn đề tranh chấp giữa các cơ quan nhà nước chưa có kết luận chính thức; văn bản chính sách đang soạn thảo chưa được phép công bố', 'An unresolved dispute between state bodies, or a policy being drafted that may not yet be published'], basis: 'Luật Báo chí 2016, Điều 38 khoản 2 điểm c', kinds: PRESS_KINDS },
  not_accessible: { label: ['Thông tin công dân không được tiếp cận (bí mật nhà nước; gây nguy hại đến lợi ích của Nhà nước, quốc phòng, an ninh, trật tự, đạo đức xã hội, sức khỏe cộng đồng, tính mạng, tài sản của người khác)', 'Information citizens may not access'], basis: 'Luật Tiếp cận thông tin 2016, Điều 6', kinds: ['information_request'] },
  conditional_not_met: { label: ['Thông tin tiếp cận có điều kiện mà người yêu cầu không đáp ứng điều kiện', 'Conditional information whose conditions are not met'], basis: 'Luật Tiếp cận thông tin 2016, Điều 7', kinds: ['information_request'] },
  not_in_charge: { label: ['Thông tin không thuộc trách nhiệm cung cấp của cơ quan', 'Information this agency is not responsible for providing'], basis: 'Luật Tiếp cận thông tin 2016, Điều 28', kinds: ['information_request'] },
  already_provided: { label: ['Thông tin đã được cung cấp hai lần cho chính người yêu cầu mà không có thay đổi', 'Already provided twice to the same requester without change'], basis: 'Luật Tiếp cận thông tin 2016, Điều 28', kinds: ['information_request'] },
  beyond_capacity: { label: ['Việc cung cấp vượt quá khả năng đáp ứng hoặc ảnh hưởng nghiêm trọng đến hoạt động bình thường của cơ quan', 'Beyond what the agency can provide without serious disruption'], basis: 'Luật Tiếp cận thông tin 2016, Điều 28', kinds: ['information_request'] },
};

/** "Luật Báo chí …: Thông tin thuộc bí mật …", the sentence a refusal prints. */
export function refusalGroundText(ground: RefusalGround): string {
  const g = REFUSAL_GROUND_INFO[ground];
  return `${g.label[0]} (${g.basis})`;
}
