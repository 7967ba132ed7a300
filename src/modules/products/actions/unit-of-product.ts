import { recordOfUnit } from '../../../platform/auth';
import type { ActionContext } from '../../../platform/context';
import { findProduct, type ProductRow } from '../repo';

/** The product, once the actor may edit for its unit (recordOfUnit: refused before the body is read). */
export const productToEdit = (ctx: ActionContext, id: string): Promise<ProductRow> =>
  recordOfUnit(ctx.actor, 'products.edit', 'sản phẩm', () => findProduct(ctx.db, id), (p) => p.unitId);
