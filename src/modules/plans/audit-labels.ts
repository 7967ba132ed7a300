import { codeValue, plainValue, type AuditVocabulary, type Label, type ValueContext, registerAuditVocabulary } from '../../platform/audit';
import { getDirectory } from '../organisations';
import { periodLabel } from './periods';
import { plansByIds, reportsByIds, tasksByIds } from './repo-audit';

const STATUS_LABELS: Record<string, Label> = {
  not_started: ['Chưa bắt đầu', 'Not started'],
  in_progress: ['Đang thực hiện', 'In progress'],
  done: ['Hoàn thành', 'Done'],
  overdue: ['Quá hạn', 'Overdue'],
  blocked: ['Vướng mắc', 'Blocked'],
};
const REVIEW_LABELS: Record<string, Label> = {
  submitted: ['Chờ xem xét', 'Awaiting review'],
  accepted: ['Đã chấp nhận', 'Accepted'],
  returned: ['Bị trả lại', 'Returned'],
};

async function unitValue(value: unknown, ctx: ValueContext): Promise<string> {
  if (value === null || value === undefined) return '—';
  return (await getDirectory(ctx.db)).unit(String(value))?.name ?? (ctx.lang === 'en' ? 'unknown unit' : 'đơn vị không rõ');
}

async function taskValue(value: unknown, ctx: ValueContext): Promise<string> {
  const [task] = await tasksByIds(ctx.db, typeof value === 'string' ? [value] : []);
  return task ? `${task.code}. ${task.title}` : plainValue(null, ctx.lang);
}

const planHref = (planId: string) => `/office/plans/${encodeURIComponent(planId)}`;

/** How the audit log names what the plans module records. */
export const plansAuditVocabulary: AuditVocabulary = {
  actions: {
    'plan.import': ['Nhập kế hoạch', 'Imported a plan'],
    'plan.reminder': ['Nhắc hạn nhiệm vụ', 'Sent a deadline reminder'],
    'plan.report.submit': ['Gửi báo cáo tiến độ', 'Submitted a progress report'],
    'plan.report.accept': ['Chấp nhận báo cáo tiến độ', 'Accepted a progress report'],
    'plan.report.return': ['Trả lại báo cáo tiến độ', 'Returned a progress report'],
    'plan.report.attach': ['Đính kèm tệp minh chứng', 'Attached an evidence file'],
    'plan.report.export': ['Tải báo cáo kết quả thực hiện', 'Downloaded the results report'],
    'plan.task.due': ['Đặt hạn nhiệm vụ', 'Set a task’s due date'],
  },
  subjects: {
    plan: {
      label: ['Kế hoạch', 'Plan'],
      names: async (db, ids) => new Map((await plansByIds(db, ids)).map((p) => [p.id, { name: p.number ? `${p.number} — ${p.title}` : p.title, href: planHref(p.id) }])),
      fields: {
        number: { label: ['Số, ký hiệu', 'Number'] },
        title: { label: ['Tên kế hoạch', 'Title'] },
        tasks: { label: ['Số nhiệm vụ', 'Tasks'] },
        assignments: { label: ['Số lượt giao nhiệm vụ', 'Assignments'] },
        aliasesLearned: { label: ['Tên gọi đã ghi nhớ', 'Names remembered'] },
        ignored: { label: ['Tên bỏ qua', 'Names ignored'] },
        format: { label: ['Tệp', 'File'], value: codeValue({ docx: ['Báo cáo (Word)', 'Report (Word)'], xlsx: ['Phụ lục (Excel)', 'Annex (Excel)'] }) },
      },
    },
    plan_task: {
      label: ['Nhiệm vụ', 'Task'],
      names: async (db, ids) => new Map((await tasksByIds(db, ids)).map((t) => [t.id, { name: `${t.code}. ${t.title}`, href: `${planHref(t.planId)}#task-${t.id}` }])),
      fields: {
        unitId: { label: ['Đơn vị', 'Unit'], value: unitValue },
        dueOn: { label: ['Hạn', 'Due on'] },
        daysBefore: { label: ['Số ngày trước hạn', 'Days before the deadline'] },
        reason: { label: ['Lý do', 'Reason'] },
      },
    },
    progress_report: {
      label: ['Báo cáo tiến độ', 'Progress report'],
      names: async (db, ids) => {
        const rows = await reportsByIds(db, ids);
        const dir = await getDirectory(db);
        return new Map(rows.map((r) => [r.id, { name: `${r.code} · ${dir.unit(r.unitId)?.name ?? ''} · ${periodLabel(r.period)}`, href: `${planHref(r.planId)}#report-${r.id}` }]));
      },
      fields: {
        taskId: { label: ['Nhiệm vụ', 'Task'], value: taskValue },
        unitId: { label: ['Đơn vị', 'Unit'], value: unitValue },
        period: { label: ['Kỳ báo cáo', 'Period'], value: (v) => periodLabel(String(v ?? '')) },
        status: { label: ['Tình trạng', 'Progress'], value: codeValue(STATUS_LABELS) },
        state: { label: ['Xem xét', 'Review'], value: codeValue(REVIEW_LABELS) },
        comment: { label: ['Nhận xét', 'Comment'] },
        fileName: { label: ['Tệp', 'File'] },
        size: { label: ['Dung lượng (byte)', 'Size (bytes)'] },
      },
    },
  },
};

// registered when the composition root imports this file (src/bootstrap.ts), like the policy rules
registerAuditVocabulary(plansAuditVocabulary);
