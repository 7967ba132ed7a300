/**
 * Portal texts of the comment form: labels, hints, legends, choices, consents and the button. The validation
 * messages come from the server actions, in Vietnamese, and are not translated here.
 */
const vi = {
  'form.title': 'Góp ý {target}',
  'form.titleDraft': 'dự thảo',
  'form.heading': 'Góp ý {target}',
  'form.errorSummary': 'Vui lòng kiểm tra lại các mục sau',
  'form.errorTitlePrefix': 'Có lỗi: ',
  'form.as': 'Bạn góp ý với tư cách',
  'form.type.citizen': 'Người dân',
  'form.type.business': 'Doanh nghiệp',
  'form.type.organisation': 'Tổ chức',
  'form.type.agency': 'Cơ quan nhà nước',
  'form.name': 'Họ và tên (hoặc tên tổ chức)',
  'form.pseudonym': 'Tên hiển thị công khai (không bắt buộc)',
  'form.pseudonymHint': 'Nếu để trống, ý kiến được công bố không kèm tên. Tên này được đăng công khai: đừng ghi số điện thoại, email hay địa chỉ.',
  'form.bodyHint': 'Tối đa 10.000 ký tự. Ý kiến dài hơn, xin gửi kèm tệp bên dưới.',
  'form.email': 'Email',
  'form.phone': 'Số điện thoại',
  'form.contactHint': 'Nhập email hoặc số điện thoại. Thông tin liên hệ không bao giờ được công khai.',
  'form.stance': 'Ý kiến của bạn',
  'form.stance.agree': 'Đồng ý',
  'form.stance.disagree': 'Không đồng ý',
  'form.stance.propose': 'Đề xuất sửa đổi, bổ sung',
  'form.body': 'Nội dung góp ý',
  'form.attachments': 'Tệp đính kèm (không bắt buộc)',
  'form.attachmentsHint': 'PDF, DOCX hoặc ảnh; tối đa 3 tệp, mỗi tệp 5 MB.',
  'form.consent': 'Đồng ý xử lý dữ liệu cá nhân',
  'form.consentProcessing': 'Tôi đồng ý để cơ quan soạn thảo thu thập, xử lý họ tên và thông tin liên hệ của tôi nhằm tiếp nhận, xử lý góp ý này (bắt buộc).',
  'form.consentContact': 'Tôi đồng ý nhận email thông báo khi ý kiến được trả lời.',
  'form.submit': 'Gửi góp ý',
};

/** The keys of the comment form. */
export type FormKey = keyof typeof vi;

const en: Record<FormKey, string> = {
  'form.title': 'Comment on {target}',
  'form.titleDraft': 'the draft',
  'form.heading': 'Comment on {target}',
  'form.errorSummary': 'Please check the following',
  'form.errorTitlePrefix': 'Error: ',
  'form.as': 'You are commenting as',
  'form.type.citizen': 'A citizen',
  'form.type.business': 'A business',
  'form.type.organisation': 'An organisation',
  'form.type.agency': 'A state agency',
  'form.name': 'Full name (or name of the organisation)',
  'form.pseudonym': 'Public display name (optional)',
  'form.pseudonymHint': 'If left empty, your comment is published without a name. This name is published: do not write a phone number, email or address.',
  'form.bodyHint': 'At most 10,000 characters. For a longer comment, attach a file below.',
  'form.email': 'Email',
  'form.phone': 'Phone number',
  'form.contactHint': 'Enter an email address or a phone number. Contact details are never made public.',
  'form.stance': 'Your position',
  'form.stance.agree': 'I agree',
  'form.stance.disagree': 'I disagree',
  'form.stance.propose': 'I propose changes or additions',
  'form.body': 'Your comment',
  'form.attachments': 'Attachments (optional)',
  'form.attachmentsHint': 'PDF, DOCX or images; up to 3 files of 5 MB each.',
  'form.consent': 'Consent to the processing of personal data',
  'form.consentProcessing': 'I agree that the drafting agency collects and processes my name and contact details to receive and handle this comment (required).',
  'form.consentContact': 'I agree to receive an email when my comment is answered.',
  'form.submit': 'Send comment',
};

/** Both dictionaries of the comment form. */
export const formTexts = { vi, en };
