import { codeValue, registerAuditVocabulary, type AuditVocabulary } from '../../platform/audit';
import { getDirectory } from '../organisations';
import { ORIGIN_LABELS, ROLE_LABELS, SEVERITY_LABELS, STATEMENT_KIND_LABELS, STATUS_LABELS } from './labels';
import { crisesByIds, userNames } from './repo';

const vi = (record: Record<string | number, string>) => codeValue(record);

/** How the audit log names what the crisis module records (the crisis's own timeline is its incident log). */
export const crisesAuditVocabulary: AuditVocabulary = {
  actions: {
    'crises.open': ['Mở sự cố truyền thông', 'Opened a crisis'],
    'crises.status': ['Chuyển trạng thái sự cố', 'Changed a crisis status'],
    'crises.severity': ['Đổi mức độ sự cố', 'Changed a crisis severity'],
    'crises.items': ['Liên kết tin với sự cố', 'Linked items to a crisis'],
    'crises.note': ['Ghi chép diễn biến sự cố', 'Added a crisis note'],
    'crises.member': ['Phân công tổ công tác', 'Changed the working group'],
    'crises.roster': ['Thêm ca trực', 'Added an on-call shift'],
    'crises.task.add': ['Giao nhiệm vụ xử lý sự cố', 'Added a crisis task'],
    'crises.task.done': ['Hoàn thành nhiệm vụ xử lý sự cố', 'Completed a crisis task'],
    'crises.statement.draft': ['Soạn thông cáo', 'Drafted a statement'],
    'crises.statement.approve': ['Duyệt thông cáo', 'Approved a statement'],
    'crises.statement.publish': ['Công bố thông cáo', 'Published a statement'],
    'crises.statement.withdraw': ['Thu hồi thông cáo', 'Withdrew a statement'],
    'crises.notify': ['Thông báo cho nhóm mạng lưới', 'Notified the network group'],
    'crises.reminder': ['Nhắc việc xử lý sự cố', 'Sent a crisis reminder'],
    'crises.review': ['Lập báo cáo rút kinh nghiệm', 'Wrote the after-action review'],
    'crises.close': ['Đóng sự cố', 'Closed a crisis'],
  },
  subjects: {
    crisis: {
      label: ['Sự cố truyền thông', 'Communication crisis'],
      names: async (db, ids) => new Map((await crisesByIds(db, ids)).map((c) => [c.id, { name: `Sự cố số ${c.refNo} — ${c.title}`, href: `/office/crises/${encodeURIComponent(c.id)}` }])),
      fields: {
        origin: { label: ['Nguồn', 'Origin'], value: vi(ORIGIN_LABELS) },
        severity: { label: ['Mức độ', 'Severity'], value: vi(SEVERITY_LABELS) },
        status: { label: ['Trạng thái', 'Status'], value: vi(STATUS_LABELS) },
        unitId: { label: ['Đơn vị liên quan', 'Unit'], value: async (v, ctx) => (v ? ((await getDirectory(ctx.db)).unit(String(v))?.name ?? 'đơn vị không rõ') : '—') },
        detectedAt: { label: ['Thời điểm phát hiện', 'Detected at'] },
        items: { label: ['Số tin', 'Items'] },
        role: { label: ['Vai trò', 'Role'], value: vi(ROLE_LABELS) },
        userId: { label: ['Người', 'Person'], value: async (v, ctx) => (typeof v === 'string' ? ((await userNames(ctx.db, [v])).get(v) ?? '—') : '—') },
        ownerUserId: { label: ['Người chịu trách nhiệm', 'Owner'], value: async (v, ctx) => (typeof v === 'string' ? ((await userNames(ctx.db, [v])).get(v) ?? '—') : '—') },
        ownerUnitId: { label: ['Đơn vị chịu trách nhiệm', 'Owning unit'], value: async (v, ctx) => (v ? ((await getDirectory(ctx.db)).unit(String(v))?.name ?? '—') : '—') },
        startsAt: { label: ['Bắt đầu', 'Starts'] },
        endsAt: { label: ['Kết thúc', 'Ends'] },
        dueAt: { label: ['Hạn', 'Due'] },
        onTime: { label: ['Đúng hạn', 'On time'] },
        kind: { label: ['Loại thông cáo', 'Statement kind'], value: vi(STATEMENT_KIND_LABELS) },
        version: { label: ['Phiên bản', 'Version'] },
        step: { label: ['Bước duyệt', 'Step'], value: vi({ spokesperson: 'Người phát ngôn', head: 'Lãnh đạo' }) },
        first: { label: ['Thông cáo đầu tiên', 'First statement'] },
        groupId: { label: ['Nhóm mạng lưới', 'Network group'] },
        reminder: { label: ['Nhắc việc', 'Reminder'] },
        followups: { label: ['Số việc tiếp theo', 'Follow-ups'] },
      },
    },
  },
};

registerAuditVocabulary(crisesAuditVocabulary);
