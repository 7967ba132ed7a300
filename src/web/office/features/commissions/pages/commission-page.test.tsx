import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TestApp } from '../../../app/testing';
import { commissionsQueries } from '../api';
import type { CommissionDetail, CommissionOptions } from '../api-types';
import { CommissionPage } from './commission-page';

const ID = '1c1c1c1c-1111-4111-8111-111111111111';
const SERVICE_ID = '2d2d2d2d-2222-4222-8222-222222222222';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/u;
const NO_SERVICE = 'Đơn đặt hàng chưa gắn dịch vụ sự nghiệp công trong danh mục được phê duyệt (sử dụng ngân sách nhà nước); chọn dịch vụ trước khi phê duyệt, ký đặt hàng.';
const NONE = { canEdit: false, canSetService: false, canApprove: false, canSign: false, canDeliver: false, canAccept: false, canPay: false, canLiquidate: false, canCancel: false } satisfies CommissionDetail['abilities'];

const ORDER: CommissionDetail = {
  id: ID,
  refNo: 7,
  title: 'Tuyên truyền chính sách hỗ trợ chuyển đổi số',
  ordererUnit: { id: 'lc-so-vhttdl', name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai' },
  mode: 'order',
  modeLabel: 'Đặt hàng',
  supplier: { id: '3e3e3e3e-3333-4333-8333-333333333333', name: 'Báo và Phát thanh, Truyền hình Lào Cai' },
  legalBasis: 'Nghị định số 32/2019/NĐ-CP',
  policy: null,
  planTask: null,
  service: null,
  serviceProblem: NO_SERVICE,
  fundingSource: 'provincial',
  fundingLabel: 'Ngân sách tỉnh',
  startsOn: '2026-12-03',
  endsOn: '2027-01-31',
  deliverBy: '2027-01-15',
  acceptanceCriteria: 'Đăng đúng chuyên mục',
  paymentTerms: null,
  totalAmount: 3_000_000,
  budgetYear: 2026,
  status: 'planned',
  statusLabel: 'Dự kiến',
  deliveryLabel: 'Chưa giao sản phẩm',
  approvedOn: null,
  contractNo: null,
  signedOn: null,
  overBudgetReason: null,
  liquidatedOn: null,
  cancelReason: null,
  lines: [{ id: '4f4f4f4f-4444-4444-8444-444444444444', productType: 'article', productTypeLabel: 'Tin, bài viết', topic: 'Bài viết về chính sách', quantity: 2, unit: 'bài', length: null, channel: null, placement: null, unitPrice: 1_500_000, lineTotal: 3_000_000, delivered: 0, accepted: 0 }],
  deliverables: [],
  candidates: [],
  acceptances: [],
  payments: [],
  acceptedAmount: 0,
  paidAmount: 0,
  remainingAmount: 3_000_000,
  payableAmount: 0,
  budget: null,
  abilities: NONE,
  timeline: [],
};

const OPTIONS = {
  agencies: [], units: [], policies: [], plans: [], modes: [], productTypes: [], fundingSources: [], statuses: [], quantityUnits: [], canCreate: true,
  services: [
    { id: SERVICE_ID, name: 'Thông tin, tuyên truyền trên báo điện tử', productTypes: ['article'], productTypeLabels: ['Tin, bài viết'], listLabel: 'Quyết định số Mẫu 02/QĐ-UBND ngày 15/07/2025 của Ủy ban nhân dân tỉnh Lào Cai', decisionNo: 'Mẫu 02/QĐ-UBND', validFrom: '2025-07-15', validTo: null },
  ],
} satisfies CommissionOptions;

const render = (order: CommissionDetail) => {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  client.setQueryData(commissionsQueries.one(ID).queryKey, order);
  client.setQueryData(commissionsQueries.options().queryKey, OPTIONS);
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <TestApp>
        <CommissionPage id={ID} />
      </TestApp>
    </QueryClientProvider>,
  );
};
const readable = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');

describe('the order page and its public service (DH-02)', () => {
  it('says an order has no service yet and why it cannot be approved; whoever may name one gets the services in force', () => {
    const reader = readable(render(ORDER));
    expect(reader).toContain('Chưa gắn danh mục dịch vụ');
    expect(reader).toContain(NO_SERVICE);
    expect(reader).not.toContain('Gắn dịch vụ sự nghiệp công');
    const drafter = readable(render({ ...ORDER, abilities: { ...NONE, canSetService: true, canEdit: true } }));
    expect(drafter).toContain('Gắn dịch vụ sự nghiệp công');
    expect(drafter).toContain('Thông tin, tuyên truyền trên báo điện tử — Tin, bài viết (Quyết định Mẫu 02/QĐ-UBND)');
    expect(drafter).not.toMatch(UUID);
  });

  it('names the service the order keeps, with the decision of its list, and no warning once it fits', () => {
    const text = readable(render({ ...ORDER, service: { id: SERVICE_ID, name: 'Thông tin, tuyên truyền trên báo điện tử', listLabel: 'Quyết định số Mẫu 02/QĐ-UBND ngày 15/07/2025 của Ủy ban nhân dân tỉnh Lào Cai' }, serviceProblem: null }));
    expect(text).toContain('Dịch vụ sự nghiệp công Thông tin, tuyên truyền trên báo điện tử');
    expect(text).toContain('theo Quyết định số Mẫu 02/QĐ-UBND ngày 15/07/2025 của Ủy ban nhân dân tỉnh Lào Cai');
    expect(text).not.toContain('Chưa gắn danh mục dịch vụ');
    expect(text).not.toMatch(UUID);
    expect(text).not.toMatch(/\b(article|planned|provincial)\b/u);
  });
});
