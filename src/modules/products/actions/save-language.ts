import { randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound, type FieldError } from '../../../platform/errors';
import { bumpPublicContent } from '../../../platform/page-cache';
import { cleanText } from '../../../platform/text';
import { isLanguage, SUMMARY_MAX, type LanguageCode } from '../labels';
import { findLanguage, findProductForUpdate, upsertLanguage, type LanguageRow } from '../repo';
import { assertChangeable, productToEdit } from './unit-of-product';

export interface LanguageInput {
  lang: LanguageCode;
  title: string;
  summary?: string;
  body?: string;
  translator?: string | null;
}

/**
 * Adds or replaces the version of a product in another language (English, an ethnic-minority language): its own
 * title, plain-language summary, text and translator. Only the codes of the list are accepted, so the portal's
 * `lang` attribute is always a real language tag.
 */
export async function saveLanguage(ctx: ActionContext, productId: string, input: LanguageInput): Promise<LanguageRow> {
  await productToEdit(ctx, productId);
  const v = {
    lang: input.lang,
    title: cleanText(input.title ?? ''),
    summary: (input.summary ?? '').normalize('NFC').trim(),
    body: (input.body ?? '').normalize('NFC').replace(/\r\n?/g, '\n').trim(),
    translator: input.translator ? cleanText(input.translator) || null : null,
  };
  const errors: FieldError[] = [];
  if (!isLanguage(v.lang)) errors.push({ path: 'lang', message: 'Chọn ngôn ngữ trong danh sách.' });
  if (!v.title) errors.push({ path: 'title', message: 'Nhập tên sản phẩm bằng ngôn ngữ này.' });
  if (v.summary.length > SUMMARY_MAX) errors.push({ path: 'summary', message: `Tóm tắt dài tối đa ${SUMMARY_MAX} ký tự.` });
  if (errors.length) throw new AppError('validation', errors.length === 1 ? errors[0]!.message : 'Bản ngôn ngữ chưa hợp lệ.', { errors });
  return ctx.db.transaction(async (tx) => {
    const product = await findProductForUpdate(tx, productId);
    if (!product) throw notFound('sản phẩm');
    authorize(ctx.actor, 'products.edit', { unitId: product.unitId });
    assertChangeable(ctx.actor, product);
    // a version read on the portal carries its plain-language summary, as the Vietnamese one does
    if (product.status === 'published' && !v.summary) throw new AppError('validation', 'Sản phẩm đã đăng: bản ngôn ngữ này cần có tóm tắt dễ hiểu.', { errors: [{ path: 'summary', message: 'Nhập tóm tắt dễ hiểu.' }] });
    const before = await findLanguage(tx, productId, v.lang);
    const row = await upsertLanguage(tx, { id: before?.id ?? randomUUID(), productId, ...v, createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null });
    // the translator's name is kept on the record, not in the audit (personal data)
    await recordAudit(tx, { actor: ctx.actor, action: before ? 'products.language.edit' : 'products.language.add', subjectType: 'product', subjectId: productId, before: before ? { lang: before.lang, title: before.title } : undefined, after: { lang: row.lang, title: row.title }, requestId: ctx.requestId });
    if (product.status === 'published') bumpPublicContent();
    return row;
  });
}
