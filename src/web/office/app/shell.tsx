import { Navigate, Outlet, useRouterState } from '@tanstack/react-router';
import { createContext, lazy, Suspense, useContext, useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
// the first download takes the design-system parts one by one (the ui barrel would bring them all)
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { PageHeader } from '../../ui/page-header';
import { LoadingText } from './components/async-view';
import { MessagePage } from './components/message-page';
import { SiteHeader } from './components/site-header';
import { describeError } from './errors';
import { useI18n } from './i18n-context';
import { lazyPage } from './lazy-page';

const QueryLayer = lazy(() => import('./query-layer'));
import { paths, usePathname } from './router';
import { useSession } from './session';

const AccountPage = lazyPage(() => import('../features/accounts/pages'), 'AccountPage');

/** The static <main> landmark of index.html, where pages render. */
export const MainContext = createContext<HTMLElement | null>(null);

function MustChangePassword() {
  const { t } = useI18n();
  return (
    <Alert variant="warning" role="status" title={t('session.mustChange')}>
      <p>{t('session.mustChangeOnly')}</p>
    </Alert>
  );
}

/** What the matched page asks of the person (route-tree.tsx, staticData). */
function useMatchedPage() {
  return useRouterState({
    select: (s) => {
      const last = s.matches[s.matches.length - 1];
      return { staticData: last?.staticData ?? {}, notFound: s.matches.some((m) => m.status === 'notFound') };
    },
    structuralSharing: true,
  });
}

function Content() {
  const { t } = useI18n();
  const { state, retry } = useSession();
  const { staticData, notFound } = useMatchedPage();
  // While someone signs in, the home page's chunk comes down: on a slow network it is there when the password is.
  useEffect(() => {
    if (state.status !== 'anonymous') return;
    const timer = window.setTimeout(() => void import('../features/notifications/pages').catch(() => undefined), 1000);
    return () => window.clearTimeout(timer);
  }, [state.status]);

  if (state.status === 'loading') return <LoadingText />;
  if (state.status === 'error') {
    return (
      <>
        <PageHeader title={t('app.name')} />
        <Alert variant="error" title={t('common.loadError')}>
          <p>{describeError(state.error, t)}</p>
          <Button variant="secondary" size="small" onClick={retry}>
            {t('common.retry')}
          </Button>
        </Alert>
      </>
    );
  }
  if (state.status === 'anonymous') return staticData.public ? <Outlet /> : <Navigate to="/office/sign-in" replace />;
  if (staticData.signedOutOnly) return <Navigate to="/office" replace />;
  // the server refuses everything else until then (accounts/session-gate.ts): show only the form that is allowed
  if (state.me.user.mustChangePassword && !notFound) {
    return (
      <>
        <MustChangePassword />
        <AccountPage />
      </>
    );
  }
  if (staticData.ability && state.me.abilities[staticData.ability] !== true) return <MessagePage title="forbidden.title" body="forbidden.body" />;
  return <Outlet />;
}

/** Moves focus to <main> and scrolls up whenever the page (pathname) changes. */
function useFocusOnNavigate(main: HTMLElement, pathname: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    main.focus({ preventScroll: true });
  }, [main, pathname]);
}

/** The root route's component: the page with server state once someone is signed in. */
export function Shell() {
  const { state } = useSession();
  const pathname = usePathname();
  // the sign-in page is the first download on a slow phone: it needs no server state (the other public pages do)
  const light = state.status === 'loading' || (state.status === 'anonymous' && pathname.replace(/\/+$/, '') === paths.signIn.to);
  if (light) return <ShellBody />;
  return (
    <Suspense fallback={<LoadingText />}>
      <QueryLayer>
        <ShellBody />
      </QueryLayer>
    </Suspense>
  );
}

/** Skip link, header, and the page rendered into the static <main>. */
function ShellBody() {
  const { t } = useI18n();
  const main = useContext(MainContext);
  const pathname = usePathname();
  if (!main) throw new Error('Shell must be rendered inside App');
  useFocusOnNavigate(main, pathname);
  return (
    <>
      <a className="dt-skip-link" href="#main">
        {t('app.skip')}
      </a>
      <SiteHeader />
      {createPortal(
        <div className="page">
          <Suspense fallback={<LoadingText />}>
            <Content />
          </Suspense>
        </div>,
        main,
      )}
    </>
  );
}
