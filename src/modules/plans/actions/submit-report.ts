import { randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { ruleAt } from '../../../platform/rules';
import { cleanText } from '../../../platform/text';
import { INDICATORS } from '../indicators';
import { periodsOfYear } from '../periods';
import { assignmentsOfTask, findTask, insertReport, type ReportRow } from '../repo';

export interface ReportInput {
  unitId: string;
  period: string;
  status: 'not_started' | 'in_progress' | 'done' | 'blocked';
  narrative: string;
  indicators: Record<string, number>;
  evidenceLinks: string[];
}

/** A unit reports progress on one of its tasks for a period; the coordinator reviews it afterwards. */
export async function submitReport(ctx: ActionContext, taskId: string, input: ReportInput): Promise<ReportRow> {
  authorize(ctx.actor, 'plans.report', { unitId: input.unitId });
  const task = await findTask(ctx.db, taskId);
  if (!task) throw notFound('nhiệm vụ');
  const assigned = (await assignmentsOfTask(ctx.db, taskId)).some((a) => a.unitId === input.unitId);
  if (!assigned) throw new AppError('forbidden', 'Đơn vị này không được giao nhiệm vụ này.');
  const codes = await ruleAt<string[]>(ctx.db, 'plan.report.periods', `${task.planYear}-01-01`);
  if (!periodsOfYear(task.planYear, codes).some((p) => p.key === input.period)) {
    throw new AppError('validation', `Kỳ báo cáo không hợp lệ: ${input.period}.`, { errors: [{ path: 'period', message: 'Kỳ báo cáo không thuộc năm của kế hoạch.' }] });
  }
  const narrative = cleanText(input.narrative);
  if (!narrative) throw new AppError('validation', 'Nội dung kết quả không được để trống.', { errors: [{ path: 'narrative', message: 'Không được để trống.' }] });
  for (const [code, value] of Object.entries(input.indicators)) {
    const indicator = INDICATORS.find((i) => i.code === code);
    if (!indicator || !Number.isFinite(value) || value < 0) {
      throw new AppError('validation', `Có chỉ tiêu không hợp lệ: ${indicator?.label ?? 'chỉ tiêu không có trong danh mục'} (phải là số không âm).`, { errors: [{ path: `indicators.${code}`, message: 'Giá trị không hợp lệ.' }] });
    }
    if (indicator.whole && !Number.isInteger(value)) {
      throw new AppError('validation', `Chỉ tiêu “${indicator.label}” đếm số ${indicator.unit}, phải là số nguyên.`, { errors: [{ path: `indicators.${code}`, message: `Nhập số nguyên (số ${indicator.unit}).` }] });
    }
  }
  const links = input.evidenceLinks.map((l) => l.trim()).filter(Boolean);
  const badLink = links.find((l) => !/^https?:\/\/\S+$/i.test(l));
  if (badLink) throw new AppError('validation', `Đường dẫn minh chứng không hợp lệ: ${badLink}`, { errors: [{ path: 'evidenceLinks', message: 'Chỉ nhận địa chỉ http(s).' }] });
  const row: ReportRow = {
    id: randomUUID(),
    taskId,
    unitId: input.unitId,
    period: input.period,
    status: input.status,
    narrative,
    indicators: input.indicators,
    evidenceLinks: links,
    state: 'submitted',
    submittedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : 'system',
    submittedAt: new Date().toISOString(),
    reviewedBy: null,
    reviewedAt: null,
    reviewComment: null,
  };
  await ctx.db.transaction(async (tx) => {
    await insertReport(tx, row);
    await recordAudit(tx, { actor: ctx.actor, action: 'plan.report.submit', subjectType: 'progress_report', subjectId: row.id, after: { taskId, unitId: row.unitId, period: row.period, status: row.status }, requestId: ctx.requestId });
  });
  return row;
}
