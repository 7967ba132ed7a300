import { codeValue, plainValue, registerAuditVocabulary, type AuditVocabulary, type ValueContext } from '../../platform/audit';
import { getDirectory } from '../organisations';
import { getPressAgency } from './agencies';
import { CHANNEL_LABELS, COMPLEXITY_LABELS, INQUIRY_KIND_LABELS, REFUSAL_GROUND_INFO, SPOKESPERSON_KIND_LABELS, STATUS_LABELS, type Label } from './labels';
import { inquiriesByIds, spokespeopleByIds, userNames } from './repo';

async function unitValue(value: unknown, ctx: ValueContext): Promise<string> {
  if (value === null || value === undefined) return '—';
  return (await getDirectory(ctx.db)).unit(String(value))?.name ?? (ctx.lang === 'en' ? 'unknown unit' : 'đơn vị không rõ');
}

async function agencyValue(value: unknown, ctx: ValueContext): Promise<string> {
  if (typeof value !== 'string') return plainValue(null, ctx.lang);
  return (await getPressAgency(ctx.db, value))?.name ?? (ctx.lang === 'en' ? 'unknown press agency' : 'cơ quan báo chí không rõ');
}

async function userValue(value: unknown, ctx: ValueContext): Promise<string> {
  if (typeof value !== 'string') return plainValue(null, ctx.lang);
  return (await userNames(ctx.db, [value])).get(value) ?? plainValue(null, ctx.lang);
}

const labels = (record: Record<string, Label>) => codeValue(record);
const grounds = Object.fromEntries(Object.entries(REFUSAL_GROUND_INFO).map(([k, g]) => [k, g.label])) as Record<string, Label>;

/** How the audit log names what the press module records (the inquiry's timeline is read from it). */
export const pressAuditVocabulary: AuditVocabulary = {
  actions: {
    'press.spokesperson.create': ['Thêm người phát ngôn', 'Added a spokesperson'],
    'press.spokesperson.edit': ['Sửa thông tin người phát ngôn', 'Changed a spokesperson'],
    'press.spokesperson.end': ['Kết thúc việc giao phát ngôn', 'Ended a spokesperson assignment'],
    'press.inquiry.receive': ['Tiếp nhận yêu cầu', 'Received an inquiry'],
    'press.inquiry.assign': ['Giao trả lời yêu cầu', 'Assigned an inquiry'],
    'press.inquiry.extend': ['Gia hạn trả lời', 'Extended the deadline'],
    'press.inquiry.answer': ['Trả lời yêu cầu', 'Answered an inquiry'],
    'press.inquiry.attach': ['Đính kèm tệp trả lời', 'Attached an answer file'],
    'press.inquiry.refuse': ['Từ chối yêu cầu', 'Refused an inquiry'],
    'press.inquiry.overdue': ['Báo yêu cầu quá hạn', 'Reported an overdue inquiry'],
    'press.inquiry.notice': ['Ghi nhận đã gửi thông báo thời hạn giải quyết', 'Recorded the notice of the handling time'],
    'press.inquiry.noticeLate': ['Báo chưa gửi thông báo thời hạn giải quyết', 'Reported a late notice of the handling time'],
  },
  subjects: {
    press_spokesperson: {
      label: ['Người phát ngôn', 'Spokesperson'],
      names: async (db, ids) => new Map((await spokespeopleByIds(db, ids)).map((s) => [s.assignmentId, { name: s.personName, href: `/office/press/spokespeople/${encodeURIComponent(s.assignmentId)}` }])),
      fields: {
        unitId: { label: ['Đơn vị', 'Unit'], value: unitValue },
        kind: { label: ['Loại', 'Kind'], value: labels(SPOKESPERSON_KIND_LABELS) },
        title: { label: ['Chức vụ', 'Title'] },
        validFrom: { label: ['Từ ngày', 'From'] },
        validTo: { label: ['Đến ngày', 'To'] },
        decisionRef: { label: ['Văn bản giao, ủy quyền', 'Decision'] },
        scope: { label: ['Nội dung được ủy quyền', 'Matter'] },
        version: { label: ['Phiên bản', 'Version'] },
        endReason: { label: ['Lý do kết thúc', 'Reason for ending'] },
      },
    },
    press_inquiry: {
      label: ['Yêu cầu (báo chí, công dân)', 'Inquiry'],
      names: async (db, ids) => new Map((await inquiriesByIds(db, ids)).map((r) => [r.id, { name: `Số ${r.refNo} — ${r.subject}`, href: `/office/press/inquiries/${encodeURIComponent(r.id)}` }])),
      fields: {
        kind: { label: ['Loại', 'Kind'], value: labels(INQUIRY_KIND_LABELS) },
        complexity: { label: ['Mức độ', 'Complexity'], value: labels(COMPLEXITY_LABELS) },
        channel: { label: ['Hình thức tiếp nhận', 'Channel'], value: labels(CHANNEL_LABELS) },
        receivedOn: { label: ['Ngày nhận', 'Received on'] },
        agencyUnitId: { label: ['Cơ quan báo chí (đơn vị)', 'Press agency (unit)'], value: unitValue },
        pressAgencyId: { label: ['Cơ quan báo chí', 'Press agency'], value: agencyValue },
        unitId: { label: ['Đơn vị trả lời', 'Answering unit'], value: unitValue },
        officerId: { label: ['Cán bộ trả lời', 'Answering officer'], value: userValue },
        dueOn: { label: ['Hạn trả lời', 'Due on'] },
        status: { label: ['Tình trạng', 'Status'], value: labels(STATUS_LABELS) },
        days: { label: ['Số ngày làm việc gia hạn', 'Working days added'] },
        reason: { label: ['Lý do', 'Reason'] },
        closedOn: { label: ['Ngày trả lời', 'Answered on'] },
        onTime: { label: ['Đúng hạn', 'On time'] },
        refusalGround: { label: ['Căn cứ từ chối', 'Ground for refusal'], value: labels(grounds) },
        notified: { label: ['Số người được báo', 'People notified'] },
        noticeSentOn: { label: ['Ngày gửi thông báo thời hạn', 'Notice sent on'] },
        noticeRef: { label: ['Số văn bản thông báo', 'Notice reference'] },
        noticeLate: { label: ['Thông báo muộn', 'Notice late'] },
        noticeDueOn: { label: ['Hạn gửi thông báo', 'Notice due on'] },
        fileName: { label: ['Tệp', 'File'] },
        size: { label: ['Dung lượng (byte)', 'Size (bytes)'] },
      },
    },
  },
};

// registered when the composition root imports this file (src/bootstrap.ts), like the policy rules
registerAuditVocabulary(pressAuditVocabulary);
