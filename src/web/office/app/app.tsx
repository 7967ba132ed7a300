import { RouterProvider } from '@tanstack/react-router';
import { I18nProvider } from './i18n-context';
import { router } from './route-tree';
import { SessionProvider } from './session';
import { MainContext } from './shell';

/** The back-office app: header in the React root, pages rendered into the static <main> landmark. */
export function App({ main }: { main: HTMLElement }) {
  return (
    <MainContext.Provider value={main}>
      <I18nProvider>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </I18nProvider>
    </MainContext.Provider>
  );
}
