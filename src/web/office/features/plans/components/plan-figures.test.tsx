import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TestApp } from '../../../app/testing';
import { plansQueries, refreshPlan } from '../api';
import type { PlanFigure } from '../api-types';
import { PlanFigures } from './plan-figures';

const FIGURE: PlanFigure = { code: 'reports_accepted', label: 'Báo cáo đã chấp nhận', value: 1234, source: { kind: 'report', href: '/office/plans/p1/figures/reports_accepted' } };

describe('the figures of a plan', () => {
  it('shows each figure of the query, the Vietnamese way, linked to the records behind it', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(plansQueries.figures('p1').queryKey, { figures: [FIGURE] });
    const html = renderToStaticMarkup(
      <QueryClientProvider client={queryClient}>
        <TestApp>
          <PlanFigures planId="p1" />
        </TestApp>
      </QueryClientProvider>,
    );
    expect(html).toContain('href="/office/plans/p1/figures/reports_accepted"');
    expect(html).toContain('Báo cáo đã chấp nhận: <strong class="figure-list__value">1.234</strong>');
  });
});

describe('after a report or a review', () => {
  it('refreshes that plan’s progress, reports and figures, the list of plans and the units’ tasks, and nothing of another plan', async () => {
    const queryClient = new QueryClient();
    const keys: Record<string, readonly unknown[]> = {
      detail: plansQueries.detail('p1').queryKey,
      reports: plansQueries.reports('p1').queryKey,
      figures: plansQueries.figures('p1').queryKey,
      figure: plansQueries.figure('p1', 'reports_accepted').queryKey,
      list: plansQueries.list().queryKey,
      myTasks: plansQueries.myTasks().queryKey,
      otherPlan: plansQueries.detail('p2').queryKey,
      indicators: plansQueries.indicators().queryKey,
    };
    for (const key of Object.values(keys)) queryClient.setQueryData(key, {});
    await refreshPlan(queryClient, 'p1');
    const stale = Object.entries(keys).filter(([, key]) => queryClient.getQueryState(key)?.isInvalidated).map(([name]) => name);
    expect(stale).toEqual(['detail', 'reports', 'figures', 'figure', 'list', 'myTasks']);
  });
});
