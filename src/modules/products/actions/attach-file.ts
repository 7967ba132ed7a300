import { randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { safeFileName, sniffFileKind, storeFile, type FileKind } from '../../../platform/files';
import { bumpPublicContent } from '../../../platform/page-cache';
import { findLanguage, findProductForUpdate, insertStoredFile } from '../repo';
import { assertChangeable, productToEdit } from './unit-of-product';

/** Images and documents up to 10 MB; audio and video up to the upload limit of the web process (20 MB). */
const LIMITS: { kinds: FileKind[]; maxBytes: number }[] = [
  { kinds: ['png', 'jpeg', 'gif', 'webp', 'pdf'], maxBytes: 10 * 1024 * 1024 },
  { kinds: ['mp3', 'ogg', 'wav', 'm4a', 'mp4', 'webm'], maxBytes: 20 * 1024 * 1024 },
];
const ALLOWED = LIMITS.flatMap((l) => l.kinds);

/**
 * Attaches an image, a video, an audio recording or a PDF to a product, or to one of its language versions (`lang`).
 * The type is read from the bytes, never from the name; each kind has its size cap; a larger video is linked by
 * its external address instead.
 */
export async function attachProductFile(ctx: ActionContext, productId: string, file: { data: Uint8Array; fileName: string; lang?: string | null }): Promise<{ fileId: string }> {
  // the unit is checked before the bytes are written, so an officer of another unit cannot fill the file store
  await productToEdit(ctx, productId);
  // the cap of the file's real kind is checked before anything is written (storeFile checks type and size first)
  const kind = await sniffFileKind(file.data);
  const limit = LIMITS.find((l) => kind !== null && l.kinds.includes(kind));
  if (limit && file.data.byteLength > limit.maxBytes) throw new AppError('payload-too-large', `Tệp quá lớn: loại tệp này tối đa ${Math.round(limit.maxBytes / 1024 / 1024)} MB.`);
  const stored = await storeFile(file.data, { allowed: ALLOWED, maxBytes: limit?.maxBytes ?? Math.max(...LIMITS.map((l) => l.maxBytes)) });
  const fileName = safeFileName(file.fileName);
  return ctx.db.transaction(async (tx) => {
    const product = await findProductForUpdate(tx, productId);
    if (!product) throw notFound('sản phẩm');
    authorize(ctx.actor, 'products.edit', { unitId: product.unitId });
    assertChangeable(ctx.actor, product);
    let owner = { type: 'product', id: productId };
    if (file.lang) {
      const language = await findLanguage(tx, productId, file.lang);
      if (!language) throw new AppError('validation', 'Chưa có bản ngôn ngữ này; thêm bản ngôn ngữ trước khi đính kèm tệp.');
      owner = { type: 'product_language', id: language.id };
    }
    const fileId = randomUUID();
    await insertStoredFile(tx, { id: fileId, ownerType: owner.type, ownerId: owner.id, fileName, mimeType: stored.mimeType, size: stored.size, sha256: stored.sha256, storageKey: stored.storageKey, createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null });
    await recordAudit(tx, { actor: ctx.actor, action: 'products.file', subjectType: 'product', subjectId: productId, after: { fileName, size: stored.size, lang: file.lang ?? null }, requestId: ctx.requestId });
    if (product.status === 'published') bumpPublicContent();
    return { fileId };
  });
}
