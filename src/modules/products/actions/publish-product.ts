import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { now } from '../../../platform/clock';
import { bumpPublicContent } from '../../../platform/page-cache';
import { cleanText } from '../../../platform/text';
import { LANGUAGE_LABELS, type LanguageCode } from '../labels';
import { findProductForUpdate, languagesOf, updateProduct, type ProductRow } from '../repo';

/**
 * Publishes a draft (or a withdrawn product again) on the portal's gallery. The Vietnamese version must carry its
 * plain-language summary (tóm tắt dễ hiểu): a published product is read by people, not by the office.
 */
export async function publishProduct(ctx: ActionContext, id: string): Promise<ProductRow> {
  authorize(ctx.actor, 'products.publish');
  return ctx.db.transaction(async (tx) => {
    const before = await findProductForUpdate(tx, id);
    if (!before) throw notFound('sản phẩm');
    if (before.status === 'published') throw new AppError('conflict', 'Sản phẩm này đã được đăng.');
    if (!before.summary.trim()) throw new AppError('validation', 'Chưa đăng được: sản phẩm cần có tóm tắt dễ hiểu (tối đa 600 ký tự) trước khi đăng.', { errors: [{ path: 'summary', message: 'Nhập tóm tắt dễ hiểu.' }] });
    const unsummarised = (await languagesOf(tx, [id])).filter((l) => !l.summary.trim());
    if (unsummarised.length) {
      const names = unsummarised.map((l) => LANGUAGE_LABELS[l.lang as LanguageCode]?.[0] ?? l.lang).join(', ');
      throw new AppError('validation', `Chưa đăng được: bản ${names} chưa có tóm tắt dễ hiểu.`, { errors: [{ path: 'languages', message: `Nhập tóm tắt dễ hiểu cho bản ${names}.` }] });
    }
    const row = await updateProduct(tx, id, { status: 'published', publishedAt: now().toISOString(), withdrawnAt: null, withdrawReason: null });
    await recordAudit(tx, { actor: ctx.actor, action: 'products.publish', subjectType: 'product', subjectId: id, before: { status: before.status }, after: { status: row.status }, requestId: ctx.requestId });
    bumpPublicContent();
    return row;
  });
}

/** Takes a published product off the portal, with the reason (kept; the product and its history stay). */
export async function withdrawProduct(ctx: ActionContext, id: string, input: { reason: string }): Promise<ProductRow> {
  authorize(ctx.actor, 'products.publish');
  const reason = cleanText(input.reason ?? '');
  if (!reason) throw new AppError('validation', 'Nhập lý do gỡ sản phẩm.', { errors: [{ path: 'reason', message: 'Nhập lý do gỡ sản phẩm.' }] });
  return ctx.db.transaction(async (tx) => {
    const before = await findProductForUpdate(tx, id);
    if (!before) throw notFound('sản phẩm');
    if (before.status !== 'published') throw new AppError('conflict', 'Chỉ gỡ được sản phẩm đang đăng.');
    const row = await updateProduct(tx, id, { status: 'withdrawn', withdrawnAt: now().toISOString(), withdrawReason: reason });
    await recordAudit(tx, { actor: ctx.actor, action: 'products.withdraw', subjectType: 'product', subjectId: id, before: { status: before.status }, after: { status: row.status, reason }, requestId: ctx.requestId });
    bumpPublicContent();
    return row;
  });
}
