/** The commissions module's enums with their Vietnamese and English names; people see the names, never the codes. */

export type Label = [vi: string, en: string];

/** DH-01 (NĐ 32/2019): the three ways a public-service product is procured from the recurrent budget. */
export const MODES = ['assignment', 'order', 'tender'] as const;
export type Mode = (typeof MODES)[number];
export const MODE_LABELS: Record<Mode, Label> = {
  assignment: ['Giao nhiệm vụ', 'Assignment'],
  order: ['Đặt hàng', 'Order'],
  tender: ['Đấu thầu', 'Tender'],
};

export const PRODUCT_TYPES = ['article', 'report', 'radio', 'television', 'infographic', 'video', 'special_page'] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];
export const PRODUCT_TYPE_LABELS: Record<ProductType, Label> = {
  article: ['Tin, bài viết', 'News item, article'],
  report: ['Phóng sự', 'Report'],
  radio: ['Chương trình phát thanh', 'Radio programme'],
  television: ['Chương trình truyền hình', 'Television programme'],
  infographic: ['Infographic', 'Infographic'],
  video: ['Video', 'Video'],
  special_page: ['Chuyên trang, chuyên mục', 'Special page or column'],
};

export const FUNDING_SOURCES = ['provincial', 'central', 'other'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];
export const FUNDING_LABELS: Record<FundingSource, Label> = {
  provincial: ['Ngân sách tỉnh', 'Provincial budget'],
  central: ['Ngân sách trung ương', 'Central budget'],
  other: ['Nguồn khác', 'Other source'],
};

/** DH-04, in the order an order goes through them; `cancelled` can end it before delivery. */
export const STATUSES = ['planned', 'approved', 'ordered', 'delivered', 'accepted', 'paid', 'liquidated', 'cancelled'] as const;
export type Status = (typeof STATUSES)[number];
export const STATUS_LABELS: Record<Status, Label> = {
  planned: ['Dự kiến', 'Planned'],
  approved: ['Đã phê duyệt', 'Approved'],
  ordered: ['Đã ký đặt hàng', 'Ordered'],
  delivered: ['Đã giao sản phẩm', 'Delivered'],
  accepted: ['Đã nghiệm thu', 'Accepted'],
  paid: ['Đã thanh toán', 'Paid'],
  liquidated: ['Đã thanh lý', 'Liquidated'],
  cancelled: ['Đã hủy', 'Cancelled'],
};

/** Units of quantity offered in the form (any other short unit is accepted as typed). */
export const QUANTITY_UNITS = ['bài', 'tin', 'phút', 'số', 'chương trình', 'sản phẩm', 'kỳ'] as const;

/** "1.250.000" — amounts in đồng as Vietnamese documents print them (dot as the thousands separator). */
export function formatVnd(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  return sign + String(Math.abs(Math.trunc(amount))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Millions of đồng with one decimal, as the annual report states budgets ("12,5"). */
export function millions(amount: number): number {
  return Math.round(amount / 100_000) / 10;
}
