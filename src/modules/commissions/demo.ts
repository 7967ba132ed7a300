import type { ActionContext } from '../../platform/context';
import { addDays, todayVn } from '../../platform/text';
import { listDrafts } from '../policies';
import { listPressAgencies } from '../press';
import { createCommission } from './actions/save-commission';
import { createServiceList, type ServiceInput } from './actions/save-service-list';
import { approveCommission } from './actions/transitions';
import { listCommissions, listServiceLists, servicesOfLists } from './repo';

// Decision numbers say "Mẫu" and the titles "(dữ liệu mẫu)": the demo must not print a number a real decision of the
// province might carry. The services follow the lists of public services in information and communication that
// provinces approve under NĐ 32/2019 and NĐ 60/2021.
const PRESS: ServiceInput[] = [
  { name: 'Thông tin, tuyên truyền trên báo in', productTypes: ['article', 'special_page', 'infographic'] },
  { name: 'Thông tin, tuyên truyền trên báo điện tử', productTypes: ['article', 'infographic', 'video', 'special_page'] },
  { name: 'Sản xuất, phát sóng chương trình phát thanh', productTypes: ['radio'] },
  { name: 'Sản xuất, phát sóng chương trình truyền hình', productTypes: ['television', 'report', 'video'] },
];

/**
 * Demo data for `npm start`: the list of public services UBND tỉnh Yên Bái approved from 2024, superseded on the
 * merged province's own list (UBND tỉnh Lào Cai, from 15/7/2025), and, on a register with no order yet, two orders
 * of Sở Văn hóa, Thể thao và Du lịch for the demo draft policy naming services of the list in force: one approved,
 * one still planned. Does nothing once a list exists.
 */
export async function loadDemoCommissions(ctx: ActionContext): Promise<boolean> {
  if ((await listServiceLists(ctx.db)).length > 0) return false;
  await createServiceList(ctx, {
    decisionNo: 'Mẫu 01/QĐ-UBND',
    signedOn: '2023-12-20',
    issuerUnitId: 'yb-ubnd',
    title: 'Phê duyệt danh mục dịch vụ sự nghiệp công sử dụng ngân sách nhà nước lĩnh vực thông tin và truyền thông tỉnh Yên Bái từ năm 2024 (dữ liệu mẫu)',
    validFrom: '2024-01-01',
    services: PRESS,
  });
  const current = await createServiceList(ctx, {
    decisionNo: 'Mẫu 02/QĐ-UBND',
    signedOn: '2025-07-15',
    issuerUnitId: 'lc-ubnd',
    title: 'Phê duyệt danh mục dịch vụ sự nghiệp công sử dụng ngân sách nhà nước lĩnh vực báo chí, thông tin và truyền thông tỉnh Lào Cai (dữ liệu mẫu)',
    validFrom: '2025-07-15',
    services: [
      ...PRESS,
      { name: 'Thông tin, tuyên truyền đa phương tiện trên Báo và Phát thanh, Truyền hình tỉnh', productTypes: ['article', 'report', 'radio', 'television', 'infographic', 'video', 'special_page'], note: 'Sản phẩm kết hợp báo in, báo điện tử, phát thanh và truyền hình của cơ quan báo chí sau hợp nhất.' },
    ],
  });
  if ((await listCommissions(ctx.db, {})).length > 0) return true;
  const today = todayVn();
  const [agencies, drafts, services] = await Promise.all([listPressAgencies(ctx.db, { on: today }), listDrafts(ctx.db, {}), servicesOfLists(ctx.db, [current.id])]);
  const agency = agencies.find((a) => a.orgUnitId === 'lc-bao-ptth') ?? agencies[0];
  const policy = drafts[0];
  if (!agency || !policy) return true;
  const service = (name: string) => services.find((s) => s.name === name)!.id;
  const common = {
    ordererUnitId: 'lc-so-vhttdl',
    mode: 'order' as const,
    supplierId: agency.id,
    legalBasis: 'Nghị định số 32/2019/NĐ-CP ngày 10/4/2019 của Chính phủ\nKế hoạch thông tin, tuyên truyền chính sách năm của UBND tỉnh (dữ liệu mẫu)',
    policyId: policy.id,
    fundingSource: 'provincial' as const,
    startsOn: today,
    endsOn: addDays(today, 60),
    deliverBy: addDays(today, 45),
    acceptanceCriteria: 'Đăng, phát đúng chuyên mục, đủ số lượng; nội dung đúng định hướng, có đường dẫn hoặc lịch phát sóng kèm theo',
  };
  const online = await createCommission(ctx, {
    ...common,
    title: 'Tuyên truyền dự thảo Nghị quyết hỗ trợ chuyển đổi số cho hộ kinh doanh trên báo điện tử',
    serviceId: service('Thông tin, tuyên truyền trên báo điện tử'),
    lines: [
      { productType: 'article', topic: 'Bài viết giới thiệu mức hỗ trợ hóa đơn điện tử, thanh toán không dùng tiền mặt', quantity: 4, unit: 'bài', length: '1.200 chữ', channel: 'Báo điện tử', placement: 'Chuyên mục Chính sách - Pháp luật', unitPrice: 1_500_000 },
      { productType: 'infographic', topic: 'Infographic: ai được hỗ trợ, hỗ trợ bao nhiêu', quantity: 2, unit: 'sản phẩm', channel: 'Báo điện tử', unitPrice: 2_000_000 },
    ],
  });
  await approveCommission(ctx, online.id);
  await createCommission(ctx, {
    ...common,
    title: 'Phóng sự truyền hình về chính sách hỗ trợ chuyển đổi số cho hộ kinh doanh',
    serviceId: service('Sản xuất, phát sóng chương trình truyền hình'),
    lines: [{ productType: 'television', topic: 'Phóng sự: hộ kinh doanh vùng cao bán hàng trên sàn thương mại điện tử', quantity: 2, unit: 'chương trình', length: '15 phút', channel: 'Kênh truyền hình Lào Cai', placement: 'Sau chương trình thời sự tối', unitPrice: 9_000_000 }],
  });
  return true;
}
