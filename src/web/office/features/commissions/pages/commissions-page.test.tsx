import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TestApp } from '../../../app/testing';
import { commissionsQueries } from '../api';
import type { CommissionOptions, CommissionSummary } from '../api-types';
import { CommissionsPage } from './commissions-page';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/u;

const OPTIONS = {
  agencies: [], units: [], policies: [], plans: [], modes: [], productTypes: [], fundingSources: [], statuses: [], quantityUnits: [], services: [], canCreate: false,
} satisfies CommissionOptions;

const NAMED: CommissionSummary = {
  id: '1c1c1c1c-1111-4111-8111-111111111111',
  refNo: 7,
  title: 'Tuyên truyền chính sách hỗ trợ chuyển đổi số',
  supplierName: 'Báo và Phát thanh, Truyền hình Lào Cai',
  ordererUnitName: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai',
  policyTitle: 'Nghị quyết về hỗ trợ chuyển đổi số',
  serviceName: 'Thông tin, tuyên truyền trên báo điện tử',
  status: 'approved',
  statusLabel: 'Đã phê duyệt',
  totalAmount: 3_000_000,
  paidAmount: 0,
  deliveredCount: 0,
  deliverBy: '2027-01-15',
  signedOn: null,
  budgetYear: 2026,
};
const UNNAMED: CommissionSummary = { ...NAMED, id: '2d2d2d2d-2222-4222-8222-222222222222', refNo: 8, title: 'Phóng sự về chính sách nông nghiệp', serviceName: null, status: 'planned', statusLabel: 'Dự kiến' };

const render = (items: CommissionSummary[]) => {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  client.setQueryData(commissionsQueries.list({}).queryKey, { items });
  client.setQueryData(commissionsQueries.options().queryKey, OPTIONS);
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <TestApp>
        <CommissionsPage />
      </TestApp>
    </QueryClientProvider>,
  );
};

/** The cells of the row whose title is `title`, as text. */
const rowOf = (html: string, title: string) => {
  const at = html.indexOf(title);
  expect(at).toBeGreaterThanOrEqual(0);
  return html.slice(html.lastIndexOf('<tr', at), html.indexOf('</tr>', at)).replace(/<[^>]*>/g, ' | ');
};

describe('the list of orders to the press', () => {
  it('names each order’s public service (DH-02), and says which orders have none yet', () => {
    const html = render([NAMED, UNNAMED]);
    expect(html).toContain('>Dịch vụ sự nghiệp công</th>');
    expect(rowOf(html, NAMED.title)).toContain('Thông tin, tuyên truyền trên báo điện tử');
    expect(rowOf(html, UNNAMED.title)).toContain('Chưa gắn danh mục dịch vụ');
    expect(rowOf(html, NAMED.title)).not.toContain('Chưa gắn danh mục dịch vụ');
    expect(html.replace(/href="[^"]*"/g, '')).not.toMatch(UUID);
  });
});
