import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TestApp } from '../../../app/testing';
import { commissionsQueries } from '../api';
import type { ServiceList, ServiceListsView } from '../api-types';
import { CommissionServicesPage } from './services-page';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/u;

const CURRENT: ServiceList = {
  id: '1c1c1c1c-1111-4111-8111-111111111111',
  label: 'Quyết định số Mẫu 02/QĐ-UBND ngày 15/07/2025 của Ủy ban nhân dân tỉnh Lào Cai',
  decisionNo: 'Mẫu 02/QĐ-UBND',
  signedOn: '2025-07-15',
  issuerName: 'Ủy ban nhân dân tỉnh Lào Cai',
  title: 'Phê duyệt danh mục dịch vụ sự nghiệp công sử dụng ngân sách nhà nước (dữ liệu mẫu)',
  validFrom: '2025-07-15',
  validTo: null,
  stateLabel: 'Đang có hiệu lực',
  isInForce: true,
  endReason: null,
  supersededByLabel: null,
  services: [
    { id: '2d2d2d2d-2222-4222-8222-222222222222', position: 1, name: 'Thông tin, tuyên truyền trên báo điện tử', productTypeLabels: ['Tin, bài viết', 'Infographic'], note: null },
    { id: '3e3e3e3e-3333-4333-8333-333333333333', position: 2, name: 'Sản xuất, phát sóng chương trình truyền hình', productTypeLabels: ['Chương trình truyền hình', 'Phóng sự'], note: 'Phát trên kênh của tỉnh' },
  ],
  canEnd: true,
};

const EARLIER: ServiceList = {
  ...CURRENT,
  id: '4f4f4f4f-4444-4444-8444-444444444444',
  label: 'Quyết định số Mẫu 01/QĐ-UBND ngày 20/12/2023 của Ủy ban nhân dân tỉnh Yên Bái',
  decisionNo: 'Mẫu 01/QĐ-UBND',
  signedOn: '2023-12-20',
  issuerName: 'Ủy ban nhân dân tỉnh Yên Bái',
  validFrom: '2024-01-01',
  validTo: '2025-07-14',
  stateLabel: 'Đã được thay thế',
  isInForce: false,
  supersededByLabel: 'Quyết định số Mẫu 02/QĐ-UBND ngày 15/07/2025 của Ủy ban nhân dân tỉnh Lào Cai, có hiệu lực từ ngày 15/07/2025',
  canEnd: false,
};

const view = (over: Partial<ServiceListsView> = {}): ServiceListsView => ({
  current: CURRENT,
  others: [EARLIER],
  canManage: true,
  productTypes: [{ code: 'article', label: 'Tin, bài viết' }, { code: 'television', label: 'Chương trình truyền hình' }],
  issuers: [{ id: 'lc-ubnd', name: 'Ủy ban nhân dân tỉnh Lào Cai' }],
  ...over,
});

const render = (node: ReactNode, data: ServiceListsView) => {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  client.setQueryData(commissionsQueries.serviceLists().queryKey, data);
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <TestApp>{node}</TestApp>
    </QueryClientProvider>,
  );
};

/** What a person reads: the text without tags, attributes or option values. */
const readable = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');

describe('the public services page (DH-02)', () => {
  it('shows the list in force with its services and the earlier list it replaced, in words', () => {
    const text = readable(render(<CommissionServicesPage />, view()));
    expect(text).toContain('Danh mục đang có hiệu lực');
    expect(text).toContain('Quyết định số Mẫu 02/QĐ-UBND ngày 15/07/2025 của Ủy ban nhân dân tỉnh Lào Cai');
    expect(text).toContain('Từ ngày 15/07/2025');
    expect(text).toContain('Thông tin, tuyên truyền trên báo điện tử');
    expect(text).toContain('Tin, bài viết, Infographic');
    expect(text).toContain('Đã được thay thế');
    expect(text).toContain('Từ ngày 01/01/2024 đến hết ngày 14/07/2025');
    expect(text).toContain('có hiệu lực từ ngày 15/07/2025');
    expect(text).not.toMatch(UUID);
    expect(text).not.toMatch(/\b(article|television)\b/u);
  });

  it('offers coordinators a new list and ending the one in force; readers get neither', () => {
    const manager = readable(render(<CommissionServicesPage />, view()));
    expect(manager).toContain('Nhập danh mục mới');
    expect(manager).toContain('Chấm dứt hiệu lực');
    const reader = readable(render(<CommissionServicesPage />, view({ canManage: false, current: { ...CURRENT, canEnd: false } })));
    expect(reader).not.toContain('Nhập danh mục mới');
    expect(reader).not.toContain('Chấm dứt hiệu lực');
  });

  it('says when no list is in force, since no order can then be approved', () => {
    expect(readable(render(<CommissionServicesPage />, view({ current: null, others: [] })))).toContain('Chưa có danh mục nào đang có hiệu lực: chưa phê duyệt được đơn đặt hàng.');
  });
});
