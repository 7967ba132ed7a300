import { codeValue, countValue, plainValue, type AuditVocabulary, type Label, type ValueContext, registerAuditVocabulary } from '../../platform/audit';
import { getDirectory } from '../organisations';
import { COMMENTER_TYPE_LABELS, DISPOSITION_LABELS, STANCE_LABELS, STATE_LABELS, WITHHELD_LABELS } from './labels';
import { commentRefsByIds, roundsByIds } from './repo-audit';

const ANSWER_STATE_LABELS: Record<string, Label> = { draft: ['Trả lời chờ phê duyệt', 'Answer awaiting approval'], approved: ['Trả lời đã phê duyệt', 'Answer approved'], published: ['Đã công bố', 'Published'] };
const COMMENT_STATE = { ...STATE_LABELS, ...ANSWER_STATE_LABELS };
const policyHref = (draftId: string, tab: string) => `/office/policies/${encodeURIComponent(draftId)}/${tab}`;
const dmy = (iso: string) => plainValue(iso, 'vi');

async function unitValue(value: unknown, ctx: ValueContext): Promise<string> {
  if (value === null || value === undefined) return '—';
  return (await getDirectory(ctx.db)).unit(String(value))?.name ?? (ctx.lang === 'en' ? 'unknown unit' : 'đơn vị không rõ');
}

/** A moderation reason is a code; a round's reason to close or extend is the officer's own text. */
const reasonValue = (value: unknown, ctx: ValueContext) => (typeof value === 'string' && value in WITHHELD_LABELS ? codeValue(WITHHELD_LABELS)(value, ctx) : plainValue(value, ctx.lang));
const comments = countValue(['ý kiến', 'comments']);
const SIGNAL_KIND_LABELS: Record<string, Label> = {
  burst: ['Nhiều ý kiến gần giống nhau gửi dồn dập', 'A burst of near-identical comments'],
  same_address: ['Nhiều ý kiến từ một địa chỉ mạng', 'Many comments from one address'],
  same_email: ['Nhiều ý kiến từ một email', 'Many comments from one email'],
  same_phone: ['Nhiều ý kiến từ một số điện thoại', 'Many comments from one phone number'],
  new_identities: ['Nhiều người góp ý mới cùng lúc', 'Many new commenters at once'],
};
const SIGNAL_STATUS_LABELS: Record<string, Label> = { new: ['Mới', 'New'], cleared: ['Đã xem – không có vấn đề', 'Reviewed – no problem'], suspicious: ['Đã xem – đáng ngờ', 'Reviewed – suspicious'] };
const mails = countValue(['thư', 'mails']);

/** How the audit log names what the consultation module records. */
export const consultationAuditVocabulary: AuditVocabulary = {
  actions: {
    'consultation.open': ['Mở đợt lấy ý kiến', 'Opened a consultation round'],
    'consultation.close-early': ['Kết thúc sớm đợt lấy ý kiến', 'Closed a round early'],
    'consultation.extend': ['Gia hạn đợt lấy ý kiến', 'Extended a round'],
    'consultation.consultee-answer': ['Ghi nhận văn bản góp ý của cơ quan', 'Recorded a consulted body’s answer'],
    'consultation.synthesis.publish': ['Công bố báo cáo tổng hợp ý kiến', 'Published the synthesis report'],
    'comment.submit': ['Gửi góp ý', 'Submitted a comment'],
    'comment.verify-email': ['Xác nhận email người góp ý', 'Confirmed a commenter’s email'],
    'comment.verify-mail.resend': ['Gửi lại thư xác nhận góp ý', 'Re-sent a confirmation mail'],
    'comment.confirm': ['Cán bộ xác nhận góp ý', 'An officer confirmed a comment'],
    'comment.flag': ['Báo cáo góp ý không phù hợp', 'Flagged a comment'],
    'comment.publish': ['Công bố ý kiến', 'Published comments'],
    'comment.withhold': ['Không công bố ý kiến', 'Withheld comments'],
    'comment.assign': ['Phân công trả lời ý kiến', 'Assigned comments to answer'],
    'comment.answer': ['Trả lời ý kiến', 'Answered a comment'],
    'comment.answer.approve': ['Phê duyệt trả lời ý kiến', 'Approved an answer'],
    'comment.campaign.answer': ['Trả lời nhóm ý kiến trùng lặp', 'Answered a campaign of near-identical comments'],
    'comment.campaign.approve': ['Phê duyệt trả lời nhóm ý kiến trùng lặp', 'Approved the answers of a campaign'],
    'comment-signal.review': ['Xem xét dấu hiệu gửi phối hợp', 'Reviewed a coordinated-submission signal'],
    'comment.attribution-check.send': ['Gửi thư hỏi "Có phải bạn đã gửi góp ý này?"', 'Sent a "was this you?" mail'],
    'comment.attribution-check.answer': ['Người nhận thư trả lời "Có phải bạn đã gửi góp ý này?"', 'The addressee answered "was this you?"'],
    'answer-template.create': ['Tạo mẫu trả lời', 'Created an answer template'],
    'answer-template.update': ['Sửa mẫu trả lời', 'Edited an answer template'],
    'answer-template.delete': ['Xoá mẫu trả lời', 'Deleted an answer template'],
  },
  subjects: {
    consultation_round: {
      label: ['Đợt lấy ý kiến', 'Consultation round'],
      names: async (db, ids) =>
        new Map((await roundsByIds(db, ids)).map((r) => [r.id, { name: `${r.title} (${dmy(r.opensOn)} – ${dmy(r.closesOn)})`, href: policyHref(r.draftId, 'consultation') }])),
      fields: {
        versionNo: { label: ['Phiên bản số', 'Version'] },
        opensOn: { label: ['Ngày bắt đầu', 'Opens on'] },
        closesOn: { label: ['Ngày kết thúc', 'Closes on'] },
        closedOn: { label: ['Ngày kết thúc thực tế', 'Closed on'] },
        minDays: { label: ['Số ngày tối thiểu', 'Minimum days'] },
        days: { label: ['Số ngày lấy ý kiến', 'Days'] },
        targetGroups: { label: ['Đối tượng lấy ý kiến', 'Who is consulted'] },
        consultees: { label: ['Số cơ quan được lấy ý kiến', 'Consulted bodies'] },
        comments: { label: ['Ý kiến', 'Comments'], value: comments },
        commentIds: { label: ['Ý kiến', 'Comments'], value: comments },
        state: { label: ['Tình trạng', 'State'], value: codeValue(STATE_LABELS) },
        reason: { label: ['Lý do', 'Reason'], value: reasonValue },
        unitId: { label: ['Cơ quan', 'Body'], value: unitValue },
        answeredOn: { label: ['Ngày trả lời', 'Answered on'] },
        answerRef: { label: ['Số văn bản trả lời', 'Answer reference'] },
        late: { label: ['Trả lời muộn', 'Late'] },
        answersPublished: { label: ['Số trả lời được công bố', 'Answers published'] },
        mailed: { label: ['Thư đã gửi', 'Mails sent'], value: mails },
        representative: { label: ['Nhóm ý kiến trùng lặp (ý kiến đại diện)', 'Campaign (its representative comment)'] },
        members: { label: ['Số ý kiến của nhóm', 'Comments of the campaign'] },
        disposition: { label: ['Hình thức trả lời', 'Disposition'], value: codeValue(DISPOSITION_LABELS) },
        onlyUnanswered: { label: ['Chỉ các ý kiến chưa trả lời', 'Only comments without an answer'] },
        kind: { label: ['Loại dấu hiệu', 'Kind of signal'], value: codeValue(SIGNAL_KIND_LABELS) },
        status: { label: ['Kết quả xem xét', 'Review'], value: codeValue(SIGNAL_STATUS_LABELS) },
        note: { label: ['Ghi chú', 'Note'] },
      },
    },
    comment: {
      label: ['Ý kiến góp ý', 'Comment'],
      names: async (db, ids) => new Map((await commentRefsByIds(db, ids)).map((c) => [c.id, { name: c.receiptCode, href: policyHref(c.draftId, 'comments') }])),
      fields: {
        state: { label: ['Tình trạng', 'State'], value: codeValue(COMMENT_STATE) },
        disposition: { label: ['Hình thức trả lời', 'Disposition'], value: codeValue(DISPOSITION_LABELS) },
        stance: { label: ['Ý kiến', 'Stance'], value: codeValue(STANCE_LABELS) },
        commenterType: { label: ['Đối tượng góp ý', 'Commenter'], value: codeValue(COMMENTER_TYPE_LABELS) },
        receiptCode: { label: ['Mã biên nhận', 'Receipt code'] },
        attachments: { label: ['Tệp đính kèm', 'Attachments'] },
        reason: { label: ['Lý do', 'Reason'] },
        resends: { label: ['Số lần gửi lại thư xác nhận', 'Confirmation mails re-sent'] },
        batch: { label: ['Trả lời cùng lúc', 'Answered together'], value: comments },
        answer: { label: ['Câu trả lời của người nhận thư', 'The addressee’s answer'], value: codeValue({ confirmed: ['Đúng, tôi đã gửi', 'Yes, I sent it'], denied: ['Không phải tôi', 'It was not me'] }) },
      },
    },
    answer_template: {
      label: ['Mẫu trả lời', 'Answer template'],
      summaryName: 'name',
      fields: {
        name: { label: ['Tên mẫu', 'Name'] },
        disposition: { label: ['Hình thức trả lời', 'Disposition'], value: codeValue(DISPOSITION_LABELS) },
        unitId: { label: ['Đơn vị', 'Unit'], value: unitValue },
      },
    },
  },
};

// registered when the composition root imports this file (src/bootstrap.ts), like the policy rules
registerAuditVocabulary(consultationAuditVocabulary);
