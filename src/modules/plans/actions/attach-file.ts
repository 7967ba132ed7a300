import { randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { safeFileName, storeFile } from '../../../platform/files';
import { findReport, insertFile } from '../repo';

const MAX_BYTES = 10 * 1024 * 1024;

/** Attaches an evidence file (PDF, DOCX, XLSX, image; type checked by content) to a report of one's own unit. */
export async function attachReportFile(ctx: ActionContext, reportId: string, file: { data: Uint8Array; fileName: string }): Promise<{ id: string; fileName: string; size: number }> {
  const report = await findReport(ctx.db, reportId);
  if (!report) throw notFound('báo cáo');
  authorize(ctx.actor, 'plans.report', { unitId: report.unitId });
  if (report.state === 'accepted') throw new AppError('conflict', 'Báo cáo đã được chấp nhận; không thể thêm tệp.');
  const stored = await storeFile(file.data, { allowed: ['pdf', 'docx', 'xlsx', 'png', 'jpeg', 'gif', 'webp'], maxBytes: MAX_BYTES });
  const id = randomUUID();
  const fileName = safeFileName(file.fileName);
  await ctx.db.transaction(async (tx) => {
    await insertFile(tx, { id, ownerType: 'progress_report', ownerId: reportId, fileName, mimeType: stored.mimeType, size: stored.size, sha256: stored.sha256, storageKey: stored.storageKey, createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null });
    await recordAudit(tx, { actor: ctx.actor, action: 'plan.report.attach', subjectType: 'progress_report', subjectId: reportId, after: { fileId: id, fileName, size: stored.size, sha256: stored.sha256 }, requestId: ctx.requestId });
  });
  return { id, fileName, size: stored.size };
}
