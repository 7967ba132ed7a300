import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api';

/**
 * Server state of the back office (TanStack Query, ADR 006): each feature names its queries in its `queries.ts`
 * and invalidates them after a change, so every page showing the same data shows it fresh.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // a refusal (4xx) will not change by asking again; a network or server failure may
      retry: (failures, error) => failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      staleTime: 15_000,
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false },
  },
});
