import type { ActionContext } from '../../src/platform/context';
import { createWatchlist } from '../../src/modules/monitoring/actions/watchlists';
import { COMMUNES } from './monitoring-corpus';

/** Watchlists like the demo province's: old and new province names with dates, 120 communes, agencies, saved queries. */
export async function seedBenchWatchlists(ctx: ActionContext): Promise<void> {
  await createWatchlist(ctx, {
    name: 'Địa danh',
    kind: 'place',
    terms: [
      { label: 'Tỉnh Yên Bái (cũ)', names: ['Yên Bái', 'tỉnh Yên Bái'], validTo: '2025-07-01' },
      { label: 'Tỉnh Lào Cai', names: ['Lào Cai', 'tỉnh Lào Cai'] },
      ...['Sa Pa', 'Bát Xát', 'Mường Khương', 'Văn Bàn', 'Lục Yên', 'Mù Cang Chải', 'Trạm Tấu', 'Nghĩa Lộ', 'Bắc Hà', 'Si Ma Cai', 'Văn Chấn'].map((n) => ({ label: n, names: [n] })),
      ...COMMUNES.map((c) => ({ label: c, names: [c] })),
    ],
  });
  await createWatchlist(ctx, { name: 'Cơ quan', kind: 'agency', terms: ['Sở Xây dựng', 'Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Sở Nông nghiệp và Môi trường', 'Sở Công Thương', 'UBND tỉnh', 'Công an tỉnh'].map((n) => ({ label: n, names: [n] })) });
  await createWatchlist(ctx, { name: 'Thiên tai', kind: 'query', query: '("sạt lở" OR "lũ quét") AND (Lào Cai OR Yên Bái OR xã)' });
  await createWatchlist(ctx, { name: 'Giá cả', kind: 'query', query: '"giá điện" OR "giá nông sản" NEAR/3 giảm' });
  await createWatchlist(ctx, { name: 'Chuyển đổi số', kind: 'query', query: '"chuyển đổi số" OR "dịch vụ công trực tuyến"' });
}
