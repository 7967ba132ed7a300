import { createMemoryHistory, RouterContextProvider } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { I18nProvider } from './i18n-context';
import { createOfficeRouter } from './route-tree';

/** Wraps a part of the office for a component test: the texts and a router on a memory history (links render). */
export function TestApp({ children, at = '/office' }: { children: ReactNode; at?: string }) {
  const router = createOfficeRouter(createMemoryHistory({ initialEntries: [at] }));
  return (
    <I18nProvider>
      <RouterContextProvider router={router}>{children}</RouterContextProvider>
    </I18nProvider>
  );
}
