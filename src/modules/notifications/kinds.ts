import { formatDateVi } from '../../platform/text';

/** What a notification is about. */
export const KINDS = [
  'new_comments', 'answers_to_approve', 'report_submitted', 'report_reviewed', 'round_closing',
  'crisis_reminder', 'monitoring_alert', 'monitoring_source', 'press_inquiry_overdue', 'press_notice_late', 'press_conference_quarter', 'commission_overdue',
  'press_assigned',
] as const;
export type Kind = (typeof KINDS)[number];

/** How a person wants a kind: in the office only, by mail at once, in the daily digest (default), or not at all. */
export const CHANNELS = ['office', 'immediate', 'digest', 'off'] as const;
export type Channel = (typeof CHANNELS)[number];
export const DEFAULT_CHANNEL: Channel = 'digest';

/**
 * The channel of a kind when the person has not chosen: the daily digest, except a crisis's reminders (a statement
 * due within the hour is no news the next morning) and the monitoring alerts, whose rule already mails its
 * recipients at once (a digest line the next day would repeat it), and press questions given to a person or unit to
 * answer (a few working days to answer; the next morning's digest would spend one of them).
 */
export const DEFAULT_CHANNELS: Readonly<Record<Kind, Channel>> = {
  new_comments: DEFAULT_CHANNEL, answers_to_approve: DEFAULT_CHANNEL, report_submitted: DEFAULT_CHANNEL, report_reviewed: DEFAULT_CHANNEL, round_closing: DEFAULT_CHANNEL,
  crisis_reminder: 'immediate', monitoring_alert: 'office', monitoring_source: DEFAULT_CHANNEL,
  press_inquiry_overdue: DEFAULT_CHANNEL, press_notice_late: DEFAULT_CHANNEL, press_conference_quarter: DEFAULT_CHANNEL, commission_overdue: DEFAULT_CHANNEL,
  press_assigned: 'immediate',
};

/** The days before a round's end that its closing is announced when the person has not chosen (no legal rule exists). */
export const DEFAULT_ROUND_CLOSING_DAYS = 3;
/** How far ahead rounds closing are looked for (a person's own setting is at most this). */
export const MAX_ROUND_CLOSING_DAYS = 30;

/** Vietnamese names of the kinds, for the settings and the digest. */
export const KIND_LABELS: Record<Kind, string> = {
  new_comments: 'Ý kiến mới về dự thảo của đơn vị',
  answers_to_approve: 'Câu trả lời chờ tôi phê duyệt',
  report_submitted: 'Báo cáo tiến độ mới chờ xem xét',
  report_reviewed: 'Báo cáo của đơn vị được chấp nhận hoặc trả lại',
  round_closing: 'Đợt lấy ý kiến của đơn vị sắp kết thúc',
  crisis_reminder: 'Nhắc việc của sự cố truyền thông tôi tham gia',
  monitoring_alert: 'Cảnh báo dư luận gửi tới tôi (thư cảnh báo vẫn được gửi theo quy tắc)',
  monitoring_source: 'Nguồn theo dõi có ít tin bất thường',
  press_inquiry_overdue: 'Yêu cầu của báo chí quá hạn trả lời',
  press_notice_late: 'Yêu cầu cung cấp thông tin chưa có thông báo thời hạn',
  press_conference_quarter: 'Đơn vị chưa họp báo trong quý',
  commission_overdue: 'Đơn đặt hàng báo chí quá hạn giao sản phẩm',
  press_assigned: 'Câu hỏi, yêu cầu của báo chí giao cho tôi hoặc đơn vị tôi trả lời',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  office: 'Chỉ trên trang quản trị',
  immediate: 'Gửi thư ngay',
  digest: 'Thư tóm tắt hằng ngày',
  off: 'Tắt',
};

export type NotificationParams = Record<string, string | number | null>;

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The Vietnamese sentence of a notification (mails; the office renders its own catalogue from the same params). */
export function sentenceVi(kind: string, count: number, p: NotificationParams): string {
  switch (kind) {
    case 'new_comments':
      return `${count} ý kiến mới về dự thảo “${str(p.draftTitle)}”`;
    case 'answers_to_approve':
      return `${count} câu trả lời ý kiến chờ phê duyệt — dự thảo “${str(p.draftTitle)}”`;
    case 'report_submitted':
      return `${count} báo cáo tiến độ mới chờ xem xét — ${str(p.planTitle)}`;
    case 'report_reviewed':
      return `Báo cáo ${str(p.periodLabel)} của ${str(p.unitName)} về nhiệm vụ “${str(p.taskTitle)}” đã ${p.decision === 'returned' ? 'bị trả lại' : 'được chấp nhận'}${p.decision === 'returned' && p.comment ? `: ${str(p.comment)}` : ''}`;
    case 'round_closing':
      return `Đợt lấy ý kiến về dự thảo “${str(p.draftTitle)}” kết thúc ${typeof p.closesOn === 'string' ? formatDateVi(p.closesOn, 'short') : ''}`;
    case 'monitoring_source':
      return `Nguồn “${str(p.sourceName)}” có ít tin bất thường: ${typeof p.lastWeek === 'number' ? p.lastWeek : 0} tin trong 7 ngày qua, thường khoảng ${typeof p.usual === 'number' ? p.usual : 0} tin mỗi tuần`;
    case 'monitoring_alert':
      return `Cảnh báo dư luận “${str(p.ruleName)}”: ${count} tin`;
    case 'press_inquiry_overdue':
      return `${str(p.kindLabel)} số ${typeof p.refNo === 'number' ? p.refNo : ''} “${str(p.subject)}” đã quá hạn trả lời (hạn ${typeof p.dueOn === 'string' ? formatDateVi(p.dueOn, 'short') : ''})`;
    case 'press_notice_late':
      return `Yêu cầu cung cấp thông tin số ${typeof p.refNo === 'number' ? p.refNo : ''} “${str(p.subject)}” chưa có thông báo thời hạn giải quyết (hạn gửi ${typeof p.noticeDueOn === 'string' ? formatDateVi(p.noticeDueOn, 'short') : ''})`;
    case 'crisis_reminder':
      return `Sự cố số ${typeof p.refNo === 'number' ? p.refNo : ''} “${str(p.title)}”: ${str(p.what)}`;
    case 'press_conference_quarter':
      return `${str(p.unitName)} chưa có cuộc họp báo nào trong ${str(p.quarterLabel)} (quý kết thúc ${typeof p.dueOn === 'string' ? formatDateVi(p.dueOn, 'short') : ''}; họp báo định kỳ ít nhất 3 tháng một lần)`;
    case 'commission_overdue':
      return `Đơn đặt hàng số ${typeof p.refNo === 'number' ? p.refNo : ''} “${str(p.title)}” (${str(p.supplierName)}) đã quá hạn giao sản phẩm (hạn ${typeof p.dueOn === 'string' ? formatDateVi(p.dueOn, 'short') : ''})`;
    case 'press_assigned':
      return `${str(p.what)} “${str(p.subject)}” được giao cho ${str(p.unitName)} trả lời${typeof p.dueOn === 'string' ? ` (hạn ${formatDateVi(p.dueOn, 'short')})` : ''}`;
    default:
      return 'Thông báo mới';
  }
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "Quý III năm 2024" / "cả năm 2024" for a period key such as 2024-Q3 or 2024-Y (never shown raw). */
export function periodLabelVi(key: string): string {
  const m = /^(\d{4})-(Q([1-4])|Y)$/.exec(key);
  if (!m) return 'kỳ báo cáo';
  return m[2] === 'Y' ? `cả năm ${m[1]}` : `quý ${ROMAN[Number(m[3]) - 1]} năm ${m[1]}`;
}
