/**
 * Interface texts of confirming commenters (a comment counts once its commenter is confirmed), merged in `i18n.ts`.
 * Each entry is [vi, en]; `{name}` placeholders are filled by `translate`.
 */
export const confirmationEntries = {
  'unconfirmed.title': ['Ý kiến chưa xác nhận người góp ý ({count})', 'Comments whose commenter is not confirmed ({count})'],
  'unconfirmed.intro': [
    'Ý kiến chỉ được kiểm duyệt, công bố, trả lời và đưa vào báo cáo tổng hợp khi người góp ý đã xác nhận: bằng liên kết trong email, hoặc do cán bộ xác nhận thay (ví dụ sau khi gọi lại số điện thoại) và ghi lý do.',
    'A comment is moderated, published, answered and included in the synthesis report only once its commenter is confirmed: by the link in the email, or by an officer on their behalf (for example after calling them back), with a reason.',
  ],
  'unconfirmed.none': ['Không có ý kiến nào chờ xác nhận.', 'No comment is waiting for confirmation.'],
  'unconfirmed.item': ['Ý kiến {code}', 'Comment {code}'],
  'unconfirmed.sentOn': ['Gửi lúc', 'Sent on'],
  'unconfirmed.article': ['Góp ý về', 'About'],
  'unconfirmed.name': ['Người góp ý', 'Commenter'],
  'unconfirmed.contact': ['Liên hệ', 'Contact'],
  'unconfirmed.givenBy': ['Cách gửi', 'How it was given'],
  'unconfirmed.givenBy.email': ['Qua cổng, có email: đã gửi liên kết xác nhận, người góp ý chưa mở', 'On the portal with an email: the confirmation link was sent and not opened yet'],
  'unconfirmed.givenBy.phone': ['Qua cổng, chỉ có số điện thoại: liên hệ lại rồi xác nhận thay', 'On the portal with a phone number only: call back, then confirm on their behalf'],
  'unconfirmed.resends': ['Đã gửi lại liên kết {count} lần', 'Link sent again {count} times'],
  'unconfirmed.reason': ['Lý do xác nhận', 'Reason for confirming'],
  'unconfirmed.reasonHint': ['Ví dụ: "Đã gọi lại số điện thoại ngày 12/3, người góp ý xác nhận đã gửi ý kiến."', 'For example: "Called the number back on 12 March; the commenter confirmed sending the comment."'],
  'unconfirmed.reasonRequired': ['Vui lòng ghi lý do xác nhận.', 'Please give the reason for confirming.'],
  'unconfirmed.confirm': ['Xác nhận thay người góp ý', 'Confirm on the commenter\'s behalf'],
  'unconfirmed.resend': ['Gửi lại liên kết', 'Send the link again'],
  'unconfirmed.confirmed': ['Đã xác nhận ý kiến {code}; ý kiến chuyển sang chờ duyệt.', 'Comment {code} is confirmed and now awaits moderation.'],
  'unconfirmed.resent': ['Đã gửi lại liên kết xác nhận cho ý kiến {code}.', 'The confirmation link of comment {code} was sent again.'],
  'unconfirmed.more': ['Đang hiển thị {shown} trên {count} ý kiến; xác nhận bớt để xem tiếp.', 'Showing {shown} of {count} comments; confirm some to see more.'],
} as const satisfies Record<string, readonly [string, string]>;
