import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { NameResolution } from '../api-types';
import { I18nProvider } from '../../../app/i18n-context';

/** The texts and a query client (the part reads its data through queries; nothing is fetched while rendering to a string). */
function Providers({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={new QueryClient()}>
      <I18nProvider>{children}</I18nProvider>
    </QueryClientProvider>
  );
}
import { NameMappingStep, namesInUse } from './name-mapping';

const w = (written: string) => ({ written, requested: false });

describe('the mapping step of a plan with many unknown names', () => {
  it('tells where each written name is used: its tasks once each, in order, and the implementation section', () => {
    const uses = namesInUse(
      [
        { code: 'II.8', leads: [w('Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh')], coordinators: [w('Văn phòng UBND tỉnh')] },
        { code: 'VII.5', leads: [w('Sở Nội vụ')], coordinators: [w('Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh'), w('Văn phòng UBND tỉnh')] },
        { code: 'VII.6', leads: [w('Sở Nội vụ'), w('Sở Nội vụ')], coordinators: [] },
      ],
      [{ unit: w('Sở Nội vụ') }, { unit: w('Cơ quan, đơn vị được giao nhiệm vụ') }],
    );
    expect(uses).toEqual({
      'Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh': { tasks: ['II.8', 'VII.5'], duties: false },
      'Văn phòng UBND tỉnh': { tasks: ['II.8', 'VII.5'], duties: false },
      'Sở Nội vụ': { tasks: ['VII.5', 'VII.6'], duties: true },
      'Cơ quan, đơn vị được giao nhiệm vụ': { tasks: [], duties: true },
    });
  });

  it('counts the names chosen and offers to ignore the rest before the table, in Vietnamese', () => {
    const names: NameResolution[] = [
      { written: 'Sở Tài nguyên và Môi trường', status: 'unresolved', units: [], group: null, heldForIssuer: false },
      { written: 'UBND các xã, phường, đặc khu', status: 'unresolved', units: [], group: null, heldForIssuer: false },
      { written: 'Sở Tư pháp', status: 'unit', units: [{ id: 'lc-so-tp', name: 'Sở Tư pháp tỉnh Lào Cai' }], group: null, heldForIssuer: false },
    ];
    const html = renderToStaticMarkup(
      <Providers>
        <NameMappingStep names={names} at="2026-12-02" choices={{ 'Sở Tài nguyên và Môi trường': 'lc-so-nnmt' }} errors={{}} onChoose={() => {}} />
      </Providers>,
    );
    expect(html).toContain('Đã chọn 1/2 tên.');
    expect(html).toContain('Bỏ qua mọi tên chưa chọn');
    expect(html).toContain('Tên đã xác định (1)');
    const all = renderToStaticMarkup(
      <Providers>
        <NameMappingStep names={names} at="2026-12-02" choices={{ 'Sở Tài nguyên và Môi trường': 'lc-so-nnmt', 'UBND các xã, phường, đặc khu': '__ignore__' }} errors={{}} onChoose={() => {}} />
      </Providers>,
    );
    expect(all).toContain('Đã chọn 2/2 tên.');
    // nothing left to ignore: the button stays focusable (aria-disabled, not disabled) and says it does nothing
    expect(html).not.toContain('aria-disabled');
    expect(all).toContain('aria-disabled="true"');
    expect(all).not.toMatch(/<button[^>]* disabled=""/);
  });
});
