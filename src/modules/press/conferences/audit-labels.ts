import { codeValue, registerAuditVocabulary, type AuditVocabulary, type ValueContext } from '../../../platform/audit';
import { getDirectory } from '../../organisations';
import { CONFERENCE_KIND_LABELS, CONFERENCE_STATUS_LABELS, MATERIAL_KIND_LABELS } from './labels';
import { conferencesByIds } from './repo';
import { timeDayVi } from './time';

async function unitValue(value: unknown, ctx: ValueContext): Promise<string> {
  if (value === null || value === undefined) return '—';
  return (await getDirectory(ctx.db)).unit(String(value))?.name ?? (ctx.lang === 'en' ? 'unknown unit' : 'đơn vị không rõ');
}
const timeValue = (value: unknown) => (typeof value === 'string' ? timeDayVi(value) : '—');

/** How the audit log names what is recorded about press conferences (the conference's timeline reads it). */
export const pressConferenceAuditVocabulary: AuditVocabulary = {
  actions: {
    'press.conference.schedule': ['Lên lịch họp báo', 'Scheduled a press conference'],
    'press.conference.edit': ['Sửa thông tin họp báo', 'Changed a press conference'],
    'press.conference.cancel': ['Hủy họp báo', 'Cancelled a press conference'],
    'press.conference.invite': ['Gửi giấy mời họp báo', 'Sent invitations'],
    'press.conference.resend': ['Gửi lại giấy mời họp báo', 'Sent an invitation again'],
    'press.conference.held': ['Ghi nhận đã tổ chức họp báo', 'Recorded the conference as held'],
    'press.conference.attendance': ['Ghi thành phần báo chí dự', 'Recorded attendance'],
    'press.conference.question': ['Ghi câu hỏi tại họp báo', 'Logged a question'],
    'press.conference.followUp': ['Trả lời câu hỏi sau họp báo', 'Answered a follow-up'],
    'press.conference.material': ['Đính kèm tài liệu họp báo', 'Attached a material'],
    'press.conference.minutes': ['Ban hành biên bản họp báo', 'Issued the minutes'],
    'press.conference.quarterNotice': ['Nhắc họp báo định kỳ trong quý', 'Reminded of the quarterly conference'],
  },
  subjects: {
    press_conference: {
      label: ['Họp báo', 'Press conference'],
      names: async (db, ids) => new Map((await conferencesByIds(db, ids)).map((c) => [c.id, { name: `Họp báo số ${c.refNo} — ${c.title}`, href: `/office/press/conferences/${encodeURIComponent(c.id)}` }])),
      fields: {
        title: { label: ['Tên cuộc họp báo', 'Title'] },
        kind: { label: ['Loại', 'Kind'], value: codeValue(CONFERENCE_KIND_LABELS) },
        status: { label: ['Tình trạng', 'Status'], value: codeValue(CONFERENCE_STATUS_LABELS) },
        hostUnitId: { label: ['Đơn vị chủ trì', 'Host unit'], value: unitValue },
        startsAt: { label: ['Bắt đầu', 'Starts'], value: timeValue },
        endsAt: { label: ['Kết thúc', 'Ends'], value: timeValue },
        place: { label: ['Địa điểm', 'Place'] },
        chairName: { label: ['Chủ trì', 'Chair'] },
        topics: { label: ['Nội dung', 'Topics'] },
        cancelReason: { label: ['Lý do hủy', 'Reason'] },
        agencies: { label: ['Cơ quan báo chí', 'Press agencies'] },
        mails: { label: ['Số thư gửi', 'Mails'] },
        seq: { label: ['Câu hỏi số', 'Question number'] },
        answeredOnSpot: { label: ['Trả lời tại họp báo', 'Answered on the spot'] },
        followUpUnitId: { label: ['Đơn vị trả lời sau', 'Follow-up unit'], value: unitValue },
        followUpDueOn: { label: ['Hạn trả lời', 'Due on'] },
        followUpAnsweredOn: { label: ['Ngày trả lời', 'Answered on'] },
        onTime: { label: ['Đúng hạn', 'On time'] },
        fileName: { label: ['Tệp', 'File'] },
        size: { label: ['Dung lượng (byte)', 'Size (bytes)'] },
        kindOfFile: { label: ['Loại tài liệu', 'Material'], value: codeValue(MATERIAL_KIND_LABELS) },
      },
    },
    org_unit: {
      label: ['Đơn vị', 'Unit'],
      fields: {
        quarter: { label: ['Quý', 'Quarter'] },
        notified: { label: ['Số người được báo', 'People notified'] },
      },
    },
  },
};

// registered when the module's door is imported, like the press module's own vocabulary
registerAuditVocabulary(pressConferenceAuditVocabulary);
