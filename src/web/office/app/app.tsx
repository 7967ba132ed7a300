import { lazy, Suspense, useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { Alert, Button, PageHeader } from '../../ui';
import { LoadingText } from './components/async-view';
import { Redirect } from './components/redirect';
import { SiteHeader } from './components/site-header';
import { describeError } from './errors';
import { I18nProvider, useI18n } from './i18n-context';
import { SignInPage } from '../features/accounts/pages/sign-in-page';
import { matchRoute, paths, useLocation } from './router';
import { SessionProvider, useSession } from './session';

// The pages of a signed-in user are a separate chunk: the sign-in form needs only the shell (slow networks, issue 8).
const SignedInPage = lazy(() => import('./routes').then((m) => ({ default: m.SignedInPage })));
// Forgotten password: rarely used, so not in the first load either.
const PasswordRecoveryPage = lazy(() => import('../features/accounts/pages/password-recovery-pages').then((m) => ({ default: m.PasswordRecoveryPage })));

function Content() {
  const { t } = useI18n();
  const { state, retry } = useSession();
  const { pathname } = useLocation();
  const route = matchRoute(pathname);
  // While someone signs in, the pages' chunk comes down: on a slow network it is there when the password is.
  useEffect(() => {
    if (state.status !== 'anonymous') return;
    const timer = window.setTimeout(() => void import('./routes').catch(() => undefined), 1000);
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
  if (state.status === 'anonymous') {
    if (route.name === 'forgotPassword' || route.name === 'resetPassword') {
      return (
        <Suspense fallback={<LoadingText />}>
          <PasswordRecoveryPage step={route.name} />
        </Suspense>
      );
    }
    return route.name === 'signIn' ? <SignInPage /> : <Redirect to={paths.signIn} />;
  }
  return (
    <Suspense fallback={<LoadingText />}>
      <SignedInPage route={route} />
    </Suspense>
  );
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

function Shell({ main }: { main: HTMLElement }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  useFocusOnNavigate(main, pathname);
  return (
    <>
      <a className="dt-skip-link" href="#main">
        {t('app.skip')}
      </a>
      <SiteHeader />
      {createPortal(
        <div className="page">
          <Content />
        </div>,
        main,
      )}
    </>
  );
}

/** The back-office app: header in the React root, pages rendered into the static <main> landmark. */
export function App({ main }: { main: HTMLElement }) {
  return (
    <I18nProvider>
      <SessionProvider>
        <Shell main={main} />
      </SessionProvider>
    </I18nProvider>
  );
}
