import type { Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { getPressAgency, type PressAgency } from '../press';

/**
 * The press agency an order goes to, from the press module's directory (never a second list here), valid on `on`
 * (its first day to its last, inclusive). An unknown or ended agency is a Vietnamese 422 on the `supplierId` field.
 */
export async function supplierOn(db: Executor, supplierId: string, on: string): Promise<PressAgency> {
  const agency = supplierId ? await getPressAgency(db, supplierId) : null;
  if (!agency) throw new AppError('validation', 'Không có cơ quan báo chí này trong danh bạ báo chí.', { errors: [{ path: 'supplierId', message: 'Chọn một cơ quan báo chí trong danh bạ.' }] });
  if (agency.validFrom > on || (agency.validTo !== null && agency.validTo < on)) {
    throw new AppError('validation', `${agency.name} không còn hoạt động vào ngày bắt đầu đặt hàng.`, { errors: [{ path: 'supplierId', message: 'Cơ quan báo chí không hoạt động trong thời gian đặt hàng.' }] });
  }
  return agency;
}
