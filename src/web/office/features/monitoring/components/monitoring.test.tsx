import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TestApp } from '../../../app/testing';
import type { MonitoredItem } from '../api-types';
import { ItemRow } from '../pages/items-page';
import { termsToText, textToTerms } from '../pages/watchlists-page';

const ID = '5f0c1d2e-3333-4444-8555-666677778888';
const ITEM: MonitoredItem = {
  id: ID,
  kind: 'post',
  platform: 'facebook',
  url: 'https://facebook.com/p/1',
  title: [],
  excerpt: [
    { text: 'Bà con ', hit: false },
    { text: 'Yên Bái', hit: true },
    { text: ' phản ánh <giá điện> tăng', hit: false },
  ],
  author: 'Trang A',
  publishedAt: '2026-03-02T01:15:00.000Z',
  ingestedAt: '2026-03-02T02:00:00.000Z',
  sourceId: 'a0a0a0a0-1111-4222-8333-944455556666',
  sourceName: 'Tệp xuất: SocialHeat',
  sentiment: 'negative',
  sentimentScore: -0.6,
  sentimentCorrected: true,
  relevant: true,
  matched: ['Tỉnh Yên Bái (cũ)'],
  storyId: 'b0b0b0b0-1111-4222-8333-944455556666',
  storySize: 4,
  reach: 12000,
  engagement: 8,
};

const render = (node: React.ReactNode) =>
  renderToStaticMarkup(
    <QueryClientProvider client={new QueryClient()}>
      <TestApp>{node}</TestApp>
    </QueryClientProvider>,
  );

describe('monitoring items in the office', () => {
  it('shows an item with its match marked, the sentiment in words, the source, platform and story size, and no internal code', () => {
    const html = render(<ul><ItemRow item={ITEM} /></ul>);
    expect(html).toContain('<mark>Yên Bái</mark>');
    expect(html).toContain('phản ánh &lt;giá điện&gt; tăng');
    expect(html).toContain('Tiêu cực');
    expect(html).toContain('(cán bộ đã sửa)');
    expect(html).toContain('Tệp xuất: SocialHeat · Facebook');
    expect(html).toContain('Cùng câu chuyện: 4 tin');
    expect(html).toContain('Khớp: Tỉnh Yên Bái (cũ)');
    // what a person reads: no code and no internal id (the id is only in the link's address)
    const text = html.replace(/<[^>]*>/g, ' ');
    expect(text).not.toMatch(/negative|facebook|post\b/);
    expect(text).not.toContain(ID);
  });

  it('edits watchlist terms as lines and reads them back the same (dates, several names, exact names)', () => {
    const terms = [
      { label: 'Tỉnh Yên Bái (cũ)', names: ['Yên Bái', 'tỉnh Yên Bái'], validFrom: null, validTo: '2025-07-01' },
      { label: 'Sở Xây dựng', names: ['Sở Xây dựng', { name: 'SXD', exact: true }], validFrom: '2025-07-01', validTo: null },
      { label: 'Lào Cai', names: ['Lào Cai'], validFrom: null, validTo: null },
    ];
    const text = termsToText(terms);
    expect(text.split('\n')[0]).toBe('Tỉnh Yên Bái (cũ) | Yên Bái; tỉnh Yên Bái |  | 2025-07-01');
    expect(textToTerms(text)).toEqual(terms);
    expect(textToTerms('\n  Lào Cai  \n')).toEqual([{ label: 'Lào Cai', names: ['Lào Cai'], validFrom: null, validTo: null }]);
  });
});
