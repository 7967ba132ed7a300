import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { accountQueries } from '../api';
import type { AuditEntry, AuditPage as AuditPageData } from '../api-types';
import { TestApp } from '../../../app/testing';
import { AuditPage } from './audit-page';

const entry = (seq: number): AuditEntry => ({
  seq,
  at: '2026-11-30T08:00:00.000Z',
  actorName: 'Quản trị',
  action: 'user.create',
  actionLabel: 'Tạo tài khoản',
  subjectType: 'user',
  subjectTypeLabel: 'Tài khoản',
  subjectName: `canbo${seq}`,
  subjectHref: null,
  changes: [{ field: 'displayName', label: 'Tên hiển thị', before: null, after: `Cán bộ ${seq}` }],
  summary: { username: `canbo${seq}` },
  requestId: null,
});

/** The audit page with the list's pages already in the cache (nothing is fetched while rendering to a string). */
function render(pages: AuditPageData[]) {
  const client = new QueryClient();
  const filter = {};
  client.setQueryData(accountQueries.auditList(filter, 'vi').queryKey, { pages, pageParams: pages.map((_, i) => (i === 0 ? null : pages[i - 1]!.nextBefore)) });
  client.setQueryData(accountQueries.auditFilters('vi').queryKey, { actors: [], actions: [], subjectTypes: [] });
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <TestApp>
        <AuditPage filter={filter} />
      </TestApp>
    </QueryClientProvider>,
  );
}

describe('the audit page', () => {
  it('shows every page loaded so far and offers "Xem thêm" while the server has older entries', () => {
    const html = render([
      { items: [entry(3), entry(2)], nextBefore: 2 },
      { items: [entry(1)], nextBefore: 1 },
    ]);
    for (const name of ['canbo3', 'canbo2', 'canbo1']) expect(html).toContain(name);
    expect(html).toContain('Tên hiển thị');
    expect(html).toMatch(/<button[^>]*>Xem thêm/u);
  });

  it('says the list has ended once the server sends no older entry', () => {
    const html = render([{ items: [entry(1)], nextBefore: null }]);
    expect(html).toContain('canbo1');
    expect(html).not.toMatch(/<button[^>]*>Xem thêm/u);
    expect(html).toContain('Đã hiển thị toàn bộ nhật ký.');
  });

});
