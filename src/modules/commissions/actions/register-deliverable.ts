import { randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound, type FieldError } from '../../../platform/errors';
import { normaliseUrl } from '../../../platform/feeds';
import { safeFileName, storeFile } from '../../../platform/files';
import { cleanText, isIsoDate, todayVn } from '../../../platform/text';
import { findCommissionForUpdate, insertDeliverable, insertStoredFile, linesOf, orderWithDeliverableAt, updateCommission, type DeliverableRow } from '../repo';
import { commissionOfUnit } from './unit-of-commission';

export interface DeliverableInput {
  lineId: string;
  title: string;
  url?: string | null;
  channel?: string | null;
  airedOn?: string | null;
  /** "HH:MM", Vietnam time. */
  airedAt?: string | null;
  durationMinutes?: number | null;
  publishedOn: string;
}

const MAX_FILE_BYTES = 50 * 1024 * 1024;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function checked(input: DeliverableInput, hasFile: boolean) {
  const errors: FieldError[] = [];
  const v = {
    lineId: input.lineId,
    title: cleanText(input.title ?? ''),
    url: input.url?.trim() || null,
    channel: cleanText(input.channel ?? '') || null,
    airedOn: input.airedOn || null,
    airedAt: input.airedAt?.trim() || null,
    durationMinutes: input.durationMinutes === null || input.durationMinutes === undefined || (input.durationMinutes as unknown) === '' ? null : Number(input.durationMinutes),
    publishedOn: input.publishedOn,
  };
  if (!v.title) errors.push({ path: 'title', message: 'Nhập tên tin, bài, chương trình.' });
  if (v.url) {
    let ok = false;
    try {
      ok = ['http:', 'https:'].includes(new URL(v.url).protocol);
    } catch {
      ok = false;
    }
    if (!ok) errors.push({ path: 'url', message: 'Địa chỉ đăng tải phải là một đường dẫn http(s) đầy đủ.' });
  }
  if (v.airedOn !== null && !isIsoDate(v.airedOn)) errors.push({ path: 'airedOn', message: 'Ngày phát sóng không hợp lệ.' });
  if (v.airedOn !== null && !v.channel) errors.push({ path: 'channel', message: 'Nhập kênh phát sóng.' });
  if (v.airedAt !== null && !TIME.test(v.airedAt)) errors.push({ path: 'airedAt', message: 'Giờ phát sóng theo dạng 19:45.' });
  if (v.durationMinutes !== null && (!Number.isInteger(v.durationMinutes) || v.durationMinutes <= 0 || v.durationMinutes > 24 * 60)) errors.push({ path: 'durationMinutes', message: 'Thời lượng là số phút, lớn hơn 0.' });
  if (!v.url && !v.airedOn && !hasFile) errors.push({ path: 'url', message: 'Nhập địa chỉ đăng tải, thời điểm phát sóng hoặc gửi kèm tệp sản phẩm.' });
  if (!isIsoDate(v.publishedOn)) errors.push({ path: 'publishedOn', message: 'Ngày đăng, phát không hợp lệ.' });
  else if (v.publishedOn > todayVn()) errors.push({ path: 'publishedOn', message: 'Ngày đăng, phát không được sau hôm nay.' });
  if (errors.length) throw new AppError('validation', errors.length === 1 ? errors[0]!.message : 'Thông tin sản phẩm giao chưa hợp lệ.', { errors });
  return v;
}

/**
 * Registers an item the press agency delivered against a line of a signed order (DH-04 DELIVERED): where it was
 * published or aired, or its file (type checked by content). The first item moves the order to "delivered".
 */
export async function registerDeliverable(ctx: ActionContext, id: string, input: DeliverableInput, file?: { data: Uint8Array; fileName: string } | null): Promise<DeliverableRow> {
  await commissionOfUnit(ctx, id, 'commissions.deliver');
  const v = checked(input, Boolean(file));
  const stored = file ? await storeFile(file.data, { allowed: ['pdf', 'docx', 'png', 'jpeg', 'gif', 'webp'], maxBytes: MAX_FILE_BYTES }) : null;
  return ctx.db.transaction(async (tx) => {
    const c = await findCommissionForUpdate(tx, id);
    if (!c) throw notFound('đơn đặt hàng');
    authorize(ctx.actor, 'commissions.deliver', { unitId: c.ordererUnitId });
    if (!['ordered', 'delivered', 'accepted'].includes(c.status)) throw new AppError('conflict', c.status === 'planned' || c.status === 'approved' ? 'Đơn đặt hàng chưa được ký; chưa ghi nhận sản phẩm giao được.' : 'Đơn đặt hàng đã kết thúc; không ghi nhận thêm sản phẩm.');
    const line = (await linesOf(tx, [id])).find((l) => l.id === v.lineId);
    if (!line) throw new AppError('validation', 'Chọn một sản phẩm của đơn đặt hàng.', { errors: [{ path: 'lineId', message: 'Chọn một sản phẩm của đơn đặt hàng.' }] });
    if (c.signedOn && v.publishedOn < c.signedOn) throw new AppError('validation', 'Ngày đăng, phát không được trước ngày ký đặt hàng.', { errors: [{ path: 'publishedOn', message: 'Ngày đăng, phát không được trước ngày ký đặt hàng.' }] });
    // one published article is one product: the same address (tracking parameters aside) is never delivered twice
    const urlKey = v.url ? normaliseUrl(v.url).slice(0, 2_000) : null;
    const already = urlKey ? await orderWithDeliverableAt(tx, urlKey) : null;
    if (already) {
      const message = `Sản phẩm tại địa chỉ này đã được ghi nhận cho đơn đặt hàng số ${already.refNo} “${already.title}”; mỗi tin, bài chỉ được ghi nhận một lần.`;
      throw new AppError('conflict', message, { errors: [{ path: 'url', message }] });
    }
    let fileId: string | null = null;
    const deliverableId = randomUUID();
    if (stored && file) {
      fileId = randomUUID();
      await insertStoredFile(tx, { id: fileId, ownerType: 'press_commission_deliverable', ownerId: deliverableId, fileName: safeFileName(file.fileName), mimeType: stored.mimeType, size: stored.size, sha256: stored.sha256, storageKey: stored.storageKey, createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null });
    }
    const row = await insertDeliverable(tx, { id: deliverableId, commissionId: id, ...v, urlKey, fileId, createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null });
    if (c.status === 'ordered') await updateCommission(tx, id, { status: 'delivered' });
    await recordAudit(tx, { actor: ctx.actor, action: 'commissions.deliver', subjectType: 'press_commission', subjectId: id, before: { status: c.status }, after: { status: c.status === 'ordered' ? 'delivered' : c.status, productType: line.productType, publishedOn: v.publishedOn, hasUrl: v.url !== null, airedOn: v.airedOn, hasFile: fileId !== null }, requestId: ctx.requestId });
    return row;
  });
}
