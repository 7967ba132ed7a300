import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { plansApi } from '../api';
import { I18nProvider } from '../../../app/i18n-context';

/** The texts and a query client (the part reads its data through queries; nothing is fetched while rendering to a string). */
function Providers({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={new QueryClient()}>
      <I18nProvider>{children}</I18nProvider>
    </QueryClientProvider>
  );
}
import { AnnualReportForm } from './annual-report-form';

describe('annual report form', () => {
  it('asks for the report date and the signer (name, title, optional authority) before either download', () => {
    const html = renderToStaticMarkup(
      <Providers>
        <AnnualReportForm planId="p1" />
      </Providers>,
    );
    expect(html).toContain('<summary class="dt-button dt-button--secondary">Báo cáo kết quả thực hiện</summary>');
    for (const label of ['Ngày báo cáo', 'Người ký', 'Họ và tên', 'Chức vụ', 'Thẩm quyền ký (không bắt buộc)']) expect(html).toContain(label);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Tải báo cáo kết quả \(DOCX\)/u);
    expect(html).toMatch(/<button[^>]*type="button"[^>]*>Tải phụ lục \(XLSX\)/u);
  });

  it('sends the choices as query parameters, leaving out the blank ones', () => {
    expect(plansApi.exportHref('p1', 'docx', { date: '2024-11-19', signerName: ' Vũ Thị Hiền Hạnh ', signerTitle: 'Phó Chủ tịch', signerAuthority: '' })).toBe(
      `/api/v1/plans/p1/annual-report.docx?${new URLSearchParams({ date: '2024-11-19', signerName: 'Vũ Thị Hiền Hạnh', signerTitle: 'Phó Chủ tịch' })}`,
    );
    expect(plansApi.exportHref('p1', 'xlsx')).toBe('/api/v1/plans/p1/annual-report.xlsx');
  });
});
