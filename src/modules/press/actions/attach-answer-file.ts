import { randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { safeFileName, storeFile } from '../../../platform/files';
import { findInquiryForUpdate, insertStoredFile, updateInquiry, type InquiryRow } from '../repo';

const MAX_BYTES = 20 * 1024 * 1024;

/**
 * Attaches the file sent with the answer (the document provided, a written reply; type checked by content) to an
 * open inquiry, by whoever may answer it; a second file replaces the first until the inquiry is answered.
 */
export async function attachAnswerFile(ctx: ActionContext, id: string, file: { data: Uint8Array; fileName: string }): Promise<InquiryRow> {
  authorize(ctx.actor, 'press.answer');
  const stored = await storeFile(file.data, { allowed: ['pdf', 'docx', 'xlsx', 'png', 'jpeg', 'zip'], maxBytes: MAX_BYTES });
  const fileName = safeFileName(file.fileName);
  return ctx.db.transaction(async (tx) => {
    const inquiry = await findInquiryForUpdate(tx, id);
    if (!inquiry) throw notFound('yêu cầu');
    authorize(ctx.actor, 'press.answer', { unitId: inquiry.unitId });
    if (inquiry.status === 'answered' || inquiry.status === 'refused') throw new AppError('conflict', 'Yêu cầu này đã được trả lời hoặc từ chối; không thêm tệp được.');
    const fileId = randomUUID();
    await insertStoredFile(tx, { id: fileId, ownerType: 'press_inquiry', ownerId: id, fileName, mimeType: stored.mimeType, size: stored.size, sha256: stored.sha256, storageKey: stored.storageKey, createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null });
    const row = await updateInquiry(tx, id, { answerFileId: fileId });
    await recordAudit(tx, { actor: ctx.actor, action: 'press.inquiry.attach', subjectType: 'press_inquiry', subjectId: id, after: { fileName, size: stored.size }, requestId: ctx.requestId });
    return row;
  });
}
