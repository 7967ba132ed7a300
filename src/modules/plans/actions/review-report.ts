import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { cleanText } from '../../../platform/text';
import { findReport, updateReportReview, type ReportRow } from '../repo';

/** A coordinator (or an approver of the reporting unit) accepts a submitted report, or returns it with a comment saying what to fix. */
export async function reviewReport(ctx: ActionContext, reportId: string, decision: 'accept' | 'return', comment: string | null): Promise<ReportRow> {
  authorize(ctx.actor, 'plans.review');
  const text = comment ? cleanText(comment) : '';
  if (decision === 'return' && !text) {
    throw new AppError('validation', 'Khi trả lại báo cáo cần ghi rõ lý do.', { errors: [{ path: 'comment', message: 'Nhập lý do trả lại.' }] });
  }
  return ctx.db.transaction(async (tx) => {
    const report = await findReport(tx, reportId);
    if (!report) throw notFound('báo cáo');
    // the reviewer of this report's unit: any coordinator, or an approver of that unit
    authorize(ctx.actor, 'plans.review', { unitId: report.unitId });
    if (report.state !== 'submitted') throw new AppError('conflict', 'Báo cáo này đã được xem xét.');
    const state = decision === 'accept' ? 'accepted' : 'returned';
    const reviewedBy = ctx.actor.kind === 'user' ? ctx.actor.userId : 'system';
    await updateReportReview(tx, reportId, { state, reviewedBy, reviewComment: text || null });
    await recordAudit(tx, { actor: ctx.actor, action: `plan.report.${decision}`, subjectType: 'progress_report', subjectId: reportId, before: { state: report.state }, after: { state, comment: text || null }, requestId: ctx.requestId });
    return { ...report, state, reviewedBy, reviewComment: text || null, reviewedAt: new Date().toISOString() };
  });
}
