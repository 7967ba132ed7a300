import { can, recordOfUnit, type Actor } from '../../../platform/auth';
import type { ActionContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors';
import { findProduct, type ProductRow } from '../repo';

/**
 * A product on the portal is changed only by those who may publish (coordinators): an officer's edit would go live
 * unreviewed. The officer asks a coordinator to withdraw it, edits, and it is published again.
 */
export function assertChangeable(actor: Actor, product: Pick<ProductRow, 'status'>): void {
  if (product.status === 'published' && !can(actor, 'products.publish')) {
    throw new AppError('forbidden', 'Sản phẩm đang đăng trên cổng thông tin: chỉ điều phối viên sửa được. Đề nghị điều phối viên gỡ xuống để sửa, rồi đăng lại.');
  }
}

/** The product, once the actor may edit for its unit (recordOfUnit: refused before the body is read) and may change it now. */
export async function productToEdit(ctx: ActionContext, id: string): Promise<ProductRow> {
  const product = await recordOfUnit(ctx.actor, 'products.edit', 'sản phẩm', () => findProduct(ctx.db, id), (p) => p.unitId);
  assertChangeable(ctx.actor, product);
  return product;
}
