import { randomUUID } from 'node:crypto';
import { authorize } from '../../../platform/auth';
import { recordAudit } from '../../../platform/audit';
import type { ActionContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { bumpPublicContent } from '../../../platform/page-cache';
import { findProductForUpdate, insertProduct, insertVersion, updateProduct, type ProductRow } from '../repo';
import { checkProduct, snapshotOf, type ProductInput } from './check-product';
import { assertChangeable, productToEdit } from './unit-of-product';

const userId = (ctx: ActionContext) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

/** What the audit keeps of a product (titles are public-facing texts, not personal data). */
export const auditedProduct = (r: Pick<ProductRow, 'kind' | 'title' | 'policyId' | 'unitId' | 'status' | 'version' | 'channels'>) => ({ kind: r.kind, title: r.title, policyId: r.policyId, unitId: r.unitId, status: r.status, version: r.version, channels: r.channels.join(', ') });

/** Creates a product of the officer's unit as a draft (version 1). Without a policy: a Vietnamese 422, nothing saved. */
export async function createProduct(ctx: ActionContext, input: ProductInput): Promise<ProductRow> {
  authorize(ctx.actor, 'products.edit');
  const { value, errors } = await checkProduct(ctx.db, input);
  if (errors.length) throw new AppError('validation', errors.length === 1 ? errors[0]!.message : 'Thông tin sản phẩm chưa hợp lệ.', { errors });
  authorize(ctx.actor, 'products.edit', { unitId: value.unitId });
  return ctx.db.transaction(async (tx) => {
    const row = await insertProduct(tx, { id: randomUUID(), ...value, status: 'draft', version: 1, createdBy: userId(ctx) });
    await insertVersion(tx, { id: randomUUID(), productId: row.id, version: 1, snapshot: snapshotOf(row), createdBy: userId(ctx) });
    await recordAudit(tx, { actor: ctx.actor, action: 'products.create', subjectType: 'product', subjectId: row.id, after: auditedProduct(row), requestId: ctx.requestId });
    return row;
  });
}

/**
 * Edits a product: the new wording becomes the next version and the previous ones stay in the history. A published
 * product is edited by a coordinator only and stays published (the portal shows the new version), so its summary
 * stays required.
 */
export async function editProduct(ctx: ActionContext, id: string, input: ProductInput): Promise<ProductRow> {
  await productToEdit(ctx, id);
  const { value, errors } = await checkProduct(ctx.db, input);
  if (errors.length) throw new AppError('validation', errors.length === 1 ? errors[0]!.message : 'Thông tin sản phẩm chưa hợp lệ.', { errors });
  return ctx.db.transaction(async (tx) => {
    const before = await findProductForUpdate(tx, id);
    if (!before) throw notFound('sản phẩm');
    authorize(ctx.actor, 'products.edit', { unitId: before.unitId });
    authorize(ctx.actor, 'products.edit', { unitId: value.unitId });
    assertChangeable(ctx.actor, before);
    if (before.status === 'published' && !value.summary) throw new AppError('validation', 'Sản phẩm đã đăng phải có tóm tắt dễ hiểu.', { errors: [{ path: 'summary', message: 'Nhập tóm tắt dễ hiểu (tối đa 600 ký tự).' }] });
    const version = before.version + 1;
    const row = await updateProduct(tx, id, { ...value, version });
    await insertVersion(tx, { id: randomUUID(), productId: id, version, snapshot: snapshotOf(row), createdBy: userId(ctx) });
    await recordAudit(tx, { actor: ctx.actor, action: 'products.edit', subjectType: 'product', subjectId: id, before: auditedProduct(before), after: auditedProduct(row), requestId: ctx.requestId });
    if (row.status === 'published') bumpPublicContent();
    return row;
  });
}
