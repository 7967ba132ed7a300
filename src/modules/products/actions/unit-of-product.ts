import { authorize } from '../../../platform/auth';
import type { ActionContext } from '../../../platform/context';
import { notFound } from '../../../platform/errors';
import { findProduct, type ProductRow } from '../repo';

/**
 * The product, once the actor is known to edit for its unit: an officer of another unit is refused (403) before
 * anything they sent is read, so a refusal never depends on the body (nor tells them what is wrong with it). The
 * action checks the unit again on the row it locks.
 */
export async function productToEdit(ctx: ActionContext, id: string): Promise<ProductRow> {
  authorize(ctx.actor, 'products.edit');
  const product = await findProduct(ctx.db, id);
  if (!product) throw notFound('sản phẩm');
  authorize(ctx.actor, 'products.edit', { unitId: product.unitId });
  return product;
}
