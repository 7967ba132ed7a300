import { lazy, Suspense, useState } from 'react';
import { Button } from '../../../ui/button';
import { useI18n } from '../i18n-context';
import { Link, paths, usePathname } from '../router';
import { useSession } from '../session';
import { LangSwitch } from './lang-switch';

// the bell polls through TanStack Query, which comes with the first signed-in page (not the sign-in page)
const NotificationBell = lazy(() => import('../../features/notifications/components/notification-bell').then((m) => ({ default: m.NotificationBell })));
import { isCurrent, navItemsFor } from './nav-items';

/** The banner: product name, signed-in user, language switch, sign-out button and main navigation. */
export function SiteHeader() {
  const { t } = useI18n();
  const { state, signOut } = useSession();
  const pathname = usePathname();
  const [leaving, setLeaving] = useState(false);
  const me = state.status === 'signedIn' ? state.me : null;

  const onSignOut = async () => {
    setLeaving(true);
    try {
      await signOut();
    } finally {
      setLeaving(false);
    }
  };

  return (
    <header className="site-header">
      <div className="site-header__bar">
        <Link to={me ? paths.home : paths.signIn} className="brand">
          <span className="brand__name">{t('app.name')}</span>
          <span className="brand__tagline">{t('app.tagline')}</span>
        </Link>
        <div className="site-header__tools">
          {me ? (
            <p className="site-header__user">
              <span className="dt-visually-hidden">{t('header.user')}: </span>
              {me.user.displayName}
            </p>
          ) : null}
          {me ? (
            <Suspense fallback={null}>
              <NotificationBell />
            </Suspense>
          ) : null}
          <LangSwitch />
          {me ? (
            <Button variant="secondary" size="small" className="site-header__signout" busy={leaving} onClick={onSignOut}>
              {t('signOut')}
            </Button>
          ) : null}
        </div>
      </div>
      {me ? (
        <nav className="site-nav" aria-label={t('nav.label')}>
          <ul className="site-nav__list">
            {navItemsFor(me).map((item) => (
              <li key={item.to.to}>
                <Link
                  to={item.to}
                  className="site-nav__link"
                  aria-current={isCurrent(item, pathname) ? 'page' : undefined}
                >
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
