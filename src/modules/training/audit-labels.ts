import { codeValue, registerAuditVocabulary, type AuditVocabulary, type ValueContext } from '../../platform/audit';
import { getDirectory } from '../organisations';
import { ATTENDED_VIA_LABELS, PARTICIPANT_TYPE_LABELS, SESSION_STATUS_LABELS, SKILL_LABELS, type Label } from './labels';
import { coursesByIds, sessionTitles } from './repo';

async function unitValue(value: unknown, ctx: ValueContext): Promise<string> {
  if (value === null || value === undefined) return '—';
  return (await getDirectory(ctx.db)).unit(String(value))?.name ?? (ctx.lang === 'en' ? 'unknown unit' : 'đơn vị không rõ');
}

const labels = (record: Record<string, Label>) => codeValue(record);
const list = (record: Record<string, Label>) => async (value: unknown, ctx: ValueContext) => (Array.isArray(value) ? value.map((v) => record[String(v)]?.[ctx.lang === 'en' ? 1 : 0] ?? String(v)).join('; ') : '—');

/** How the audit log names what the training module records (never a participant's name: personal data). */
export const trainingAuditVocabulary: AuditVocabulary = {
  actions: {
    'training.course.create': ['Tạo khóa tập huấn', 'Created a training course'],
    'training.course.edit': ['Sửa khóa tập huấn', 'Changed a training course'],
    'training.session.create': ['Thêm buổi tập huấn', 'Added a training session'],
    'training.session.invite': ['Mời tham dự tập huấn', 'Invited people to a session'],
    'training.invitation.accept': ['Nhận lời tham dự', 'Accepted an invitation'],
    'training.invitation.decline': ['Từ chối tham dự', 'Declined an invitation'],
    'training.session.attend': ['Điểm danh tham dự', 'Recorded attendance'],
    'training.session.feedback': ['Gửi ý kiến sau tập huấn', 'Sent feedback'],
    'training.session.held': ['Đánh dấu đã tổ chức', 'Marked as held'],
    'training.session.closed': ['Kết thúc buổi tập huấn, khóa sổ điểm danh', 'Closed a session'],
    'training.session.cancelled': ['Hủy buổi tập huấn', 'Cancelled a session'],
  },
  subjects: {
    training_course: {
      label: ['Khóa tập huấn', 'Training course'],
      names: async (db, ids) => new Map((await coursesByIds(db, ids)).map((c) => [c.id, { name: c.title, href: `/office/training/courses/${encodeURIComponent(c.id)}` }])),
      fields: {
        title: { label: ['Tên khóa', 'Title'] },
        skills: { label: ['Kỹ năng', 'Skills'], value: list(SKILL_LABELS) },
        audiences: { label: ['Đối tượng', 'Audience'], value: list(PARTICIPANT_TYPE_LABELS) },
        organiserUnitId: { label: ['Đơn vị tổ chức', 'Organiser'], value: unitValue },
        planTaskId: { label: ['Nhiệm vụ kế hoạch', 'Plan task'], value: async (v) => (v ? 'có liên kết' : '—') },
        budgetVnd: { label: ['Kinh phí (đồng)', 'Budget (VND)'] },
      },
    },
    training_session: {
      label: ['Buổi tập huấn', 'Training session'],
      names: async (db, ids) => new Map((await sessionTitles(db, ids)).map((s) => [s.id, { name: s.title, href: `/office/training/sessions/${encodeURIComponent(s.id)}` }])),
      fields: {
        startsAt: { label: ['Bắt đầu', 'Starts'] },
        endsAt: { label: ['Kết thúc', 'Ends'] },
        capacity: { label: ['Số chỗ', 'Capacity'] },
        isRequired: { label: ['Buổi bắt buộc', 'Required'] },
        status: { label: ['Trạng thái', 'Status'], value: labels(SESSION_STATUS_LABELS) },
        participantType: { label: ['Đối tượng', 'Participant type'], value: labels(PARTICIPANT_TYPE_LABELS) },
        via: { label: ['Cách điểm danh', 'Checked in by'], value: labels(ATTENDED_VIA_LABELS) },
        invited: { label: ['Số người được mời', 'Invited'] },
        mailed: { label: ['Số thư mời đã gửi', 'Invitations mailed'] },
        hasComment: { label: ['Có ý kiến tự do', 'Has a comment'] },
        ratings: { label: ['Điểm đánh giá', 'Ratings'], value: async (v) => (v && typeof v === 'object' ? Object.values(v as Record<string, number>).join(', ') : '—') },
      },
    },
  },
};

registerAuditVocabulary(trainingAuditVocabulary);
