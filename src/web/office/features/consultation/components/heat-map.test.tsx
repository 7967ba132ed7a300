import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TestApp } from '../../../app/testing';
import { policiesQueries } from '../../policies/api';
import { consultationQueries, refreshConsultation } from '../api';
import type { HeatMap as HeatMapData } from '../api-types';
import { HeatMap } from './heat-map';

const DATA: HeatMapData = {
  articles: [{ anchor: 'dieu-1', label: 'Điều 1', title: 'Phạm vi', total: 4, agree: 1, disagree: 3, propose: 0 }],
  general: { total: 2, agree: 2, disagree: 0, propose: 0 },
};

describe('the heat map of a round', () => {
  it('shows one line per article of the query, then the general comments, each count as text', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(consultationQueries.heatmap('r1').queryKey, DATA);
    const html = renderToStaticMarkup(
      <QueryClientProvider client={queryClient}>
        <TestApp>
          <HeatMap roundId="r1" />
        </TestApp>
      </QueryClientProvider>,
    );
    expect(html).toContain('<th scope="row">Điều 1. Phạm vi</th>');
    expect(html).toContain('<td class="num heat heat-5">3</td>');
    expect(html).toContain('<td class="num heat heat-5">2</td>');
  });
});

describe('after a change in a consultation', () => {
  it('refreshes the draft, the register and every consultation query, and nothing else', async () => {
    const queryClient = new QueryClient();
    const keys: Record<string, readonly unknown[]> = {
      draft: policiesQueries.detail('d1').queryKey,
      register: policiesQueries.list({ q: '', stage: '' }).queryKey,
      comments: consultationQueries.comments('r1', { state: 'pending', limit: 50, offset: 0 }).queryKey,
      answers: consultationQueries.answers('r1', { status: 'all', mine: false, limit: 50, offset: 0 }).queryKey,
      heatmap: consultationQueries.heatmap('r1').queryKey,
      unconfirmed: consultationQueries.unconfirmed('r1').queryKey,
      notifications: ['notifications', 'unread'],
    };
    for (const key of Object.values(keys)) queryClient.setQueryData(key, {});
    await refreshConsultation(queryClient);
    const stale = Object.entries(keys).filter(([, key]) => queryClient.getQueryState(key)?.isInvalidated).map(([name]) => name);
    expect(stale).toEqual(['draft', 'register', 'comments', 'answers', 'heatmap', 'unconfirmed']);
  });
});
