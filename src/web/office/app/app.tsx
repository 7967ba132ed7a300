import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { I18nProvider } from './i18n-context';
import { queryClient } from './query';
import { router } from './route-tree';
import { SessionProvider } from './session';
import { MainContext } from './shell';

/** The back-office app: header in the React root, pages rendered into the static <main> landmark. */
export function App({ main }: { main: HTMLElement }) {
  return (
    <MainContext.Provider value={main}>
      <I18nProvider>
        <QueryClientProvider client={queryClient}>
          <SessionProvider>
            <RouterProvider router={router} />
          </SessionProvider>
        </QueryClientProvider>
      </I18nProvider>
    </MainContext.Provider>
  );
}
