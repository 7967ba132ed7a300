import type { Executor } from '../../platform/db';
import { addDays, formatDateVi } from '../../platform/text';
import { PRODUCT_TYPE_LABELS, type ProductType } from './labels';
import { findServiceWithList, linesOf, type CommissionRow, type ServiceListRow, type ServiceRow } from './repo';

/**
 * DH-02, the approved list of budget-funded public services: an order names one service of a list in force on the
 * order's start date, and the service covers the product type of each of its lines. A draft may be saved without a
 * service (the order page warns); approval and signing refuse it.
 */

const day = (iso: string) => formatDateVi(iso, 'short');

/** Whether a list is in force on a day (`validTo` is the last day in force). */
export const isInForce = (list: Pick<ServiceListRow, 'validFrom' | 'validTo'>, on: string) => list.validFrom <= on && (list.validTo === null || on <= list.validTo);

/** "Quyết định số 1234/QĐ-UBND ngày 15/01/2024 của Ủy ban nhân dân tỉnh Yên Bái": how people name a list. */
export const listLabel = (list: Pick<ServiceListRow, 'decisionNo' | 'signedOn' | 'issuerName'>) => `Quyết định số ${list.decisionNo} ngày ${day(list.signedOn)} của ${list.issuerName}`;

/** What a list is on a day, in words. */
export function listStateLabel(list: Pick<ServiceListRow, 'validFrom' | 'validTo' | 'supersededBy'>, on: string): string {
  if (list.validFrom > on) return 'Chưa có hiệu lực';
  if (isInForce(list, on)) return 'Đang có hiệu lực';
  return list.supersededBy ? 'Đã được thay thế' : 'Hết hiệu lực';
}

export const NO_SERVICE = 'Đơn đặt hàng chưa gắn dịch vụ sự nghiệp công trong danh mục được phê duyệt (sử dụng ngân sách nhà nước); chọn dịch vụ trước khi phê duyệt, ký đặt hàng.';

/**
 * Why a service cannot carry an order starting on `startsOn` with lines of `lineTypes`, in Vietnamese; null when it
 * can. `found` is the service with its list, or null for an id that names none.
 */
export function serviceProblem(found: { service: ServiceRow; list: ServiceListRow } | null, startsOn: string, lineTypes: readonly string[]): string | null {
  if (!found) return 'Không có dịch vụ này trong danh mục dịch vụ sự nghiệp công.';
  const { service, list } = found;
  if (list.validFrom > startsOn) return `Danh mục dịch vụ theo ${listLabel(list)} có hiệu lực từ ngày ${day(list.validFrom)}, chưa có hiệu lực vào ngày bắt đầu của đơn đặt hàng (${day(startsOn)}); chọn dịch vụ của danh mục đang có hiệu lực vào ngày đó.`;
  if (list.validTo !== null && list.validTo < startsOn) return `Danh mục dịch vụ theo ${listLabel(list)} hết hiệu lực từ ngày ${day(addDays(list.validTo, 1))}, trước ngày bắt đầu của đơn đặt hàng (${day(startsOn)}); chọn dịch vụ của danh mục đang có hiệu lực vào ngày đó.`;
  const uncovered = [...new Set(lineTypes)].filter((t) => !service.productTypes.includes(t));
  if (uncovered.length) {
    const names = uncovered.map((t) => PRODUCT_TYPE_LABELS[t as ProductType]?.[0] ?? 'sản phẩm khác').join(', ');
    return `Dịch vụ "${service.name}" không bao gồm loại sản phẩm: ${names}. Chọn dịch vụ bao gồm mọi sản phẩm của đơn, hoặc tách thành đơn đặt hàng khác.`;
  }
  return null;
}

/** What stops a saved order from being approved or signed under DH-02 (no service, a list not in force, a line not covered); null when nothing does. */
export async function serviceProblemOf(db: Executor, c: Pick<CommissionRow, 'id' | 'serviceId' | 'startsOn'>): Promise<string | null> {
  if (!c.serviceId) return NO_SERVICE;
  const found = await findServiceWithList(db, c.serviceId);
  const lines = await linesOf(db, [c.id]);
  return serviceProblem(found, c.startsOn, lines.map((l) => l.productType));
}
